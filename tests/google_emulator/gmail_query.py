"""A useful subset of Gmail's search language, for `messages.list` and `drafts.list`.

Supported: `from:` `to:` `cc:` `subject:` (substring of the header, lower-cased,
so `from:acme.fr` matches every address at that domain), `after:` `before:`
(epoch seconds or YYYY/MM/DD, read in UTC where Gmail reads dates in Pacific
time), `in:`/`label:` (inbox, sent, drafts, any label id), `rfc822msgid:`, `filename:`,
bare words (searched in subject and text), implicit AND, `OR`, `{a b}` groups
(any of), `( … )` grouping and `-` negation. Values may be quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from tests.google_emulator.wire import ApiError


@dataclass(frozen=True)
class Searchable:
    headers: dict[str, str]  # lower-cased names and values
    labels: frozenset[str]
    internal_date: int  # milliseconds
    text: str  # lower-cased
    filenames: str = ""  # the attachments' file names, lower-cased, one per line


Predicate = Callable[[Searchable], bool]
_TOKEN = re.compile(r'\s*(\{|\}|\(|\)|-?[a-zA-Z0-9_]+:"[^"]*"|"[^"]*"|[^\s{}()]+)')


def compile_query(query: str) -> Predicate:
    tokens = [t for t in _TOKEN.findall(query) if t.strip()]
    parser = _Parser(tokens)
    predicate = parser.conjunction(closing=None)
    if parser.position != len(tokens):
        raise ApiError(400, "Invalid query", "invalidArgument")
    return predicate


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def _peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def conjunction(self, closing: str | None) -> Predicate:
        parts: list[Predicate] = []
        while (token := self._peek()) is not None and token != closing:
            if token == "OR" and parts:
                self.position += 1
                left = parts.pop()
                right = self._unit()
                parts.append(lambda m, a=left, b=right: a(m) or b(m))
            else:
                parts.append(self._unit())
        return lambda m: all(p(m) for p in parts)

    def _unit(self) -> Predicate:
        token = self._peek()
        if token is None:
            raise ApiError(400, "Invalid query", "invalidArgument")
        self.position += 1
        if token in ("{", "("):
            closing = "}" if token == "{" else ")"
            inner = self._group(closing) if token == "{" else self.conjunction(closing)
            if self._peek() != closing:
                raise ApiError(400, "Invalid query", "invalidArgument")
            self.position += 1
            return inner
        if token.startswith("-") and len(token) > 1:
            positive = _term(token[1:])
            return lambda m: not positive(m)
        return _term(token)

    def _group(self, closing: str) -> Predicate:
        parts: list[Predicate] = []
        while (token := self._peek()) is not None and token != closing:
            if token == "OR":
                self.position += 1
                continue
            parts.append(self._unit())
        return lambda m: any(p(m) for p in parts)


def _term(token: str) -> Predicate:
    name, sep, value = token.partition(":")
    if not sep:
        word = token.strip('"').lower()
        return lambda m: word in m.text or word in m.headers.get("subject", "")
    value = value.strip('"').lower()
    name = name.lower()
    if name in ("from", "to", "cc", "subject"):
        return lambda m: value in m.headers.get(name, "")
    if name == "filename":  # Gmail: an attachment's name or extension
        return lambda m: any(f == value or f.endswith("." + value)
                             for f in m.filenames.splitlines())
    if name == "rfc822msgid":
        return lambda m: m.headers.get("message-id", "").strip("<>") == value.strip("<>")
    if name in ("in", "label"):
        label = {"drafts": "draft", "anywhere": ""}.get(value, value).upper()
        return lambda m: not label or label in m.labels
    if name in ("after", "before"):
        limit = _seconds(value) * 1000
        if name == "after":
            return lambda m: m.internal_date >= limit
        return lambda m: m.internal_date < limit
    raise ApiError(400, f"Unsupported search operator {name}:", "invalidArgument")


def _seconds(value: str) -> int:
    if value.isdigit():
        return int(value)
    try:
        day = datetime.strptime(value, "%Y/%m/%d").replace(tzinfo=UTC)
    except ValueError as exc:
        raise ApiError(400, "Invalid query", "invalidArgument") from exc
    return int(day.timestamp())


_GROUP = re.compile(r"\{[^{}]*\}|\([^()]*\)")
_LABEL_GROUP = re.compile(r"^\{((?:\s*in:\w+)+)\s*\}$")


def narrowing(query: str) -> tuple[int | None, frozenset[str] | None]:
    """The `after:` bound a query ANDs at its top level, and the labels of which a match
    must carry one (`in:x`, or a `{in:x in:y}` group), if any.

    Lets the emulator skip most of a large mailbox before running the full
    predicate, as Gmail's index would; the predicate still decides."""
    top_groups = [g.group(0) for g in _GROUP.finditer(query) if _depth(query, g.start()) == 0]
    flat = query
    while _GROUP.search(flat):
        flat = _GROUP.sub(" ", flat)
    tokens = flat.split()
    if "OR" in tokens:
        return None, None
    after = next((_seconds(t[6:]) * 1000 for t in tokens if t.startswith("after:")), None)
    names = [t[3:] for t in tokens if t.startswith("in:")]
    for group in top_groups:
        found = _LABEL_GROUP.match(group)
        if found and not names:
            names = [t[3:] for t in found.group(1).split()]
    labels = frozenset({"drafts": "DRAFT"}.get(n.lower(), n.upper()) for n in names)
    return after, labels or None


def _depth(query: str, position: int) -> int:
    before = query[:position]
    return before.count("{") + before.count("(") - before.count("}") - before.count(")")
