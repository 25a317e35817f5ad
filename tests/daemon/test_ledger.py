"""The SQLite ledger: schema version, file mode, round trips, intents."""

from __future__ import annotations

import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from connectors.base import Written
from connectors.errors import UserError
from daemon.ledger import Intent, LedgerStore, StepRecord
from daemon.migrations import SCHEMA_VERSION
from policy.model import (
    Address,
    Attendee,
    CalendarEvent,
    Classification,
    Direction,
    Label,
    Message,
    StepKind,
    StepStatus,
)

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=PARIS)


def step(key: str = "acme/1/follow_up", **changes: object) -> StepRecord:
    base = StepRecord(
        key=key, kind=StepKind.FOLLOW_UP, application="acme", round=1,
        status=StepStatus.PLANNED, due=datetime(2026, 12, 14, 9, 0, tzinfo=PARIS),
        reason="B2: 7 days after the interview", updated=NOW,
        event=Written(key, "evt-1", "abc"),
    )
    from dataclasses import replace

    return replace(base, **changes)  # type: ignore[arg-type]


def test_a_new_ledger_is_created_private_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "state" / "ledger.sqlite3"
    LedgerStore.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_empty_database_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    sqlite3.connect(path).close()
    store = LedgerStore.open(path)
    assert store.steps() == [] and store.cursor("calendar") is None
    store.close()


def test_a_ledger_from_a_newer_relance_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(UserError, match="newer relance"):
        LedgerStore.open(path)


def test_events_messages_and_steps_round_trip_without_mail_bodies(tmp_path: Path) -> None:
    store = LedgerStore.open(tmp_path / "l.db")
    event = CalendarEvent(
        source_id="uid-1", title="Entretien – ACME", start=date(2026, 12, 1),
        organizer=Attendee("jeanne@acme.fr", "Jeanne"),
        attendees=(Attendee("me@example.org", is_self=True),), origin="cal.ics",
    )
    message = Message(
        id="m1", thread_id="t1", sender=Address("jeanne@acme.fr", "Jeanne"),
        recipients=(Address("me@example.org"),),
        date=datetime(2026, 12, 3, 10, 0, tzinfo=PARIS), direction=Direction.INBOUND,
        subject="Votre candidature", text="Nous avons le regret de vous informer…",
        classification=Classification(Label.REJECTION_GENERIC, reasons=("regret",)),
        application_key="acme",
    )
    with store.transaction():
        store.put_events([event])
        store.put_messages([message])
        store.save_step(step())
        store.set_cursor("calendar", "42")
    assert store.events() == [event]
    (stored,) = store.messages()
    assert stored.text == "" and stored.classification == message.classification
    assert stored.application_key == "acme"
    assert store.step("acme/1/follow_up") == step()
    assert store.cursor("calendar") == "42"
    assert b"regret de vous informer" not in (tmp_path / "l.db").read_bytes()
    (entry,) = store.view().entries
    assert entry.event_written and not entry.draft_written
    store.close()


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    store = LedgerStore.open(tmp_path / "l.db")
    with pytest.raises(RuntimeError), store.transaction():
        store.set_cursor("mail", "7")
        raise RuntimeError("crash")
    assert store.cursor("mail") is None


def test_intents_survive_a_reopen_until_completed(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    store = LedgerStore.open(path)
    with store.transaction():
        store.begin_intent(Intent("acme/1/follow_up", "draft", "ensure", NOW, step()))
    store.close()
    store = LedgerStore.open(path)
    (intent,) = store.pending_intents()
    assert (intent.key, intent.artifact, intent.step) == ("acme/1/follow_up", "draft", step())
    with store.transaction():
        store.complete_intent("acme/1/follow_up", "draft")
    assert store.pending_intents() == []
    store.close()


def test_clarification_requests_reach_the_view(tmp_path: Path) -> None:
    store = LedgerStore.open(tmp_path / "l.db")
    with store.transaction():
        store.request_clarification("acme", NOW)
    assert store.view().skills_requests == frozenset({"acme"})
    store.close()


def test_a_copy_never_touches_the_file(tmp_path: Path) -> None:
    path = tmp_path / "l.db"
    store = LedgerStore.open(path)
    with store.transaction():
        store.set_cursor("calendar", "1")
    store.close()
    before = path.read_bytes()
    copy = LedgerStore.copy_of(path)
    with copy.transaction():
        copy.set_cursor("calendar", "2")
    assert copy.cursor("calendar") == "2"
    copy.close()
    assert path.read_bytes() == before
    assert LedgerStore.copy_of(tmp_path / "absent.db").steps() == []
    assert not (tmp_path / "absent.db").exists()


def test_a_version_1_ledger_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    from daemon.migrations import MIGRATIONS

    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        db.execute("INSERT INTO cursors VALUES ('calendar', 'c1')")
        db.execute("PRAGMA user_version = 1")
    store = LedgerStore.open(path)
    assert store.cursor("calendar") == "c1"
    with store.transaction():
        store.set_meta("google_calendar_id", "abc@group.calendar.google.com")
    assert store.meta("google_calendar_id") == "abc@group.calendar.google.com"
    store.close()


def test_readings_the_user_gives_reach_the_view_and_a_second_one_corrects(
    tmp_path: Path
) -> None:
    store = LedgerStore.open(tmp_path / "l.db")
    with store.transaction():
        store.confirm_reading("m-1", "acme", Label.REJECTION_GENERIC, NOW)
    with store.transaction():
        store.confirm_reading("m-1", "acme", Label.HOLDING, NOW)
    assert dict(store.view().confirmations) == {"m-1": Label.HOLDING}
    store.close()


def test_a_version_2_ledger_gets_the_confirmations_table(tmp_path: Path) -> None:
    from daemon.migrations import MIGRATIONS

    path = tmp_path / "v2.db"
    with sqlite3.connect(path) as db:
        for statement in (*MIGRATIONS[0], *MIGRATIONS[1]):
            db.execute(statement)
        db.execute("INSERT INTO clarifications VALUES ('acme', '2026-12-07T09:30:00+01:00')")
        db.execute("PRAGMA user_version = 2")
    store = LedgerStore.open(path)
    assert store.clarifications() == frozenset({"acme"})
    assert store.confirmations() == {}
    store.close()


def test_a_readings_confidence_survives_the_ledger(tmp_path: Path) -> None:
    unsure = Message(
        id="m-2", thread_id=None, sender=Address("jeanne@acme.fr"), recipients=(),
        date=NOW, direction=Direction.INBOUND, subject="Re: Entretien",
        classification=Classification(label=Label.HOLDING, confidence=0.5),
    )
    store = LedgerStore.open(tmp_path / "l.db")
    with store.transaction():
        store.put_messages([unsure])
    [back] = store.messages()
    assert back.classification is not None and back.classification.confidence == 0.5
    store.close()
