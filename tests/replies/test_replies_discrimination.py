"""RULES.md D5: explicit forbidden reasons only, never a diversity statement."""

from __future__ import annotations

import pytest

from policy.replies import classify
from policy.settings import Settings
from tests.replies.replies_builders import MONDAY

SETTINGS = Settings()


@pytest.mark.parametrize("text", [
    "Nous cherchons quelqu'un de plus jeune, nous ne donnerons donc pas suite.",
    "Nous ne retenons pas votre candidature en raison de votre âge.",
    "Vous êtes enceinte et nous ne pouvons pas retenir votre candidature.",
    "Nous ne retiendrons pas votre candidature en raison de votre lieu de résidence.",
    "Votre nationalité ne convient pas au client ; nous ne donnerons pas suite.",
    "We are looking for someone younger, so we won't move forward.",
    "Given your disability, we have decided not to proceed.",
    "The client asked for a male candidate, so we cannot offer you the role.",
])
def test_explicit_forbidden_reasons_are_flagged(text: str) -> None:
    result = classify("Re: Entretien", text, MONDAY, SETTINGS)
    assert result.label.is_rejection
    assert result.discriminatory
    assert any("forbidden reason" in reason for reason in result.reasons)


@pytest.mark.parametrize("text", [
    "Nous recrutons sans distinction d'âge, d'origine ou de handicap. Malheureusement nous ne "
    "donnerons pas suite à votre candidature.",
    "We are an equal opportunity employer and welcome applicants regardless of age, race or "
    "disability. We have decided to move forward with other candidates.",
    "Conformément à notre politique de diversité, toutes les candidatures sont étudiées quel que "
    "soit votre âge. Nous ne retenons pas votre candidature.",
    "Nous avons retenu un candidat plus expérimenté.",
    "We need more experience in Go; we won't move forward.",
])
def test_diversity_statements_and_ordinary_reasons_are_not_flagged(text: str) -> None:
    assert not classify("Re: Entretien", text, MONDAY, SETTINGS).discriminatory


def test_only_a_refusal_can_be_discriminatory() -> None:
    text = "Nous aimerions vous rencontrer ; pensez à apporter une pièce d'identité."
    assert not classify("Re: Entretien", text, MONDAY, SETTINGS).discriminatory
