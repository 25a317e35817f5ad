"""Hostile calendars cost bounded time: recurrences expanded inside the window
with a cap per series, sub-minute rules refused, attendee lists capped."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from connectors.ics_serializer import MAX_ATTENDEES, MAX_INSTANCES, IcsReading, read_events

NOW = datetime(2026, 12, 9, 9, 30, tzinfo=UTC)
READING = IcsReading(NOW - timedelta(days=550), NOW + timedelta(days=400))


def calendar(rule: str, attendees: int = 1) -> bytes:
    people = "".join(f"ATTENDEE;CN=P{i}:mailto:p{i}@acme.example\r\n" for i in range(attendees))
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
            "UID:r1@test.example\r\nDTSTAMP:20261120T080000Z\r\nDTSTART:20261207T140000Z\r\n"
            f"DTEND:20261207T150000Z\r\nSUMMARY:Entretien - Acme\r\n{rule}{people}"
            "END:VEVENT\r\nEND:VCALENDAR\r\n").encode()


@pytest.mark.parametrize("rule", ["RRULE:FREQ=HOURLY;COUNT=1000000\r\n",
                                  "RRULE:FREQ=HOURLY\r\n"])
def test_an_hourly_series_is_read_up_to_the_cap_and_says_so(rule: str) -> None:
    started = time.perf_counter()
    events, problems = read_events(calendar(rule), "work.ics", READING)
    assert time.perf_counter() - started < 2.0
    assert len(events) == MAX_INSTANCES
    assert events[0].start == datetime(2026, 12, 7, 14, 0, tzinfo=UTC)  # the first ones
    (problem,) = problems
    assert problem.where == "work.ics" and f"more than {MAX_INSTANCES} times" in problem.what


@pytest.mark.parametrize("frequency", ["MINUTELY", "SECONDLY"])
def test_a_series_repeating_every_minute_is_not_expanded(frequency: str) -> None:
    started = time.perf_counter()
    events, problems = read_events(calendar(f"RRULE:FREQ={frequency}\r\n"), "work.ics",
                                   READING)
    assert time.perf_counter() - started < 1.0
    assert events == []
    assert "repeats every minute or second" in problems[0].what


def test_a_short_series_is_read_whole_and_quietly() -> None:
    events, problems = read_events(calendar("RRULE:FREQ=WEEKLY;COUNT=3\r\n"), "w.ics", READING)
    assert len(events) == 3 and problems == []


def test_thousands_of_attendees_are_capped() -> None:
    events, _ = read_events(calendar("", attendees=3000), "work.ics", READING)
    (event,) = events
    assert len(event.attendees) == MAX_ATTENDEES
