"""What the iCalendar source makes of real-world calendar shapes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from ics_samples import GOOGLE, INTERVIEW, calendar, vevent

from connectors.ics_serializer import IcsReading, read_events
from connectors.ics_source import IcsCalendarSource
from policy.model import Attendee

PARIS = ZoneInfo("Europe/Paris")
READING = IcsReading(
    window_start=datetime(2026, 11, 1, tzinfo=UTC),
    window_end=datetime(2027, 1, 31, tzinfo=UTC),
    timezone="Europe/Paris",
    user_emails=frozenset({"camille@example.org"}),
)


def read(data: bytes, name: str = "agenda.ics"):  # type: ignore[no-untyped-def]
    events, problems = read_events(data, name, READING, "agenda")
    return {e.source_id: e for e in events}, problems


def test_an_interview_keeps_its_people_text_and_zone() -> None:
    events, problems = read(calendar(INTERVIEW))
    event = events["acme-1@example.org"]
    assert problems == []
    assert event.title == "Entretien – ACME"
    assert event.start == datetime(2026, 12, 3, 14, 0, tzinfo=PARIS)
    assert event.end == datetime(2026, 12, 3, 15, 0, tzinfo=PARIS)
    assert event.timezone == "Europe/Paris"
    assert event.description == "Réponse : sous 10 jours\nCanal : mail"
    assert event.location == "12 rue de la Paix, Paris"
    assert event.organizer == Attendee("jeanne.dupont@acme.fr", "Jeanne Dupont")
    assert event.attendees == (
        Attendee("camille@example.org", "Camille Martin", is_self=True),
        Attendee("paul.durand@acme.fr", "Paul Durand"),
    )
    assert not event.declined_by_user and not event.cancelled
    assert (event.origin, event.calendar) == ("agenda.ics", "agenda")


def test_a_google_export_is_read_in_its_calendar_zone() -> None:
    events, _ = read(GOOGLE)
    event = events["g1@google.com"]
    assert event.start == datetime(2026, 12, 4, 10, 0, tzinfo=PARIS)
    assert event.timezone == "Europe/Paris"
    assert event.calendar == "Candidatures"


def test_floating_times_are_read_in_the_users_zone() -> None:
    data = calendar(
        vevent("UID:f1", "SUMMARY:Visio recrutement", "DTSTART:20261207T110000", "DURATION:PT45M")
    )
    event = read(data)[0]["f1"]
    assert event.start == datetime(2026, 12, 7, 11, 0, tzinfo=PARIS)
    assert event.end == datetime(2026, 12, 7, 11, 45, tzinfo=PARIS)


def test_an_all_day_event_keeps_dates_and_lasts_one_day_by_default() -> None:
    data = calendar(
        vevent("UID:d1", "SUMMARY:Entretien Initech (journée)", "DTSTART;VALUE=DATE:20261209")
    )
    event = read(data)[0]["d1"]
    assert (event.start, event.end, event.all_day) == (date(2026, 12, 9), date(2026, 12, 10), True)


def test_an_event_in_another_zone_is_the_same_instant() -> None:
    data = calendar(
        vevent(
            "UID:ny",
            "SUMMARY:Interview Hooli",
            "DTSTART;TZID=America/New_York:20261210T100000",
            "DTEND;TZID=America/New_York:20261210T110000",
        )
    )
    event = read(data)[0]["ny"]
    assert event.start == datetime(2026, 12, 10, 16, 0, tzinfo=PARIS)
    assert event.timezone == "America/New_York"


def test_cancelled_declined_and_own_events_are_flagged() -> None:
    data = calendar(
        vevent(
            "UID:c1",
            "SUMMARY:Entretien Umbrella",
            "STATUS:CANCELLED",
            "DTSTART:20261211T090000Z",
            "DTEND:20261211T100000Z",
        ),
        vevent(
            "UID:c2",
            "SUMMARY:Entretien Wonka",
            "DTSTART:20261211T130000Z",
            "DTEND:20261211T140000Z",
            "ATTENDEE;PARTSTAT=DECLINED:mailto:Camille@Example.org",
        ),
        vevent(
            "UID:c3",
            "SUMMARY:Relancer ACME",
            "X-RELANCE-KEY:acme/1/follow_up",
            "DTSTART:20261212T080000Z",
            "DTEND:20261212T081500Z",
        ),
    )
    events, _ = read(data)
    assert events["c1"].cancelled
    assert events["c2"].declined_by_user
    assert events["c3"].relance_key == "acme/1/follow_up"


def test_a_weekly_meeting_is_expanded_with_its_moved_and_removed_instances() -> None:
    data = calendar(
        vevent(
            "UID:w1",
            "SUMMARY:Point hebdo",
            "DTSTART;TZID=Europe/Paris:20261201T090000",
            "DTEND;TZID=Europe/Paris:20261201T093000",
            "RRULE:FREQ=WEEKLY;COUNT=5",
            "EXDATE;TZID=Europe/Paris:20261208T090000",
        ),
        vevent(
            "UID:w1",
            "RECURRENCE-ID;TZID=Europe/Paris:20261215T090000",
            "SUMMARY:Point hebdo (déplacé)",
            "DTSTART;TZID=Europe/Paris:20261215T140000",
            "DTEND;TZID=Europe/Paris:20261215T143000",
        ),
    )
    events, problems = read(data)
    assert problems == []
    starts = sorted((e.start, e.title) for e in events.values())
    assert starts == [
        (datetime(2026, 12, 1, 9, 0, tzinfo=PARIS), "Point hebdo"),
        (datetime(2026, 12, 15, 14, 0, tzinfo=PARIS), "Point hebdo (déplacé)"),
        (datetime(2026, 12, 22, 9, 0, tzinfo=PARIS), "Point hebdo"),
        (datetime(2026, 12, 29, 9, 0, tzinfo=PARIS), "Point hebdo"),
    ]
    assert "w1/20261215T080000Z" in events  # the instance id is its original start


def test_a_rule_without_end_stays_inside_the_window() -> None:
    data = calendar(
        vevent(
            "UID:daily",
            "SUMMARY:Standup",
            "DTSTART:20200101T080000Z",
            "DTEND:20200101T081500Z",
            "RRULE:FREQ=DAILY",
        )
    )
    events, _ = read(data)
    starts = [e.start for e in events.values()]
    assert len(starts) == 30 + 31 + 30  # 1 November to 30 January: the window ends on the 31st
    assert min(starts) >= READING.window_start and max(starts) < READING.window_end


def test_a_folder_is_read_recursively_and_each_subfolder_is_a_calendar(tmp_path: Path) -> None:
    (tmp_path / "Candidatures").mkdir()
    (tmp_path / "Candidatures" / "acme.ics").write_bytes(calendar(INTERVIEW))
    (tmp_path / "perso.ICS").write_bytes(GOOGLE)
    (tmp_path / "notes.txt").write_text("pas un calendrier", encoding="utf-8")
    source = IcsCalendarSource(tmp_path, READING.window_start, READING.window_end)
    changes = source.changes(None)
    by_id = {e.source_id: e for e in changes.events}
    assert set(by_id) == {"acme-1@example.org", "g1@google.com"}
    assert by_id["acme-1@example.org"].calendar == "Candidatures"
    assert by_id["acme-1@example.org"].origin == str(tmp_path / "Candidatures" / "acme.ics")
    assert changes.full and changes.problems == ()


def test_the_same_event_in_two_files_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.ics").write_bytes(calendar(INTERVIEW))
    (tmp_path / "b.ics").write_bytes(calendar(INTERVIEW))
    changes = IcsCalendarSource(tmp_path, READING.window_start, READING.window_end).changes(None)
    assert [e.source_id for e in changes.events] == ["acme-1@example.org"]


def test_any_change_of_content_or_window_means_a_full_read(tmp_path: Path) -> None:
    file = tmp_path / "agenda.ics"
    file.write_bytes(calendar(INTERVIEW))
    source = IcsCalendarSource(file, READING.window_start, READING.window_end)
    first = source.changes(None)
    assert source.changes(first.cursor).events == ()
    # Same size, same second: only the content tells the edit apart.
    file.write_bytes(calendar(INTERVIEW.replace("ACME", "ACMF")))
    edited = source.changes(first.cursor)
    assert edited.full and [e.title for e in edited.events] == ["Entretien – ACMF"]
    later = IcsCalendarSource(file, READING.window_start + timedelta(days=1), READING.window_end)
    assert later.changes(edited.cursor).full


def test_an_outlook_zone_name_is_translated() -> None:
    outlook = "\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Romance Standard Time",
            "BEGIN:STANDARD",
            "DTSTART:16011028T030000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:16010325T020000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    )
    data = calendar(
        outlook,
        vevent(
            "UID:o1",
            "SUMMARY:Entretien Globex",
            "DTSTART;TZID=Romance Standard Time:20261210T100000",
            "DTEND;TZID=Romance Standard Time:20261210T110000",
        ),
    )
    event = read(data)[0]["o1"]
    assert event.start == datetime(2026, 12, 10, 10, 0, tzinfo=PARIS)
    assert event.timezone == "Europe/Paris"


def test_a_rescheduled_invitation_wins_over_the_old_one_in_another_file(tmp_path: Path) -> None:
    # Mail clients save an invitation and its update as two files; the file read
    # first must not decide when the interview is.
    old = vevent("UID:moved-1", "SEQUENCE:0", "SUMMARY:Entretien – Cobalt",
                 "DTSTART;TZID=Europe/Paris:20261204T100000", "DURATION:PT1H")
    new = vevent("UID:moved-1", "SEQUENCE:1", "SUMMARY:Entretien – Cobalt",
                 "DTSTART;TZID=Europe/Paris:20261207T140000", "DURATION:PT1H")
    (tmp_path / "a-invitation.ics").write_bytes(calendar(old))
    (tmp_path / "b-update.ics").write_bytes(calendar(new))
    source = IcsCalendarSource(tmp_path, READING.window_start, READING.window_end)
    events = {e.source_id: e for e in source.changes(None).events}
    assert events["moved-1"].start == datetime(2026, 12, 7, 14, 0, tzinfo=PARIS)
    (tmp_path / "a-invitation.ics").rename(tmp_path / "z-invitation.ics")
    events = {e.source_id: e for e in source.changes(None).events}
    assert events["moved-1"].start == datetime(2026, 12, 7, 14, 0, tzinfo=PARIS)
