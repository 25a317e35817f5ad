"""Small text helpers shared by the calendar rules (RULES.md A1-A5).

`fold` makes matching accent- and case-insensitive; `fold_with_map` does the
same while remembering where each folded character came from, so a match found
in folded text can be cut out of the original (a company name keeps its case).
`html_to_text` reads the HTML that Google puts in event descriptions.
`guess_language` is a deliberately small heuristic, see its docstring.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from policy.model import Language

# Typographic variants that users type (or phones autocorrect) for the plain ones.
_PLAIN = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "–": "-", "—": "-", "‑": "-", "\xa0": " "})


def fold(text: str) -> str:
    """Lower case, accents removed, typographic apostrophes and dashes made plain."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, the index it came from in `text`."""
    if text.isascii():  # the common case: one character each
        return text.lower(), list(range(len(text)))
    pieces = list(map(_fold_char, text))
    if set(map(len, pieces)) <= {1}:
        return "".join(pieces), list(range(len(text)))
    where = [index for index, piece in enumerate(pieces) for _ in piece]
    return "".join(pieces), where


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    # Decompose before and after case folding: "ᴬ" decomposes to "A", "ǅ" folds to "ǆ"…
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    return "".join(p for p in decomposed.translate(_PLAIN) if not unicodedata.combining(p))


def original_span(text: str, where: list[int], start: int, end: int) -> str:
    """The part of `text` that folded to `folded[start:end]` (see `fold_with_map`)."""
    if start >= end or start >= len(where):
        return ""
    return text[where[start] : where[end - 1] + 1]


# Only real HTML tag names are stripped: "<jeanne@acme.fr>" in a plain description must stay.
_TAGS = (
    "a|b|i|u|s|p|br|hr|div|span|strong|em|font|ul|ol|li|table|thead|tbody|tr|td|th|"
    "h[1-6]|html-blob|html|body|head|meta|img|blockquote|pre|code|sup|sub|small|big|center|label"
)
_BREAK_TAG = re.compile(r"<\s*(?:br|hr)\s*/?\s*>|<\s*/\s*(?:p|div|li|tr|h[1-6]|ul|ol|table)\s*>"
                        r"|<\s*li\b[^<>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(rf"<\s*/?\s*(?:{_TAGS})(?:\s[^<>]*)?/?\s*>", re.IGNORECASE)


def html_to_text(text: str) -> str:
    """Plain lines from a description that may be HTML (Google's `<br>`, `<b>`, `&nbsp;`)."""
    text = _BREAK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text)
    return text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for readable word lists."""
    return frozenset(words.split())


# Frequent words that are clearly one language or the other in a short event text.
# Words shared by both ("contact", "date", "position" …) are left out on purpose.
_FRENCH = word_set(
    "le la les des du de d l avec et pour chez entretien entrevue rdv rendez recrutement "
    "visio poste une un est nous vous votre vos notre sur tour equipe responsable rh "
    "telephonique embauche reponse delai semaine semaines jours candidature premier "
    "deuxieme technique au aux dans qui que"
)
_ENGLISH = word_set(
    "the with and for interview call screen screening hiring role team meeting your you our "
    "of to is will be at this round first technical week weeks days answer process "
    "phone in by manager recruiter job"
)
_WORD = re.compile(r"[a-z]+")


def guess_language(text: str) -> Language | None:
    """`fr` or `en` when one side's marker words clearly outnumber the other's.

    The heuristic counts folded words found in two short lists of frequent
    French and English words (articles, prepositions, interview vocabulary).
    It answers None on a tie, which includes text with no marker word.
    """
    words = _WORD.findall(fold(text))
    french = sum(1 for word in words if word in _FRENCH)
    english = sum(1 for word in words if word in _ENGLISH)
    if french > english:
        return "fr"
    if english > french:
        return "en"
    return None
