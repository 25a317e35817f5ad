"""E1: language, recipients and thread of the drafts."""

from __future__ import annotations

from plan_builders import (
    JEANNE,
    application,
    by_kind,
    inbound,
    interview,
    notes,
    paris,
    record,
    run,
)

from policy.model import Application, Contact, DraftSpec, Label, Message, Step, StepKind

FRIDAY = paris(2026, 12, 4, 16)
ON_DAY = paris(2026, 12, 7, 9, 30)


def thank_you(app: Application, messages: tuple[Message, ...] = ()) -> Step:
    ledger = record(run([app], messages, now=paris(2026, 12, 4, 18)))
    return by_kind(run([app], messages, ledger=ledger, now=ON_DAY))[StepKind.THANK_YOU]


def drafted(step: Step) -> DraftSpec:
    assert step.draft is not None
    return step.draft


def test_language_line_wins() -> None:
    app = application(interview(FRIDAY, annotations=notes(language="en")))
    holding = inbound(paris(2026, 12, 5, 10), Label.HOLDING, language="fr")
    step = thank_you(app, (holding,))
    assert step.language == "en" and drafted(step).language == "en"


def test_recruiters_language_comes_next() -> None:
    app = application(interview(FRIDAY), title_language="fr")
    holding = inbound(paris(2026, 12, 5, 10), Label.HOLDING, language="en")
    assert thank_you(app, (holding,)).language == "en"


def test_title_language_then_default() -> None:
    assert thank_you(application(interview(FRIDAY), title_language="en")).language == "en"
    assert thank_you(application(interview(FRIDAY))).language == "fr"


def test_no_reply_and_ats_addresses_are_never_recipients() -> None:
    robots = (
        Contact(email="no-reply@acme.fr"),
        Contact(email="jobs@acme.myworkdayjobs.com"),
        JEANNE,
    )
    step = thank_you(application(interview(FRIDAY, contacts=robots)))
    assert [a.email for a in drafted(step).to] == ["jeanne@acme.fr"]


def test_draft_answers_in_the_recruiters_thread() -> None:
    subject = "RE: Re: Entretien"
    holding = inbound(paris(2026, 12, 5, 10), Label.HOLDING, subject=subject, thread="t-9")
    step = thank_you(application(interview(FRIDAY)), (holding,))
    draft = drafted(step)
    assert draft.subject == "Re: Entretien"
    assert draft.thread_id == "t-9" and draft.in_reply_to == holding.message_id
    assert step.thread_id == "t-9"


def test_without_a_thread_the_template_subject_is_used() -> None:
    draft = drafted(thank_you(application(interview(FRIDAY))))
    assert draft.thread_id is None and draft.in_reply_to is None
    assert draft.subject == "Merci pour notre entretien du vendredi 4 décembre"
