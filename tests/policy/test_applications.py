"""RULES.md A5: interviews for one company form one application; their order gives the rounds."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from policy.applications import group_applications
from policy.interviews import read_interviews
from policy.model import Application, Attendee, CalendarEvent, Contact, Interview
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
ME = Attendee("camille.martin@gmail.com", "Camille Martin", is_self=True)
SETTINGS = Settings(user_emails=("camille.martin@gmail.com",))


def event(
    source_id: str,
    title: str,
    start: datetime | date,
    description: str = "",
    attendees: tuple[Attendee, ...] = (),
) -> CalendarEvent:
    return CalendarEvent(
        source_id=source_id,
        title=title,
        start=start,
        description=description,
        attendees=(*attendees, ME),
        origin="agenda.ics",
    )


def applications(*events: CalendarEvent) -> list[Application]:
    interviews, problems = read_interviews(events, SETTINGS)
    assert problems == []
    return group_applications(interviews, SETTINGS)


def rounds(application: Application) -> list[str]:
    return [interview.source_id for interview in application.interviews]


def test_same_company_key_makes_one_application_in_round_order() -> None:
    second = event("b", "Entretien ACME (2e tour)", datetime(2026, 12, 8, 14, 0, tzinfo=PARIS))
    first = event("a", "Entretien – ACME SAS", datetime(2026, 12, 1, 10, 0, tzinfo=PARIS))
    other = event("c", "Interview with Globex", datetime(2026, 12, 2, 10, 0, tzinfo=PARIS))
    acme, globex = applications(second, other, first)
    assert (acme.key, acme.company, rounds(acme)) == ("acme", "ACME SAS", ["a", "b"])
    assert (globex.key, rounds(globex)) == ("globex", ["c"])


def test_same_company_domain_joins_differently_named_interviews() -> None:
    jeanne = Attendee("jeanne@acme-group.fr", "Jeanne Dupont")
    paul = Attendee("paul@rh.acme-group.fr", "Paul Durand")
    first = event(
        "a", "Entretien – ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS), attendees=(jeanne,)
    )
    second = event(
        "b", "Entretien – Groupe ACME", datetime(2026, 12, 9, 10, tzinfo=PARIS), attendees=(paul,)
    )
    (application,) = applications(first, second)
    assert application.key == "acme"
    assert rounds(application) == ["a", "b"]
    # The person met last comes first: follow-ups go to them.
    assert application.contacts == (
        Contact("Paul Durand", "paul@rh.acme-group.fr"),
        Contact("Jeanne Dupont", "jeanne@acme-group.fr"),
    )


def test_webmail_contacts_never_join_two_companies() -> None:
    recruiter = Attendee("cabinet.rh@gmail.com", "Cabinet RH")
    first = event(
        "a", "Entretien – ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS), attendees=(recruiter,)
    )
    second = event(
        "b", "Entretien – Globex", datetime(2026, 12, 2, 10, tzinfo=PARIS), attendees=(recruiter,)
    )
    assert [a.key for a in applications(first, second)] == ["acme", "globex"]


def test_all_day_and_new_york_interviews_are_ordered_in_the_user_zone() -> None:
    # 20:00 in New York on 1 December is 02:00 on 2 December in Paris: after the all-day
    # interview of 1 December, before the Paris morning interview of 2 December.
    all_day = event("all-day", "Entretien – ACME", date(2026, 12, 1))
    new_york = event("ny", "Interview with ACME", datetime(2026, 12, 1, 20, 0, tzinfo=NEW_YORK))
    paris = event("paris", "Entretien ACME", datetime(2026, 12, 2, 9, 0, tzinfo=PARIS))
    (application,) = applications(paris, new_york, all_day)
    assert rounds(application) == ["all-day", "ny", "paris"]


def test_result_order_does_not_depend_on_input_order() -> None:
    evts = [
        event("a", "Entretien – ACME", datetime(2026, 12, 3, 10, tzinfo=PARIS)),
        event("b", "Entretien – Globex", datetime(2026, 12, 1, 10, tzinfo=PARIS)),
        event("c", "Entretien – Initech", datetime(2026, 12, 2, 10, tzinfo=PARIS)),
        event("d", "Entretien – Globex", datetime(2026, 12, 4, 10, tzinfo=PARIS)),
    ]
    forward = applications(*evts)
    backward = applications(*reversed(evts))
    assert forward == backward
    assert [a.key for a in forward] == ["globex", "initech", "acme"]


def test_annotations_merge_with_the_latest_round_winning() -> None:
    first = event(
        "a",
        "Entretien – ACME",
        datetime(2026, 12, 1, 10, tzinfo=PARIS),
        "Poste : Data Engineer\nRéponse : sous 10 jours\nCanal : mail\n"
        "Contact : Jeanne <jeanne@acme.fr>\nRelance : non",
    )
    second = event(
        "b",
        "Entretien ACME (2e tour)",
        datetime(2026, 12, 15, 10, tzinfo=PARIS),
        "Canal : téléphone\nContact : Paul <paul@acme.fr> 06 12 34 56 78\nLangue : en",
    )
    (application,) = applications(first, second)
    merged = application.annotations
    assert merged.channel == "phone"
    assert merged.position == "Data Engineer"
    assert merged.answer_within_days == 10
    assert merged.opt_out is True  # an opt-out holds for the whole application
    assert merged.contacts == (
        Contact("Jeanne", "jeanne@acme.fr"),
        Contact("Paul", "paul@acme.fr", "06 12 34 56 78"),
    )
    assert merged.present == frozenset({"position", "delay", "channel", "contact", "language"})
    assert application.language == "en"


def test_title_language_is_guessed_from_titles_then_descriptions() -> None:
    french = event("a", "Entretien avec ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS))
    english = event("b", "Interview with Globex", datetime(2026, 12, 2, 10, tzinfo=PARIS))
    unclear = event(
        "c",
        "Initech #candidature",
        datetime(2026, 12, 3, 10, tzinfo=PARIS),
        "Meeting with the hiring manager and the team",
        attendees=(Attendee("lumbergh@initech.com", "Bill Lumbergh"),),
    )
    languages = {
        a.key: (a.language, a.title_language) for a in applications(french, english, unclear)
    }
    assert languages == {
        "acme": (None, "fr"),
        "globex": (None, "en"),
        "initech": (None, "en"),
    }


def test_no_interviews_no_applications() -> None:
    assert group_applications([], SETTINGS) == []


def test_interview_values_built_by_hand_group_too() -> None:
    # Callers may build Interview values themselves (the planner's tests do).
    (interview,) = read_interviews(
        [event("a", "Entretien – ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS))], SETTINGS
    )[0]
    twin = Interview(
        event=event("z", "Visio", datetime(2026, 11, 20, 10, tzinfo=PARIS)),
        company="Acme",
        company_key="acme",
        contacts=(),
        annotations=interview.annotations,
        reason="test",
    )
    (application,) = group_applications([interview, twin], SETTINGS)
    assert (application.key, application.company, rounds(application)) == (
        "acme",
        "Acme",
        ["z", "a"],
    )


def test_an_agency_recruiter_does_not_join_two_companies() -> None:
    agency = Attendee("jeanne@hays.fr", "Jeanne Dupont")
    acme = event(
        "a", "Entretien – ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS), attendees=(agency,)
    )
    globex = event(
        "b", "Entretien – Globex", datetime(2026, 12, 8, 10, tzinfo=PARIS), attendees=(agency,)
    )
    assert [rounds(a) for a in applications(acme, globex)] == [["a"], ["b"]]


def test_a_company_domain_joins_variants_of_the_company_name() -> None:
    jeanne = Attendee("jeanne@acme.com", "Jeanne Dupont")
    first = event(
        "a", "Entretien ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS), attendees=(jeanne,)
    )
    second = event(
        "b", "Entretien ACME France", datetime(2026, 12, 8, 10, tzinfo=PARIS), attendees=(jeanne,)
    )
    third = event(
        "c", "Entretien RH", datetime(2026, 12, 15, 10, tzinfo=PARIS), attendees=(jeanne,)
    )
    (application,) = applications(first, second, third)
    assert rounds(application) == ["a", "b", "c"]
    assert application.key == "acme"


@given(st.permutations(list(range(5))))
def test_grouping_does_not_depend_on_the_order_of_the_interviews(order: list[int]) -> None:
    jeanne = Attendee("jeanne@acme.com", "Jeanne Dupont")
    evts = [
        event("a", "Entretien – ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS)),
        event("b", "Interview with Globex", datetime(2026, 12, 1, 10, tzinfo=PARIS)),
        event("c", "Entretien RH", date(2026, 12, 2), attendees=(jeanne,)),
        event("d", "Globex phone screen", datetime(2026, 12, 2, 9, tzinfo=NEW_YORK)),
        event("e", "Entretien ACME (2e tour)", datetime(2026, 12, 9, 10, tzinfo=PARIS)),
    ]
    interviews, _ = read_interviews(evts, SETTINGS)
    expected = group_applications(interviews, SETTINGS)
    assert group_applications([interviews[i] for i in order], SETTINGS) == expected
    assert [rounds(a) for a in expected] == [["a", "c", "e"], ["b", "d"]]


def test_two_copies_of_one_interview_are_one_round() -> None:
    invitation = event("invite", "Entretien – ACME", datetime(2026, 12, 1, 10, tzinfo=PARIS))
    own_copy = event(
        "copy",
        "Entretien ACME",
        datetime(2026, 12, 1, 4, tzinfo=NEW_YORK),  # the same instant
        "Canal : mail\nContact : Jeanne <jeanne@acme.fr>",
    )
    (application,) = applications(invitation, own_copy)
    assert rounds(application) == ["copy"]
    assert application.annotations.channel == "email"
