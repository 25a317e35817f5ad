"""The small interfaces the daemon depends on; every backend implements them.

Sources read what changed since a cursor; sinks ensure that the event or the
draft of a step exists, tell what the user did with it, and remove it when
the step became moot and the user has not touched it. All speak the domain
types of `policy.model`, never a library's objects.

Contract, checked for every backend by `tests/contract/`:
- `ensure_*` is idempotent by key: calling it twice with the same key leaves
  one item. With `previous` set it updates that item to the new spec, unless
  the user changed it since (then it is left as is and `Written.state` says
  CHANGED).
- `find_*` finds an item by key without the ledger (crash recovery, ledger
  loss): the key travels with the item (X-Relance-Key header, UID, private
  extended property).
- `state` never changes anything; `remove` removes only an UNTOUCHED item.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal, Protocol

from policy.model import CalendarEvent, DraftSpec, EventSpec, Message, Problem
from policy.safe_text import SUBJECT_LIMIT, plain_line

Progress = Callable[[str, int, int], None]
"""Told `(what, done, total)` while a source reads: what is being read
("calendar", "mail"), how many of `total` units are done. The daemon shows
it; a connector never prints."""


def no_progress(what: str, done: int, total: int) -> None:
    """The default `Progress`: nobody is watching."""


class ItemState(StrEnum):
    UNTOUCHED = "untouched"  # as relance wrote it
    CHANGED = "changed"  # the user edited it
    DELETED = "deleted"  # the user deleted it (E4: a decision)
    SENT = "sent"  # drafts only: the user sent it
    ABSENT = "absent"  # nothing was ever found for this key


@dataclass(frozen=True)
class Written:
    """What a sink knows of one item it wrote for a step key."""

    key: str
    remote_id: str
    content_hash: str
    state: ItemState = ItemState.UNTOUCHED


@dataclass(frozen=True)
class CalendarChanges:
    events: tuple[CalendarEvent, ...]  # new or changed instances, cancelled ones flagged
    removed: tuple[str, ...]  # source ids that are gone
    cursor: str  # give it back next time
    full: bool  # `events` is the whole window: what is absent from it is gone
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class MailQuery:
    """Narrows a first sync to mail that may concern the applications (C1)."""

    addresses: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()
    ats_domains: frozenset[str] = frozenset()
    since: datetime | None = None


@dataclass(frozen=True)
class MailChanges:
    messages: tuple[Message, ...]  # inbound and outbound, text already readable
    cursor: str
    problems: tuple[Problem, ...] = ()


class CalendarSource(Protocol):
    def changes(self, cursor: str | None) -> CalendarChanges:
        """Events changed since `cursor` (None: a full read of the window).

        Raises CursorExpired when the cursor is too old to use."""
        ...


class MailSource(Protocol):
    def changes(self, cursor: str | None, query: MailQuery) -> MailChanges:
        """Messages new since `cursor`; with None, those `query` selects.

        Raises CursorExpired when the cursor is too old to use."""
        ...


class EventSink(Protocol):
    def ensure_event(self, key: str, spec: EventSpec, previous: Written | None) -> Written: ...

    def find_event(self, key: str) -> Written | None: ...

    def event_state(self, written: Written) -> ItemState: ...

    def remove_event(self, written: Written) -> ItemState:
        """Remove the event if UNTOUCHED; return the state it was found in."""
        ...


class DraftSink(Protocol):
    def ensure_draft(self, key: str, spec: DraftSpec, previous: Written | None) -> Written: ...

    def find_draft(self, key: str) -> Written | None: ...

    def draft_state(self, written: Written) -> ItemState: ...

    def remove_draft(self, written: Written) -> ItemState:
        """Remove the draft if UNTOUCHED; return the state it was found in."""
        ...


EnsureAction = Literal["create", "update", "keep", "changed", "gone"]


def ensure_action(
    current_hash: str | None, previous: Written | None, new_hash: str
) -> EnsureAction:
    """What `ensure_*` does, the same for every backend.

    `current_hash` is the hash of the item found for the key now (None: none
    found), `previous` what relance wrote last time (None: unknown).
    create: nothing there and nothing written before. gone: it was written and
    the user deleted (or sent) it: never write it again (E4). changed: what is
    there is not what relance wrote: the user's version wins (E3). update: it
    is relance's, but the spec moved. keep: it is already as asked.
    """
    if current_hash is None:
        return "create" if previous is None else "gone"
    expected = previous.content_hash if previous is not None else new_hash
    if current_hash != expected:
        return "changed"
    return "keep" if current_hash == new_hash else "update"


def event_hash(spec: EventSpec) -> str:
    """The fingerprint of an event's content, the same for every backend."""
    # Instants compared in UTC: a backend may hand times back in another offset.
    start, end = (t.astimezone(UTC).isoformat() for t in (spec.start, spec.end))
    # The alarm and the busy slot count only when set: an event without them
    # keeps the fingerprint it had before relance wrote either.
    extra = [] if spec.alarm_minutes is None else [f"alarm {spec.alarm_minutes}"]
    extra += ["busy"] if spec.busy else []
    return _digest(spec.title, start, end, spec.description.strip(), *extra)


def draft_hash(spec: DraftSpec) -> str:
    """The fingerprint of a draft's content, the same for every backend."""
    # A header cannot hold a line break: a backend writes the subject on one line,
    # bounded and without invisible characters, as `plain_line` makes it.
    subject = " ".join(plain_line(spec.subject, SUBJECT_LIMIT).split())
    return _digest(subject, _normalise_body(spec.body), ",".join(sorted(a.email for a in spec.to)))


def _normalise_body(body: str) -> str:
    # Mail transports rewrap line ends and trailing blanks; those are not edits.
    text = body.replace("\r\n", "\n").replace("\r", "\n")  # a lone CR is a line end too
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]
