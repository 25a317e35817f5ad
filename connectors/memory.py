"""An in-memory calendar and mailbox that ship in the package.

They implement every Protocol of `connectors.base` with the same semantics
as the real backends, and pass the same contract suite (`tests/contract/`).
The daemon's tests use them as the outside world; their `user_*` methods act
as the user would (edit, delete or send what relance wrote) and `writes`
records each real write so a test can assert that nothing was written twice.
Sinks remember the keys they wrote and did not remove (`connectors.written_keys`):
without the ledger, an item the user deleted is DELETED, never written again.

Cursors are revision counters: every change bumps the revision, and a read
with cursor `n` returns what changed after revision `n`. `expire_cursors()`
makes every cursor handed out so far raise `CursorExpired`, as a Calendar
syncToken or a Gmail historyId does when too old.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from connectors.base import (
    CalendarChanges,
    ItemState,
    MailChanges,
    MailQuery,
    Written,
    draft_hash,
    ensure_action,
    event_hash,
)
from connectors.errors import CursorExpired
from policy.model import Address, CalendarEvent, Direction, DraftSpec, EventSpec, Message

WriteHook = Callable[[str, str], None]
T = TypeVar("T")

# Used for sent messages when a test gives no date: a constant, never the clock.
DEFAULT_SENT_AT = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def _remote_id(prefix: str, key: str) -> str:
    return f"{prefix}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:20]}"  # noqa: S324 - an id, not a secret


def _thread_references(spec: DraftSpec) -> tuple[str, ...]:
    if spec.in_reply_to and spec.in_reply_to not in spec.references:
        return (*spec.references, spec.in_reply_to)
    return spec.references


class _Revisions:
    """A revision counter whose old values can be declared expired."""

    def __init__(self) -> None:
        self.current = 0
        self.floor = 0

    def bump(self) -> int:
        self.current += 1
        return self.current

    def parse(self, cursor: str) -> int:
        try:
            value = int(cursor)
        except ValueError:
            raise CursorExpired(f"unreadable memory cursor {cursor!r}") from None
        if value < self.floor or value > self.current:
            raise CursorExpired(f"memory cursor {value} is outside [{self.floor}, {self.current}]")
        return value


def _compare(current_hash: str, written: Written) -> ItemState:
    return ItemState.UNTOUCHED if current_hash == written.content_hash else ItemState.CHANGED


def _maybe(hasher: Callable[[T], str], item: T | None) -> str | None:
    return None if item is None else hasher(item)


class _Store:
    """Revisions and the write log; `on_write` runs first and may raise to simulate a crash."""

    def __init__(self, on_write: WriteHook | None) -> None:
        self.written: set[str] = set()  # keys written and not removed by relance
        self.writes: list[tuple[str, str]] = []
        self._on_write = on_write
        self._rev = _Revisions()

    def expire_cursors(self) -> None:
        """Every cursor handed out so far now raises CursorExpired."""
        self._rev.floor = self._rev.bump()

    def _log(self, operation: str, key: str) -> None:
        if self._on_write is not None:
            self._on_write(operation, key)
        self.writes.append((operation, key))
        (self.written.discard if operation.startswith("delete") else self.written.add)(key)


class MemoryCalendar(_Store):
    """A calendar source and an event sink over a dict.

    Events relance writes show up in `changes()` too, with `relance_key` set,
    as they would in a real calendar.
    """

    def __init__(self, name: str = "memory", on_write: WriteHook | None = None) -> None:
        super().__init__(on_write)
        self.name = name
        self._events: dict[str, tuple[int, CalendarEvent]] = {}
        self._removed: dict[str, int] = {}
        self._specs: dict[str, EventSpec] = {}  # relance's events by key, as they are now

    # -- CalendarSource ---------------------------------------------------
    def changes(self, cursor: str | None) -> CalendarChanges:
        since = 0 if cursor is None else self._rev.parse(cursor)
        events = tuple(e for rev, e in self._events.values() if rev > since)
        removed = tuple(i for i, rev in self._removed.items() if rev > since)
        full = cursor is None
        return CalendarChanges(
            events=events, removed=() if full else removed, cursor=str(self._rev.current), full=full
        )

    # -- EventSink --------------------------------------------------------
    def ensure_event(self, key: str, spec: EventSpec, previous: Written | None) -> Written:
        current = self._specs.get(key)
        new = Written(key, _remote_id("evt", key), event_hash(spec))
        action = ensure_action(_maybe(event_hash, current), previous, new.content_hash)
        action = "gone" if action == "create" and key in self.written else action  # ledger lost
        if action == "gone":
            return replace(previous or new, state=ItemState.DELETED)  # E4: not written again
        if action == "changed":
            return replace(previous or new, state=ItemState.CHANGED)  # E3: the user's wins
        if action != "keep":
            self._log(f"{action}_event", key)
            self._put_spec(key, spec)
        return new

    def find_event(self, key: str) -> Written | None:
        spec = self._specs.get(key)
        return None if spec is None else Written(key, _remote_id("evt", key), event_hash(spec))

    def event_state(self, written: Written) -> ItemState:
        spec = self._specs.get(written.key)
        if spec is None:
            return ItemState.DELETED
        return _compare(event_hash(spec), written)

    def remove_event(self, written: Written) -> ItemState:
        state = self.event_state(written)
        if state is ItemState.UNTOUCHED:
            self._log("delete_event", written.key)
            self._drop_spec(written.key)
        return state

    # -- acting as the user -----------------------------------------------
    def add_event(self, event: CalendarEvent) -> None:
        """Add or replace an event of the user's calendar (same source_id: an update)."""
        self._events[event.source_id] = (self._rev.bump(), event)
        self._removed.pop(event.source_id, None)

    def delete_event(self, source_id: str) -> None:
        """Delete an event of the user's calendar."""
        if self._events.pop(source_id, None) is not None:
            self._removed[source_id] = self._rev.bump()

    def user_edit_event(self, key: str, **changes: Any) -> None:
        """Edit relance's event as the user would: title, start, end or description."""
        self._put_spec(key, replace(self._specs[key], **changes))

    def user_delete_event(self, key: str) -> None:
        self._drop_spec(key)

    def relance_events(self) -> dict[str, EventSpec]:  # as they are now, by key
        return dict(self._specs)

    def _put_spec(self, key: str, spec: EventSpec) -> None:
        self._specs[key] = spec
        event = CalendarEvent(
            source_id=_remote_id("evt", key),
            title=spec.title,
            start=spec.start,
            end=spec.end,
            description=spec.description,
            calendar=self.name,
            relance_key=key,
            origin=f"{self.name}:{key}",
        )
        self.add_event(event)

    def _drop_spec(self, key: str) -> None:
        del self._specs[key]
        self.delete_event(_remote_id("evt", key))


