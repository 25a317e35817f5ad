"""One label per message (RULES.md C2), its precedence, and the reasons (F4)."""

from __future__ import annotations

import pytest

from policy.model import Label
from policy.replies import classify, detect_language
from policy.settings import Settings
from tests.replies.replies_builders import MONDAY

SETTINGS = Settings()


def label_of(text: str, subject: str = "Re: Entretien") -> Label:
    return classify(subject, text, MONDAY, SETTINGS).label


@pytest.mark.parametrize(("text", "expected"), [
    ("Nous étudions toujours les candidatures et reviendrons vers vous rapidement.",
     Label.HOLDING),
    ("No decision yet, we are still interviewing. I'll get back to you.", Label.HOLDING),
    ("Nous souhaitons vous proposer un second entretien. Quelles sont vos disponibilités ?",
     Label.POSITIVE_NEXT_STEP),
    ("We'd like to invite you to a technical interview next week.", Label.POSITIVE_NEXT_STEP),
    ("Nous avons le plaisir de vous proposer le poste en CDI. La promesse d'embauche suit.",
     Label.OFFER),
    ("We are delighted to offer you the position. Your offer letter is attached.", Label.OFFER),
    ("Nous sommes au regret de ne pas donner suite à votre candidature.",
     Label.REJECTION_GENERIC),
    ("Unfortunately we have decided to move forward with another candidate.",
     Label.REJECTION_GENERIC),
    ("Votre niveau d'anglais est insuffisant pour ce poste ; nous ne donnerons pas suite.",
     Label.REJECTION_WITH_REASON_SKILLS),
    ("We won't be moving forward: we need someone with more experience in Kubernetes.",
     Label.REJECTION_WITH_REASON_SKILLS),
    ("Nous avons retenu un autre candidat mais conservons votre CV pour un poste similaire.",
     Label.REJECTION_FUTURE_OPENING),
    ("We went with someone else, but we will keep your CV on file for future openings.",
     Label.REJECTION_FUTURE_OPENING),
    ("Notre décision est définitive, inutile de nous recontacter.",
     Label.REJECTION_CATEGORICAL),
    ("Our decision is final and we will not reconsider it.", Label.REJECTION_CATEGORICAL),
    ("Je suis absente du bureau jusqu'au 12 janvier.", Label.OTHER),
    ("12 nouvelles offres correspondent à votre alerte emploi.", Label.OTHER),
    ("Our newsletter: meet the team. Unsubscribe.", Label.OTHER),
])
def test_each_label_in_both_languages(text: str, expected: Label) -> None:
    assert label_of(text) is expected


def test_a_refusal_that_keeps_the_cv_for_a_later_post_is_a_future_opening() -> None:
    result = classify("Re: Suite", "Nous avons choisi un autre candidat. Nous gardons votre CV "
                      "pour un poste similaire dans trois mois.", MONDAY, SETTINGS)
    assert result.label is Label.REJECTION_FUTURE_OPENING
    assert not result.opening_now


def test_other_posts_open_now_sets_opening_now() -> None:
    result = classify("Re: Suite", "Unfortunately the position has been filled. Other positions "
                      "are open right now, have a look at our careers page.", MONDAY, SETTINGS)
    assert result.label is Label.REJECTION_FUTURE_OPENING
    assert result.opening_now


def test_final_words_win_over_an_open_door() -> None:
    text = "Nous ne retenons pas votre candidature. Cette décision est définitive."
    assert label_of(text) is Label.REJECTION_CATEGORICAL


@pytest.mark.parametrize("text", [
    "We won't be able to offer you the role.",
    "Nous ne sommes malheureusement pas en mesure de vous proposer un second entretien.",
    "Unfortunately we will not be inviting you to the next round.",
    "Félicitations pour votre parcours, mais nous avons retenu une autre candidate.",
])
def test_a_refusal_is_never_read_as_good_news(text: str) -> None:
    assert label_of(text).is_rejection


def test_waiting_on_another_candidate_is_no_refusal() -> None:
    text = ("Thanks for checking in. We're waiting on one final reference for another candidate "
            "and I'll get back to you by Friday.")
    assert label_of(text) is Label.HOLDING


