"""Events that ring: a VALARM when the step asks the user to act, OPAQUE for the call."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from connectors.base import ItemState, event_hash
from connectors.ics_sink import IcsEventSink
from policy.model import EventSpec

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2026, 12, 7, 10, 0, tzinfo=PARIS)
CALL = EventSpec("Appeler ACME", START, START + timedelta(minutes=15), "Appel (B3)",
                 alarm_minutes=10, busy=True)


def sink(path: Path) -> IcsEventSink:
    return IcsEventSink(path, clock=lambda: datetime(2026, 12, 1, tzinfo=UTC),
                        timezone="Europe/Paris")


def test_a_step_to_act_on_rings_and_the_call_blocks_its_slot(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    written = sink(file).ensure_event("acme/1/call", CALL, None)
    [event] = Calendar.from_ical(file.read_bytes()).walk("VEVENT")
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm["TRIGGER"].dt == timedelta(minutes=-10)
    assert str(alarm["DESCRIPTION"]) == "Appeler ACME"
    assert str(event["TRANSP"]) == "OPAQUE"
    # Read back as written: the next cycle leaves it alone.
    assert sink(file).event_state(written) is ItemState.UNTOUCHED
    again = sink(file).ensure_event("acme/1/call", CALL, written)
    assert again.content_hash == written.content_hash


def test_without_alarm_the_event_is_silent_and_transparent(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    quiet = replace(CALL, alarm_minutes=None, busy=False)
    sink(file).ensure_event("acme/1/debrief", quiet, None)
    [event] = Calendar.from_ical(file.read_bytes()).walk("VEVENT")
    assert event.walk("VALARM") == [] and str(event["TRANSP"]) == "TRANSPARENT"


def test_an_alarm_at_the_start_and_a_changed_alarm_rewrite_the_event(tmp_path: Path) -> None:
    file = tmp_path / "relance.ics"
    first = sink(file).ensure_event("acme/1/call", CALL, None)
    at_start = replace(CALL, alarm_minutes=0)
    assert event_hash(at_start) != event_hash(CALL)
    sink(file).ensure_event("acme/1/call", at_start, first)
    [event] = Calendar.from_ical(file.read_bytes()).walk("VEVENT")
    assert event.walk("VALARM")[0]["TRIGGER"].dt == timedelta(0)
    assert int(event["SEQUENCE"]) == 1
