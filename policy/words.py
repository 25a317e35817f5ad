"""Texts relance writes for the user, in the application's language (F4, E1).

A `Msg` is a `str` (its English text, so that the ledger, the command line
and every existing comparison see what they always saw) that also knows its
message id and arguments, and renders itself in another language from the
one catalogue, `policy.words_fr`. Arguments are rendered in the same
language: a `Msg` argument recursively, a `date` as "Monday 7 December 2026"
/ "lundi 7 décembre 2026", a `Moment` (a wall-clock time already in the
user's zone) as the day and "14:00" / "à 14:00", a `Joined` item by item;
anything else as written
(the user's own words, a subject, an address, a number).

Decisions: a message id is the English text with `{named}` fields, as in
gettext, so that a missing translation falls back to readable English;
French typography puts a space before ":" and ";" ("B2 : relance…"). A
text built by concatenating a `Msg` is plain English: build it as a `Msg`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from policy.model import Language
from policy.words_fr import FRENCH

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)


@dataclass(frozen=True)
class Moment:
    """A date and wall-clock time in the user's zone, as a reason shows it."""

    local: datetime


@dataclass(frozen=True)
class Joined:
    """Texts shown one after the other, separated by ", "."""

    items: tuple[str, ...]


class Msg(str):
    msgid: str
    args: Mapping[str, object]

    def __new__(cls, msgid: str, **args: object) -> Msg:
        self = super().__new__(cls, _render(msgid, args, "en"))
        self.msgid = msgid
        self.args = args
        return self

    def __getnewargs_ex__(self) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (self.msgid,), dict(self.args)

    def text(self, language: Language) -> str:
        return _render(self.msgid, self.args, language)


def in_language(text: str, language: Language) -> str:
    """`text` in `language` when it is a `Msg`; any other text as it is."""
    return text.text(language) if isinstance(text, Msg) else str(text)


def _render(msgid: str, args: Mapping[str, object], language: Language) -> str:
    template = FRENCH.get(msgid, msgid) if language == "fr" else msgid
    return template.format_map({name: _shown(v, language) for name, v in args.items()})


def _shown(value: object, language: Language) -> str:
    if isinstance(value, Msg):
        return value.text(language)
    if isinstance(value, Joined):
        return ", ".join(_shown(item, language) for item in value.items)
    if isinstance(value, Moment):
        hour = f"{value.local:%H:%M}"
        day = _day(value.local.date(), language)
        return f"{day} à {hour}" if language == "fr" else f"{day} {hour}"
    if isinstance(value, date) and not isinstance(value, datetime):
        return _day(value, language)
    return str(value)


def _day(day: date, language: Language) -> str:
    if language == "fr":
        from policy.drafts.dates import long_date  # drafts import this module: no cycle

        return long_date(day, "fr")
    # English reasons keep their explicit, locale-independent form.
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
