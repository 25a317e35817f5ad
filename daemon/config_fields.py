"""The checks of configuration values: each returns the value or says why not.

A check never raises: it answers `(value, None)` or `(None, "expected …, got
…")`, so that the loader collects every problem of a file before stopping.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

Outcome = tuple[object, str | None]
Check = Callable[[object], Outcome]

LANGUAGES = ("fr", "en")


def shown(value: object) -> str:
    """A value as the user typed it in TOML, for error messages."""
    try:
        return json.dumps(value, ensure_ascii=False, default=str)
    except ValueError:
        return repr(value)


def _wrong(expected: str, value: object) -> Outcome:
    return None, f"expected {expected}, got {shown(value)}"


def text(value: object) -> Outcome:
    return (value, None) if isinstance(value, str) else _wrong("a string", value)


def boolean(value: object) -> Outcome:
    return (value, None) if isinstance(value, bool) else _wrong("true or false", value)


# No count of days, minutes or seconds of the rulebook or the daemon is meaningful
# past ten years' worth; a larger one overflows the date arithmetic downstream.
MAXIMUM = 3650


def _integer(value: object, minimum: int, expected: str) -> Outcome:
    if isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= MAXIMUM:
        return value, None
    if isinstance(value, int) and not isinstance(value, bool) and value > MAXIMUM:
        return _wrong(f"at most {MAXIMUM} (ten years of days)", value)
    return _wrong(expected, value)


def positive_int(value: object) -> Outcome:
    return _integer(value, 1, "a positive integer")


def non_negative_int(value: object) -> Outcome:
    return _integer(value, 0, "an integer >= 0")


def probability(value: object) -> Outcome:
    """A number between 0 and 1: 0.7, or 0 (never ask) and 1 (always ask)."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value), None
    return _wrong("a number between 0 and 1, like 0.7", value)


def minutes_or_off(value: object) -> Outcome:
    """An alarm: minutes before the start (0: at the start), or "off" (None)."""
    if value == "off" or value is False:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return _wrong('minutes >= 0, or "off"', value)
    return value, None


def clock_time(value: object) -> Outcome:
    """"09:00" → 09:00; TOML local times (09:00:00 unquoted) are accepted too."""
    if isinstance(value, time):
        return value.replace(tzinfo=None), None
    if isinstance(value, str):
        try:
            parsed = time.fromisoformat(value)
        except ValueError:
            pass
        else:
            if parsed.tzinfo is None:
                return parsed, None
    return _wrong('a time of day like "09:00"', value)


def texts(value: object) -> Outcome:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value), None
    return _wrong("a list of strings", value)


def emails(value: object) -> Outcome:
    found, problem = texts(value)
    if problem or not isinstance(found, tuple):
        return found, problem
    bad = [v for v in found if "@" not in v]
    if bad:
        return _wrong("email addresses", bad[0])
    return tuple(v.strip().lower() for v in found), None


def choice(*options: str) -> Check:
    def check(value: object) -> Outcome:
        if value in options:
            return value, None
        return _wrong(" or ".join(shown(o) for o in options), value)

    return check


def language(value: object) -> Outcome:
    if value in LANGUAGES:
        return value, None
    return None, f"unknown language {shown(value)}: expected \"fr\" or \"en\""


def timezone(value: object) -> Outcome:
    if not isinstance(value, str):
        return _wrong('a time zone name like "Europe/Paris"', value)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return None, f'invalid time zone name {shown(value)} (expected e.g. "Europe/Paris")'
    return value, None


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(holidays.list_supported_countries())


def country(value: object) -> Outcome:
    if isinstance(value, str) and value.upper() in _countries():
        return value.upper(), None
    return None, (
        f"unknown country for public holidays {shown(value)} "
        '(expected an ISO code like "FR", "BE", "CA")'
    )
