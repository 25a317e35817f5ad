"""Dates as a French or English reader expects them, through Babel.

"lundi 7 décembre" / "Monday 7 December"; the year is added when the date is
not in the year the text is written (or when that year is unknown), so a
re-application six months later still says which December it means.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date

from policy.model import Language

_LOCALES: dict[Language, str] = {"fr": "fr_FR", "en": "en_GB"}


def long_date(day: date, language: Language, written_on: date | None = None) -> str:
    """'lundi 7 décembre 2026', without the year when written the same year."""
    # French writes the first of the month as an ordinal: "lundi 1er mars".
    pattern = "EEEE d'er' MMMM" if language == "fr" and day.day == 1 else "EEEE d MMMM"
    if written_on is None or written_on.year != day.year:
        pattern += " y"
    return str(format_date(day, pattern, locale=_LOCALES[language]))


def date_and_time(moment: datetime, language: Language) -> str:
    """'lundi 7 décembre 2026 à 09:00' / 'Monday 7 December 2026 at 09:00'."""
    day = long_date(moment.date(), language)
    hour = f"{moment:%H:%M}"  # the moment is already in the user's zone
    joiner = "à" if language == "fr" else "at"
    return f"{day} {joiner} {hour}"
