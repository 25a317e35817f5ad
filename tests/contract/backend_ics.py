"""The iCalendar backend: the user's .ics folder as source, relance's own file as sink."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from backends import CalendarBackend, register_calendar
from icalendar import Calendar, Event

from connectors.ics_sink import IcsEventSink
from connectors.ics_source import IcsCalendarSource

STAMP = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@dataclass
class IcsUser:
    """Edits relance's file and the user's input folder directly, as a text editor would."""

    sink_file: Path
    input_dir: Path

    def _own(self) -> Calendar:
        return Calendar.from_ical(self.sink_file.read_bytes())

    def _matching(self, calendar: Calendar, key: str) -> list[Event]:
        return [c for c in calendar.walk("VEVENT") if str(c.get("X-RELANCE-KEY")) == key]

    def edit_event(self, key: str, title: str) -> None:
        calendar = self._own()
        for event in self._matching(calendar, key):
            event["SUMMARY"] = title
        self.sink_file.write_bytes(calendar.to_ical())

    def delete_event(self, key: str) -> None:
        calendar = self._own()
        doomed = self._matching(calendar, key)
        calendar.subcomponents = [c for c in calendar.subcomponents if c not in doomed]
        self.sink_file.write_bytes(calendar.to_ical())

    def count_events(self, key: str) -> int:
        if not self.sink_file.exists():
            return 0
        return len(self._matching(self._own(), key))

    def add_event(self, uid: str, title: str, start: datetime, end: datetime) -> None:
        calendar = Calendar()
        calendar.add("PRODID", "-//test//user//EN")
        calendar.add("VERSION", "2.0")
        event = Event()
        event.add("UID", uid)
        event.add("DTSTAMP", STAMP)
        event.add("SUMMARY", title)
        event.add("DTSTART", start)
        event.add("DTEND", end)
        calendar.add_component(event)
        calendar.add_missing_timezones()
        (self.input_dir / f"{uid}.ics").write_bytes(calendar.to_ical())


@register_calendar("ics")
def ics_calendar(tmp: Path) -> Iterator[CalendarBackend]:
    input_dir = tmp / "calendar"
    input_dir.mkdir()
    sink_file = tmp / "out" / "relance.ics"
    source = IcsCalendarSource(
        input_dir,
        window_start=datetime(2026, 9, 1, tzinfo=UTC),
        window_end=datetime(2027, 3, 1, tzinfo=UTC),
        timezone="Europe/Paris",
        user_emails=("me@example.org",),
    )
    sink = IcsEventSink(sink_file, clock=lambda: STAMP, timezone="Europe/Paris")
    yield CalendarBackend(source=source, sink=sink, user=IcsUser(sink_file, input_dir))
