"""Problem lines in the user's words: no library internals, no stderr warnings."""

from __future__ import annotations

import errno
import warnings
from datetime import UTC, datetime

from connectors.ics_serializer import IcsReading, read_events
from connectors.problem_words import in_words

READING = IcsReading(datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 31, tzinfo=UTC))
GUESSED_ZONE = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//x//EN\r
BEGIN:VEVENT\r
UID:tz-1@test.example\r
DTSTAMP:20261120T080000Z\r
DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20261207T140000\r
DTEND;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20261207T150000\r
SUMMARY:Entretien - Acme\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_library_internals_become_words_a_user_understands() -> None:
    compare = TypeError("'<' not supported between instances of 'datetime.datetime' and "
                        "'datetime.date'")
    unpack = ValueError("not enough values to unpack (expected 2, got 1)")
    for error in (compare, unpack, OverflowError("date value out of range")):
        for detail in (True, False):
            words = in_words(error, detail=detail)
            assert "'<'" not in words and "unpack" not in words and "datetime." not in words
    assert "date and time" in in_words(compare)
    full = OSError(errno.ENOSPC, "No space left on device", "/data/out/relance.ics")
    assert in_words(full) == "the disk is full (/data/out/relance.ics)"


def test_an_icalendar_warning_is_a_problem_line_of_its_file_not_stderr() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning escaping read_events would raise here
        events, problems = read_events(GUESSED_ZONE, "calendar/work.ics", READING)
    assert len(events) == 1
    assert [p.where for p in problems] == ["calendar/work.ics"]
    assert "/freeassociation.sourceforge.net/Europe/Berlin" in problems[0].what
    assert "not a standard name" in problems[0].what
