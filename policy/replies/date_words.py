"""The words of dates (months, weekdays, numbers, quarters) and the resolvers of
the week, working-day and quarter forms that dates.py matches."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1, "fevrier": 2, "fevr": 2, "fev": 2,
    "february": 2, "feb": 2, "mars": 3, "march": 3, "mar": 3, "avril": 4, "avr": 4, "april": 4,
    "apr": 4, "mai": 5, "may": 5, "juin": 6, "june": 6, "jun": 6, "juillet": 7, "juil": 7,
    "july": 7, "jul": 7, "aout": 8, "august": 8, "aug": 8, "septembre": 9, "sept": 9,
    "september": 9, "sep": 9, "octobre": 10, "oct": 10, "october": 10, "novembre": 11, "nov": 11,
    "november": 11, "decembre": 12, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante-huit": 48, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty-eight": 48,
    "a couple of": 2, "couple of": 2,
}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def weekday_next_week(m: re.Match[str], today: date) -> date | None:
    """"Vendredi de la semaine prochaine", "mardi en huit", "Friday of next week"."""
    monday = today + timedelta(days=7 - today.weekday())
    return monday + timedelta(days=WEEKDAYS[m[1] or m[2] or m[3]])


def business_days(m: re.Match[str], today: date) -> date | None:
    """"Sous 10 jours ouvrés": weekends skipped (public holidays are not known here)."""
    left, day = int(m[1]) if m[1].isdigit() else NUMBERS[m[1]], today
    while left > 0:
        day += timedelta(days=1)
        left -= day.weekday() < 5
    return day


_QUARTERS = {"q1": 1, "q2": 2, "q3": 3, "q4": 4, "premier": 1, "1er": 1, "first": 1,
             "deuxieme": 2, "second": 2, "2e": 2, "2nd": 2, "troisieme": 3, "third": 3, "3e": 3,
             "3rd": 3, "quatrieme": 4, "dernier": 4, "fourth": 4, "last": 4, "4e": 4, "4th": 4}


def quarter_end(m: re.Match[str], today: date) -> date | None:
    """"Au deuxième trimestre", "in Q2": the quarter's last day, this year or next."""
    last = _month_end(today.year, 3 * _QUARTERS[m[1] or m[2] or m[3]])
    return last if last >= today else _month_end(today.year + 1, last.month)
