"""Text from mail and events made safe to write again: bounded, plain, visible.

Whatever relance copies from a recruiter's mail or an event into what it
writes (a draft's subject and display names, an event's title and
description) goes through here first:

- control characters (C0 but tab and line feed, DEL, C1) and the invisible
  characters that reorder or hide text (bidi embeddings, overrides and
  isolates such as U+202E, LRM/RLM, zero-width space, BOM, line and paragraph
  separators) are removed: a display name cannot read backwards;
- HTML tags and comments are removed (`<script>` in a subject would be markup
  in Google Calendar, which renders descriptions as HTML); an address in angle
  brackets (`<jeanne@acme.fr>`) is not a tag and stays;
- lengths are bounded: a header line by RFC 5322 (998 characters a line, 78
  recommended; we keep a subject to 250 characters and a name to 100, ending
  with "…"), a description to a few thousand characters. Folding a 130 KB
  subject was superlinear: bounding first keeps every write linear and small.
"""

from __future__ import annotations

import re

SUBJECT_LIMIT = 250
NAME_LIMIT = 100
TITLE_LIMIT = 250
DESCRIPTION_LIMIT = 8000

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
# A comment's end is looked for over 200 characters at most: a text of many
# unterminated "<!--" must not cost a scan to its end for each.
_TAG = re.compile(r"<!--.{0,200}?-->|<!--|</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>",
                  re.DOTALL)
_BLANKS = re.compile(r"[ \t\r\n\f\v]+")


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word when one ends near the limit."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 3 // 4:
        cut = cut[:space]
    return cut.rstrip() + "…"


def plain_line(text: str, limit: int = SUBJECT_LIMIT) -> str:
    """One visible line of plain text: a subject, a title, a display name.

    The input is bounded before any regular expression runs on it: a hostile
    header costs what its first few kilobytes cost."""
    text = text[: limit * 8]
    text = _TAG.sub(" ", _INVISIBLE.sub(" ", text))
    return shorten(" ".join(_BLANKS.split(text)).strip(), limit)


def plain_text(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """Plain text that may span lines (an event's description, a draft's body)."""
    text = text[: limit * 4].replace("\r\n", "\n").replace("\r", "\n")
    text = _TAG.sub("", _INVISIBLE.sub("", text))
    return shorten(text, limit)