def test_out_of_office_wins_over_dates_and_waiting_words() -> None:
    text = "I am out of the office until January 12 and will get back to you when I return."
    assert label_of(text) is Label.OTHER


@pytest.mark.parametrize("headers", [{"Auto-Submitted": "auto-replied"}, {"X-Autoreply": "yes"}])
def test_auto_reply_headers_make_a_message_other(headers: dict[str, str]) -> None:
    result = classify("Re: Relance", "Merci pour votre message.", MONDAY, SETTINGS,
                      headers=headers)
    assert result.label is Label.OTHER


def test_empty_message_is_other_with_a_reason() -> None:
    result = classify("", "", MONDAY, SETTINGS)
    assert result.label is Label.OTHER and result.reasons


def test_ats_rejection_sent_automatically_is_still_a_refusal() -> None:
    result = classify("Your application", "We have decided not to move forward with your "
                      "application.", MONDAY, SETTINGS,
                      headers={"Auto-Submitted": "auto-generated"})
    assert result.label is Label.REJECTION_GENERIC


def test_reasons_quote_the_recruiters_words_and_the_confidence() -> None:
    text = "Bonjour, nous ne donnerons pas suite. Bonne continuation."
    result = classify("Re: Entretien", text, MONDAY, SETTINGS)
    label, _, quoted = result.reasons[0].partition(": ")
    assert label == f"rejection_generic ({int(result.confidence * 100)}% sure)"
    assert quoted.strip('"') in text


def test_an_informal_invitation_is_a_next_step_with_a_reason() -> None:
    result = classify("Re: Entretien", "Ok pour moi, on se cale un call avec Marc jeudi ?",
                      MONDAY, SETTINGS)
    assert result.label is Label.POSITIVE_NEXT_STEP
    assert result.reasons and '"Ok pour moi, on se cale un call avec Marc jeudi"' in \
        result.reasons[0]


@pytest.mark.parametrize("text", [
    "Nous vous répondrons ce soir.",
    "Merci.",
    "Bien noté.",
])
def test_a_terse_note_is_never_read_with_confidence_as_a_closed_door(text: str) -> None:
    result = classify("Re: Entretien", text, MONDAY, SETTINGS)
    assert 0.0 <= result.confidence <= 1.0
    assert result.label is not Label.OFFER or result.confidence < 0.8
    assert result.label is not Label.REJECTION_CATEGORICAL


def test_the_subject_of_a_reply_is_the_users_and_does_not_decide() -> None:
    assert label_of("Merci.", subject="Re: Proposition d'embauche ?") is not Label.OFFER


def test_missing_skill_is_named() -> None:
    result = classify("Re: Suite", "Le poste nécessite une solide expérience en gestion de paie "
                      "que nous n'avons pas retrouvée. Nous ne donnerons pas suite.", MONDAY,
                      SETTINGS)
    assert result.label is Label.REJECTION_WITH_REASON_SKILLS
    assert result.missing_skill == "expérience en gestion de paie"


def test_missing_language_level_is_named() -> None:
    result = classify("Re: Suite", "Unfortunately your level of Spanish did not meet the "
                      "fluency this role needs.", MONDAY, SETTINGS)
    assert result.missing_skill == "level of Spanish"


@pytest.mark.parametrize(("text", "language"), [
    ("Nous avons bien reçu votre candidature et reviendrons vers vous.", "fr"),
    ("We have received your application and will get back to you.", "en"),
])
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert classify("", text, MONDAY, SETTINGS).language == language


def test_a_guess_from_words_alone_never_closes_the_door() -> None:
    # No phrase decides this one; the word fallback may not call it categorical (D5
    # would then silence relance for good) nor an offer.
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from policy.replies import classify
    from policy.settings import Settings

    received = datetime(2026, 12, 8, 20, 55, tzinfo=ZoneInfo("Europe/Paris"))
    result = classify("Re: Entretien", "Nous vous répondrons ce soir.", received, Settings())
    assert result.label.value not in ("rejection_categorical", "offer")
