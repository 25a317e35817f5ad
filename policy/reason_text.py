"""Words for the reasons of steps (RULES.md F4): which rule, which line, which message.

Reasons are `policy.words.Msg` values: English with explicit dates ("Friday
4 December 2026"), independent of the machine's locale, so that two runs give
the same text, and French from the catalogue for a French application.
"""

from __future__ import annotations

from datetime import date, datetime

from policy.model import Interview, Message
from policy.settings import Settings
from policy.words import Moment, Msg
from policy.workdays import local_date, user_zone


def day_text(day: date) -> Msg:
    return Msg("{day}", day=day)


def moment_text(moment: datetime, settings: Settings) -> Msg:
    return Msg("{moment}", moment=Moment(moment.astimezone(user_zone(settings))))


def interview_text(interview: Interview, settings: Settings) -> Msg:
    start = interview.event.start
    when = moment_text(start, settings) if isinstance(start, datetime) else day_text(start)
    return Msg('interview "{title}" of {when}', title=interview.event.title, when=when)


def message_text(message: Message, settings: Settings) -> Msg:
    subject: str = message.subject or Msg("(no subject)")
    day = local_date(message.date, settings)
    return Msg('message "{subject}" from {sender} of {day}', subject=subject,
               sender=message.sender.email, day=day)
