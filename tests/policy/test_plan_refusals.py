"""D1-D5: after a refusal, in Europe/Paris."""

from __future__ import annotations

from datetime import date
from typing import Any

from plan_builders import (
    application,
    by_kind,
    entry,
    inbound,
    interview,
    outbound,
    paris,
    record,
    run,
)

from policy.model import Action, Label, Ledger, Message, StepKind, StepStatus
from policy.refusals import CLARIFY_TAG

FRIDAY = paris(2026, 12, 4, 16)
APP = application(interview(FRIDAY))
REFUSED_AT = paris(2026, 12, 9, 14, 30)  # Wednesday 9 December 2026


def refusal(label: Label, **values: Any) -> Message:
    return inbound(REFUSED_AT, label, subject="Re: Votre candidature chez ACME", **values)


def test_generic_refusal_asks_for_feedback_at_once_in_the_refusals_thread() -> None:
    no = refusal(Label.REJECTION_GENERIC)
    steps = run([APP], [no], now=paris(2026, 12, 9, 15))
    feedback = by_kind(steps)[StepKind.FEEDBACK_REQUEST]
    # Read after its time, in business hours: draft and event at once.
    assert feedback.due == paris(2026, 12, 9, 15)
    assert "planned late" in feedback.reason
    assert feedback.window_end is not None and feedback.window_end.date() == date(2026, 12, 12)
    assert feedback.draft is not None
    assert feedback.draft.subject == "Re: Votre candidature chez ACME"  # no "Re: Re:"
    assert feedback.draft.in_reply_to == no.message_id
    assert feedback.draft.references == ("<first@example.org>", no.message_id)
    assert feedback.draft.thread_id == "thread-1"
    assert feedback.reason.startswith("D1")
    assert set(by_kind(steps)) == {StepKind.FEEDBACK_REQUEST}


def test_feedback_request_is_never_proposed_after_its_window() -> None:
    steps = run([APP], [refusal(Label.REJECTION_GENERIC)], now=paris(2026, 12, 13, 0, 1))
    assert StepKind.FEEDBACK_REQUEST not in by_kind(steps)


def test_refusal_cancels_the_pending_b_sequence() -> None:
    ledger = record(run([APP], now=paris(2026, 12, 4, 18)))
    no = refusal(Label.REJECTION_GENERIC)
    steps = run([APP], [no], ledger=ledger, now=paris(2026, 12, 9, 15))
    assert {StepKind.FOLLOW_UP, StepKind.CALL} <= set(by_kind(steps, Action.CANCEL))


def test_future_opening_with_a_date_reminds_two_weeks_before() -> None:
    no = refusal(Label.REJECTION_FUTURE_OPENING, stated=date(2027, 3, 1))
    steps = run([APP], [no], now=paris(2026, 12, 9, 15))
    assert set(by_kind(steps)) == {StepKind.FEEDBACK_REQUEST, StepKind.FUTURE_OPENING}
    opening = by_kind(steps)[StepKind.FUTURE_OPENING]
    assert opening.due == paris(2027, 2, 15, 9)  # Monday 15 February 2027
    assert opening.draft is None and opening.event is not None
    assert opening.reason.startswith("D3")


def test_future_opening_is_never_sooner_than_thirty_days_after_the_refusal() -> None:
    no = refusal(Label.REJECTION_FUTURE_OPENING, stated=date(2027, 1, 1))
    steps = run([APP], [no], now=paris(2026, 12, 9, 15))
    assert by_kind(steps)[StepKind.FUTURE_OPENING].due == paris(2027, 1, 8, 9)


def test_future_opening_without_a_date_waits_ninety_days() -> None:
    steps = run([APP], [refusal(Label.REJECTION_FUTURE_OPENING)], now=paris(2026, 12, 9, 15))
    assert by_kind(steps)[StepKind.FUTURE_OPENING].due == paris(2027, 3, 9, 9)


def test_other_posts_open_now_come_in_two_business_days() -> None:
    no = refusal(Label.REJECTION_FUTURE_OPENING, opening_now=True)
    steps = run([APP], [no], now=paris(2026, 12, 9, 15))
    assert by_kind(steps)[StepKind.FUTURE_OPENING].due == paris(2026, 12, 11, 9)


def test_future_opening_draft_is_written_on_its_day() -> None:
    no = refusal(Label.REJECTION_FUTURE_OPENING, opening_now=True)
    ledger = record(run([APP], [no], now=paris(2026, 12, 9, 15)))
    steps = run([APP], [no], ledger=ledger, now=paris(2026, 12, 11, 7))
    opening = by_kind(steps)[StepKind.FUTURE_OPENING]
    assert opening.draft is not None and opening.draft.to[0].email == "jeanne@acme.fr"


def test_skills_refusal_reminds_to_reapply_six_months_on() -> None:
    no = inbound(paris(2026, 8, 31, 10), Label.REJECTION_WITH_REASON_SKILLS, missing_skill="SQL")
    app = application(interview(paris(2026, 8, 25, 10)))
    steps = run([app], [no], now=paris(2026, 8, 31, 11))
    # 31 August + 6 months = 28 February 2027 (clamped), a Sunday: Monday 1 March.
    assert by_kind(steps)[StepKind.REAPPLY].due == paris(2027, 3, 1, 9)
    assert set(by_kind(steps)) == {StepKind.REAPPLY}  # no D2 unless asked, no D1


