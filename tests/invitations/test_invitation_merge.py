"""policy.invitations: one event counted once, whichever source holds it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from connectors.ics_serializer import IcsReading, read_events
from connectors.mail_invites import invitations_in
from connectors.mime import MailReading, read_message
from policy.invitations import with_invitations
from policy.model import (
    Address,
    Annotations,
    Application,
    Attendee,
    CalendarEvent,
    Direction,
    Message,
)
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
SETTINGS = Settings(user_emails=("camille@example.org",))
START = datetime(2026, 12, 10, 14, 0, tzinfo=PARIS)
APP = Application(key="acme", company="ACME", interviews=(), contacts=(), language=None,
                  annotations=Annotations())


def event(revision: int = 0, **fields: object) -> CalendarEvent:
    base = CalendarEvent(
        source_id="uid-1", uid="uid-1", title="Entretien 2e tour", start=START,
        organizer=Attendee("jeanne@acme.fr", "Jeanne"), revision=revision, origin="mail",
    )
    return replace(base, **fields)  # type: ignore[arg-type]


def mail(*events: CalendarEvent, key: str | None = "acme", day: int = 4,
         direction: Direction = Direction.INBOUND) -> Message:
    return Message(
        id=f"m-{day}-{len(events)}", thread_id=None, sender=Address("jeanne@acme.fr"),
        recipients=(), date=datetime(2026, 12, day, 10, tzinfo=PARIS), direction=direction,
        application_key=key, invitations=events,
    )


def test_the_higher_revision_wins_and_the_users_notes_stay() -> None:
    calendar = event(source_id="google-id-9", description="Réponse : sous 5 jours",
                     calendar="primary")
    moved = event(revision=2, start=START.replace(day=11), description="Nouvel horaire")
    [merged] = with_invitations([calendar], [mail(moved)], [APP], SETTINGS)
    assert merged.start == START.replace(day=11) and merged.source_id == "google-id-9"
    assert merged.description == "Réponse : sous 5 jours" and merged.calendar == "primary"
    [kept] = with_invitations([calendar], [mail(event(revision=0))], [APP], SETTINGS)
    assert kept is calendar  # same revision: the calendar's copy
    declined = replace(calendar, declined_by_user=True)
    [merged] = with_invitations([declined], [mail(moved)], [APP], SETTINGS)
    assert merged.declined_by_user  # the user's no stays a no


def test_a_cancellation_wins_at_equal_revision_and_a_later_mail_over_an_earlier() -> None:
    [cancelled] = with_invitations([event()], [mail(event(cancelled=True))], [APP], SETTINGS)
    assert cancelled.cancelled
    early, late = mail(event(revision=1), day=4), mail(event(revision=1, cancelled=True), day=7)
    # Whatever order the mailbox lists them in, the cancellation wins: nothing is left.
    assert with_invitations([], [late, early], [APP], SETTINGS) == []
    assert with_invitations([], [early, late], [APP], SETTINGS) == []
    invited_again = mail(event(revision=2, start=START.replace(day=15)), day=8)
    [merged] = with_invitations([], [invited_again, late, early], [APP], SETTINGS)
    assert merged.start == START.replace(day=15) and not merged.cancelled


def test_only_inbound_mail_of_a_known_application_counts() -> None:
    for message in (mail(event(), key=None), mail(event(), key="globex"),
                    mail(event(), direction=Direction.OUTBOUND)):
        assert with_invitations([], [message], [APP], SETTINGS) == []


def test_an_invitation_the_calendar_lacks_is_tied_to_its_application() -> None:
    [added] = with_invitations([], [mail(event(description="Visio"))], [APP], SETTINGS)
    assert added.description == "Visio\\nEntreprise : ACME".replace("\\n", "\n")
    english = replace(APP, title_language="en")
    [added] = with_invitations([], [mail(event())], [english], SETTINGS)
    assert added.description == "Company: ACME"


SERIES = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
BEGIN:VEVENT\r
UID:series-77\r
DTSTART;TZID=Europe/Paris:20261207T100000\r
DTEND;TZID=Europe/Paris:20261207T110000\r
RRULE:FREQ=WEEKLY;COUNT=3\r
SUMMARY:Entretien - cas pratique ACME\r
ORGANIZER:mailto:jeanne@acme.fr\r
SEQUENCE:0\r
END:VEVENT\r
END:VCALENDAR\r
"""
ONE_CANCELLED = b"""BEGIN:VCALENDAR\r
METHOD:CANCEL\r
PRODID:Microsoft Exchange Server 2010\r
VERSION:2.0\r
BEGIN:VEVENT\r
UID:series-77\r
RECURRENCE-ID;TZID=Europe/Paris:20261214T100000\r
DTSTART;TZID=Europe/Paris:20261214T100000\r
DTEND;TZID=Europe/Paris:20261214T110000\r
SUMMARY:Canceled: Entretien - cas pratique ACME\r
ORGANIZER:mailto:jeanne@acme.fr\r
STATUS:CANCELLED\r
SEQUENCE:1\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_mail_cancelling_one_instance_of_a_series_cancels_that_instance_only() -> None:
    reading = IcsReading(datetime(2026, 12, 1, tzinfo=PARIS), datetime(2027, 1, 1, tzinfo=PARIS))
    calendar, _ = read_events(SERIES, "work.ics", reading)
    email = EmailMessage()
    email["From"] = "jeanne@acme.fr"
    email.set_content("Canceled.")
    email.add_alternative(ONE_CANCELLED, maintype="text", subtype="calendar",
                          params={"method": "CANCEL"})
    found, problems = invitations_in(email, "inbox/1", datetime(2026, 12, 9, tzinfo=PARIS),
                                     "Europe/Paris", frozenset())
    assert problems == [] and len(found) == 1 and found[0].cancelled
    merged = with_invitations(calendar, [mail(*found)], [APP], SETTINGS)
    assert [(e.start.day, e.cancelled) for e in merged] == [(7, False), (14, True), (21, False)]


def test_a_broken_calendar_part_is_reported_and_the_mail_still_read() -> None:
    raw = (b"From: jeanne@acme.fr\r\nTo: camille@example.org\r\nSubject: Invitation\r\n"
           b"Date: Fri, 04 Dec 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
           b"Content-Type: text/plain\r\n\r\nVoici l'invitation.\r\n--b\r\n"
           b"Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\n"
           b"BEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VCALENDAR\r\n--b--\r\n")
    message, problems = read_message(raw, "inbox/7", "7", MailReading())
    assert message is not None and message.invitations == ()
    assert message.text.startswith("Voici l'invitation.")
    assert problems and all(p.where == "inbox/7" and "invitation" in p.what for p in problems)
