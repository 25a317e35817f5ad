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

MAX_LINE = 200  # a subject longer than this is cut: no mail client shows more


def one_line(text: str, limit: int = MAX_LINE) -> str:
    """The text on a single line: controls become spaces, spaces collapse."""
    chars: list[str] = []
    for char in text:
        if char in _BIDI_CONTROLS:
            continue
        if unicodedata.category(char) in _BREAKING_CATEGORIES or char.isspace():
            chars.append(" ")
        else:
            chars.append(char)
    flat = _SPACES.sub(" ", "".join(chars)).strip()
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return flat


def clean_body(text: str) -> str:
    """A body keeps its line breaks (LF only) but loses every other control."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    kept = [one_line(line, limit=10_000) if line.strip() else "" for line in lines]
    return "\n".join(kept).strip("\n") + "\n"
