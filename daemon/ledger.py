"""The ledger: what relance saw and wrote, in one SQLite file (mode 0600).

It holds the sync cursors, the calendar events and mail metadata last seen,
each step with its status and the remote ids and content hashes of what was
written, the intents of remote writes under way, the user's D2 requests, the
user's readings of messages (C2, `relance confirm`), A1 answers ("is this a
job interview?") and the persons the user named to write to (E1, `relance
contact`).
Writes happen inside `transaction()`, so a cursor is saved together with the
effects it covers. `view()` is what the planner sees of it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Any

from connectors.base import Written
from connectors.errors import UserError
from daemon import records
from daemon.ledger_errors import ledger_problem
from daemon.migrations import MIGRATIONS, SCHEMA_VERSION
from daemon.paths import create_private_file
from policy.model import (
    Address,
    CalendarEvent,
    Label,
    LedgerEntry,
    Message,
    StepKind,
    StepStatus,
)
from policy.model import Ledger as LedgerView

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StepRecord:
    key: str
    kind: StepKind
    application: str
    round: int
    status: StepStatus
    due: datetime
    reason: str
    updated: datetime
    event: Written | None = None
    draft: Written | None = None


@dataclass(frozen=True)
class Intent:
    """A remote write under way: `artifact` "event" or "draft", `operation`
    "ensure" or "remove"; `step` is the record to complete it into."""

    key: str
    artifact: str
    operation: str
    started: datetime
    step: StepRecord


class LedgerStore:
    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        self._db.row_factory = sqlite3.Row
        _migrate(self._db, path)

    @classmethod
    def open(cls, path: Path) -> LedgerStore:
        """Open (creating with mode 0600 if needed) the ledger at `path`."""
        create_private_file(path)
        try:
            connection = sqlite3.connect(path, isolation_level=None, timeout=30)
            connection.execute("PRAGMA journal_mode=WAL")
            return cls(connection, path)
        except sqlite3.Error as error:
            raise ledger_problem(error, path) from error

    @classmethod
    def copy_of(cls, path: Path) -> LedgerStore:
        """An in-memory copy of the ledger at `path` (empty if there is none):
        dry runs write into it and the file is never touched."""
        memory = sqlite3.connect(":memory:", isolation_level=None)
        if path.exists():
            # Not mode=ro: a read-only reader of a WAL database leaves -wal and -shm
            # files behind; a plain one removes them on close and changes nothing.
            source = sqlite3.connect(path, timeout=30)
            try:
                source.backup(memory)
            finally:
                source.close()
        return cls(memory, None)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # Cursors
    def cursor(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM cursors WHERE name = ?", (name,)).fetchone()
        return str(row["value"]) if row else None

    def set_cursor(self, name: str, value: str | None) -> None:
        if value is None:
            self._db.execute("DELETE FROM cursors WHERE name = ?", (name,))
        else:
            self._db.execute("INSERT OR REPLACE INTO cursors VALUES (?, ?)", (name, value))

    # Account facts
    def meta(self, name: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return str(row["value"]) if row else None

    def set_meta(self, name: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))

    # Calendar events
    def events(self) -> list[CalendarEvent]:
        rows = self._db.execute("SELECT data FROM events ORDER BY source_id")
        return [records.event_from_json(r["data"]) for r in rows]

    def event_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM events").fetchone()[0])

    def put_events(self, events: Iterable[CalendarEvent]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO events VALUES (?, ?, ?)",
            [(e.source_id, e.origin, records.event_to_json(e)) for e in events],
        )

    def remove_events(self, source_ids: Iterable[str]) -> None:
        self._db.executemany(
            "DELETE FROM events WHERE source_id = ?", [(i,) for i in source_ids]
        )

    def replace_events(self, events: Iterable[CalendarEvent]) -> None:
        """A full listing: what it lacks is gone."""
        self._db.execute("DELETE FROM events")
        self.put_events(events)

    # Messages (metadata and classification; never bodies)
    def messages(self) -> list[Message]:
        rows = self._db.execute("SELECT data FROM messages ORDER BY date, id")
        return [records.message_from_json(r["data"]) for r in rows]

    def message_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM messages").fetchone()[0])

    def put_messages(self, messages: Iterable[Message]) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?)",
            [(m.id, m.date.isoformat(), m.application_key, records.message_to_json(m))
             for m in messages],
        )

    # Steps
    def step(self, key: str) -> StepRecord | None:
        row = self._db.execute("SELECT * FROM steps WHERE key = ?", (key,)).fetchone()
        return _step_from_row(row) if row else None

    def steps(self) -> list[StepRecord]:
        rows = self._db.execute("SELECT * FROM steps ORDER BY due, key")
        return [_step_from_row(r) for r in rows]

    def save_step(self, step: StepRecord) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO steps VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (step.key, step.kind.value, step.application, step.round, step.status.value,
             step.due.isoformat(), *_written_columns(step.event),
             *_written_columns(step.draft), step.reason, step.updated.isoformat()),
        )

    # Intents
    def begin_intent(self, intent: Intent) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO intents VALUES (?, ?, ?, ?, ?)",
            (intent.key, intent.artifact, intent.operation, intent.started.isoformat(),
             json.dumps(_step_to_json(intent.step))),
        )

    def complete_intent(self, key: str, artifact: str) -> None:
        self._db.execute(
            "DELETE FROM intents WHERE key = ? AND artifact = ?", (key, artifact)
        )

    def pending_intents(self) -> list[Intent]:
        rows = self._db.execute("SELECT * FROM intents ORDER BY started, key, artifact")
        return [
            Intent(r["key"], r["artifact"], r["operation"],
                   datetime.fromisoformat(r["started"]),
                   _step_from_json(json.loads(r["step"])))
            for r in rows
        ]

    # Problems told the user
    def new_problems(self, problems: Iterable[str], now: datetime) -> list[str]:
        """The problems not told in the day before `now`; they are recorded as told.
        Problems not seen any more are forgotten, so one that comes back is told."""
        lines = list(dict.fromkeys(problems))
        since = (now - timedelta(days=1)).astimezone(UTC).isoformat()
        told = {
            str(r["text"]) for r in self._db.execute(
                "SELECT text, reported FROM problems WHERE reported > ?", (since,))
        }
        fresh = [line for line in lines if line not in told]
        with self.transaction():
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS seen (text TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM seen")
            self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", [(t,) for t in lines])
            self._db.execute("DELETE FROM problems WHERE text NOT IN (SELECT text FROM seen)")
            self._db.executemany("INSERT OR REPLACE INTO problems VALUES (?, ?)",
                                 [(t, now.astimezone(UTC).isoformat()) for t in fresh])
        return fresh

    # D2 requests
    def request_clarification(self, application: str, now: datetime) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO clarifications VALUES (?, ?)",
            (application, now.isoformat()),
        )

    def clarifications(self) -> frozenset[str]:
        rows = self._db.execute("SELECT application FROM clarifications")
        return frozenset(str(r["application"]) for r in rows)

    # C2 readings given by the user
    def confirm_reading(
        self, message: str, application: str, label: Label, now: datetime
    ) -> None:
        """Record the user's reading of `message`; a second one corrects the first."""
        self._db.execute(
            "INSERT OR REPLACE INTO confirmations VALUES (?, ?, ?, ?)",
            (message, application, label.value, now.isoformat()),
        )

    def confirmations(self) -> dict[str, Label]:
        rows = self._db.execute("SELECT message, label FROM confirmations")
        return {str(r["message"]): Label(r["label"]) for r in rows}

    # A1 answers
    def answer_interview(self, event: str, answer: bool, title: str, now: datetime) -> None:
        """The user's answer for an event (a later answer replaces an earlier one)."""
        self._db.execute(
            "INSERT OR REPLACE INTO interview_answers VALUES (?, ?, ?, ?)",
            (event, int(answer), title, now.isoformat()),
        )

    def interview_answers(self) -> dict[str, bool]:
        rows = self._db.execute("SELECT event, answer FROM interview_answers")
        return {str(r["event"]): bool(r["answer"]) for r in rows}

    # E1 answers
    def set_contact(self, application: str, contact: Address, now: datetime) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO contacts VALUES (?, ?, ?, ?)",
            (application, contact.email, contact.name, now.isoformat()),
        )

    def contacts(self) -> dict[str, Address]:
        rows = self._db.execute("SELECT application, email, name FROM contacts")
        return {str(r["application"]): Address(str(r["email"]), r["name"]) for r in rows}

    def view(self) -> LedgerView:
        """The ledger as the planner sees it."""
        entries = tuple(
            LedgerEntry(
                key=s.key, kind=s.kind, application=s.application, round=s.round,
                status=s.status, due=s.due, event_written=s.event is not None,
                draft_written=s.draft is not None,
            )
            for s in self.steps()
        )
        return LedgerView(
            entries=entries, skills_requests=self.clarifications(),
            confirmations=MappingProxyType(self.confirmations()), contacts=self.contacts(),
        )


