"""Invitations found in mail, merged with the calendar (RULES.md A1, A5, E3).

An invitation, a reschedule or a cancellation that reaches the user as a
`text/calendar` part of a mail (`Message.invitations`) updates the
applications as if the calendar held it: a new round, a moved interview, a
cancelled one (its pending steps become moot, E3).

Decisions:
- Trust: only invitations in inbound mail matched to an application (C1:
  its contact, its company domain, its thread, or an applicant-tracking
  system naming the company) are read. An invitation in any other mail does
  not create an application: anyone can mail an invitation, and an
  application that nobody accepted would bring drafts to strangers. A new
  application starts from the user's calendar (accepting an invitation puts
  it there).
- One event, counted once: an invitation is the same event as a calendar
  event with the same UID (Google: iCalUID; a recurring instance: the same
  instance id). The higher SEQUENCE wins; at equal SEQUENCE a cancellation
  wins, then the calendar's copy (the user may have edited it). Between
  mails, the higher SEQUENCE, then the later mail, wins.
- A mail that only cancels interviews is never read as good news (a holding
  or next-step label becomes `other`): "Annulé : second entretien" is no
  invitation. A refusal in the cancellation's note stays a refusal.
- A mail relayed by a robot (Calendly's notifications address, a tracking
  system) is matched (C1) as if its invitation's organiser had sent it.
- When a mail's newer revision wins over the calendar's copy, its time,
  title, status and people are taken, but the calendar's description and
  calendar name are kept (the user's A3 lines live there), and so is the
  user's refusal of it (declined stays declined).
- An invitation from mail that the calendar lacks is tied to the mail's
  application: when it names no company itself, the application's company
  is given as its `Entreprise` / `Company` line (in the application's
  language), so a "Second round" invitation from a scheduling service joins
  the application instead of starting another.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from policy.annotations import parse_annotations
from policy.model import (
    Address,
    Application,
    CalendarEvent,
    Classification,
    Direction,
    Label,
    Message,
)
from policy.personal import is_personal
from policy.settings import Settings


def identity(event: CalendarEvent) -> str:
    """What makes two copies of one event the same, whichever source read them."""
    if "/" in event.source_id and event.uid and event.source_id.startswith(event.uid):
        return event.source_id  # one instance of a recurring series: uid/instance
    return event.uid or event.source_id


def with_invitations(
    events: Sequence[CalendarEvent], messages: Iterable[Message],
    applications: Sequence[Application], settings: Settings,
) -> list[CalendarEvent]:
    """The calendar's events, updated and completed by the invitations of matched mail."""
    companies = {a.key: a for a in applications}
    invited: dict[str, CalendarEvent] = {}
    for message in sorted(messages, key=lambda m: (m.date, m.id)):
        key = message.application_key
        if key not in companies or message.direction is not Direction.INBOUND:
            continue
        for event in message.invitations:
            tied = _tied(event, companies[key], settings)
            known = invited.get(identity(event))
            if known is None or _rank(tied) >= _rank(known):
                invited[identity(event)] = tied
    if not invited:
        return list(events)
    merged: list[CalendarEvent] = []
    for event in events:
        mail = invited.pop(identity(event), None)
        merged.append(event if mail is None else _newer(event, mail))
    # Cancelled invitations for an event the calendar never had change nothing.
    return merged + [e for e in invited.values() if not e.cancelled]


def matching_view(message: Message, settings: Settings) -> Message:
    """The message as C1 matching should see it: an invitation relayed by a robot
    (Calendly's notifications@…, a tracking system) is from its organiser."""
    if not message.invitations or is_personal(message.sender.email, settings):
        return message
    organiser = next(
        (e.organizer for e in message.invitations
         if e.organizer is not None and is_personal(e.organizer.email, settings)),
        None,
    )
    if organiser is None:
        return message
    return replace(message, sender=Address(organiser.email, organiser.name))


_GOOD_NEWS = (Label.POSITIVE_NEXT_STEP, Label.HOLDING)


def invitation_label(message: Message, found: Classification) -> Classification:
    """A mail that only cancels interviews is no good news, whatever its words say
    ("Annulé : second entretien" reads as a next step): its effect is the cancelled
    interview (E3). A refusal written in the cancellation note stays a refusal."""
    cancels = bool(message.invitations) and all(e.cancelled for e in message.invitations)
    if not cancels or found.label not in _GOOD_NEWS:
        return found
    return replace(found, label=Label.OTHER, stated_date=None, reasons=(
        "other: a calendar cancellation (its interview is cancelled, E3)",
    ))


def _rank(event: CalendarEvent) -> tuple[int, bool]:
    return event.revision, event.cancelled


def _newer(calendar: CalendarEvent, mail: CalendarEvent) -> CalendarEvent:
    if _rank(mail) <= _rank(calendar):
        return calendar
    return replace(
        mail, source_id=calendar.source_id, description=calendar.description,
        calendar=calendar.calendar, origin=f"{mail.origin}, updating {calendar.origin}",
        declined_by_user=calendar.declined_by_user or mail.declined_by_user,
    )


def _tied(event: CalendarEvent, application: Application, settings: Settings) -> CalendarEvent:
    notes, _ = parse_annotations(event, settings)
    if notes.company:
        return event
    english = (application.language or application.title_language) == "en"
    line = f"{'Company:' if english else 'Entreprise :'} {application.company}"
    description = f"{event.description}\n{line}" if event.description else line
    return replace(event, description=description)
