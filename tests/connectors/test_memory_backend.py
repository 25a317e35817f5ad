"""What the daemon's tests rely on beyond the contract: the write log, cursor
expiry, removals in calendar changes, and the crash hook."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from connectors.base import ItemState, MailQuery
from connectors.errors import CursorExpired
from connectors.memory import MemoryCalendar, MemoryMailbox
from policy.model import Address, CalendarEvent, Direction, DraftSpec, EventSpec

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2026, 12, 7, 9, 0, tzinfo=PARIS)
EVENT = EventSpec("Relancer ACME", START, START + timedelta(minutes=15), "B2")
DRAFT = DraftSpec((Address("jeanne@acme.fr"),), "Re: Entretien", "Bonjour,\n", "fr")


def test_the_write_log_shows_each_real_write_once() -> None:
    calendar, mailbox = MemoryCalendar(), MemoryMailbox()
    for _ in range(3):
        written = calendar.ensure_event("k", EVENT, None)
        draft = mailbox.ensure_draft("k", DRAFT, None)
    calendar.ensure_event("k", EventSpec("Relancer ACME", START, START, "B2"), written)
    mailbox.remove_draft(draft)
    assert calendar.writes == [("create_event", "k"), ("update_event", "k")]
    assert mailbox.writes == [("create_draft", "k"), ("delete_draft", "k")]


def test_a_crash_hook_stops_the_write_before_it_happens() -> None:
    def crash(operation: str, key: str) -> None:
        raise KeyboardInterrupt(f"{operation} {key}")

    calendar = MemoryCalendar(on_write=crash)
    with pytest.raises(KeyboardInterrupt):
        calendar.ensure_event("k", EVENT, None)
    assert calendar.find_event("k") is None
    assert calendar.writes == []


def test_expired_cursors_raise_and_a_full_read_starts_again() -> None:
    calendar = MemoryCalendar()
    calendar.add_event(CalendarEvent("uid-1", "Entretien – ACME", START, START))
    cursor = calendar.changes(None).cursor
    calendar.expire_cursors()
    with pytest.raises(CursorExpired):
        calendar.changes(cursor)
    fresh = calendar.changes(None)
    assert [e.source_id for e in fresh.events] == ["uid-1"]
    assert calendar.changes(fresh.cursor).events == ()


def test_a_deleted_user_event_is_listed_as_removed() -> None:
    calendar = MemoryCalendar()
    calendar.add_event(CalendarEvent("uid-1", "Entretien – ACME", START, START))
    cursor = calendar.changes(None).cursor
    calendar.delete_event("uid-1")
    changes = calendar.changes(cursor)
    assert changes.removed == ("uid-1",)
    assert calendar.changes(None).events == ()


def test_relance_events_show_in_the_calendar_with_their_key() -> None:
    calendar = MemoryCalendar(name="Relance")
    calendar.ensure_event("acme/1/call", EVENT, None)
    [event] = calendar.changes(None).events
    assert (event.relance_key, event.calendar, event.title) == (
        "acme/1/call",
        "Relance",
        EVENT.title,
    )


def test_sending_a_draft_makes_an_outbound_message_in_its_thread() -> None:
    mailbox = MemoryMailbox(user_email="me@example.org")
    spec = DraftSpec(
        (Address("jeanne@acme.fr"),),
        "Re: Entretien",
        "Bonjour,\n",
        "fr",
        thread_id="t-1",
        in_reply_to="<m1@acme.fr>",
        references=("<m1@acme.fr>",),
    )
    written = mailbox.ensure_draft("acme/1/follow_up", spec, None)
    sent = mailbox.user_send_draft("acme/1/follow_up", at=START)
    assert (sent.direction, sent.thread_id, sent.date) == (Direction.OUTBOUND, "t-1", START)
    assert sent.references == ("<m1@acme.fr>",)
    assert mailbox.draft_state(written) is ItemState.SENT
    assert mailbox.changes(None, MailQuery()).messages == (sent,)
