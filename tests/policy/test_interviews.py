"""RULES.md A1 (which events are interviews) and A2 (company, contacts)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy.companies import company_key
from policy.interviews import interview_reason, read_interviews
from policy.model import Attendee, CalendarEvent, Contact
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")
ME = Attendee("camille.martin@gmail.com", "Camille Martin", is_self=True)
RECRUITER = Attendee("jeanne.dupont@acme.fr", "Jeanne Dupont")
SETTINGS = Settings(
    user_emails=("camille.martin@gmail.com",), interviews_calendars=("Candidatures",)
)


def event(title: str, description: str = "", **changes: object) -> CalendarEvent:
    values: dict[str, object] = {
        "source_id": "evt-1",
        "title": title,
        "start": datetime(2026, 12, 1, 10, 0, tzinfo=PARIS),
        "end": datetime(2026, 12, 1, 11, 0, tzinfo=PARIS),
        "timezone": "Europe/Paris",
        "description": description,
        "organizer": RECRUITER,
        "attendees": (RECRUITER, ME),
        "calendar": "Perso",
        "origin": "agenda.ics",
    }
    values.update(changes)
    return CalendarEvent(**values)  # type: ignore[arg-type]


def one(evt: CalendarEvent, settings: Settings = SETTINGS):  # type: ignore[no-untyped-def]
    interviews, problems = read_interviews([evt], settings)
    assert problems == []
    assert len(interviews) == 1
    return interviews[0]


# --- A1: detection -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Entretien – ACME",
        "ENTRETIEN ACME",
        "Entrevue avec ACME",
        "RDV de recrutement ACME",
        "Rendez-vous de recrutement ACME",
        "Visio recrutement ACME",
        "Interview with ACME",
        "Phone screen - ACME",
        "Screening call ACME",
        "Hiring call with ACME",
    ],
)
def test_interview_words_in_the_title_make_an_interview(title: str) -> None:
    interview = one(event(title))
    assert interview.company == "ACME"
    assert "title" in interview.reason


def test_interview_word_in_the_description_is_enough_and_named_as_reason() -> None:
    interview = one(event("ACME – point avec Jeanne", "Entretien d'embauche, 2e tour"))
    assert interview.reason.startswith('its description says "Entretien"')


@pytest.mark.parametrize(
    "title",
    [
        "Interviewer training",
        "Entretenir le jardin",
        "Préparation entretien ACME",
        "Mock interview with a friend",
        "Interview podcast recording",
        "Entretien annuel avec mon manager",
        "Entretien chaudière",
        "Entretien de la voiture",
        "Déjeuner avec Jeanne",
    ],
)
def test_events_that_only_mention_or_contain_the_word_are_not_interviews(title: str) -> None:
    interviews, problems = read_interviews([event(title)], SETTINGS)
    assert interviews == []
    assert problems == []


def test_event_in_the_interviews_calendar_is_an_interview_whatever_its_title() -> None:
    interview = one(event("ACME – équipe data", calendar="candidatures"))
    assert interview.reason == 'it is in the interviews calendar "candidatures"'
    assert interview.company == "ACME"  # the recruiter's domain, spelled as in the title


def test_event_with_the_user_tag_is_an_interview() -> None:
    interview = one(event("Café avec ACME", "#Candidature"))
    assert interview.reason == "it carries the tag #candidature"


@pytest.mark.parametrize(
    "changes",
    [
        {"relance_key": "thank_you:acme:1"},
        {"cancelled": True},
        {"declined_by_user": True},
        {"attendees": (RECRUITER, Attendee("camille.martin@gmail.com", declined=True))},
    ],
    ids=["written-by-relance", "cancelled", "declined", "declined-as-attendee"],
)
def test_relance_cancelled_and_declined_events_are_never_interviews(
    changes: dict[str, object],
) -> None:
    interviews, problems = read_interviews([event("Entretien – ACME", **changes)], SETTINGS)
    assert interviews == []
    assert problems == []


@given(st.sampled_from(["entretien", "entrevue", "interview", "visio recrutement"]), st.data())
def test_detection_ignores_case_and_accents(word: str, data: st.DataObject) -> None:
    accented = word.replace("e", "é") if data.draw(st.booleans()) else word
    cased = "".join(c.upper() if data.draw(st.booleans()) else c for c in accented)
    interview = one(event(f"{cased} – ACME"))
    assert interview.company == "ACME"


# --- A2: company ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "company"),
    [
        ("Entretien – ACME", "ACME"),
        ("Entretien avec ACME", "ACME"),
        ("Entretien ACME (2e tour)", "ACME"),
        ("Interview with ACME", "ACME"),
        ("ACME interview", "ACME"),
        ("Phone screen - ACME", "ACME"),
        ("Entretien RH chez Société Générale - Paris", "Société Générale"),
        ("2e entretien Doctolib", "Doctolib"),
        ("Back Market - Entretien technique", "Back Market"),
        ("1st round interview - Globex Corp", "Globex Corp"),
        ("Screening call with Jane from Umbrella", "Umbrella"),
        ("Interview with Initech for the Data Engineer role", "Initech"),
        ("Entretien Zoom avec Doctolib", "Doctolib"),
        ("Entretien en visio avec Doctolib", "Doctolib"),
        ("Entretien Doctolib 14h30", "Doctolib"),
        ("Entretien Doctolib à 14h", "Doctolib"),
        ("Entretien Data Analyst - Doctolib", "Doctolib"),
        ("Entretien Doctolib - Data Analyst", "Doctolib"),
        ("Entretien Développeur Python | Doctolib", "Doctolib"),
        ("Interview: Doctolib x Camille", "Doctolib"),
        ("Entretien Doctolib 🚀", "Doctolib"),
        ("Entretien AT&T", "AT&T"),
    ],
)
def test_company_from_title_patterns(title: str, company: str) -> None:
    assert one(event(title, organizer=None, attendees=())).company == company


def test_a_title_naming_a_job_too_is_settled_by_the_recruiter_domain() -> None:
    recruiter = Attendee("lea@backmarket.com", "Léa Martin")
    evt = event(
        "Entretien Développeur Python - Back Market",
        organizer=recruiter,
        attendees=(recruiter, ME),
    )
    assert one(evt).company == "Back Market"
    assert one(evt).company_key == "back market"


def test_a_job_title_alone_is_not_a_company_the_domain_is() -> None:
    assert one(event("Entretien Data Analyst")).company == "Acme"


def test_the_position_line_is_not_taken_for_the_company() -> None:
    evt = event("Entretien Growth Hacker - Doctolib", "Poste : Growth Hacker")
    assert one(evt).company == "Doctolib"


def test_company_line_wins_over_title_and_domain() -> None:
    interview = one(event("Entretien – Recrutor", "Entreprise : ACME SAS"))
    assert interview.company == "ACME SAS"
    assert interview.company_key == "acme"


def test_title_naming_a_person_falls_back_to_the_recruiter_domain() -> None:
    interview = one(event("Entretien avec Jeanne Dupont"))
    assert interview.company == "Acme"
    assert interview.company_key == "acme"


def test_webmail_and_tracking_domains_never_name_a_company() -> None:
    evt = event(
        "Entretien téléphonique",
        organizer=Attendee("no-reply@greenhouse.io"),
        attendees=(
            Attendee("jeanne.recrute@hotmail.co.uk"),
            Attendee("paul@mail.yahoo.fr"),
            Attendee("rh@umbrella-corp.co.uk", "RH Umbrella"),
            ME,
        ),
    )
    assert one(evt).company == "Umbrella-corp"


def test_interview_without_any_company_is_a_problem_naming_the_event() -> None:
    evt = event(
        "Entretien d'embauche téléphonique",
        organizer=Attendee("jeanne.recrute@gmail.com"),
        attendees=(ME,),
    )
    interviews, problems = read_interviews([evt], SETTINGS)
    assert interviews == []
    assert len(problems) == 1
    assert problems[0].where == 'event "Entretien d\'embauche téléphonique" (agenda.ics)'
    assert "Entreprise" in problems[0].what


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("ACME S.A.S.", "acme"),
        ("Acme SAS", "acme"),
        ("ACME  Inc.", "acme"),
        ("Société Générale", "societe generale"),
        ("Globex GmbH", "globex"),
        ("Initech Ltd", "initech"),
        ("SA", "sa"),
    ],
)
def test_company_key_is_folded_and_drops_legal_forms(name: str, key: str) -> None:
    assert company_key(name) == key


# --- A2: contacts --------------------------------------------------------------------------


def test_contacts_are_lines_then_organizer_then_attendees_never_the_user() -> None:
    evt = event(
        "Entretien – ACME",
        "Contact : Jeanne Dupont <Jeanne.Dupont@acme.fr> 06 12 34 56 78",
        attendees=(RECRUITER, Attendee("paul.durand@acme.fr", "Paul Durand"), ME),
    )
    assert one(evt).contacts == (
        Contact("Jeanne Dupont", "jeanne.dupont@acme.fr", "06 12 34 56 78"),
        Contact("Paul Durand", "paul.durand@acme.fr"),
    )


def test_no_reply_and_calendar_resources_are_not_contacts() -> None:
    evt = event(
        "Entretien – ACME",
        organizer=Attendee("noreply@greenhouse.io"),
        attendees=(Attendee("c_188@resource.calendar.google.com", "Salle Eiffel"), RECRUITER, ME),
    )
    assert one(evt).contacts == (Contact("Jeanne Dupont", "jeanne.dupont@acme.fr"),)


def test_all_day_and_new_york_interviews_are_read() -> None:
    all_day = event("Entretien – ACME", start=date(2026, 12, 3), end=date(2026, 12, 4))
    new_york = event(
        "Interview with Globex",
        source_id="evt-2",
        start=datetime(2026, 12, 3, 9, 0, tzinfo=NEW_YORK),
        timezone="America/New_York",
    )
    interviews, problems = read_interviews([all_day, new_york], SETTINGS)
    assert problems == []
    assert [i.company for i in interviews] == ["ACME", "Globex"]


def test_a_contact_line_without_address_completes_the_attendee_of_the_same_name() -> None:
    evt = event("Entretien – ACME", "Contact : Jeanne Dupont +33 6 12 34 56 78")
    assert one(evt).contacts == (
        Contact("Jeanne Dupont", "jeanne.dupont@acme.fr", "+33 6 12 34 56 78"),
    )


def test_the_user_is_never_a_contact_even_on_a_contact_line() -> None:
    evt = event("Entretien – ACME", "Contact : moi <Camille.Martin@gmail.com>", attendees=(ME,))
    assert one(evt).contacts == (Contact("Jeanne Dupont", "jeanne.dupont@acme.fr"),)


def test_unreadable_lines_of_an_interview_are_reported_with_it() -> None:
    interviews, problems = read_interviews([event("Entretien – ACME", "Canal : pigeon")], SETTINGS)
    assert [i.company for i in interviews] == ["ACME"]
    assert [str(p) for p in problems] == [
        'event "Entretien – ACME" (agenda.ics): line "Canal : pigeon": '
        "expected mail/téléphone or email/phone"
    ]


_ASCII_TEXT = st.text(alphabet=st.sampled_from("abcdeiknorstuvwxyz -–:()'#"), max_size=40)
_WORD_IN_TEXT = st.sampled_from(
    ["entretien", "entrevue", "interview", "phone screen", "rdv de recrutement", "hiring call"]
)
_ACCENTS = {"e": "éèêë", "a": "àâ", "i": "îï", "o": "ô", "u": "ùû", "c": "ç"}


def _disguise(text: str, data: st.DataObject) -> str:
    """The same text with random case and accents, as a user might type it."""
    out = []
    for char in text:
        if char in _ACCENTS and data.draw(st.booleans()):
            char = data.draw(st.sampled_from(_ACCENTS[char]))
        out.append(char.upper() if data.draw(st.booleans()) else char)
    return "".join(out)


@given(_ASCII_TEXT, _WORD_IN_TEXT, _ASCII_TEXT, st.data())
def test_detection_is_the_same_whatever_the_case_and_accents(
    before: str, word: str, after: str, data: st.DataObject
) -> None:
    for text in (f"{before} {word} {after}", f"{before}{after}"):
        plain = interview_reason(event(text, organizer=None, attendees=()), SETTINGS)
        disguised = _disguise(text, data)
        other = interview_reason(event(disguised, organizer=None, attendees=()), SETTINGS)
        assert (plain is None) == (other is None), (text, disguised)


@given(st.text(max_size=80), st.text(max_size=200))
def test_reading_arbitrary_events_never_raises(title: str, description: str) -> None:
    interviews, problems = read_interviews([event(title, description)], SETTINGS)
    assert len(interviews) + len(problems) >= 0
    for interview in interviews:
        assert interview.company.strip()
        assert interview.reason


@given(st.text(max_size=40))
def test_company_key_is_stable_when_applied_twice(name: str) -> None:
    assert company_key(company_key(name)) == company_key(name)


@given(st.sampled_from(["SAS", "S.A.S.", "SA", "SARL", "Inc.", "Ltd", "GmbH", "LLC"]))
def test_legal_forms_never_split_an_application(form: str) -> None:
    assert company_key(f"Doctolib {form}") == company_key("DOCTOLIB") == "doctolib"


@pytest.mark.parametrize("name", ["ŉ", "ϒ", "ᴬcme", "ϲ", "ǅ"])
def test_company_key_of_compatibility_characters_is_stable(name: str) -> None:
    # Found by hypothesis: folding must decompose both before and after case folding.
    assert company_key(company_key(name)) == company_key(name)
