"""Make interpolated values harmless in a one-line subject or title.

A company name read from a calendar could carry CR/LF: in a mail subject that
would start a new header line. Every value is flattened before it reaches a
template, and every subject/title is flattened again after rendering.
"""

from __future__ import annotations

import re
import unicodedata

# Bidirectional overrides and isolates can make a text read differently from
# what it holds; they have no place in a subject or a name.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Control characters, surrogates, private use, unassigned, line and paragraph separators.
_BREAKING_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "Zl", "Zp"})
_SPACES = re.compile(r"\s+")
_BLANK_RUNS = re.compile(r"\n{3,}")

MAX_SUBJECT = 150  # longer subjects are cut at a word: no mail client shows more
MAX_VALUE = 2000  # a value is a name, a date or a line of notes, never a page


def _harmless(text: str) -> str:
    """Controls and separators become spaces; bidi controls go."""
    return "".join(
        " " if unicodedata.category(char) in _BREAKING_CATEGORIES else char
        for char in text
        if char not in _BIDI_CONTROLS
    )


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if " " in head[limit // 2:]:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip() + "…"


def one_line(text: str, limit: int = MAX_VALUE) -> str:
    """The text on a single line: controls become spaces, spaces collapse."""
    return _cut(_SPACES.sub(" ", _harmless(text)).strip(), limit)


def subject_line(text: str) -> str:
    return one_line(text, MAX_SUBJECT)


def clean_body(text: str) -> str:
    """A body keeps its lines (LF only) and its spacing, loses every other
    control, trailing spaces and runs of blank lines (an empty placeholder
    must not leave a hole)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = "\n".join(_harmless(line).rstrip() for line in lines)
    return _BLANK_RUNS.sub("\n\n", kept).strip("\n") + "\n"
