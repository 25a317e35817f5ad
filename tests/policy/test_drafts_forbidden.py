"""The phrases RULES.md B2 and D2 forbid, and ordinary sentences that must pass."""

from __future__ import annotations

import pytest

from policy.drafts.forbidden import find_forbidden
from policy.model import StepKind

WAITING_OR_OFFER = [
    "J'attends votre réponse.",
    "j’attends toujours de vos nouvelles",
    "En attendant votre retour, je vous souhaite une bonne journée.",
    "Dans l'attente de votre réponse, veuillez agréer…",
    "Je reste dans l’attente d’un retour.",
    "Je suis toujours en attente d'une réponse.",
    "Je n'ai toujours pas reçu de réponse.",
    "je n'ai pas eu de retour",
    "Toujours sans réponse de votre part,",
    "Impatiente de connaître votre décision.",
    "En espérant avoir de vos nouvelles rapidement.",
    "J'ai reçu une proposition d'une autre société.",
    "Une autre entreprise m'a fait une offre.",
    "J'ai une promesse d'embauche.",
    "D'autres entreprises s'intéressent à mon profil.",
    "On m'a proposé un poste ailleurs.",
    "I look forward to hearing from you.",
    "Looking forward to your reply.",
    "I am still waiting for news.",
    "Awaiting your response,",
    "I haven't heard back since our interview.",
    "Hoping to hear back soon.",
    "Still no answer from your side.",
    "I have received another offer.",
    "I got an offer from a competitor.",
    "Another company has made me a better offer.",
    "I have been offered a position elsewhere.",
]

ORDINARY = [
    "Je reste disponible pour tout complément d'information.",
    "Ce poste m'intéresse toujours.",
    "J'ai vu que d'autres offres sont ouvertes chez vous.",
    "Mon expérience chez Decathlon m'a appris à attendre le bon moment.",
    "Je vous remercie de votre attention.",
    "I remain available for the next steps.",
    "I look forward to meeting your team.",
    "My offer to send references still stands.",
    "I am still very interested in the role.",
]


@pytest.mark.parametrize("sentence", WAITING_OR_OFFER)
def test_waiting_and_competing_offers_are_caught_in_every_draft_kind(sentence: str) -> None:
    for kind in (k for k in StepKind if k.has_draft):
        found = find_forbidden(f"Bonjour,\n\n{sentence}\n", kind)
        assert found is not None, (kind, sentence)
        phrase, rule = found
        assert phrase in sentence
        assert rule.startswith("RULES.md B2")


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_sentences_pass(sentence: str) -> None:
    assert find_forbidden(sentence, StepKind.FOLLOW_UP) is None
    assert find_forbidden(sentence, StepKind.SKILLS_CLARIFICATION) is None


def test_the_phrase_is_reported_as_written_with_its_accents_and_case() -> None:
    found = find_forbidden("Bonjour,\nDANS  L’ATTENTE DE VOTRE RÉPONSE", StepKind.THANK_YOU)
    assert found is not None
    assert found[0] == "DANS L’ATTENTE DE"


@pytest.mark.parametrize(
    "sentence",
    [
        "Accepteriez-vous de me revoir ?",
        "Un second entretien me permettrait de le prouver.",
        "J'aimerais en parler de vive voix.",
        "Pourriez-vous me recevoir de nouveau ?",
        "I would welcome the opportunity to discuss this.",
        "Could we schedule another interview?",
        "I would be glad to talk again.",
        "Could we meet in person?",
    ],
)
def test_a_skills_clarification_may_not_ask_for_a_new_interview(sentence: str) -> None:
    found = find_forbidden(sentence, StepKind.SKILLS_CLARIFICATION)
    assert found is not None and found[1].startswith("RULES.md D2")
    assert find_forbidden(sentence, StepKind.FUTURE_OPENING) is None


@pytest.mark.parametrize(
    "sentence",
    ["Au revoir, et merci.", "Pourriez-vous revoir ma candidature à la lumière de ce point ?"],
)
def test_a_skills_clarification_may_say_goodbye_or_ask_to_reconsider(sentence: str) -> None:
    assert find_forbidden(sentence, StepKind.SKILLS_CLARIFICATION) is None
