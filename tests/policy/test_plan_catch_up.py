"""Steps relance first sees after their due time: caught up, never written in the past."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from plan_builders import (
    application,
    by_kind,
    inbound,
    interview,
    notes,
    paris,
    record,
    run,
)

from policy.model import Action, Label, Ledger, Step, StepKind, StepStatus

MONDAY = paris(2026, 11, 30, 10)  # the interview; its follow-up was due Monday 7 December 09:00
APP = application(interview(MONDAY))
THREE_WEEKS_LATER = paris(2026, 12, 21, 8)  # Monday, before the morning hour


def writes(steps: list[Step]) -> dict[StepKind, Step]:
    return by_kind(steps, Action.WRITE)


def test_first_run_three_weeks_late_drafts_the_follow_up_now_and_calls_a_week_later() -> None:
    steps = writes(run([APP], now=THREE_WEEKS_LATER))
    assert set(steps) == {StepKind.FOLLOW_UP, StepKind.CALL}  # no thank-you: its window closed
    follow_up, call = steps[StepKind.FOLLOW_UP], steps[StepKind.CALL]
    assert follow_up.draft is not None  # due since 7 December: written at once
    assert follow_up.due == paris(2026, 12, 21, 9)  # today at the morning hour, still ahead
    assert follow_up.event is not None and follow_up.event.start == follow_up.due
    assert follow_up.reason.endswith(
        "due Monday 7 December 2026 09:00, planned late, so Monday 21 December 2026 09:00"
    )
    assert call.due == paris(2026, 12, 28, 10)  # 7 days after the caught-up follow-up
    assert "follow-up of Monday 21 December 2026 09:00" in call.reason
    assert "planned late" not in call.reason


def test_in_business_hours_the_late_follow_up_is_due_at_once() -> None:
    steps = writes(run([APP], now=paris(2026, 12, 21, 14, 2)))
    assert steps[StepKind.FOLLOW_UP].due == paris(2026, 12, 21, 14, 5)  # rounded up
    assert steps[StepKind.FOLLOW_UP].draft is not None
    assert steps[StepKind.CALL].due == paris(2026, 12, 28, 10)


def test_in_the_evening_the_late_follow_up_comes_the_next_business_morning() -> None:
    steps = writes(run([APP], now=paris(2026, 12, 21, 19)))
    assert steps[StepKind.FOLLOW_UP].due == paris(2026, 12, 22, 9)
    assert steps[StepKind.FOLLOW_UP].draft is not None
    assert steps[StepKind.CALL].due == paris(2026, 12, 29, 10)


def test_a_weekend_run_moves_the_late_follow_up_to_monday() -> None:
    steps = writes(run([APP], now=paris(2026, 12, 19, 10)))  # Saturday
    assert steps[StepKind.FOLLOW_UP].due == paris(2026, 12, 21, 9)


def test_a_late_call_comes_in_business_hours() -> None:
    # The follow-up was planned in time; the call was cancelled meanwhile, now wanted again.
    first = record(run([APP], now=paris(2026, 12, 1, 9)))
    ledger = Ledger(entries=tuple(
        replace(e, status=StepStatus.CANCELLED) if e.kind is StepKind.CALL else e
        for e in first.entries
    ))
    steps = writes(run([APP], ledger=ledger, now=paris(2026, 12, 16, 11)))
    assert steps[StepKind.CALL].due == paris(2026, 12, 16, 11)  # business hours: at once
    steps = writes(run([APP], ledger=ledger, now=paris(2026, 12, 16, 8)))
    assert steps[StepKind.CALL].due == paris(2026, 12, 16, 10)  # before hours: at the call hour
    assert "planned late" in steps[StepKind.CALL].reason


def test_debrief_planned_two_hours_after_the_interview_is_due_now() -> None:
    wednesday = paris(2026, 12, 9, 14)
    app = application(interview(wednesday, annotations=notes(present=frozenset())))
    now = paris(2026, 12, 9, 17)
    steps = writes(run([app], now=now))
    debrief = steps[StepKind.DEBRIEF]
    assert debrief.due == now
    assert debrief.event is not None and debrief.event.start == now
    assert debrief.reason.endswith(
        "due Wednesday 9 December 2026 15:00, planned late, so Wednesday 9 December 2026 17:00"
    )
    assert steps[StepKind.THANK_YOU].due == paris(2026, 12, 10, 9)  # on time: unchanged


def test_a_late_thank_you_still_inside_its_window_comes_the_next_morning() -> None:
    app = application(interview(paris(2026, 12, 7, 10)))  # Monday; window closes Wednesday
    steps = writes(run([app], now=paris(2026, 12, 8, 20)))  # Tuesday evening
    thanks = steps[StepKind.THANK_YOU]
    assert thanks.due == paris(2026, 12, 9, 9) and thanks.draft is not None
    steps = writes(run([app], now=paris(2026, 12, 8, 14)))  # Tuesday afternoon: at once
    assert steps[StepKind.THANK_YOU].due == paris(2026, 12, 8, 14)


def test_a_late_thank_you_whose_next_slot_is_past_its_window_is_due_now() -> None:
    app = application(interview(paris(2026, 12, 7, 10)))
    now = paris(2026, 12, 9, 14)  # Wednesday afternoon: Thursday 09:00 would be too late
    thanks = writes(run([app], now=now))[StepKind.THANK_YOU]
    assert thanks.due == now and thanks.draft is not None


def test_planning_again_an_hour_and_a_day_later_writes_nothing_new() -> None:
    ledger = record(run([APP], now=THREE_WEEKS_LATER))
    for later in (THREE_WEEKS_LATER + timedelta(hours=1), THREE_WEEKS_LATER + timedelta(days=1)):
        assert run([APP], ledger=ledger, now=later) == [], later


def test_a_debrief_due_now_stays_where_it_was_written() -> None:
    app = application(interview(MONDAY, annotations=notes(present=frozenset())))
    first = paris(2026, 11, 30, 13)
    ledger = record(run([app], now=first))
    assert writes(run([app], ledger=ledger, now=first + timedelta(hours=1))) == {}
    # A day later only the thank-you's draft falls due; nothing moves.
    again = writes(run([app], ledger=ledger, now=first + timedelta(days=1)))
    assert set(again) == {StepKind.THANK_YOU} and again[StepKind.THANK_YOU].draft is not None
    assert again[StepKind.THANK_YOU].due == paris(2026, 12, 1, 9)


def test_a_late_refusal_answer_stays_where_it_was_caught_up() -> None:
    refused = inbound(paris(2026, 12, 9, 14, 30), Label.REJECTION_GENERIC)
    ledger = record(run([APP], [refused], now=paris(2026, 12, 9, 15)))
    caught = ledger.get("acme:1:feedback_request")
    assert caught is not None and caught.due == paris(2026, 12, 9, 15)
    assert writes(run([APP], [refused], ledger=ledger, now=paris(2026, 12, 10, 11))) == {}


def test_a_holding_reply_moves_the_caught_up_follow_up_later() -> None:
    ledger = record(run([APP], now=THREE_WEEKS_LATER))
    holding = inbound(paris(2026, 12, 21, 11), Label.HOLDING, stated=date(2027, 1, 8))
    steps = writes(run([APP], [holding], ledger=ledger, now=paris(2026, 12, 21, 12)))
    assert steps[StepKind.FOLLOW_UP].due == paris(2027, 1, 11, 9)  # the business day after
    assert steps[StepKind.FOLLOW_UP].draft is None  # no longer due
    assert "planned late" not in steps[StepKind.FOLLOW_UP].reason
    assert steps[StepKind.CALL].due == paris(2027, 1, 18, 10)


def test_a_holding_reply_read_late_moves_the_follow_up_to_its_catch_up_time() -> None:
    ledger = record(run([APP], now=paris(2026, 12, 1, 9)))  # follow-up on Monday 7 December
    holding = inbound(paris(2026, 12, 4, 11), Label.HOLDING, stated=date(2026, 12, 10))
    steps = writes(run([APP], [holding], ledger=ledger, now=paris(2026, 12, 14, 15)))
    assert steps[StepKind.FOLLOW_UP].due == paris(2026, 12, 14, 15)  # not Friday 11 December
    assert steps[StepKind.FOLLOW_UP].draft is not None


def test_a_step_planned_in_time_stays_put_when_its_day_passed_unseen() -> None:
    # The laptop was off: the follow-up's event is in the calendar since 1 December.
    ledger = record(run([APP], now=paris(2026, 12, 1, 9)))
    steps = writes(run([APP], ledger=ledger, now=paris(2026, 12, 9, 14)))
    follow_up = steps[StepKind.FOLLOW_UP]
    assert follow_up.due == paris(2026, 12, 7, 9) and follow_up.draft is not None
    assert "planned late" not in follow_up.reason
