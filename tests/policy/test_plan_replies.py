"""C2: the effect of each label on a round (holding, positive, offer, other), and A5/E3."""

from __future__ import annotations

from datetime import date

from plan_builders import (
    application,
    by_kind,
    inbound,
    interview,
    outbound,
    paris,
    record,
    run,
)

from policy.model import Action, Label, StepKind

FRIDAY = paris(2026, 12, 4, 16)
NOW = paris(2026, 12, 4, 18)


def test_holding_with_a_date_moves_the_follow_up_and_the_call() -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=NOW))
    holding = inbound(paris(2026, 12, 7, 15), Label.HOLDING, stated=date(2026, 12, 15))
    steps = run([app], [holding], ledger=ledger, now=paris(2026, 12, 7, 16))
    writes = by_kind(steps)
    assert writes[StepKind.FOLLOW_UP].due == paris(2026, 12, 16, 9)  # a move, not a cancel
    assert writes[StepKind.FOLLOW_UP].reason.startswith("C2: holding reply")
    assert "Tuesday 15 December 2026" in writes[StepKind.FOLLOW_UP].reason
    assert writes[StepKind.CALL].due == paris(2026, 12, 23, 10)
    assert by_kind(steps, Action.CANCEL) == {}


def test_holding_keeps_the_thank_you() -> None:
    app = application(interview(FRIDAY))
    holding = inbound(paris(2026, 12, 5, 9), Label.HOLDING)
    steps = run([app], [holding], now=paris(2026, 12, 5, 10))
    assert by_kind(steps)[StepKind.THANK_YOU].due == paris(2026, 12, 7, 9)


def test_holding_without_a_date_waits_the_default_from_the_message() -> None:
    app = application(interview(FRIDAY))
    holding = inbound(paris(2026, 12, 7, 15), Label.HOLDING)  # Monday
    steps = run([app], [holding], now=paris(2026, 12, 7, 16))
    assert by_kind(steps)[StepKind.FOLLOW_UP].due == paris(2026, 12, 14, 9)
    assert by_kind(steps)[StepKind.CALL].due == paris(2026, 12, 21, 10)


def test_the_latest_holding_reply_decides() -> None:
    app = application(interview(FRIDAY))
    first = inbound(paris(2026, 12, 7, 15), Label.HOLDING, stated=date(2026, 12, 10))
    second = inbound(paris(2026, 12, 11, 15), Label.HOLDING, stated=date(2026, 12, 18))
    steps = run([app], [first, second], now=paris(2026, 12, 11, 16))
    assert by_kind(steps)[StepKind.FOLLOW_UP].due == paris(2026, 12, 21, 9)


def test_offer_closes_the_application_and_cancels_everything_pending() -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=NOW))
    offer = inbound(paris(2026, 12, 5, 10), Label.OFFER, subject="Proposition")
    steps = run([app], [offer], ledger=ledger, now=paris(2026, 12, 5, 11))
    assert all(s.action is Action.CANCEL for s in steps)
    assert {s.kind for s in steps} == {StepKind.THANK_YOU, StepKind.FOLLOW_UP, StepKind.CALL}
    assert all(s.reason.startswith("C2: offer received") for s in steps)


def test_offer_before_anything_was_written_plans_nothing() -> None:
    app = application(interview(FRIDAY))
    offer = inbound(paris(2026, 12, 5, 10), Label.OFFER)
    assert run([app], [offer], now=paris(2026, 12, 5, 11)) == []


def test_other_messages_change_nothing() -> None:
    app = application(interview(FRIDAY))
    noise = inbound(paris(2026, 12, 5, 10), Label.OTHER, subject="Absence du bureau")
    assert run([app], [noise], now=NOW) == run([app], now=NOW)


def test_messages_before_the_first_interview_do_not_count() -> None:
    app = application(interview(FRIDAY))
    early = inbound(paris(2026, 12, 1, 10), Label.REJECTION_CATEGORICAL)
    mine = outbound(paris(2026, 12, 2, 10))
    assert run([app], [early, mine], now=NOW) == run([app], now=NOW)


def test_unmatched_messages_are_ignored() -> None:
    app = application(interview(FRIDAY))
    stray = inbound(paris(2026, 12, 5, 10), Label.OFFER, key=None)
    assert run([app], [stray], now=NOW) == run([app], now=NOW)


def test_new_round_cancels_the_previous_follow_up_and_call() -> None:
    first = interview(FRIDAY)
    ledger = record(run([application(first)], now=NOW))
    second = interview(paris(2026, 12, 10, 14), title="Entretien 2 – ACME")
    invite = inbound(paris(2026, 12, 7, 10), Label.POSITIVE_NEXT_STEP)
    steps = run([application(first, second)], [invite], ledger=ledger, now=paris(2026, 12, 7, 11))
    cancels = by_kind(steps, Action.CANCEL)
    assert set(cancels) == {StepKind.FOLLOW_UP, StepKind.CALL}
    writes = {s.key for s in steps if s.action is Action.WRITE}
    assert {"acme:2:thank_you", "acme:2:follow_up", "acme:2:call"} <= writes
    assert "acme:1:thank_you" in writes  # its day came: the draft, the window still open


def test_new_round_in_the_calendar_without_a_reply_is_a_new_round_too() -> None:
    first = interview(FRIDAY)
    ledger = record(run([application(first)], now=NOW))
    second = interview(paris(2026, 12, 10, 14), title="Entretien 2 – ACME")
    steps = run([application(first, second)], ledger=ledger, now=paris(2026, 12, 5, 11))
    cancel = by_kind(steps, Action.CANCEL)[StepKind.FOLLOW_UP]
    assert cancel.reason.startswith("A5") and "round 2" in cancel.reason


def test_previous_thank_you_is_cancelled_once_the_next_interview_started() -> None:
    first = interview(FRIDAY)
    ledger = record(run([application(first)], now=NOW))
    second = interview(paris(2026, 12, 7, 8))  # Monday 8:00, before the thank-you's hour
    steps = run([application(first, second)], ledger=ledger, now=paris(2026, 12, 7, 9, 30))
    cancelled = {s.key for s in steps if s.action is Action.CANCEL}
    assert "acme:1:thank_you" in cancelled


def test_new_interview_after_a_refusal_cancels_the_pending_reminder() -> None:
    first = interview(FRIDAY)
    no = inbound(paris(2026, 12, 9, 10), Label.REJECTION_FUTURE_OPENING, opening_now=True)
    ledger = record(run([application(first)], [no], now=paris(2026, 12, 9, 11)))
    second = interview(paris(2026, 12, 15, 14), title="Entretien – ACME, autre poste")
    steps = run([application(first, second)], [no], ledger=ledger, now=paris(2026, 12, 10, 9))
    cancel = by_kind(steps, Action.CANCEL)[StepKind.FUTURE_OPENING]
    assert cancel.reason.startswith("A5") and "round 2" in cancel.reason
    assert "acme:2:thank_you" in {s.key for s in steps if s.action is Action.WRITE}


def test_a_reply_dated_after_now_is_not_known_yet() -> None:
    # `relance plan --now` in the past replays the mailbox as it was then.
    app = application(interview(FRIDAY))
    refusal = inbound(paris(2026, 12, 8, 11), Label.REJECTION_GENERIC)
    before = by_kind(run([app], [refusal], now=paris(2026, 12, 7, 10)))
    assert StepKind.THANK_YOU in before and StepKind.FEEDBACK_REQUEST not in before
    after = by_kind(run([app], [refusal], now=paris(2026, 12, 8, 12)))
    assert StepKind.FEEDBACK_REQUEST in after and StepKind.THANK_YOU not in after
