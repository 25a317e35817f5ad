"""RULES.md A1: each case of issue 10's list, judged as a person would."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from policy.interview_judge import Outcome, judge
from policy.interviews import read_interviews
from policy.model import Attendee, CalendarEvent
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
ME = Attendee("camille.martin@gmail.com", "Camille Martin", is_self=True)
SETTINGS = Settings(user_name="Camille Martin", user_emails=("camille.martin@gmail.com",))


def event(title: str, description: str = "", organizer: Attendee | None = None,
          **changes: object) -> CalendarEvent:
    values: dict[str, object] = {
        "source_id": "evt-1@example", "title": title,
        "start": datetime(2026, 12, 1, 10, 0, tzinfo=PARIS),
        "end": datetime(2026, 12, 1, 11, 0, tzinfo=PARIS),
        "description": description, "organizer": organizer,
        "attendees": (ME, *([organizer] if organizer else [])), "origin": "agenda.ics",
    }
    values.update(changes)
    return CalendarEvent(**values)  # type: ignore[arg-type]


RECRUITER = Attendee("lea.martin@akeneo.com", "Léa Martin")


@pytest.mark.parametrize(("title", "description", "organizer"), [
    ("Entretien France Travail", "Mme Dubois, conseillère. Actualisation.", None),
    ("RDV conseillère Pôle emploi", "", None),
    ("Entretien préalable au licenciement", "Accompagnée d'un délégué du personnel", None),
    ("Entretien compteur gaz", "GRDF, créneau 8h-12h", None),
    ("Réunion école - inscription", "", None),
    ("Entretien avec la maîtresse de Léo", "", None),
    ("Conduct interview: candidate Paul Martin", "", Attendee("paul.martin@hotmail.fr")),
    ("Interview candidate – Backend", "Please submit your scorecard", None),
    ("Entretien annuel", "", Attendee("marc.duval@norvia.fr")),
    ("Dentiste - Dr Benhamou", "", None),
    ("Préparation entretien Acme", "", None),
])
def test_events_that_are_not_job_interviews_are_ruled_out(
    title: str, description: str, organizer: Attendee | None,
) -> None:
    verdict = judge(event(title, description, organizer), SETTINGS)
    assert verdict.outcome is Outcome.NOT_INTERVIEW, verdict.reason
    assert verdict.against, "the counter-evidence is named for relance explain"
    interviews, problems = read_interviews([event(title, description, organizer)], SETTINGS)
    assert interviews == [] and problems == []  # no application, no made-up company


@pytest.mark.parametrize(("title", "description", "organizer"), [
    ("Technical assessment", "Case presentation", Attendee("no-reply@greenhouse.io")),
    ("Call with recruiter", "", RECRUITER),
    ("Final round", "Rencontre avec le CPO", RECRUITER),
    ("Échange avec Pauline – poste PM", "", RECRUITER),
    ("Visio cabinet Hays", "Consultante : Marion Leroy", None),
    ("Entretien – ACME", "", None),
    ("Interview with Monzo", "", Attendee("priya.shah@monzo.com")),
])
def test_real_interviews_of_many_shapes_are_seen(
    title: str, description: str, organizer: Attendee | None,
) -> None:
    verdict = judge(event(title, description, organizer), SETTINGS)
    assert verdict.outcome is Outcome.INTERVIEW, verdict.reason
    assert verdict.likelihood >= 0.75
    assert verdict.for_ and not verdict.against


def test_a_job_word_alone_is_unsure_and_never_an_interview_until_answered() -> None:
    bare = event("Entretien")
    verdict = judge(bare, SETTINGS)
    assert verdict.outcome is Outcome.UNSURE
    assert 0.25 < verdict.likelihood < 0.75
    assert read_interviews([bare], SETTINGS) == ([], [])


def test_the_user_s_answer_settles_it_either_way() -> None:
    maybe = event("Entretien – ACME", "Conseillère France Travail : offre transmise",
                  Attendee("jeanne@acme.fr"))
    assert judge(maybe, SETTINGS).outcome is Outcome.UNSURE
    yes = judge(maybe.__class__(**{**maybe.__dict__, "interview_answer": True}), SETTINGS)
    assert yes.outcome is Outcome.INTERVIEW and yes.reason == "the user said it is an interview"
    no = event("Entretien – ACME", organizer=Attendee("jeanne@acme.fr"), interview_answer=False)
    assert judge(no, SETTINGS).outcome is Outcome.NOT_INTERVIEW
    assert read_interviews([no], SETTINGS) == ([], [])  # never an application


def test_the_tags_are_the_user_s_word_too() -> None:
    tagged = event("Entretien – ACME", "#pas-candidature", Attendee("jeanne@acme.fr"))
    assert judge(tagged, SETTINGS).outcome is Outcome.NOT_INTERVIEW
    assert judge(event("Café", "#candidature"), SETTINGS).outcome is Outcome.INTERVIEW
    # "#candidature" inside "#pas-candidature" is not the yes tag.
    assert judge(event("Café", "#pas-candidature"), SETTINGS).outcome is Outcome.NOT_INTERVIEW


@pytest.mark.parametrize("title", [
    "Canceled: Interview with Monzo", "Cancelled: Final round", "Annulé : Entretien – ACME",
    "Annulée: Visio cabinet Hays", "[Annulé] Entretien – ACME",
])
def test_a_cancellation_title_is_never_an_interview(title: str) -> None:
    verdict = judge(event(title, organizer=Attendee("jeanne@acme.fr")), SETTINGS)
    assert verdict.outcome is Outcome.NOT_INTERVIEW
    assert verdict.reason.startswith("it is cancelled")


def test_cancellation_words_later_in_a_title_do_not_cancel_it() -> None:
    verdict = judge(event("Entretien – ACME (annulation possible)",
                          organizer=Attendee("jeanne@acme.fr")), SETTINGS)
    assert verdict.outcome is Outcome.INTERVIEW


def test_a_candidate_named_as_the_user_is_the_user_being_interviewed() -> None:
    verdict = judge(event("Interview – candidate: Camille Martin – Product Manager",
                          organizer=Attendee("no-reply@myworkday.com")), SETTINGS)
    assert verdict.outcome is Outcome.INTERVIEW, verdict.reason


@pytest.mark.parametrize(("title", "description", "organizer"), [
    ("Rendez-vous La Poste", "Retirer un colis", None),
    ("Point poste de travail", "Changement d'écran", Attendee("support@norvia.fr")),
    ("Réunion appel d'offres SNCF", "", Attendee("achats@sncf.fr")),
    ("Atelier client", "Synthèse des user interviews", Attendee("pm@client.example")),
    ("Call with AWS account team", "https://teams.microsoft.com/l/abc", Attendee("j@amazon.com")),
])
def test_words_that_only_look_like_job_words_ask_nothing(
    title: str, description: str, organizer: Attendee | None,
) -> None:
    verdict = judge(event(title, description, organizer), SETTINGS)
    assert verdict.outcome is Outcome.NOT_INTERVIEW, verdict.reason


def test_a_meeting_with_a_person_named_by_civility_alone_is_asked_about() -> None:
    assert judge(event("Entretien avec Mme Durand"), SETTINGS).outcome is Outcome.UNSURE
    assert judge(event("Entretien avec Jeanne Dupont", organizer=Attendee("jeanne@acme.fr")),
                 SETTINGS).outcome is Outcome.INTERVIEW


def test_without_a_name_configured_the_user_is_known_by_the_address() -> None:
    nameless = Settings(user_emails=("camille.martin@gmail.com",))
    mine = event("Interview – candidate: Camille Martin – Product Manager",
                 organizer=Attendee("no-reply@myworkday.com"))
    theirs = event("Conduct interview: candidate Paul Martin")
    assert judge(mine, nameless).outcome is Outcome.INTERVIEW
    assert judge(theirs, nameless).outcome is Outcome.NOT_INTERVIEW