def test_skills_clarification_only_when_asked_by_command() -> None:
    no = refusal(Label.REJECTION_WITH_REASON_SKILLS, missing_skill="Python")
    asked = Ledger(skills_requests=frozenset({"acme"}))
    steps = run([APP], [no], ledger=asked, now=paris(2026, 12, 10, 9))
    clarify = by_kind(steps)[StepKind.SKILLS_CLARIFICATION]
    assert clarify.draft is not None and clarify.draft.in_reply_to is not None
    assert clarify.reason.startswith("D2")


def test_skills_clarification_asked_by_tag() -> None:
    no = refusal(Label.REJECTION_WITH_REASON_SKILLS, tags=(CLARIFY_TAG.upper(),))
    steps = run([APP], [no], now=paris(2026, 12, 10, 9))
    assert StepKind.SKILLS_CLARIFICATION in by_kind(steps)


def test_categorical_refusal_means_nothing_more_at_all() -> None:
    ledger = record(run([APP], now=paris(2026, 12, 4, 18)))
    no = refusal(Label.REJECTION_CATEGORICAL)
    steps = run([APP], [no], ledger=ledger, now=paris(2026, 12, 9, 15))
    assert by_kind(steps) == {}
    assert all(s.action is Action.CANCEL for s in steps)


def test_discriminatory_refusal_gets_only_an_information_event() -> None:
    no = refusal(Label.REJECTION_GENERIC, discriminatory=True)
    steps = run([APP], [no], now=paris(2026, 12, 9, 15))
    assert [s.kind for s in steps] == [StepKind.DISCRIMINATION_INFO]
    info = steps[0]
    assert info.draft is None and info.recipients == ()
    # Read after the refusal's time: the information event comes at once, not in the past.
    assert info.event is not None and info.due == paris(2026, 12, 9, 15)
    assert "Défenseur des droits" in info.reason


def test_two_unanswered_attempts_after_the_refusal_stop_everything() -> None:
    no = refusal(Label.REJECTION_FUTURE_OPENING)
    ledger = record(run([APP], [no], now=paris(2026, 12, 9, 15)))
    tries = [outbound(paris(2026, 12, 10, 9)), outbound(paris(2026, 12, 20, 9))]
    steps = run([APP], [no, *tries], ledger=ledger, now=paris(2026, 12, 21, 9))
    cancels = by_kind(steps, Action.CANCEL)
    assert StepKind.FUTURE_OPENING in cancels
    assert cancels[StepKind.FUTURE_OPENING].reason.startswith("D5: 2 contact attempts")
    assert by_kind(steps) == {}


def test_an_answer_after_the_attempts_resets_the_count() -> None:
    no = refusal(Label.REJECTION_FUTURE_OPENING)
    tries = [outbound(paris(2026, 12, 10, 9)), outbound(paris(2026, 12, 11, 9))]
    answer = inbound(paris(2026, 12, 12, 9), Label.HOLDING)
    steps = run([APP], [no, *tries, answer], now=paris(2026, 12, 12, 10))
    assert StepKind.FUTURE_OPENING in by_kind(steps)


def test_sent_feedback_request_counts_toward_the_d5_stop() -> None:
    no = refusal(Label.REJECTION_FUTURE_OPENING)
    sent = entry("acme:1:feedback_request", StepKind.FEEDBACK_REQUEST, REFUSED_AT, StepStatus.SENT)
    mine = outbound(paris(2026, 12, 20, 9))
    steps = run([APP], [no, mine], ledger=Ledger(entries=(sent,)), now=paris(2026, 12, 21, 9))
    assert by_kind(steps) == {}


def test_refusal_from_an_ats_no_reply_goes_to_the_contact_in_its_thread() -> None:
    no = inbound(
        REFUSED_AT, Label.REJECTION_GENERIC, sender="no-reply@acme.greenhouse.io",
        subject="Your application to ACME", thread="ats-7",
    )
    steps = run([APP], [no], now=paris(2026, 12, 9, 15))
    draft = by_kind(steps)[StepKind.FEEDBACK_REQUEST].draft
    assert draft is not None
    assert [a.email for a in draft.to] == ["jeanne@acme.fr"]
    assert draft.thread_id == "ats-7" and draft.subject == "Re: Your application to ACME"


def test_feedback_goes_first_to_the_human_who_refused() -> None:
    no = inbound(REFUSED_AT, Label.REJECTION_GENERIC, sender="paul.rh@acme.fr")
    steps = run([APP], [no], now=paris(2026, 12, 9, 15))
    draft = by_kind(steps)[StepKind.FEEDBACK_REQUEST].draft
    assert draft is not None
    assert [a.email for a in draft.to] == ["paul.rh@acme.fr", "jeanne@acme.fr"]
