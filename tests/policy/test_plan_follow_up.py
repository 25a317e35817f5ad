"""B2, B3, B4 (the cap), B5, B6: follow-up and call while the recruiter is silent."""

from __future__ import annotations

from datetime import date

import pytest
from plan_builders import (
    JEANNE,
    SETTINGS,
    application,
    by_kind,
    entry,
    inbound,
    interview,
    notes,
    outbound,
    paris,
    record,
    run,
)

from policy.model import Action, Contact, Label, Ledger, StepKind, StepStatus

FRIDAY = paris(2026, 12, 4, 16)  # Friday 4 December 2026
NOW = paris(2026, 12, 4, 18)


def follow_up_of(**values: object) -> tuple[object, str]:
    steps = run([application(interview(FRIDAY, annotations=notes(**values)))], now=NOW)
    step = by_kind(steps)[StepKind.FOLLOW_UP]
    return step.due, step.reason


def test_long_process_follows_up_fourteen_days_after_the_interview() -> None:
    due, reason = follow_up_of(process="long")
    assert due == paris(2026, 12, 18, 9)
    assert reason.startswith("B2: follow-up 14 days after the interview (Processus : long)")
    assert "Friday 4 December 2026" in reason


def test_short_process_follows_up_seven_days_after() -> None:
    assert follow_up_of(process="short")[0] == paris(2026, 12, 11, 9)


def test_nothing_announced_follows_up_after_the_default() -> None:
    due, reason = follow_up_of()
    assert due == paris(2026, 12, 11, 9)
    assert "no answer delay noted" in reason


def test_answer_date_gives_the_next_business_day_and_wins_over_the_process() -> None:
    due, reason = follow_up_of(answer_by=date(2026, 12, 15), process="long")
    assert due == paris(2026, 12, 16, 9)  # Wednesday after Tuesday 15
    assert "Réponse avant le 15/12" in reason


def test_answer_delay_counts_calendar_days_from_the_interview_then_next_business_day() -> None:
    # 4 December + 10 days = Monday 14 December; the answer is due that day: follow up Tuesday.
    assert follow_up_of(answer_within_days=10)[0] == paris(2026, 12, 15, 9)


def test_answer_date_on_a_friday_before_christmas_moves_past_the_holiday() -> None:
    # Thursday 24 December: the next business day is Monday 28 (Friday 25 is a holiday).
    assert follow_up_of(answer_by=date(2026, 12, 24))[0] == paris(2026, 12, 28, 9)


def test_default_landing_on_a_holiday_moves_to_the_next_business_day() -> None:
    start = paris(2026, 12, 18, 10)  # + 7 days = Friday 25 December
    steps = run([application(interview(start))], now=start)
    assert by_kind(steps)[StepKind.FOLLOW_UP].due == paris(2026, 12, 28, 9)


def test_call_comes_seven_days_after_the_follow_up_at_the_call_hour() -> None:
    steps = run([application(interview(FRIDAY))], now=NOW)
    call = by_kind(steps)[StepKind.CALL]
    assert call.due == paris(2026, 12, 18, 10)
    assert call.draft is None and call.event is not None
    assert "+33 6 12 34 56 78" in call.event.title
    assert call.reason.startswith("B3")


def test_call_follows_the_users_own_follow_up() -> None:
    app = application(interview(FRIDAY))
    mine = outbound(paris(2026, 12, 9, 14))  # after the thank-you window: the follow-up
    steps = run([app], [mine], now=paris(2026, 12, 9, 15))
    assert StepKind.FOLLOW_UP not in by_kind(steps)
    assert by_kind(steps)[StepKind.CALL].due == paris(2026, 12, 16, 10)


def test_call_without_a_phone_number_still_comes_and_says_to_find_it() -> None:
    nobody = Contact(name="Jeanne Dupont", email="jeanne@acme.fr")
    steps = run([application(interview(FRIDAY, contacts=(nobody,)))], now=NOW)
    call = by_kind(steps)[StepKind.CALL]
    assert "find the number" in call.reason


def test_three_own_messages_leave_nothing_more_to_do() -> None:
    app = application(interview(FRIDAY))
    mine = [outbound(paris(2026, 12, d, 10)) for d in (5, 10, 15)]
    steps = run([app], mine, now=paris(2026, 12, 15, 11))
    assert by_kind(steps) == {}


def test_two_own_messages_leave_only_the_call() -> None:
    app = application(interview(FRIDAY))
    mine = [outbound(paris(2026, 12, 5, 10)), outbound(paris(2026, 12, 5, 11))]
    steps = run([app], mine, now=paris(2026, 12, 5, 12))
    assert set(by_kind(steps)) == {StepKind.CALL}


def test_sent_draft_and_its_mail_count_once() -> None:
    app = application(interview(FRIDAY))
    sent = entry("acme:1:thank_you", StepKind.THANK_YOU, paris(2026, 12, 7, 9), StepStatus.SENT)
    mail = outbound(paris(2026, 12, 7, 9, 5), relance_key="acme:1:thank_you")
    steps = run([app], [mail], ledger=Ledger(entries=(sent,)), now=paris(2026, 12, 7, 10))
    assert set(by_kind(steps)) == {StepKind.FOLLOW_UP, StepKind.CALL}


def test_cap_setting_is_honoured() -> None:
    from dataclasses import replace

    two = replace(SETTINGS, max_attempts_per_round=2)
    steps = run([application(interview(FRIDAY))], now=NOW, settings=two)
    assert set(by_kind(steps)) == {StepKind.THANK_YOU, StepKind.FOLLOW_UP}


@pytest.mark.parametrize("label", [Label.POSITIVE_NEXT_STEP, Label.REJECTION_GENERIC])
def test_a_reply_stops_follow_up_and_call(label: Label) -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=NOW))
    reply = inbound(paris(2026, 12, 8, 11), label)
    steps = run([app], [reply], ledger=ledger, now=paris(2026, 12, 8, 12))
    cancels = by_kind(steps, Action.CANCEL)
    assert {StepKind.FOLLOW_UP, StepKind.CALL} <= set(cancels)
    assert cancels[StepKind.FOLLOW_UP].reason.startswith("B5")
    assert "Votre candidature" in cancels[StepKind.FOLLOW_UP].reason


def test_positive_reply_keeps_the_thank_you() -> None:
    app = application(interview(FRIDAY))
    reply = inbound(paris(2026, 12, 5, 11), Label.POSITIVE_NEXT_STEP)
    steps = run([app], [reply], now=paris(2026, 12, 5, 12))
    assert set(by_kind(steps)) == {StepKind.THANK_YOU}


def test_contact_of_the_interview_is_the_recipient() -> None:
    app = application(interview(FRIDAY, contacts=(JEANNE,)))
    ledger = record(run([app], now=NOW))
    steps = run([app], ledger=ledger, now=paris(2026, 12, 11, 9))
    draft = by_kind(steps)[StepKind.FOLLOW_UP].draft
    assert draft is not None and [a.email for a in draft.to] == ["jeanne@acme.fr"]


def test_holding_after_the_users_follow_up_pushes_the_call() -> None:
    app = application(interview(FRIDAY))
    mine = outbound(paris(2026, 12, 9, 14))
    holding = inbound(paris(2026, 12, 10, 9), Label.HOLDING, stated=date(2026, 12, 18))
    steps = run([app], [mine, holding], now=paris(2026, 12, 10, 10))
    # The answer is due Friday 18: the follow-up day would be Monday 21; the call 7 days on.
    assert by_kind(steps)[StepKind.CALL].due == paris(2026, 12, 28, 10)
