"""Rooms stay identifiable from every calendar source (Attendee.cutype), with the UID."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from connectors.google.calendar_serializer import event_from_json
from connectors.ics_serializer import IcsReading, read_events

PARIS = ZoneInfo("Europe/Paris")
ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r
BEGIN:VEVENT\r
UID:tb-77@acme.fr\r
DTSTART;TZID=Europe/Paris:20261204T140000\r
DTEND;TZID=Europe/Paris:20261204T150000\r
SUMMARY:Entretien - Acme\r
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Salle 3:mailto:salle3@acme.fr\r
ATTENDEE;CUTYPE=INDIVIDUAL;CN=Jeanne:mailto:jeanne@acme.fr\r
SEQUENCE:3\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_the_ics_reader_keeps_cutype_uid_and_sequence() -> None:
    reading = IcsReading(datetime(2026, 1, 1, tzinfo=PARIS), datetime(2027, 1, 1, tzinfo=PARIS))
    [event], problems = read_events(ICS, "work.ics", reading)
    assert problems == []
    assert [(a.email, a.cutype) for a in event.attendees] == [
        ("salle3@acme.fr", "ROOM"), ("jeanne@acme.fr", "INDIVIDUAL"),
    ]
    assert event.uid == "tb-77@acme.fr" and event.revision == 3


def test_google_resources_read_as_resource_with_the_ical_uid() -> None:
    item = {
        "id": "6qk3f0b1", "iCalUID": "040000008200E00074C5B7101A82E008@outlook", "sequence": 2,
        "summary": "Entretien - Acme", "status": "confirmed",
        "start": {"dateTime": "2026-12-04T14:00:00+01:00", "timeZone": "Europe/Paris"},
        "end": {"dateTime": "2026-12-04T15:00:00+01:00", "timeZone": "Europe/Paris"},
        "attendees": [
            {"email": "c_1883@resource.calendar.google.com", "displayName": "Paris-3-Seine (8)",
             "resource": True, "responseStatus": "accepted"},
            {"email": "jeanne@acme.fr", "displayName": "Jeanne", "responseStatus": "accepted"},
        ],
    }
    event = event_from_json(item, "primary")
    assert [a.cutype for a in event.attendees] == ["RESOURCE", ""]
    assert event.uid == "040000008200E00074C5B7101A82E008@outlook" and event.revision == 2
