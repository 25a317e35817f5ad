"""E1: a draft goes to a person, or it waits and relance asks who to write to."""

from __future__ import annotations

from dataclasses import replace

from plan_builders import (
    JEANNE,
    SETTINGS,
    application,
    by_kind,
    inbound,
    interview,
    paris,
    record,
    run,
)

from policy.model import (
    Action,
    Address,
    Application,
    Attendee,
    Contact,
    Label,
    Ledger,
    Message,
    StepKind,
)
from policy.personal import set_aside

FRIDAY = paris(2026, 12, 4, 16)
EVENING = paris(2026, 12, 4, 18)
ON_DAY = paris(2026, 12, 7, 9, 30)
ATS = Contact(name="Acme Talent", email="no-reply@acme.myworkdayjobs.com")


def _ats_only() -> tuple[Application, tuple[Message, ...]]:
    app = application(interview(FRIDAY, contacts=(ATS,)))
    mail = inbound(paris(2026, 12, 4, 17), Label.HOLDING, sender="jobs-noreply@greenhouse.io")
    return app, (mail,)


def test_robots_rooms_and_the_user_are_set_aside_with_a_reason() -> None:
    rooms = frozenset({"seine@acme.fr"})
    cases = {
        "no-reply@acme.fr": "automatic sender",
        "ne-pas-repondre@acme.fr": "automatic sender",
        "jobs-noreply@linkedin.com": "automatic sender",
        "donotreply@acme.fr": "automatic sender",
        "MAILER-DAEMON@mx.acme.fr": "automatic sender",
        "postmaster@acme.fr": "automatic sender",
        "notifications@acme.fr": "automatic sender",
        "acme@myworkday.com": "applicant-tracking",
        "jeanne.d@hire.lever.co": "applicant-tracking",
        "c_1a2b@resource.calendar.google.com": "room",
        "seine@acme.fr": "room",
        "camille@example.org": "your own address",
        "not-an-address": "not a complete",
    }
    for email, why in cases.items():
        found = set_aside(email, None, SETTINGS, rooms)
        assert found is not None and why in found, email
    assert set_aside("salle.4@acme.fr", "Salle Rivoli (8 places)", SETTINGS) is not None
    assert set_aside("jeanne@acme.fr", "Jeanne Dupont", SETTINGS, rooms) is None
    assert set_aside("noreen.ply@acme.fr", "Noreen Ply", SETTINGS) is None


def test_a_room_attendee_is_never_addressed() -> None:
    base = interview(FRIDAY, contacts=(Contact(name="Seine", email="seine@acme.fr"), JEANNE))
    room = Attendee(email="seine@acme.fr", name="Seine", cutype="ROOM")
    event = replace(base.event, attendees=(room, Attendee("jeanne@acme.fr", "Jeanne Dupont")))
    app = application(replace(base, event=event))
    ledger = record(run([app], now=EVENING))
    step = by_kind(run([app], ledger=ledger, now=ON_DAY))[StepKind.THANK_YOU]
    assert step.draft is not None
    assert [a.email for a in step.draft.to] == ["jeanne@acme.fr"]


def test_only_robots_known_the_draft_waits_and_relance_asks() -> None:
    app, mail = _ats_only()
    first = run([app], mail, now=EVENING)
    asked = by_kind(first)[StepKind.CONTACT_NEEDED]
    assert asked.event is not None and asked.draft is None
    assert asked.event.title == "À qui écrire pour ACME ?"
    text = asked.event.description
    assert "- no-reply@acme.myworkdayjobs.com: une adresse de notification d'un logiciel de " \
        "recrutement (myworkdayjobs.com)" in text
    assert "- jobs-noreply@greenhouse.io: une adresse de notification" in text
    assert 'relance contact acme ADRESSE "Prénom Nom"' in text
    ledger = record(first)
    later = by_kind(run([app], mail, ledger=ledger, now=ON_DAY))
    # The thank-you is due, but no draft is written without a person to write to.
    assert StepKind.THANK_YOU not in later or later[StepKind.THANK_YOU].draft is None
    assert StepKind.CONTACT_NEEDED not in later  # asked once: nothing new to write


def test_the_question_speaks_english_for_an_english_application() -> None:
    app, mail = _ats_only()
    app = replace(app, language="en")
    asked = by_kind(run([app], mail, now=EVENING))[StepKind.CONTACT_NEEDED]
    assert asked.event is not None
    assert asked.event.title == "Who should relance write to for ACME?"
    assert 'relance contact acme ADDRESS "First Last"' in asked.event.description
    assert "no-reply@acme.myworkdayjobs.com: an applicant-tracking" in asked.event.description


def test_once_the_user_names_a_person_the_draft_goes_to_them_and_the_question_is_moot() -> None:
    app, mail = _ats_only()
    ledger = record(run([app], mail, now=EVENING))
    named = Ledger(entries=ledger.entries,
                   contacts={"acme": Address("paul.martin@acme.fr", "Paul Martin")})
    steps = run([app], mail, ledger=named, now=ON_DAY)
    thank_you = by_kind(steps)[StepKind.THANK_YOU]
    assert thank_you.draft is not None
    assert [a.email for a in thank_you.draft.to] == ["paul.martin@acme.fr"]
    assert thank_you.draft.body.startswith("Bonjour Paul Martin,")
    cancelled = by_kind(steps, Action.CANCEL)
    assert "paul.martin@acme.fr" in cancelled[StepKind.CONTACT_NEEDED].reason


def test_no_question_when_a_person_is_known() -> None:
    steps = run([application(interview(FRIDAY))], now=EVENING)
    assert StepKind.CONTACT_NEEDED not in by_kind(steps)


def test_an_event_that_names_nobody_asks_too_and_says_no_address_was_seen() -> None:
    app = application(interview(FRIDAY, contacts=()))
    asked = by_kind(run([app], now=EVENING))[StepKind.CONTACT_NEEDED]
    assert asked.event is not None
    assert "Adresses vues, et pourquoi elles sont écartées :\n- (aucune)" in asked.event.description
    assert "(0 address(es) seen, none personal)" in asked.reason
