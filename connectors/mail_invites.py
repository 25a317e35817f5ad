"""Calendar invitations carried by a mail: its `text/calendar` parts as CalendarEvents.

Google Calendar, Outlook, Calendly and Welcome to the Jungle send an
invitation, a reschedule or a cancellation as a `text/calendar` part (with
a `method` parameter), often doubled by an `.ics` attachment
(`application/ics`, `invite.ics`). Each part is read by the ICS reader of
`connectors.ics_serializer` (same zones, same faults), so an invitation
found in a mail is the same `CalendarEvent` the calendar would give for it,
with its UID and SEQUENCE, and can be told apart from it or merged with it
later (`policy.invitations`).

Decisions:
- METHOD REQUEST, PUBLISH and ADD (or none) give the event as it is; CANCEL,
  a STATUS:CANCELLED, or a title that starts with "Canceled:", "Cancelled:",
  "Annulé :", "Événement annulé :" or "Abgesagt:" give it as cancelled.
- METHOD REPLY (an attendee's answer) and COUNTER (an attendee's proposal of
  another time) do not change the interview: the agreed time comes as the
  organiser's next REQUEST, with a higher SEQUENCE. DECLINECOUNTER and
  REFRESH carry no event either.
- Bounded: at most 8 calendar parts of 1 MB each per mail, and the window
  reaches 400 days around the mail's date; a part that cannot be read is a
  Problem naming the mail, and the mail itself is still read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage, Message

from connectors.ics_serializer import IcsReading, read_events
from policy.model import CalendarEvent, Problem

MAX_PARTS = 8
MAX_BYTES = 1_000_000
_WINDOW = timedelta(days=400)
_EVENT_METHODS = frozenset({"", "REQUEST", "PUBLISH", "ADD", "CANCEL"})
_METHOD = re.compile(rb"^METHOD:([A-Za-z-]+)\s*$", re.MULTILINE)
_CANCELLED_TITLE = re.compile(
    r"^\s*(?:canceled|cancelled|annul[ée]e?|[ée]v[ée]nement annul[ée]|abgesagt|"
    r"canceled event|cancelled event|invitation annul[ée]e)\s*:",
    re.IGNORECASE,
)
CALENDAR_NAME = "mail"  # the `calendar` of an event read from a mail


def calendar_parts(email: EmailMessage) -> list[bytes]:
    """The raw iCalendar bytes of the mail's calendar parts, duplicates once."""
    found: list[bytes] = []
    for part in email.walk():
        if part.is_multipart() or not _is_calendar(part):
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip() and payload not in found:
            found.append(payload)
        if len(found) >= MAX_PARTS:
            break
    return found


def _is_calendar(part: Message) -> bool:
    kind = part.get_content_type()
    name = (part.get_filename() or "").lower()
    return kind in ("text/calendar", "application/ics") or name.endswith((".ics", ".vcs"))


def invitations_in(
    email: EmailMessage, origin: str, date: datetime, timezone: str,
    user_emails: frozenset[str],
) -> tuple[tuple[CalendarEvent, ...], list[Problem]]:
    """The events the mail's calendar parts carry (cancelled ones flagged); never raises."""
    try:
        parts = calendar_parts(email)
    except Exception as error:  # a broken MIME tree: the mail is still read without them
        return (), [Problem(origin, f"calendar parts unreadable, ignored: {type(error).__name__}")]
    reading = IcsReading(date - _WINDOW, date + _WINDOW, timezone, user_emails)
    events: dict[str, CalendarEvent] = {}
    problems: list[Problem] = []
    for data in parts:
        if len(data) > MAX_BYTES:
            problems.append(Problem(origin, f"calendar part of {len(data)} bytes: not read"))
            continue
        method = _method(data)
        if method not in _EVENT_METHODS:
            continue  # REPLY, COUNTER…: see the module's decisions
        found, faults = read_events(data, f"{origin} (invitation)", reading, CALENDAR_NAME)
        problems.extend(Problem(origin, f"invitation: {p.what}") for p in faults)
        for event in found:
            if method == "CANCEL" or _CANCELLED_TITLE.match(event.title):
                event = replace(event, cancelled=True)
            known = events.get(event.source_id)
            if known is None or (event.revision, event.cancelled) >= (
                known.revision, known.cancelled
            ):
                events[event.source_id] = event
    return tuple(events.values()), problems


def _method(data: bytes) -> str:
    found = _METHOD.search(data.replace(b"\r\n", b"\n"))
    return found.group(1).decode("ascii").upper() if found else ""
