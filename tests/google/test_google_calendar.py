"""Google Calendar through the real client: interviews in, reminders out, no twin ever."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.base import ItemState, event_hash
from connectors.errors import CursorExpired, TransientError, UserError
from connectors.google.calendar import GoogleCalendarSource, GoogleEventSink, own_calendar
from connectors.google.calendar_serializer import event_body, event_id_for
from connectors.google.client import GoogleClient
from policy.model import EventSpec
from tests.google_emulator import Emulator
from tests.google_emulator.faults import Fault

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)
ME = "candidate@example.org"


def interview(emulator: Emulator, event_id: str, day: int, **extra: object) -> None:
    start = datetime(2026, 12, day, 14, 0, tzinfo=PARIS)
    emulator.calendar.put_event("primary", {
        "id": event_id, "summary": "Entretien – ACME",
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Paris"},
        "end": {"dateTime": (start + timedelta(hours=1)).isoformat(),
                "timeZone": "Europe/Paris"},
        **extra,
    })


def source(client: GoogleClient, *calendars: str) -> GoogleCalendarSource:
    return GoogleCalendarSource(client, calendars or ("primary",), lambda: NOW)


def reminder(hour: int = 9) -> EventSpec:
    start = datetime(2026, 12, 8, hour, 0, tzinfo=PARIS)
    return EventSpec("Relancer ACME", start, start + timedelta(minutes=15), "Brouillon prêt.")


def test_first_sync_reads_a_bounded_window_of_single_events(
    emulator: Emulator, client: GoogleClient
) -> None:
    interview(emulator, "acme1", 3, attendees=[
        {"email": "Jeanne@ACME.fr", "displayName": "Jeanne", "responseStatus": "accepted"},
        {"email": ME, "self": True, "responseStatus": "declined"},
    ], description="Réponse : sous 10 jours")
    changes = source(client).changes(None)
    assert changes.full
    [event] = changes.events
    assert event.start == datetime(2026, 12, 3, 14, 0, tzinfo=PARIS)
    assert event.timezone == "Europe/Paris"
    assert event.attendees[0].email == "jeanne@acme.fr"
    assert event.declined_by_user
    assert event.description == "Réponse : sous 10 jours"
    [call] = emulator.calls("calendar.events.list")
    assert call.params["singleEvents"] == ["true"]
    assert call.params["timeMin"] == [(NOW - timedelta(days=120)).isoformat()]
    assert call.params["timeMax"] == [(NOW + timedelta(days=60)).isoformat()]


def test_all_day_events_come_back_as_dates(emulator: Emulator, client: GoogleClient) -> None:
    emulator.calendar.put_event("primary", {"id": "allday", "summary": "Entretien Globex",
                                            "start": {"date": "2026-12-04"},
                                            "end": {"date": "2026-12-05"}})
    [event] = source(client).changes(None).events
    assert event.start == date(2026, 12, 4)
    assert event.all_day


def test_incremental_sync_brings_moves_and_cancellations_only(
    emulator: Emulator, client: GoogleClient
) -> None:
    interview(emulator, "acme1", 3)
    interview(emulator, "globex1", 4)
    calendar = source(client)
    first = calendar.changes(None)
    moved = datetime(2026, 12, 5, 10, 0, tzinfo=PARIS)
    emulator.calendar.user_edit(ME, "acme1", start={"dateTime": moved.isoformat()},
                                end={"dateTime": (moved + timedelta(hours=1)).isoformat()})
    emulator.calendar.user_delete(ME, "globex1")
    later = calendar.changes(first.cursor)
    assert not later.full
    assert [(e.source_id, e.start) for e in later.events] == [("acme1", moved)]
    assert later.removed == ("globex1",)
    sync_calls = emulator.calls("calendar.events.list")[1:]
    assert all("timeMin" not in c.params and "syncToken" in c.params for c in sync_calls)
    assert calendar.changes(later.cursor).events == ()


def test_an_expired_sync_token_is_a_normal_path_to_a_full_resync(
    emulator: Emulator, client: GoogleClient
) -> None:
    interview(emulator, "acme1", 3)
    calendar = source(client)
    cursor = calendar.changes(None).cursor
    emulator.calendar.expire_sync_tokens()
    with pytest.raises(CursorExpired):
        calendar.changes(cursor)
    again = calendar.changes(None)
    assert again.full
    assert [e.source_id for e in again.events] == ["acme1"]
    assert [c.status for c in emulator.calls("calendar.events.list")] == [200, 410, 200]


def test_several_calendars_share_one_cursor(emulator: Emulator, client: GoogleClient) -> None:
    emulator.calendar.add_calendar("jobs@group.calendar.google.com", "Recherche")
    interview(emulator, "acme1", 3)
    calendar = source(client, "primary", "jobs@group.calendar.google.com")
    first = calendar.changes(None)
    emulator.calendar.put_event("jobs@group.calendar.google.com", {
        "id": "initech1", "summary": "Interview with Initech",
        "start": {"dateTime": "2026-12-09T10:00:00+01:00"},
        "end": {"dateTime": "2026-12-09T11:00:00+01:00"}})
    later = calendar.changes(first.cursor)
    assert [(e.source_id, e.calendar) for e in later.events] == [
        ("initech1", "jobs@group.calendar.google.com")]


def test_reminders_written_by_relance_are_recognised_when_read_back(
    emulator: Emulator, client: GoogleClient
) -> None:
    calendar_id = own_calendar(client, None, create=True)
    GoogleEventSink(client, calendar_id).ensure_event("acme/1/follow_up", reminder(), None)
    [event] = source(client, calendar_id).changes(None).events
    assert event.relance_key == "acme/1/follow_up"


def test_an_insert_retried_after_a_lost_answer_leaves_one_event(
    emulator: Emulator, client: GoogleClient
) -> None:
    calendar_id = own_calendar(client, None, create=True)
    sink = GoogleEventSink(client, calendar_id)
    # The first insert lands but its answer is lost: Google's 503 comes after the write.
    emulator.faults.add(Fault(503, pattern="events.insert", times=1))
    emulator.calendar.put_event(calendar_id, event_body("acme/1/follow_up", reminder()))
    written = sink.ensure_event("acme/1/follow_up", reminder(), None)
    assert written.state is ItemState.UNTOUCHED
    assert written.content_hash == event_hash(reminder())
    assert len(emulator.calendar.live_events(calendar_id)) == 1
    assert [c.status for c in emulator.calls("calendar.events.insert")] == [503, 409]


def test_events_carry_the_users_time_zone_and_do_not_block_time(
    emulator: Emulator, client: GoogleClient
) -> None:
    calendar_id = own_calendar(client, None, create=True)
    GoogleEventSink(client, calendar_id).ensure_event("acme/1/call", reminder(10), None)
    [stored] = emulator.calendar.live_events(calendar_id)
    assert stored["start"] == {"dateTime": "2026-12-08T10:00:00+01:00",
                               "timeZone": "Europe/Paris"}
    assert stored["transparency"] == "transparent"


def test_own_calendar_is_created_once_and_checked_afterwards(
    emulator: Emulator, client: GoogleClient
) -> None:
    calendar_id = own_calendar(client, None, create=True)
    assert own_calendar(client, calendar_id, create=True) == calendar_id
    assert len(emulator.calls("calendar.calendars.insert")) == 1
    assert emulator.calendar.calendars[calendar_id]["summary"] == "relance"


def test_a_lost_calendar_id_is_never_replaced_silently(
    emulator: Emulator, client: GoogleClient
) -> None:
    with pytest.raises(UserError, match=r"google\.calendar_id"):
        own_calendar(client, None, create=False)
    with pytest.raises(UserError, match="no longer exists"):
        own_calendar(client, "gone@group.calendar.google.com", create=False)
    assert emulator.calls("calendar.calendars.insert") == []


def test_a_deleted_reminder_is_not_written_again_even_without_the_ledger(
    emulator: Emulator, client: GoogleClient
) -> None:
    calendar_id = own_calendar(client, None, create=True)
    sink = GoogleEventSink(client, calendar_id)
    sink.ensure_event("acme/1/debrief", reminder(), None)
    emulator.calendar.user_delete(calendar_id, event_id_for("acme/1/debrief"))
    assert sink.find_event("acme/1/debrief") is None
    assert sink.ensure_event("acme/1/debrief", reminder(), None).state is ItemState.DELETED
    assert emulator.calendar.live_events(calendar_id) == []


def test_faults_on_a_share_of_requests_still_end_with_one_event_per_key(
    emulator: Emulator, client: GoogleClient
) -> None:
    calendar_id = own_calendar(client, None, create=True)
    emulator.faults.add(Fault(503, ratio=0.25))
    emulator.faults.add(Fault(500, pattern="events.insert", ratio=0.3, after=True))
    emulator.faults.add(Fault(429, ratio=0.1, retry_after=3))
    sink = GoogleEventSink(client, calendar_id)
    keys = [f"company{n}/1/debrief" for n in range(10)]
    pending = list(keys)
    for _cycle in range(4):  # a step that still fails is tried again next cycle
        for key in list(pending):
            try:
                sink.ensure_event(key, reminder(14), sink.ensure_event(key, reminder(), None))
            except TransientError:
                continue
            pending.remove(key)
    assert pending == []
    live = emulator.calendar.live_events(calendar_id)
    assert sorted(e["extendedProperties"]["private"]["relanceKey"] for e in live) == keys
    assert all(e["start"]["dateTime"].startswith("2026-12-08T14:00") for e in live)
    assert emulator.faults.injected > 10


def test_a_step_to_act_on_gets_a_popup_reminder_and_the_call_blocks_time(
    emulator: Emulator, client: GoogleClient
) -> None:
    calendar_id = own_calendar(client, None, create=True)
    sink = GoogleEventSink(client, calendar_id)
    call = replace(reminder(10), alarm_minutes=10, busy=True)
    written = sink.ensure_event("acme/1/call", call, None)
    quiet = sink.ensure_event("acme/1/debrief", reminder(11), None)
    stored = {e["id"]: e for e in emulator.calendar.live_events(calendar_id)}
    ringing = stored[written.remote_id]
    assert ringing["reminders"] == {"useDefault": False,
                                    "overrides": [{"method": "popup", "minutes": 10}]}
    assert ringing["transparency"] == "opaque"
    assert stored[quiet.remote_id]["reminders"] == {"useDefault": False}
    assert sink.event_state(written) is ItemState.UNTOUCHED
    assert sink.ensure_event("acme/1/call", call, written).content_hash == written.content_hash
