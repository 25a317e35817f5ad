"""Words for the reasons of steps (RULES.md F4): which rule, which line, which message.

Reasons are written in English with explicit dates ("Friday 4 December
2026"), independent of the machine's locale, so that two runs give the same
text.
"""

from __future__ import annotations

from datetime import date, datetime

from policy.model import Interview, Message
from policy.settings import Settings
from policy.workdays import local_date, user_zone

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)


def day_text(day: date) -> str:
    return f"{_DAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def moment_text(moment: datetime, settings: Settings) -> str:
    local = moment.astimezone(user_zone(settings))
    return f"{day_text(local.date())} {local:%H:%M}"


def interview_text(interview: Interview, settings: Settings) -> str:
    start = interview.event.start
    when = moment_text(start, settings) if isinstance(start, datetime) else day_text(start)
    return f'interview "{interview.event.title}" of {when}'


def message_text(message: Message, settings: Settings) -> str:
    subject = message.subject or "(no subject)"
    day = day_text(local_date(message.date, settings))
    return f'message "{subject}" from {message.sender.email} of {day}'
