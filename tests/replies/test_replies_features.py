"""What the learned reader sees: each clause's words as the clause means them."""

from __future__ import annotations

from policy.replies.features import message_features, sentences


def words(text: str) -> set[str]:
    return {name for sentence in sentences(text) for name in sentence.names}


def test_good_news_words_under_a_negation_are_seen_negated() -> None:
    seen = words("Nous ne sommes pas en mesure de donner une suite favorable.")
    assert "¬favorable" in seen and "favorable" not in seen
    assert "¬progressing" in words("We won't be progressing your application.")


def test_a_condition_and_its_consequence_are_seen_as_conditional() -> None:
    seen = words("If you have not heard from us within two weeks, consider it unsuccessful.")
    assert "?consider" in seen and "consider" not in seen
    assert "?contacterons" in words("Si votre profil correspond, nous vous contacterons.")


def test_not_yet_is_pending_not_a_negated_outcome() -> None:
    seen = words("Pas encore de décision.")
    assert "⏳" in seen and "decision" in seen and "¬decision" not in seen


def test_a_new_sentence_ends_the_negation() -> None:
    seen = words("Nous ne pouvons pas vous répondre aujourd'hui. Nous vous proposons un entretien.")
    assert "proposons" in seen and "entretien" in seen


def test_rule_findings_weigh_the_same_in_a_note_and_a_letter() -> None:
    short = message_features("Re: x", "Votre décision est définitive.")
    courtesy = " ".join(f"Nous vous remercions pour l'échange numéro {n}." for n in range(80))
    long = message_features("Re: x", f"Votre décision est définitive. {courtesy}")
    assert short["flag:final"] == long["flag:final"]
    assert short["decision"] > long["decision"]


def test_folding_keeps_offsets() -> None:
    # Reasons quote the recruiter's own words at the offsets found in the folded text.
    from policy.replies.text import fold

    text = "Désolée, l’équipe a œuvré — À bientôt"
    assert len(fold(text)) == len(text)
    assert fold(text) == "desolee, l'equipe a œuvre - a bientot"