class MemoryMailbox(_Store):
    """A mail source (inbox and sent) and a draft sink over lists.

    `MailQuery` is ignored: every message is returned on a first read, as by
    the Maildir source; the policy selects what concerns the applications.
    """

    def __init__(
        self,
        user_email: str = "me@example.org",
        on_write: WriteHook | None = None,
        sent_at: datetime = DEFAULT_SENT_AT,
    ) -> None:
        super().__init__(on_write)
        self.user_email = user_email
        self._sent_at = sent_at
        self._messages: list[tuple[int, Message]] = []
        self._drafts: dict[str, DraftSpec] = {}

    def changes(self, cursor: str | None, query: MailQuery) -> MailChanges:
        since = 0 if cursor is None else self._rev.parse(cursor)
        messages = tuple(m for rev, m in self._messages if rev > since)
        return MailChanges(messages=messages, cursor=str(self._rev.current))

    def ensure_draft(self, key: str, spec: DraftSpec, previous: Written | None) -> Written:
        current = self._drafts.get(key)
        new = Written(key, _remote_id("draft", key), draft_hash(spec))
        action = ensure_action(_maybe(draft_hash, current), previous, new.content_hash)
        if action == "create" and (self._was_sent(key) or key in self.written):
            action = "gone"  # the ledger was lost after the user sent or deleted it
        if action == "gone":
            return replace(previous or new, state=self._gone_state(key))
        if action == "changed":
            return replace(previous or new, state=ItemState.CHANGED)
        if action != "keep":
            self._log(f"{action}_draft", key)
            self._drafts[key] = spec
        return new

    def find_draft(self, key: str) -> Written | None:
        spec = self._drafts.get(key)
        if spec is not None:
            return Written(key, _remote_id("draft", key), draft_hash(spec))
        if self._was_sent(key):
            sent = next(m for _, m in self._messages if m.relance_key == key)
            spec = DraftSpec(sent.recipients, sent.subject, sent.text, language="fr")
            return Written(key, _remote_id("draft", key), draft_hash(spec), ItemState.SENT)
        return None

    def draft_state(self, written: Written) -> ItemState:
        spec = self._drafts.get(written.key)
        if spec is None:
            return self._gone_state(written.key)
        return _compare(draft_hash(spec), written)

    def remove_draft(self, written: Written) -> ItemState:
        state = self.draft_state(written)
        if state is ItemState.UNTOUCHED:
            self._log("delete_draft", written.key)
            del self._drafts[written.key]
        return state

    def add_message(self, message: Message) -> None:
        self._messages.append((self._rev.bump(), message))

    def user_edit_draft(self, key: str, new_body: str) -> None:
        self._drafts[key] = replace(self._drafts[key], body=new_body)

    def user_delete_draft(self, key: str) -> None:
        del self._drafts[key]

    def user_send_draft(self, key: str, at: datetime | None = None) -> Message:
        """Send the draft: it leaves the drafts and shows up as an OUTBOUND message."""
        spec = self._drafts.pop(key)
        number = len(self._messages) + 1
        message = Message(
            id=f"sent-{number}",
            thread_id=spec.thread_id,
            sender=Address(self.user_email),
            recipients=spec.to,
            date=self._sent_at if at is None else at,
            direction=Direction.OUTBOUND,
            subject=spec.subject,
            text=spec.body,
            message_id=f"<sent-{number}@memory.invalid>",
            references=_thread_references(spec),
            relance_key=key,
            origin=f"memory:sent-{number}",
        )
        self.add_message(message)
        return message

    def drafts(self) -> dict[str, DraftSpec]:  # relance's drafts as they are now, by key
        return dict(self._drafts)

    def _was_sent(self, key: str) -> bool:
        return any(m.relance_key == key for _, m in self._messages)

    def _gone_state(self, key: str) -> ItemState:
        return ItemState.SENT if self._was_sent(key) else ItemState.DELETED
