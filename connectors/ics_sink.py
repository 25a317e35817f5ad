"""relance's own events, written to their own .ics file.

The file is never the user's input: the user imports it (Google Calendar,
Outlook, Thunderbird) or subscribes to it. Each event has a stable UID
derived from its step key, an `X-RELANCE-KEY` property, a SEQUENCE raised on
each update and a DTSTAMP from the injected clock. Every write replaces the
whole file atomically (temporary file, fsync, then `os.replace`), so a crash
leaves the old file or the new one, never half of one.

The events last read or written are kept with their bytes, valid while the
file holds exactly the bytes this sink last saw: a write costs the file's
size in bytes copied, not a parse and a serialization of every event, and
any change made by someone else makes the next call read the file again.

What the user did is read from the file: an event gone from it is DELETED,
one whose content no longer hashes as written is CHANGED. Edits made in a
calendar the file was imported into are not visible here.

Without the ledger (lost, or moved aside), an event found in the file by its
X-RELANCE-KEY is adopted as relance's, never written twice; one whose key is
listed in `relance.ics.keys` beside the file (`connectors.written_keys`) but
is gone from the file was deleted by the user, and stays deleted (E4).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Component

from connectors.atomic_file import replace_file
from connectors.base import ItemState, Written, ensure_action, event_hash
from connectors.errors import UserError
from connectors.ics_serializer import (
    KEY_PROPERTY,
    calendar_frame,
    event_bytes,
    event_component,
    event_from_bytes,
    event_tzids,
    event_uid,
    own_events,
    written_spec,
)
from connectors.written_keys import WrittenKeys
from policy.model import EventSpec

logger = logging.getLogger(__name__)

UNREADABLE = "unreadable"  # the hash of an event whose times cannot be read: never ours


class IcsEventSink:
    def __init__(
        self,
        path: Path,
        clock: Callable[[], datetime],
        timezone: str = "Europe/Paris",
        calendar_name: str = "Relance",
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._zone = ZoneInfo(timezone)
        self._name = calendar_name
        self._known = _Snapshot(None, {})
        self.written = WrittenKeys(self.path.with_name(self.path.name + ".keys"))
        self._frames: dict[frozenset[str], tuple[bytes, bytes]] = {}
        self.full_reads = 0  # whole-file parses, for tests and benchmarks

    def ensure_event(self, key: str, spec: EventSpec, previous: Written | None) -> Written:
        events = self._load()
        current = events.get(key)
        new = Written(key, event_uid(key), event_hash(spec))
        action = ensure_action(
            None if current is None else current.content_hash, previous, new.content_hash
        )
        if action == "create" and self.written.listed(key):
            action = "gone"  # the ledger was lost after the user deleted it
        if action == "gone":
            return replace(previous or new, state=ItemState.DELETED)  # E4
        if action == "changed":
            return replace(previous or new, state=ItemState.CHANGED)  # E3: the user's wins
        if action != "keep":
            sequence = 0 if current is None else _sequence(current.component) + 1
            component = event_component(key, spec, self._zone, sequence, self._clock())
            self._save({**events, key: _saved(event_bytes(component))})
            logger.info("%s event %s in %s", action, event_uid(key), self.path)
        self.written.add(key, new.content_hash)  # after the write: a kill leaves it adoptable
        return new

    def find_event(self, key: str) -> Written | None:
        current = self._load().get(key)
        if current is None:
            return None
        self.written.add(key, current.content_hash)  # found after a kill: listed from now on
        return Written(key, event_uid(key), current.content_hash)

    def event_state(self, written: Written) -> ItemState:
        current = self._load().get(written.key)
        if current is None:
            return ItemState.DELETED
        same = current.content_hash == written.content_hash
        return ItemState.UNTOUCHED if same else ItemState.CHANGED

    def remove_event(self, written: Written) -> ItemState:
        events = self._load()
        current = events.get(written.key)
        if current is None:
            return ItemState.DELETED
        if current.content_hash != written.content_hash:
            return ItemState.CHANGED
        self.written.drop(written.key)  # before the removal: a kill leaves it adoptable
        self._save({k: v for k, v in events.items() if k != written.key})
        logger.info("removed event %s from %s", written.remote_id, self.path)
        return ItemState.UNTOUCHED

    def _load(self) -> dict[str, _Event]:
        """The file's events, parsed again only when its bytes are not the ones last seen.

        Comparing bytes (not mtimes) sees every edit, however quick or small:
        reading the file is cheap, parsing it is what costs.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise UserError(f"cannot read relance's calendar file {self.path}: {error}") from None
        if data != self._known.data:
            self._known = _Snapshot(data, self._parse(data))
        return self._known.events

    def _parse(self, data: bytes) -> dict[str, _Event]:
        self.full_reads += 1
        try:
            components = own_events(data)
        except Exception as error:  # a hand-broken file: never overwrite it blindly
            raise UserError(
                f"relance's calendar file {self.path} is not valid iCalendar ({error}); "
                "fix it or move it away"
            ) from None
        return {
            str(c[KEY_PROPERTY]): _Event(c, event_bytes(c), _hash(c), event_tzids(c))
            for c in components
            if KEY_PROPERTY in c
        }

    def _save(self, events: dict[str, _Event]) -> None:
        data = self._bytes(events)
        replace_file(self.path, data)
        self._known = _Snapshot(data, events)

    def _bytes(self, events: dict[str, _Event]) -> bytes:
        """The whole file from each event's saved bytes: no event is serialized again."""
        tzids = frozenset().union(*(e.tzids for e in events.values()))
        if tzids not in self._frames:
            self._frames[tzids] = calendar_frame(self._name, tzids)
        head, tail = self._frames[tzids]
        return b"".join([head, *(e.data for e in events.values()), tail])


@dataclass(frozen=True)
class _Event:
    """One event of the file: as read back, its bytes in the file, and what they hash to."""

    component: Component
    data: bytes
    content_hash: str
    tzids: frozenset[str]


@dataclass(frozen=True)
class _Snapshot:
    """The file's bytes as this sink last read or wrote them, and their events."""

    data: bytes | None
    events: dict[str, _Event]


def _saved(data: bytes) -> _Event:
    # Read back from its own bytes, so that the cache holds what a fresh read of
    # the file would hold (hash and sequence included).
    component = event_from_bytes(data)
    return _Event(component, data, _hash(component), event_tzids(component))


def _hash(component: Component) -> str:
    spec = written_spec(component)
    return UNREADABLE if spec is None else event_hash(spec)


def _sequence(component: Component) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0
