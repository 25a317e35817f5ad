"""Reading the value of an A3 answer line: a date ("avant le 15/12") or a delay ("sous 10 jours").

Decisions (RULES.md A3, "never guessed"):
- Numeric dates follow the user's locale: `fr` reads 15/12 as day/month. In
  `en`, 12/15 and 15/12 are both unambiguous and accepted; a date such as
  05/06, readable either way, is refused with a hint to write 2026-06-05 or
  "5 June". ISO dates (2026-12-15) and month names (fr or en) are read in both.
- A date without a year is the next occurrence on or after the interview's day
  (an interview on 20 December with "avant le 5/01" means 5 January next year).
- A delay becomes calendar days: weeks x 7, months x 30, hours rounded up to
  days, business days widened to calendar days (n + 2 per started week) so a
  follow-up is never early. A range ("10 à 15 jours", "1-2 weeks") takes its
  upper bound: following up before the announced range ends would be early.
  When a line gives a date, any number of hours or days beside it is ignored.
- A weekday ("d'ici vendredi", "by Friday") is the first such day after the
  interview's day; "semaine prochaine"/"next week" ends on the Friday of the
  following week; "fin de semaine"/"end of the week" on the coming Friday;
  "fin du mois"/"end of the month" on the month's last day; a month alone
  ("fin janvier", "courant mars", "in May") on that month's last day.
- A date with its year that falls before the interview is refused: a typo is
  likelier than an answer announced for the past.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from policy.model import Language


class Unreadable(ValueError):
    """The value cannot be read; the message says why, for the user."""


@dataclass(frozen=True)
class AnswerDelay:
    answer_by: date | None = None
    within_days: int | None = None


_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
_NUMBER = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_UNITS = (
    (r"jours?\s+ouvr(?:e|able)s?|business\s+days?|working\s+days?", "business"),
    (r"jours?|j|days?|d", "days"),
    (r"semaines?|sem|weeks?|wks?|w", "weeks"),
    (r"mois|months?", "months"),
    (r"heures?|h|hours?|hrs?", "hours"),
)
_UNIT = "|".join(f"(?P<{name}>{pattern})" for pattern, name in _UNITS)
_DURATION = re.compile(
    rf"\b(?:(?P<low>{_NUMBER})\s*(?:a|-|to|ou|or)\s*)?(?P<count>{_NUMBER})\s*(?:{_UNIT})\b"
)
_DAY_PLUS = re.compile(r"\b[jd]\s*\+\s*(\d{1,3})\b")  # "J+10": ten days after the interview
_IDIOMS = {"huitaine": 7, "quinzaine": 14, "fortnight": 14}

_MONTHS = {
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "jan": 1, "february": 2,
    "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
    "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2}))?\b")
_DAY_MONTH = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s*(?:of\s+)?(?P<m>{_MONTH})\b\.?(?:\s+(?P<y>\d{{4}}))?"
)
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{_MONTH})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?"
)
_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_NEXT_WEEK = re.compile(r"\bsemaine prochaine\b|\bnext week\b")
_END_OF_WEEK = re.compile(
    r"\bfin de (?:la )?semaine\b|\bend of (?:the )?week\b|\bdans la semaine\b"
    r"|\bcette semaine\b|\bthis week\b"
)
_WHOLE_MONTH = re.compile(
    rf"\b(?:fin|courant|en|dans le mois|end of|in|during)\s+(?:de\s+|d'|du mois de\s+)?"
    rf"(?P<m>{_MONTH})\b(?:\s+(?P<y>\d{{4}}))?"
)
_END_OF_MONTH = re.compile(r"\bfin (?:du|de) mois\b|\bend of (?:the )?month\b")


def read_answer_delay(value: str, interview_day: date, locale: Language) -> AnswerDelay:
    """Read a folded value (see `policy.text.fold`); raise Unreadable when nothing is there."""
    answer_by = _read_date(value, interview_day, locale)
    # A date wins: "le 15/12 à 12h" is a date and a time of day, not a 12-hour delay.
    within = _read_duration(value) if answer_by is None else None
    if answer_by is None and within is None:
        raise Unreadable("no date or delay found in it")
    return AnswerDelay(answer_by=answer_by, within_days=within)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _read_duration(value: str) -> int | None:
    if offset := _DAY_PLUS.search(value):
        return int(offset.group(1))
    match = _DURATION.search(value)
    if match is None:
        return next((days for idiom, days in _IDIOMS.items() if idiom in value), None)
    count = _number(match["count"])
    if match["business"]:
        return count + 2 * math.ceil(count / 5)
    if match["weeks"]:
        return count * 7
    if match["months"]:
        return count * 30
    if match["hours"]:
        return max(1, math.ceil(count / 24))
    return count


def _read_date(value: str, day: date, locale: Language) -> date | None:
    if match := _ISO.search(value):
        return _make(int(match["y"]), int(match["m"]), int(match["d"]), day)
    if match := _NUMERIC.search(value):
        first, second = int(match["a"]), int(match["b"])
        dd, mm = _day_month(first, second, locale, match.group(0))
        return _make(_year(match["y"]), mm, dd, day)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        if match := pattern.search(value):
            return _make(_year(match["y"]), _MONTHS[match["m"]], int(match["d"]), day)
    return _read_relative_day(value, day)


def _day_month(first: int, second: int, locale: Language, text: str) -> tuple[int, int]:
    if locale == "fr" or first > 12 or first == second:
        return first, second
    if second > 12:
        return second, first
    raise Unreadable(
        f'"{text}" could be day/month or month/day: write it as 2026-12-05 or "5 December"'
    )


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _make(year: int | None, month: int, day_of_month: int, interview_day: date) -> date:
    if not 1 <= month <= 12 or not 1 <= day_of_month <= 31:
        raise Unreadable(f"{day_of_month}/{month} is not a date")
    if year is not None:
        try:
            stated = date(year, month, day_of_month)
        except ValueError:
            raise Unreadable(f"{day_of_month}/{month}/{year} is not a date") from None
        if stated < interview_day:
            raise Unreadable(f"{stated.isoformat()} is before the interview")
        return stated
    # No year: the next occurrence on or after the interview (29/02 may skip to a leap year).
    for candidate_year in range(interview_day.year, interview_day.year + 9):
        try:
            candidate = date(candidate_year, month, day_of_month)
        except ValueError:
            continue
        if candidate >= interview_day:
            return candidate
    raise Unreadable(f"{day_of_month}/{month} is not a date")


def _read_relative_day(value: str, day: date) -> date | None:
    if _NEXT_WEEK.search(value):
        return day + timedelta(days=7 - day.weekday() + 4)
    if _END_OF_WEEK.search(value):
        ahead = (4 - day.weekday()) % 7
        return day + timedelta(days=ahead)
    if match := _WHOLE_MONTH.search(value):
        month = _MONTHS[match["m"]]
        year = _year(match["y"]) or (day.year if month >= day.month else day.year + 1)
        return _make(year, month, calendar.monthrange(year, month)[1], day)
    if _END_OF_MONTH.search(value):
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if match := _WEEKDAY.search(value):
        ahead = (_WEEKDAYS[match.group(1)] - day.weekday()) % 7 or 7
        return day + timedelta(days=ahead)
    return None