def _migrate(db: sqlite3.Connection, path: Path | None) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise UserError(
            f"{path}: this ledger was written by a newer relance (schema {version}, "
            f"this one knows {SCHEMA_VERSION}); upgrade relance"
        )
    for number in range(version + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN IMMEDIATE")
        for statement in MIGRATIONS[number - 1]:
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {number}")
        db.execute("COMMIT")
        log.info("ledger %s: schema version %d", path or ":memory:", number)


def _written_columns(written: Written | None) -> tuple[str | None, str | None]:
    return (written.remote_id, written.content_hash) if written else (None, None)


def _written(key: str, remote_id: str | None, digest: str | None) -> Written | None:
    return Written(key, remote_id, digest or "") if remote_id is not None else None


def _step_from_row(row: sqlite3.Row) -> StepRecord:
    return StepRecord(
        key=row["key"], kind=StepKind(row["kind"]), application=row["application"],
        round=row["round"], status=StepStatus(row["status"]),
        due=datetime.fromisoformat(row["due"]), reason=row["reason"],
        updated=datetime.fromisoformat(row["updated"]),
        event=_written(row["key"], row["event_id"], row["event_hash"]),
        draft=_written(row["key"], row["draft_id"], row["draft_hash"]),
    )


def _step_to_json(step: StepRecord) -> dict[str, object]:
    return {
        "key": step.key, "kind": step.kind.value, "application": step.application,
        "round": step.round, "status": step.status.value, "due": step.due.isoformat(),
        "reason": step.reason, "updated": step.updated.isoformat(),
        "event": _written_columns(step.event), "draft": _written_columns(step.draft),
    }


def _step_from_json(raw: dict[str, Any]) -> StepRecord:
    event_id, event_hash = raw["event"]
    draft_id, draft_hash = raw["draft"]
    key = str(raw["key"])
    return StepRecord(
        key=key, kind=StepKind(raw["kind"]), application=raw["application"],
        round=int(raw["round"]), status=StepStatus(raw["status"]),
        due=datetime.fromisoformat(raw["due"]), reason=raw["reason"],
        updated=datetime.fromisoformat(raw["updated"]),
        event=_written(key, event_id, event_hash), draft=_written(key, draft_id, draft_hash),
    )
