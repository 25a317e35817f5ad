"""The stated date or delay (RULES.md C3), resolved in the user's time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from policy.model import Label
from policy.replies import classify
from policy.settings import Settings
from tests.replies.replies_builders import MONDAY, PARIS

SETTINGS = Settings()


def holding_date(sentence: str, received: datetime = MONDAY) -> date | None:
    result = classify("Re: Entretien", f"Pas encore de décision. {sentence}", received, SETTINGS)
    assert result.label is Label.HOLDING
    return result.stated_date


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Nous reviendrons vers vous d'ici le 15 décembre.", date(2026, 12, 15)),
    ("Réponse sous quinzaine.", date(2026, 1, 19)),
    ("Réponse dans quinze jours.", date(2026, 1, 19)),
    ("Nous vous répondrons la semaine prochaine.", date(2026, 1, 16)),
    ("I'll get back to you next week.", date(2026, 1, 16)),
    ("We will let you know by Friday.", date(2026, 1, 9)),
    ("We will let you know in two weeks.", date(2026, 1, 19)),
    ("La décision sera prise fin janvier.", date(2026, 1, 31)),
    ("Je reviens vers vous début mars.", date(2026, 3, 10)),
    ("Réponse mi-février.", date(2026, 2, 15)),
    ("Réponse dans 10 jours.", date(2026, 1, 15)),
    ("Réponse sous 48 heures.", date(2026, 1, 7)),
    ("Réponse demain.", date(2026, 1, 6)),
    ("Je vous écris lundi prochain.", date(2026, 1, 12)),
    ("Réponse le 20/01.", date(2026, 1, 20)),
    ("We'll get back to you by January 15th.", date(2026, 1, 15)),
    ("We will get back to you by the end of the month.", date(2026, 1, 31)),
    ("Je reviens vers vous le mois prochain.", date(2026, 2, 28)),
    ("Je reviens vers vous dans trois mois.", date(2026, 4, 5)),
    ("Nous vous répondrons au plus tard le vendredi 16 janvier.", date(2026, 1, 16)),
    ("We'll confirm next steps in the first week of February.", date(2026, 2, 6)),
    ("Realistically we're looking at another two weeks before an answer.", date(2026, 1, 19)),
    ("We will get back to you in the coming weeks.", None),
    ("Nous reviendrons vers vous dans les prochaines semaines.", None),
    ("We will get back to you soon.", None),
])
def test_stated_date_forms(sentence: str, expected: date | None) -> None:
    assert holding_date(sentence) == expected


def test_a_date_without_year_is_the_next_occurrence() -> None:
    assert holding_date("Réponse le 2 janvier.") == date(2027, 1, 2)


def test_a_weekday_is_strictly_after_the_message_day() -> None:
    friday = datetime(2026, 1, 9, 9, 0, tzinfo=PARIS)
    assert holding_date("We will let you know by Friday.", friday) == date(2026, 1, 16)


def test_the_message_date_is_read_in_the_users_time_zone() -> None:
    # 23:30 in New York on Sunday is already Monday in Paris.
    sunday_night = datetime(2026, 1, 4, 23, 30, tzinfo=ZoneInfo("America/New_York"))
    assert holding_date("Réponse demain.", sunday_night) == date(2026, 1, 6)


def test_a_past_date_is_not_a_stated_date() -> None:
    assert holding_date("Suite à l'entretien du 18 décembre 2025, réponse dans 10 jours.") == \
        date(2026, 1, 15)


def test_the_date_of_the_sentence_about_the_answer_wins() -> None:
    assert holding_date("Le chef rentre demain ; je vous donnerai une réponse mercredi 14.") == \
        date(2026, 1, 14)


def test_a_bare_weekday_counts_only_when_it_speaks_of_the_answer() -> None:
    assert holding_date("Le directeur rentre lundi. Vous aurez une réponse la semaine "
                        "prochaine.") == date(2026, 1, 16)
    assert holding_date("Je vous donne une réponse lundi.") == date(2026, 1, 12)


def test_future_opening_carries_its_date() -> None:
    result = classify("Re: Suite", "Nous avons retenu un autre candidat, mais un poste similaire "
                      "ouvrira dans trois mois.", MONDAY, SETTINGS)
    assert result.label is Label.REJECTION_FUTURE_OPENING
    assert result.stated_date == date(2026, 4, 5)
    assert any(r.startswith('date 2026-04-05: "dans trois mois"') for r in result.reasons)


def test_an_out_of_office_return_date_is_not_a_stated_date() -> None:
    result = classify("Réponse automatique", "Je suis absente jusqu'au 12 janvier.", MONDAY,
                      SETTINGS)
    assert result.stated_date is None


@pytest.mark.parametrize("text", [
    "Thanks for your note, it was great talking with you today. We're still reviewing "
    "candidates and will get back to you soon.",
    "Ravie d'avoir échangé avec vous aujourd'hui. Nous revenons vers vous rapidement.",
])
def test_today_in_a_pleasantry_is_no_answer_date(text: str) -> None:
    # A follow-up due the next morning would be the mistake a recruiter notices.
    result = classify("Re: Interview", text, MONDAY, SETTINGS)
    assert result.stated_date is None
    # Not a decision: a wait, or a reading too unsure to act on.
    assert result.label is Label.HOLDING or result.confidence < 0.8


def test_today_in_a_sentence_about_the_answer_is_a_date() -> None:
    result = classify("Re: Interview", "We are still reviewing; we will make our decision today "
                      "and let you know.", MONDAY, SETTINGS)
    assert result.stated_date == MONDAY.date()
