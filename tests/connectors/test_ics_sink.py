"""relance's own .ics file: importable as is, stable, atomic, never the user's input."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from connectors.base import event_hash
from connectors.errors import UserError
from connectors.ics_sink import IcsEventSink
from connectors.ics_source import IcsCalendarSource
from policy.model import EventSpec

PARIS = ZoneInfo("Europe/Paris")
STAMP = datetime(2026, 12, 1, 7, 30, tzinfo=UTC)
START = datetime(2026, 12, 7, 9, 0, tzinfo=PARIS)
SPEC = EventSpec(
    "Relancer ACME",
    START,
    START + timedelta(minutes=15),
    "Relance prévue (B2) ; brouillon « Suite à notre entretien »",
)


def sink(path: Path) -> IcsEventSink:
    return IcsEventSink(path, clock=lambda: STAMP, timezone="Europe/Paris")


def test_the_file_is_a_calendar_other_applications_import(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    sink(file).ensure_event("acme/1/follow_up", SPEC, None)
    text = file.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    for line in (
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Paris",
        "DTSTART;TZID=Europe/Paris:20261207T090000",
        "DTSTAMP:20261201T073000Z",
        "SEQUENCE:0",
        "X-RELANCE-KEY:acme/1/follow_up",
    ):
        assert line in text.splitlines()
    assert any(line.startswith("PRODID:") for line in text.splitlines())
    [event] = Calendar.from_ical(file.read_bytes()).walk("VEVENT")
    assert str(event["UID"]).endswith("@relance")


def test_uids_are_stable_and_updates_raise_the_sequence(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    first = sink(file).ensure_event("acme/1/follow_up", SPEC, None)
    moved = EventSpec(
        SPEC.title,
        START + timedelta(days=1),
        START + timedelta(days=1, minutes=15),
        SPEC.description,
    )
    second = sink(file).ensure_event("acme/1/follow_up", moved, first)
    [event] = Calendar.from_ical(file.read_bytes()).walk("VEVENT")
    assert first.remote_id == second.remote_id == str(event["UID"])
    assert int(event["SEQUENCE"]) == 1
    assert second.content_hash == event_hash(moved)


def test_no_temporary_file_is_left_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for number in range(3):
        sink(out / "relance.ics").ensure_event(f"k{number}", SPEC, None)
    assert sorted(p.name for p in out.iterdir()) == ["relance.ics", "relance.ics.keys"]
    assert (out / "relance.ics").stat().st_mode & 0o077 == 0


def test_a_hand_broken_file_is_reported_and_left_alone(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    file.write_bytes(b"my notes, not a calendar")
    with pytest.raises(UserError, match=r"relance\.ics"):
        sink(file).ensure_event("acme/1/follow_up", SPEC, None)
    assert file.read_bytes() == b"my notes, not a calendar"


def test_the_file_read_back_as_a_calendar_shows_relances_own_events(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    sink(file).ensure_event("acme/1/follow_up", SPEC, None)
    source = IcsCalendarSource(file, STAMP, STAMP + timedelta(days=30))
    [event] = source.changes(None).events
    assert (event.relance_key, event.start, event.title) == ("acme/1/follow_up", START, SPEC.title)
