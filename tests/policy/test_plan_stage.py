"""F3: the status view of an application."""

from __future__ import annotations

from plan_builders import (
    SETTINGS,
    application,
    inbound,
    interview,
    notes,
    outbound,
    paris,
    record,
    run,
)

from policy.model import Label, Ledger, StepKind
from policy.stage import describe

FRIDAY = paris(2026, 12, 4, 16)
APP = application(interview(FRIDAY))


def test_waiting_after_an_interview_shows_the_next_step() -> None:
    status = describe(APP, [], Ledger(), paris(2026, 12, 4, 18), SETTINGS)
    assert status.stage == "waiting (round 1)"
    assert status.company == "ACME" and status.application == "acme"
    assert status.next_step is not None and status.next_step.kind is StepKind.THANK_YOU
    assert status.next_due == paris(2026, 12, 7, 9)
    assert status.last_contact == paris(2026, 12, 4, 17)  # the interview's end


def test_scheduled_interview() -> None:
    status = describe(APP, [], Ledger(), paris(2026, 12, 1, 9), SETTINGS)
    assert status.stage == "interview scheduled (round 1)"
    assert status.last_contact is None


def test_last_contact_is_the_latest_message() -> None:
    mine = outbound(paris(2026, 12, 9, 10))
    status = describe(APP, [mine], Ledger(), paris(2026, 12, 9, 12), SETTINGS)
    assert status.last_contact == paris(2026, 12, 9, 10)
    assert status.next_step is not None and status.next_step.kind is StepKind.CALL


def test_refused_offer_opted_out() -> None:
    no = inbound(paris(2026, 12, 8, 10), Label.REJECTION_GENERIC)
    refused = describe(APP, [no], Ledger(), paris(2026, 12, 8, 11), SETTINGS)
    assert refused.stage == "refused"
    assert refused.next_step is not None
    assert refused.next_step.kind is StepKind.FEEDBACK_REQUEST
    yes = inbound(paris(2026, 12, 8, 10), Label.OFFER)
    offer = describe(APP, [yes], Ledger(), paris(2026, 12, 8, 11), SETTINGS)
    assert (offer.stage, offer.next_step) == ("offer", None)
    out = application(interview(FRIDAY, annotations=notes(opt_out=True)))
    assert describe(out, [], Ledger(), paris(2026, 12, 8, 11), SETTINGS).stage == "opted out"


def test_positive_reply_announces_the_next_step() -> None:
    invite = inbound(paris(2026, 12, 9, 10), Label.POSITIVE_NEXT_STEP)
    status = describe(APP, [invite], Ledger(), paris(2026, 12, 9, 11), SETTINGS)
    assert status.stage == "next step announced (round 1)"


def test_closed_once_the_sequence_is_over() -> None:
    ledger = record(run([APP], now=paris(2026, 12, 4, 18)))
    status = describe(APP, [], ledger, paris(2027, 1, 15, 9), SETTINGS)
    assert (status.stage, status.next_step, status.next_due) == ("closed", None, None)


def test_a_written_draft_not_yet_due_stays_the_next_step() -> None:
    ledger = record(run([APP], now=paris(2026, 12, 4, 18)))
    status = describe(APP, [], ledger, paris(2026, 12, 8, 12), SETTINGS)
    assert status.next_step is not None and status.next_step.kind is StepKind.FOLLOW_UP


def test_a_written_draft_not_yet_sent_is_shown_to_send_until_its_window_closes() -> None:
    monday = paris(2026, 12, 7, 9, 30)
    ledger = record(run([APP], now=monday))  # the thank-you draft is written
    status = describe(APP, [], ledger, monday, SETTINGS)
    assert status.to_send is not None and status.to_send.kind is StepKind.THANK_YOU
    assert status.to_send.window_end is not None
    assert status.to_send.window_end.date().isoformat() == "2026-12-08"
    assert status.stage == "waiting (round 1)"
    after = describe(APP, [], ledger, paris(2026, 12, 9, 9), SETTINGS)
    assert after.to_send is None or after.to_send.kind is not StepKind.THANK_YOU
