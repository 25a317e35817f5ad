"""Who wrote to whom, and when, for one application (RULES.md B4, B5, C1, D5).

Decisions:
- Only messages matched to the application (``application_key``) and dated
  after the start of its first interview are read (C1).
- Round r covers the time from the start of interview r to the start of
  interview r+1; a message belongs to the round whose period holds its date.
- An interview without an end lasts one hour; an all-day interview ends at the
  end of its last day (the ICS end date is exclusive).
- A user's outbound message is a contact attempt when it goes to one of the
  application's contact addresses or to their domain (webmail domains aside:
  a recruiter writing from gmail.com does not make every gmail.com address a
  contact); when the application knows no
  address at all, any outbound message matched to it counts.
- An outbound message carrying ``relance_key`` is the draft relance wrote for
  that step, sent: it counts once, together with the ledger's SENT entry of
  the same key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from policy.model import Application, Direction, Interview, Label, Ledger, Message, StepStatus
from policy.settings import Settings
from policy.workdays import at, end_of_day

_DEFAULT_LENGTH = timedelta(hours=1)


def interview_start(interview: Interview, settings: Settings) -> datetime:
    start = interview.event.start
    return start if isinstance(start, datetime) else at(start, time(0, 0), settings)


def interview_end(interview: Interview, settings: Settings) -> datetime:
    event = interview.event
    start, end = event.start, event.end
    if isinstance(start, datetime):
        return end if isinstance(end, datetime) and end > start else start + _DEFAULT_LENGTH
    if end is not None and not isinstance(end, datetime) and end > start:
        return end_of_day(end - timedelta(days=1), settings)
    return end_of_day(start, settings)


@dataclass(frozen=True)
class RoundPeriod:
    number: int  # 1-based
    interview: Interview
    start: datetime
    end: datetime  # end of the interview
    until: datetime | None  # start of the next round, if any

    def holds(self, moment: datetime) -> bool:
        return moment >= self.start and (self.until is None or moment < self.until)


def round_periods(application: Application, settings: Settings) -> tuple[RoundPeriod, ...]:
    starts = [interview_start(i, settings) for i in application.interviews]
    return tuple(
        RoundPeriod(
            number=n + 1,
            interview=interview,
            start=starts[n],
            end=interview_end(interview, settings),
            until=starts[n + 1] if n + 1 < len(starts) else None,
        )
        for n, interview in enumerate(application.interviews)
    )


def application_messages(
    application: Application, messages: Sequence[Message], settings: Settings
) -> tuple[Message, ...]:
    """The application's messages that count (C1), oldest first."""
    if not application.interviews:
        return ()
    first = min(interview_start(i, settings) for i in application.interviews)
    mine = [m for m in messages if m.application_key == application.key and m.date > first]
    return tuple(sorted(mine, key=lambda m: (m.date, m.id)))


def inbound_replies(messages: Sequence[Message]) -> tuple[Message, ...]:
    """Inbound messages with a label that has an effect (C2: `other` has none)."""
    return tuple(
        m for m in messages
        if m.direction is Direction.INBOUND
        and m.classification is not None
        and m.classification.label is not Label.OTHER
    )


def is_contact_attempt(message: Message, application: Application, settings: Settings) -> bool:
    if message.direction is not Direction.OUTBOUND:
        return False
    addresses = {c.email.lower() for c in application.contacts if c.email}
    for interview in application.interviews:
        addresses |= {c.email.lower() for c in interview.contacts if c.email}
    if not addresses:
        return True
    webmail = set(settings.webmail_domains)
    domains = {a.rsplit("@", 1)[-1] for a in addresses} - webmail
    return any(
        r.email.lower() in addresses or r.email.lower().rsplit("@", 1)[-1] in domains
        for r in message.recipients
    )


def user_attempts(
    messages: Sequence[Message], application: Application, settings: Settings
) -> tuple[Message, ...]:
    return tuple(m for m in messages if is_contact_attempt(m, application, settings))


def sent_keys(
    application: Application, ledger: Ledger, messages: Sequence[Message]
) -> frozenset[str]:
    """Keys of steps whose draft the user sent: ledger SENT entries and X-Relance-Key mail."""
    from_ledger = {
        e.key for e in ledger.for_application(application.key) if e.status is StepStatus.SENT
    }
    from_mail = {
        m.relance_key for m in messages
        if m.direction is Direction.OUTBOUND and m.relance_key is not None
    }
    return frozenset(from_ledger | from_mail)


def sent_at(key: str, messages: Sequence[Message]) -> datetime | None:
    """When the draft of `key` was sent, if its mail is among the messages."""
    dates = [m.date for m in messages if m.relance_key == key]
    return min(dates) if dates else None
