"""The phrase tables themselves: a phrase that can never match is a silent bug."""

from __future__ import annotations

from policy.replies import progress_phrases, refusal_phrases
from policy.replies.discrimination import FORBIDDEN
from policy.replies.text import Cue, fold


def all_cues() -> list[Cue]:
    found: list[Cue] = list(FORBIDDEN)
    for module in (refusal_phrases, progress_phrases):
        for value in vars(module).values():
            if isinstance(value, tuple) and value and isinstance(value[0], Cue):
                found.extend(value)
    return found


def test_no_phrase_ends_with_a_space() -> None:
    # A trailing space becomes "\s+" followed by a word boundary: it can never match.
    assert [c.pattern.pattern for c in all_cues() if c.pattern.pattern.endswith(r"\s+(?![\w])")] \
        == []


def test_phrases_are_written_folded() -> None:
    # Text is folded (no accents) before matching: an accented phrase would never match.
    assert [c.pattern.pattern for c in all_cues() if fold(c.pattern.pattern) != c.pattern.pattern
            and "œ" not in c.pattern.pattern and "€" not in c.pattern.pattern] == []


def test_folding_keeps_offsets() -> None:
    text = "Désolée, l’équipe a œuvré — À bientôt"
    assert len(fold(text)) == len(text)
    assert fold(text) == "desolee, l'equipe a œuvre - a bientot"
