"""Text folded for matching: lower case, no accents, plain apostrophes.

Folding keeps one character for each original character, so a span found in
the folded text is the same span in the original: the reasons shown to the
user (F4) quote the recruiter's own words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_SAME_WIDTH = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "\xa0": " ",
                             "\u202f": " ", "–": "-", "—": "-", "œ": "œ", "Œ": "œ"})


class _Folded(dict[int, str]):
    """Each character's folded form, worked out the first time it is met."""

    def __missing__(self, code: int) -> str:
        char = chr(code).translate(_SAME_WIDTH)
        decomposed = unicodedata.normalize("NFD", char)
        folded = decomposed[0].lower() if decomposed else char
        self[code] = folded
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """Lower case without accents, one character per original character."""
    return text.translate(_FOLDED)


_BEFORE, _AFTER = r"(?<![\w-])", r"(?![\w])"


def compile_phrase(pattern: str) -> re.Pattern[str]:
    """A phrase written with single spaces matches any run of whitespace."""
    return re.compile(_BEFORE + pattern.replace(" ", r"\s+") + _AFTER)


def any_cue(table: Iterable[Cue]) -> re.Pattern[str]:
    """One pattern for all these cues, to tell at once the texts where none can match."""
    bare = (cue.pattern.pattern.removeprefix(_BEFORE).removesuffix(_AFTER) for cue in table)
    return re.compile(_BEFORE + "(?:" + "|".join("(?:" + p + ")" for p in bare) + ")" + _AFTER)


@dataclass(frozen=True)
class Cue:
    """A phrase that speaks for one reading of the message, with its weight."""

    kind: str
    weight: int
    pattern: re.Pattern[str]


def cues(kind: str, weight: int, patterns: Iterable[str]) -> tuple[Cue, ...]:
    return tuple(Cue(kind, weight, compile_phrase(p)) for p in patterns)


@dataclass(frozen=True)
class Hit:
    kind: str
    weight: int
    start: int
    end: int
    phrase: str  # the original words


def find_hits(original: str, folded: str, table: Iterable[Cue]) -> Iterator[Hit]:
    for cue in table:
        for found in cue.pattern.finditer(folded):
            yield Hit(cue.kind, cue.weight, found.start(), found.end(),
                      " ".join(original[found.start():found.end()].split()))
