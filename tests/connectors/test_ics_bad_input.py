"""Bad calendar input is reported with its file name; nothing else is lost."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from ics_samples import INTERVIEW, calendar, vevent

from connectors.errors import UserError
from connectors.ics_source import IcsCalendarSource

START, END = datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 31, tzinfo=UTC)


def source(path: Path) -> IcsCalendarSource:
    return IcsCalendarSource(path, START, END, timezone="Europe/Paris")


def test_a_malformed_file_is_named_and_the_others_are_read(tmp_path: Path) -> None:
    (tmp_path / "good.ics").write_bytes(calendar(INTERVIEW))
    (tmp_path / "broken.ics").write_bytes(b"BEGIN:VCALENDAR\r\nthis is not a content line\r\n")
    changes = source(tmp_path).changes(None)
    assert [e.title for e in changes.events] == ["Entretien – ACME"]
    [problem] = changes.problems
    assert problem.where == str(tmp_path / "broken.ics")
    assert "not a readable iCalendar file" in problem.what


def test_a_lost_file_makes_the_read_partial_until_it_is_fixed(tmp_path: Path) -> None:
    (tmp_path / "good.ics").write_bytes(calendar(INTERVIEW))
    broken = tmp_path / "interviews.ics"
    broken.write_bytes(b"\x00\x01 half-saved")
    changes = source(tmp_path).changes(None)
    # Its interviews must not look deleted: absent events are not "gone".
    assert not changes.full
    again = source(tmp_path).changes(changes.cursor)
    assert [e.title for e in again.events] == ["Entretien – ACME"]  # re-read, still partial
    broken.write_bytes(
        calendar(
            vevent(
                "UID:x",
                "SUMMARY:Entretien Globex",
                "DTSTART:20261205T090000Z",
                "DTEND:20261205T100000Z",
            )
        )
    )
    fixed = source(tmp_path).changes(again.cursor)
    assert fixed.full and fixed.problems == ()
    assert sorted(e.title for e in fixed.events) == ["Entretien Globex", "Entretien – ACME"]


def test_an_event_without_start_is_named_and_its_neighbours_are_read(tmp_path: Path) -> None:
    file = tmp_path / "agenda.ics"
    file.write_bytes(
        calendar(
            vevent("UID:nostart-1", "SUMMARY:Entretien Initech", "DTEND:20261205T100000Z"),
            INTERVIEW,
        )
    )
    changes = source(file).changes(None)
    assert [e.title for e in changes.events] == ["Entretien – ACME"]
    assert changes.full
    [problem] = changes.problems
    assert problem.where == str(file)
    assert "Entretien Initech" in problem.what and "nostart-1" in problem.what
    assert "no DTSTART" in problem.what


def test_an_unreadable_date_is_named_and_its_neighbours_are_read(tmp_path: Path) -> None:
    file = tmp_path / "agenda.ics"
    file.write_bytes(
        calendar(
            vevent("UID:bad-date", "SUMMARY:Entretien Hooli", "DTSTART:2026-12-05 at ten"),
            vevent(
                "UID:bad-end",
                "SUMMARY:Entretien Wonka",
                "DTSTART:20261205T090000Z",
                "DTEND:tomorrow",
            ),
            INTERVIEW,
        )
    )
    changes = source(file).changes(None)
    assert [e.title for e in changes.events] == ["Entretien – ACME"]
    assert sorted(p.what.split(":")[0] for p in changes.problems) == [
        "event 'Entretien Hooli' (UID bad-date)",
        "event 'Entretien Wonka' (UID bad-end)",
    ]
    assert {p.where for p in changes.problems} == {str(file)}


def test_an_event_without_end_is_kept_and_reported(tmp_path: Path) -> None:
    file = tmp_path / "agenda.ics"
    file.write_bytes(
        calendar(
            vevent("UID:noend", "SUMMARY:Entretien Soylent", "DTSTART:20261207T130000Z"),
        )
    )
    changes = source(file).changes(None)
    [event] = changes.events
    assert event.end == event.start  # RFC 5545: it ends when it starts
    [problem] = changes.problems
    assert problem.where == str(file) and "Entretien Soylent" in problem.what
    assert "no DTEND nor DURATION" in problem.what
    assert problem.if_interview == "noend"  # the cycle reports it only for an interview


def test_a_file_with_no_calendar_in_it_is_named(tmp_path: Path) -> None:
    file = tmp_path / "empty.ics"
    file.write_bytes(b"")
    changes = source(file).changes(None)
    assert [(p.where, p.what) for p in changes.problems] == [
        (str(file), "no VCALENDAR in this file")
    ]


def test_a_missing_calendar_path_is_the_users_to_fix(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        source(tmp_path / "nowhere").changes(None)
