"""RULES.md A3 (the lines the user writes after an interview) and A4 (what the debrief asks)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policy.annotations import missing_for_debrief, parse_annotations
from policy.model import Annotations, CalendarEvent, Contact
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
FR = Settings()
EN = Settings(locale="en")


def event(description: str, start: datetime | date | None = None) -> CalendarEvent:
    return CalendarEvent(
        source_id="evt-1",
        title="Entretien – ACME",
        start=start or datetime(2026, 12, 1, 10, 0, tzinfo=PARIS),  # a Tuesday
        description=description,
        origin="agenda.ics",
    )


def parse(description: str, settings_: Settings = FR, **kw: object) -> Annotations:
    annotations, problems = parse_annotations(event(description, **kw), settings_)  # type: ignore[arg-type]
    assert problems == []
    return annotations


# --- answer delay and date -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("Réponse : sous 10 jours", 10),
        ("Réponse: sous 10 jours", 10),
        ("Reponse - sous 10 jours", 10),
        ("réponse   :   sous dix jours", 10),
        ("Délai : 2 semaines", 14),
        ("DELAI: 1 mois", 30),
        ("Réponse sous 48h", 2),
        ("Réponse : 10 à 15 jours", 15),
        ("Délai : 5 jours ouvrés", 7),
        ("Réponse : d'ici 15 jours", 15),
        ("Réponse : sous huitaine", 7),
        ("Answer: within 2 weeks", 14),
        ("Answer within two weeks", 14),
        ("Response: 1-2 weeks", 14),
        ("Answer: 10 business days", 14),
        ("Réponse : J+10", 10),
    ],
)
def test_answer_delay_lines_give_calendar_days(line: str, days: int) -> None:
    for locale in (FR, EN):  # a delay reads the same whatever the date locale
        annotations = parse(line, locale)
        assert annotations.answer_within_days == days
        assert annotations.answer_by is None
        assert annotations.present == frozenset({"delay"})


@pytest.mark.parametrize(
    ("line", "settings_", "due"),
    [
        ("Réponse avant le 15/12", FR, date(2026, 12, 15)),
        ("Réponse : d'ici le 18 décembre", FR, date(2026, 12, 18)),
        ("Réponse : le 18 déc. 2026", FR, date(2026, 12, 18)),
        ("Réponse : avant le 5/1/27", FR, date(2027, 1, 5)),
        ("Réponse : d'ici vendredi", FR, date(2026, 12, 4)),
        ("Réponse : semaine prochaine", FR, date(2026, 12, 11)),
        ("Réponse : fin du mois", FR, date(2026, 12, 31)),
        ("Answer by: 2026-12-15", EN, date(2026, 12, 15)),
        ("Answer by 18 December", EN, date(2026, 12, 18)),
        ("Answer by December 18th", EN, date(2026, 12, 18)),
        ("Answer by 12/15", EN, date(2026, 12, 15)),
        ("Answer by 15/12", EN, date(2026, 12, 15)),
        ("Answer by: 2026-12-15", FR, date(2026, 12, 15)),
        ("Answer by Friday", EN, date(2026, 12, 4)),
        ("Answer: next week", EN, date(2026, 12, 11)),
    ],
)
def test_answer_date_lines_are_read_in_the_user_locale(
    line: str, settings_: Settings, due: date
) -> None:
    annotations = parse(line, settings_)
    assert annotations.answer_by == due
    assert annotations.present == frozenset({"delay"})


def test_a_date_without_a_year_is_the_next_one_after_the_interview_across_new_year() -> None:
    late_december = datetime(2026, 12, 29, 14, 0, tzinfo=PARIS)
    assert parse("Réponse avant le 5/01", start=late_december).answer_by == date(2027, 1, 5)
    assert parse("Answer by 5 January", EN, start=late_december).answer_by == date(2027, 1, 5)
    assert parse("Réponse avant le 30/12", start=late_december).answer_by == date(2026, 12, 30)
    assert parse("Réponse : le 29/12", start=late_december).answer_by == date(2026, 12, 29)


def test_a_year_less_date_is_counted_from_the_interview_day_in_the_user_zone() -> None:
    # 23:30 in New York on 31 December is already 1 January in Paris.
    new_year = datetime(2026, 12, 31, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert parse("Réponse avant le 31/12", start=new_year).answer_by == date(2027, 12, 31)


def test_all_day_interview_dates_count_from_their_day() -> None:
    assert parse("Réponse avant le 2/12", start=date(2026, 12, 2)).answer_by == date(2026, 12, 2)


def test_a_later_date_line_keeps_an_earlier_delay() -> None:
    annotations = parse("Délai : 2 semaines\nRéponse avant le 15/12")
    assert (annotations.answer_within_days, annotations.answer_by) == (14, date(2026, 12, 15))


# --- other lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Processus : court", {"process": "short"}),
        ("Processus : long (4 tours)", {"process": "long"}),
        ("Process: short", {"process": "short"}),
        ("Process: long", {"process": "long"}),
        ("Canal : mail", {"channel": "email"}),
        ("Canal : téléphone", {"channel": "phone"}),
        ("Channel: email", {"channel": "email"}),
        ("Channel: phone", {"channel": "phone"}),
        ("Poste : Développeuse backend", {"position": "Développeuse backend"}),
        ("Position: Data Engineer", {"position": "Data Engineer"}),
        ("Points : migration Kafka, astreintes", {"points": "migration Kafka, astreintes"}),
        ("Langue : fr", {"language": "fr"}),
        ("Langue : anglais", {"language": "en"}),
        ("Language: en", {"language": "en"}),
    ],
)
def test_process_channel_position_points_language_lines(
    description: str, expected: dict[str, object]
) -> None:
    annotations = parse(description)
    for name, value in expected.items():
        assert getattr(annotations, name) == value
    assert annotations.present == frozenset(expected)


@pytest.mark.parametrize(
    "line", ["Relance : non", "Follow-up: no", "follow up : NO", "Relance: pas de relance"]
)
def test_opt_out_lines(line: str) -> None:
    assert parse(line).opt_out is True


def test_relance_oui_is_not_an_opt_out() -> None:
    assert parse("Relance : oui").opt_out is False


@pytest.mark.parametrize(
    "line", ["Entreprise : ACME SAS", "Company: ACME SAS", "Société : ACME SAS"]
)
def test_company_lines(line: str) -> None:
    assert parse(line).company == "ACME SAS"


def test_a_contact_line_may_name_several_people() -> None:
    annotations = parse(
        "Contacts : Jeanne Dupont <jeanne@acme.fr>, Paul <paul@acme.fr> et rh@acme.fr"
    )
    assert annotations.contacts == (
        Contact("Jeanne Dupont", "jeanne@acme.fr"),
        Contact("Paul", "paul@acme.fr"),
        Contact(None, "rh@acme.fr"),
    )


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        (
            "Contact : Jeanne Dupont <jeanne@acme.fr> +33 6 12 34 56 78",
            Contact("Jeanne Dupont", "jeanne@acme.fr", "+33 6 12 34 56 78"),
        ),
        ("Contact: Paul.Durand@ACME.fr", Contact(None, "paul.durand@acme.fr", None)),
        (
            "Interlocutrice : Jeanne Dupont, tél. 06.12.34.56.78",
            Contact("Jeanne Dupont", None, "06.12.34.56.78"),
        ),
        ("Contact - Jeanne Dupont (RH)", Contact("Jeanne Dupont RH", None, None)),
    ],
)
def test_contact_lines_give_name_email_and_phone(line: str, contact: Contact) -> None:
    annotations = parse(line)
    assert annotations.contacts == (contact,)
    assert annotations.present == frozenset({"contact"})


def test_all_lines_in_any_order_in_a_google_html_description() -> None:
    html = (
        "<b>Notes</b><br>Canal&nbsp;: t&eacute;l&eacute;phone<br>"
        "<ul><li>Contact : Jeanne Dupont &lt;jeanne@acme.fr&gt;</li>"
        "<li>R&eacute;ponse : sous 10 jours</li></ul>"
        "<p>Points : <i>Kafka</i> en production</p>"
    )
    annotations = parse(html)
    assert annotations.channel == "phone"
    assert annotations.answer_within_days == 10
    assert annotations.contacts == (Contact("Jeanne Dupont", "jeanne@acme.fr"),)
    assert annotations.points == "Kafka en production"
    assert missing_for_debrief(annotations) == ()


def test_google_html_blob_wrapper_is_read() -> None:
    annotations = parse(
        "<html-blob><u></u>Canal : mail<br/>Réponse&nbsp;: sous 8 jours<u></u></html-blob>"
    )
    assert (annotations.channel, annotations.answer_within_days) == ("email", 8)


def test_plain_description_keeps_addresses_in_angle_brackets() -> None:
    annotations = parse("Contact : Jeanne <jeanne@acme.fr>\nCanal : mail")
    assert annotations.contacts == (Contact("Jeanne", "jeanne@acme.fr"),)


def test_prose_starting_with_a_key_word_is_ignored() -> None:
    annotations = parse(
        "Response times vary.\nPosition yourself as a senior.\nContacter Jeanne lundi\n"
        "Point sur le salaire"
    )
    assert annotations == Annotations()


def test_empty_template_lines_are_not_problems_and_not_present() -> None:
    annotations = parse("Réponse : \nCanal : ?\nContact : …")
    assert annotations.present == frozenset()


# --- unreadable lines ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "settings_"),
    [
        ("Réponse : bientôt j'espère", FR),
        ("Réponse avant le 12/15", FR),
        ("Réponse avant le 31/02/2027", FR),
        ("Answer by 05/06", EN),
        ("Canal : pigeon voyageur", FR),
        ("Canal : mail ou téléphone", FR),
        ("Processus : moyen", FR),
        ("Langue : allemand", FR),
        ("Follow-up: maybe", EN),
        ("Contact : 42", FR),
    ],
)
def test_unreadable_lines_are_problems_naming_event_and_line(
    line: str, settings_: Settings
) -> None:
    annotations, problems = parse_annotations(event(f"Entretien RH\n{line}\n"), settings_)
    assert len(problems) == 1
    assert problems[0].where == 'event "Entretien – ACME" (agenda.ics)'
    assert f'"{line}"' in problems[0].what
    assert annotations.present == frozenset()
    assert annotations == Annotations()


def test_an_unreadable_line_leaves_the_other_lines_read() -> None:
    annotations, problems = parse_annotations(
        event("Réponse : quand ils pourront\nCanal : mail"), FR
    )
    assert annotations.channel == "email"
    assert annotations.answer_by is None and annotations.answer_within_days is None
    assert [p.what.split(":")[0] for p in problems] == ['line "Réponse ']


# --- A4 ------------------------------------------------------------------------------------


def test_debrief_lists_the_missing_answer_lines_in_order() -> None:
    assert missing_for_debrief(parse("")) == ("delay", "channel", "contact")
    assert missing_for_debrief(parse("Canal : mail\nPoste : Dev")) == ("delay", "contact")
    complete = parse("Contact : Jeanne\nCanal : mail\nRéponse : sous 8 jours")
    assert missing_for_debrief(complete) == ()


def test_an_unreadable_delay_still_asks_for_the_delay_in_the_debrief() -> None:
    annotations, _ = parse_annotations(
        event("Réponse : bientôt\nCanal : mail\nContact : Jeanne"), FR
    )
    assert missing_for_debrief(annotations) == ("delay",)


# --- never raises --------------------------------------------------------------------------


@settings(max_examples=300)
@given(st.text(), st.sampled_from([FR, EN]))
def test_parse_annotations_never_raises_on_arbitrary_text(text: str, settings_: Settings) -> None:
    annotations, problems = parse_annotations(event(text), settings_)
    assert isinstance(annotations, Annotations)
    assert all(p.where.startswith('event "Entretien') for p in problems)


_KEYS = st.sampled_from(
    [
        "Réponse",
        "Délai",
        "Answer by",
        "Canal",
        "Channel",
        "Contact",
        "Processus",
        "Langue",
        "Relance",
        "Poste",
        "Points",
        "Entreprise",
    ]
)


@settings(max_examples=300)
@given(_KEYS, st.sampled_from([":", " :", " - ", "=", " "]), st.text(max_size=40))
def test_key_lines_with_arbitrary_values_never_raise(key: str, sep: str, value: str) -> None:
    for settings_ in (FR, EN):
        parse_annotations(event(f"{key}{sep}{value}"), settings_)


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("Réponse : fin janvier", date(2027, 1, 31)),
        ("Réponse : courant décembre", date(2026, 12, 31)),
        ("Réponse : d'ici fin février", date(2027, 2, 28)),
        ("Answer: end of March 2027", date(2027, 3, 31)),
        ("Réponse : dans la semaine", date(2026, 12, 4)),
        ("Answer: this week", date(2026, 12, 4)),
    ],
)
def test_month_and_week_phrases_end_on_their_last_day(line: str, due: date) -> None:
    assert parse(line).answer_by == due


def test_numbered_and_bulleted_lines_are_read() -> None:
    annotations = parse(
        "1. Réponse : sous 10 jours\n2) Canal : mail\n• Contact : Jeanne\n- Poste : Dev"
    )
    assert annotations.present == frozenset({"delay", "channel", "contact", "position"})


def test_a_dated_answer_before_the_interview_is_a_problem_not_a_date() -> None:
    annotations, problems = parse_annotations(event("Réponse avant le 15/12/2025"), FR)
    assert annotations.answer_by is None
    assert (
        problems[0].what == 'line "Réponse avant le 15/12/2025": 2025-12-15 is before the interview'
    )


def test_a_time_of_day_beside_a_date_is_not_a_delay() -> None:
    annotations = parse("Réponse : le 15/12 à 12h")
    assert (annotations.answer_by, annotations.answer_within_days) == (date(2026, 12, 15), None)


def test_the_29th_of_february_without_year_is_the_next_leap_day() -> None:
    assert parse("Réponse avant le 29/02").answer_by == date(2028, 2, 29)


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Délai de réponse : 10 jours", "answer_within_days", 10),
        ("Date de réponse : 15/12", "answer_by", date(2026, 12, 15)),
        ("Réponse attendue d'ici le 15/12", "answer_by", date(2026, 12, 15)),
        ("Réponse prévue le 15/12", "answer_by", date(2026, 12, 15)),
        ("Answer expected by Friday", "answer_by", date(2026, 12, 4)),
        ("Retour sous 10 jours", "answer_within_days", 10),
        ("Retour : le 15/12", "answer_by", date(2026, 12, 15)),
        ("Intitulé du poste : Data Engineer", "position", "Data Engineer"),
        ("À rappeler : mon projet open source", "points", "mon projet open source"),
    ],
)
def test_common_variants_of_the_lines(line: str, field: str, value: object) -> None:
    assert getattr(parse(line), field) == value


def test_a_retour_note_without_date_is_a_note_not_a_problem() -> None:
    assert parse("Retour : très positif sur le test technique") == Annotations()
