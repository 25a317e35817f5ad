"""When the steps of section B fall due (RULES.md B1, B2, B3, B6, E5).

Decisions:
- The interview's day is its local date in the user's zone: an interview at
  18:00 in New York is on the next day in Paris, and that day counts. An
  all-day interview counts from its date (B6).
- B1: due the next business day at the morning hour; the window closes at the
  end of the second business day after the interview.
- B2 reads the A3 lines by priority (the "first of" of B2 lists alternatives):
  an answer date or delay gives the business day after it; else the process
  (short/long) gives interview day + 7/14 days; else + the default. A date
  that is not a business day moves to the next one; the hour is the morning.
- B3: the follow-up's sending (or its due, when not sent) + `call_after_days`
  calendar days; when that day is not a business day, the next one; at the
  call hour.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from policy.model import Annotations
from policy.settings import Settings
from policy.words import Msg
from policy.workdays import (
    add_business_days,
    at,
    end_of_day,
    local_date,
    next_business_day,
    on_or_next_business_day,
)

# An all-day interview has no end hour: its debrief comes at the end of the working day.
ALL_DAY_DEBRIEF_HOUR = time(18, 0)


def thank_you_due(day: date, settings: Settings) -> datetime:
    return at(next_business_day(day, settings), settings.morning_hour, settings)


def thank_you_window_end(day: date, settings: Settings) -> datetime:
    return end_of_day(add_business_days(day, 2, settings), settings)


def follow_up_day(day: date, notes: Annotations, settings: Settings) -> tuple[date, str]:
    """B2: the follow-up's day from the interview's day and its A3 lines, and why."""
    fr = settings.locale == "fr"
    if notes.answer_by is not None:
        by = notes.answer_by
        line = f"Réponse avant le {by:%d/%m}" if fr else f"Answer by: {by}"
        return next_business_day(notes.answer_by, settings), Msg(
            "the business day after the announced answer date ({line})", line=line
        )
    if notes.answer_within_days is not None:
        n = notes.answer_within_days
        line = f"Réponse : sous {n} jours" if fr else f"Answer within: {n} days"
        return next_business_day(day + timedelta(days=n), settings), Msg(
            "the business day after the announced delay of {n} days ({line})", n=n, line=line
        )
    if notes.process is not None:
        long = notes.process == "long"
        n = settings.follow_up_long_days if long else settings.follow_up_short_days
        word = {"long": "long", "short": "court"}[notes.process] if fr else notes.process
        line = f"Processus : {word}" if fr else f"Process: {word}"
        return on_or_next_business_day(day + timedelta(days=n), settings), Msg(
            "{n} days after the interview ({line})", n=n, line=line
        )
    n = settings.follow_up_days
    return on_or_next_business_day(day + timedelta(days=n), settings), Msg(
        "{n} days after the interview (no answer delay noted)", n=n
    )


def call_due(follow_up: datetime, settings: Settings) -> datetime:
    base = local_date(follow_up, settings) + timedelta(days=settings.call_after_days)
    return at(on_or_next_business_day(base, settings), settings.call_hour, settings)

