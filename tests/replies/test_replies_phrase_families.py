"""Phrase families found missing on held-out part 8 of the corpus, each written as a
recruiter would say it in other words than the corpus's (RULES.md C2, C3)."""

from __future__ import annotations

from datetime import date

import pytest

from policy.model import Label
from policy.replies import classify
from policy.settings import Settings
from tests.replies.replies_builders import MONDAY

SETTINGS = Settings()


def read(text: str, subject: str = "Re: Candidature") -> tuple[Label, date | None]:
    result = classify(subject, text, MONDAY, SETTINGS)
    return result.label, result.stated_date


@pytest.mark.parametrize(("text", "expected"), [
    # "Pris connaissance de votre candidature" names no missing skill.
    ("Nous avons pris connaissance de votre dossier. Nous avons choisi des candidats dont le "
     "parcours correspond davantage au poste.", Label.REJECTION_GENERIC),
    ("Your project management experience wasn't quite at the senior level the role needs, so "
     "we won't be moving forward.", Label.REJECTION_WITH_REASON_SKILLS),
    ("The post requires a chartered accountancy qualification, which your CV does not yet "
     "show. We will not be progressing your application.", Label.REJECTION_WITH_REASON_SKILLS),
    ("Ce poste ne se fera pas avec vous, mais une offre de chef de projet vient d'ouvrir : "
     "voulez-vous qu'on étudie votre candidature pour celle-ci ?",
     Label.REJECTION_FUTURE_OPENING),
    ("Not for this role, sadly, but we'd love to consider you for another opening on the data "
     "team.", Label.REJECTION_FUTURE_OPENING),
    ("All our summer places have been filled. We'd encourage you to reapply next year.",
     Label.REJECTION_FUTURE_OPENING),
    ("Votre candidature n'a pas été retenue. Ce choix n'est pas susceptible d'être remis en "
     "cause.", Label.REJECTION_CATEGORICAL),
    ("Bonjour, auriez-vous un moment jeudi pour un premier échange avec notre DRH ?",
     Label.POSITIVE_NEXT_STEP),
    ("Could you spare 20 minutes this week for a quick intro call with our founder?",
     Label.POSITIVE_NEXT_STEP),
    ("Toujours pas de retour du client de mon côté, je vous tiendrai informée.", Label.HOLDING),
])
def test_phrase_families(text: str, expected: Label) -> None:
    assert read(text)[0] is expected


def test_a_final_refusal_in_few_words_is_categorical_or_asked() -> None:
    # Two words of refusal and final words: categorical, or too unsure to act on (the user
    # is asked), never good news.
    result = classify("Re: Candidature", "Your application has been declined and the outcome "
                      "cannot be appealed.", MONDAY, SETTINGS)
    assert result.label is Label.REJECTION_CATEGORICAL or result.confidence < 0.8
    assert result.label not in (Label.POSITIVE_NEXT_STEP, Label.OFFER)


@pytest.mark.parametrize("text", [
    "Merci pour votre candidature. Si votre profil correspond à nos attentes, nous vous "
    "contacterons pour un entretien.",
    "Thanks for applying. If your background is a match, we'll invite you to a first interview.",
])
def test_good_news_under_a_condition_is_an_acknowledgement(text: str) -> None:
    assert read(text, "Votre candidature")[0] is Label.HOLDING


@pytest.mark.parametrize(("text", "expected"), [
    ("Je reviens vers vous au plus tard vendredi de la semaine prochaine.", date(2026, 1, 16)),
    ("Réponse mardi en huit.", date(2026, 1, 13)),
    ("We'll get back to you on Thursday of next week.", date(2026, 1, 15)),
    ("Vous aurez une réponse sous 10 jours ouvrés.", date(2026, 1, 19)),
    ("We'll get back to you within 3 business days.", date(2026, 1, 8)),
    # The answer's own words lead to its date; the meeting before it is not the answer.
    ("The panel meets on Thursday and I'll let you know the outcome by Friday.",
     date(2026, 1, 9)),
])
def test_holding_dates(text: str, expected: date) -> None:
    still = "Pas encore de décision." if "vous" in text or "Réponse" in text else \
        "We are still reviewing applications."
    assert read(f"{still} {text}") == (Label.HOLDING, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("We've filled this role. We'll recruit again in Q2, please reapply then.", date(2026, 6, 30)),
    ("Le poste est pourvu ; nous recruterons de nouveau au troisième trimestre.",
     date(2026, 9, 30)),
])
def test_a_future_opening_in_a_quarter_is_its_last_day(text: str, expected: date) -> None:
    assert read(text) == (Label.REJECTION_FUTURE_OPENING, expected)
