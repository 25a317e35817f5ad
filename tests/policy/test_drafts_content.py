"""What the user reads in each draft and event, French and English (RULES.md B1-B3, D1-D5, A4)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from policy.drafts import FILL_IN_MARKERS, DraftContext, render_draft, render_event
from policy.model import Language, StepKind
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
SETTINGS = Settings(user_name="Marie Martin")
DRAFT_KINDS = [k for k in StepKind if k.has_draft]

ACME = DraftContext(
    company="ACME",
    position="Data Analyst",
    contact_name="Jeanne Dupont",
    contact_phone="+33 6 12 34 56 78",
    interview_date=date(2026, 12, 7),
)
BARE = DraftContext(company="ACME")


def test_thank_you_fr_thanks_for_the_dated_meeting_and_recalls_the_points() -> None:
    context = DraftContext(
        company="ACME", position="Data Analyst", contact_name="Jeanne Dupont",
        interview_date=date(2026, 12, 7), points="mon expérience de Power BI chez Decathlon",
    )
    draft = render_draft(StepKind.THANK_YOU, "fr", context, SETTINGS)
    assert draft.subject == "Merci pour notre entretien du lundi 7 décembre 2026"
    assert draft.body.startswith("Bonjour Jeanne Dupont,\n")
    assert "Je vous remercie pour notre entretien du lundi 7 décembre 2026" in draft.body
    assert "le poste de Data Analyst chez ACME" in draft.body
    assert "enjeux du poste : [À COMPLÉTER :" in draft.body
    assert "mon expérience de Power BI chez Decathlon" in draft.body
    assert draft.body.rstrip().endswith("Bien cordialement,\nMarie Martin")


def test_thank_you_en_writes_the_date_the_english_way() -> None:
    context = DraftContext(
        company="ACME", contact_name="Jeanne Dupont", interview_date=date(2026, 12, 8),
        points="my Power BI work at Decathlon",
    )
    draft = render_draft(StepKind.THANK_YOU, "en", context, SETTINGS)
    assert draft.subject == "Thank you for our interview on Tuesday 8 December 2026"
    assert draft.body.startswith("Dear Jeanne Dupont,\n")
    assert "my Power BI work at Decathlon" in draft.body
    assert "Kind regards,\nMarie Martin" in draft.body


def test_the_year_is_left_out_when_the_draft_is_due_the_same_year() -> None:
    context = DraftContext(
        company="ACME", interview_date=date(2026, 12, 7),
        due=datetime(2026, 12, 8, 9, 0, tzinfo=PARIS),
    )
    assert render_draft(StepKind.THANK_YOU, "fr", context, SETTINGS).subject == (
        "Merci pour notre entretien du lundi 7 décembre"
    )
    later = DraftContext(
        company="ACME", interview_date=date(2026, 12, 7),
        due=datetime(2027, 6, 7, 9, 0, tzinfo=PARIS),
    )
    body = render_draft(StepKind.REAPPLY, "fr", later, SETTINGS).body
    assert "notre entretien du lundi 7 décembre 2026" in body


@pytest.mark.parametrize(
    ("language", "placeholder"),
    [("fr", "[À COMPLÉTER : une compétence ou une expérience utile au poste"),
     ("en", "[TO FILL IN: a skill or experience useful for the role")],
)
def test_thank_you_without_points_asks_the_user_to_fill_one_in(
    language: Language, placeholder: str
) -> None:
    draft = render_draft(StepKind.THANK_YOU, language, BARE, SETTINGS)
    assert placeholder in draft.body


def test_unknown_contact_and_name_give_a_plain_greeting_and_a_name_to_fill() -> None:
    fr = render_draft(StepKind.FOLLOW_UP, "fr", BARE, Settings())
    en = render_draft(StepKind.FOLLOW_UP, "en", BARE, Settings())
    assert fr.body.startswith("Bonjour,\n")
    assert en.body.startswith("Hello,\n")
    assert fr.body.rstrip().endswith("[À COMPLÉTER : votre nom]")
    assert en.body.rstrip().endswith("[TO FILL IN: your name]")


def test_context_user_name_wins_over_the_settings() -> None:
    context = DraftContext(company="ACME", user_name="Paul Durand")
    body = render_draft(StepKind.FOLLOW_UP, "fr", context, SETTINGS).body
    assert body.rstrip().endswith("Paul Durand")


def test_follow_up_says_still_interested_recalls_strengths_and_brings_something_new() -> None:
    fr = render_draft(StepKind.FOLLOW_UP, "fr", ACME, SETTINGS).body
    assert "mon intérêt pour le poste de Data Analyst chez ACME" in fr
    assert "il me motive toujours autant, et je suis disponible" in fr
    assert "[À COMPLÉTER : deux atouts qui répondent aux besoins du poste]" in fr
    assert "[À COMPLÉTER : un élément nouveau" in fr
    en = render_draft(StepKind.FOLLOW_UP, "en", ACME, SETTINGS).body
    assert "I am still very interested in this role at ACME, and available" in en
    assert "[TO FILL IN: two strengths" in en
    assert "[TO FILL IN: something new" in en


def test_feedback_request_asks_why_and_what_to_improve() -> None:
    fr = render_draft(StepKind.FEEDBACK_REQUEST, "fr", ACME, SETTINGS)
    assert "pourquoi ma candidature n'a pas été retenue" in fr.body
    assert "ce que je pourrais améliorer" in fr.body
    assert "Toute critique, même franche, me sera utile." in fr.body
    en = render_draft(StepKind.FEEDBACK_REQUEST, "en", ACME, SETTINGS)
    assert "why my application was not selected, and what I could do better" in en.body
    assert "Any criticism" in en.body


def test_skills_clarification_names_the_missing_skill_and_asks_for_proof() -> None:
    context = DraftContext(company="ACME", missing_skill="un anglais courant")
    fr = render_draft(StepKind.SKILLS_CLARIFICATION, "fr", context, SETTINGS).body
    assert "il manque à mon profil : un anglais courant" in fr
    assert "je possède bien cette compétence" in fr
    assert "nouvel entretien" not in fr
    assert "Par exemple : [À COMPLÉTER : un exemple concret" in fr
    en = render_draft(StepKind.SKILLS_CLARIFICATION, "en", BARE, SETTINGS).body
    assert "my profile lacks: [TO FILL IN: the skill the refusal says is missing]" in en


def test_future_opening_recalls_the_application_and_proposes_a_meeting() -> None:
    fr = render_draft(StepKind.FUTURE_OPENING, "fr", ACME, SETTINGS).body
    assert "ma candidature pour le poste de Data Analyst chez ACME" in fr
    assert "Pourrions-nous convenir d'un rendez-vous" in fr
    en = render_draft(StepKind.FUTURE_OPENING, "en", ACME, SETTINGS).body
    assert "my application for the Data Analyst position at ACME" in en
    assert "Could we arrange a meeting" in en


def test_reapply_mentions_the_cv_the_earlier_application_and_what_changed() -> None:
    context = DraftContext(
        company="ACME", contact_name="Jeanne Dupont", interview_date=date(2026, 12, 7),
        missing_skill="l'expérience du management",
    )
    fr = render_draft(StepKind.REAPPLY, "fr", context, SETTINGS).body
    assert fr.startswith("Bonjour Jeanne Dupont,")
    assert "notre entretien du lundi 7 décembre 2026" in fr
    assert "il manquait à mon profil : l'expérience du management" in fr
    assert "Depuis, mon profil a évolué : [À COMPLÉTER :" in fr
    assert "ci-joint mon CV à jour" in fr
    en = render_draft(StepKind.REAPPLY, "en", context, SETTINGS).body
    assert "you will find my updated CV attached" in en
    assert "My profile has changed since: [TO FILL IN:" in en


def test_french_position_elides_before_a_vowel() -> None:
    context = DraftContext(company="ACME", position="ingénieur data")
    body = render_draft(StepKind.FEEDBACK_REQUEST, "fr", context, SETTINGS).body
    assert "concernant le poste d'ingénieur data chez ACME" in body


@pytest.mark.parametrize("kind", DRAFT_KINDS)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_companion_event_names_the_step_and_company_and_says_what_to_do(
    kind: StepKind, language: Language
) -> None:
    event = render_event(kind, language, ACME, SETTINGS)
    assert event.title.endswith("– ACME")
    to_do = "Relisez le brouillon" if language == "fr" else "Read the"
    assert event.description.startswith(to_do)


def test_debrief_lists_the_missing_lines() -> None:
    context = DraftContext(
        company="ACME", interview_date=date(2026, 12, 7), missing_lines=("delay", "contact")
    )
    event = render_event(StepKind.DEBRIEF, "fr", context, SETTINGS)
    assert "Ajoutez à la description de l'entretien du lundi 7 décembre 2026" in event.description
    assert event.title == "Noter la suite annoncée : délai, canal, interlocuteur – ACME"
    assert "- Réponse : sous 10 jours" in event.description
    assert "- Contact : Prénom Nom <adresse> téléphone" in event.description
    assert "Canal" not in event.description
    en = render_event(StepKind.DEBRIEF, "en", context, SETTINGS)
    assert "- Contact: First Last <address> phone" in en.description


def test_call_event_gives_the_number_a_script_and_the_voicemail_advice() -> None:
    event = render_event(StepKind.CALL, "fr", ACME, SETTINGS)
    assert event.title == (
        "Appeler Jeanne Dupont (+33 6 12 34 56 78) : où en est le processus ? – ACME"
    )
    assert "je peux vous envoyer les références de mes anciens employeurs" in event.description
    assert "laissez un seul message vocal" in event.description
    assert "plutôt que de rappeler plusieurs fois dans la journée" in event.description
    en = render_event(StepKind.CALL, "en", ACME, SETTINGS)
    assert en.title.startswith("Call Jeanne Dupont (+33 6 12 34 56 78): where does the process")
    assert "references from my former employers" in en.description
    assert "leave one short voicemail rather than calling again" in en.description


def test_call_event_without_a_contact_names_the_recruiter() -> None:
    event = render_event(StepKind.CALL, "fr", BARE, SETTINGS)
    assert event.title == "Appeler le recruteur : où en est le processus ? – ACME"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_discrimination_info_points_to_the_defenseur_des_droits(language: Language) -> None:
    event = render_event(StepKind.DISCRIMINATION_INFO, language, ACME, SETTINGS)
    assert "discrimina" in event.title
    assert "Défenseur des droits" in event.description
    assert "www.defenseurdesdroits.fr" in event.description
    assert "3928" in event.description


def test_event_description_ends_with_the_reason() -> None:
    context = DraftContext(company="ACME", reason="B2: réponse annoncée avant le 15/12")
    event = render_event(StepKind.FOLLOW_UP, "fr", context, SETTINGS)
    assert event.description.rstrip().endswith("Pourquoi : B2: réponse annoncée avant le 15/12")


def test_the_first_of_the_month_is_written_1er_in_french() -> None:
    context = DraftContext(company="ACME", interview_date=date(2027, 3, 1))
    assert render_draft(StepKind.THANK_YOU, "fr", context, SETTINGS).subject == (
        "Merci pour notre entretien du lundi 1er mars 2027"
    )
    assert render_draft(StepKind.THANK_YOU, "en", context, SETTINGS).subject == (
        "Thank you for our interview on Monday 1 March 2027"
    )


def test_companion_event_gives_the_last_day_to_send() -> None:
    context = DraftContext(
        company="ACME", interview_date=date(2026, 12, 7),
        due=datetime(2026, 12, 8, 9, 0, tzinfo=PARIS),
        window_end=datetime(2026, 12, 10, 0, 0, tzinfo=PARIS),  # end of Wednesday
    )
    fr = render_event(StepKind.THANK_YOU, "fr", context, SETTINGS).description
    assert "À envoyer au plus tard le mercredi 9 décembre." in fr
    en = render_event(StepKind.THANK_YOU, "en", context, SETTINGS).description
    assert "Send it by Wednesday 9 December at the latest." in en
    undated = render_event(StepKind.THANK_YOU, "fr", ACME, SETTINGS).description
    assert "au plus tard le" not in undated


def test_future_opening_event_recalls_the_announced_opening() -> None:
    context = DraftContext(company="ACME", opening_date=date(2027, 3, 1))
    event = render_event(StepKind.FUTURE_OPENING, "fr", context, SETTINGS)
    assert "Ouverture annoncée par le recruteur : lundi 1er mars 2027." in event.description


def test_an_address_is_not_used_as_a_name_in_the_greeting() -> None:
    context = DraftContext(company="ACME", contact_name="jeanne.dupont@acme.fr")
    assert render_draft(StepKind.THANK_YOU, "fr", context, SETTINGS).body.startswith("Bonjour,\n")


@pytest.mark.parametrize(
    ("given", "greeting"),
    [('"Dupont, Jeanne"', "Bonjour Jeanne Dupont,"), ("'Jeanne Dupont'", "Bonjour Jeanne Dupont,")],
)
def test_directory_style_names_are_greeted_first_name_first(given: str, greeting: str) -> None:
    context = DraftContext(company="ACME", contact_name=given)
    body = render_draft(StepKind.FEEDBACK_REQUEST, "fr", context, SETTINGS).body
    assert body.startswith(greeting + "\n")


def test_every_builtin_draft_without_facts_shows_a_marker_to_fill() -> None:
    for kind in DRAFT_KINDS:
        for language in ("fr", "en"):
            body = render_draft(kind, language, BARE, Settings()).body
            assert any(marker in body for marker in FILL_IN_MARKERS), (kind, language)
