"""relance's own events, written to their own .ics file.

The file is never the user's input: the user imports it (Google Calendar,
Outlook, Thunderbird) or subscribes to it. Each event has a stable UID
derived from its step key, an `X-RELANCE-KEY` property, a SEQUENCE raised on
each update and a DTSTAMP from the injected clock. Every write replaces the
whole file atomically (temporary file, then `os.replace`), so a crash leaves
the old file or the new one, never half of one.

What the user did is read from the file: an event gone from it is DELETED,
one whose content no longer hashes as written is CHANGED. Edits made in a
calendar the file was imported into are not visible here.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Component

from connectors.base import ItemState, Written, ensure_action, event_hash
from connectors.errors import UserError
from connectors.ics_serializer import (
    KEY_PROPERTY,
    calendar_bytes,
    event_component,
    event_uid,
    own_events,
    written_spec,
)
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

    def ensure_event(self, key: str, spec: EventSpec, previous: Written | None) -> Written:
        events = self._load()
        current = events.get(key)
        new = Written(key, event_uid(key), event_hash(spec))
        action = ensure_action(
            None if current is None else _hash(current), previous, new.content_hash
        )
        if action == "gone":
            return replace(previous or new, state=ItemState.DELETED)  # E4
        if action == "changed":
            return replace(previous or new, state=ItemState.CHANGED)  # E3: the user's wins
        if action != "keep":
            sequence = 0 if current is None else _sequence(current) + 1
            events[key] = event_component(key, spec, self._zone, sequence, self._clock())
            self._save(events)
            logger.info("%s event %s in %s", action, event_uid(key), self.path)
        return new

    def find_event(self, key: str) -> Written | None:
        current = self._load().get(key)
        return None if current is None else Written(key, event_uid(key), _hash(current))

    def event_state(self, written: Written) -> ItemState:
        current = self._load().get(written.key)
        if current is None:
            return ItemState.DELETED
        same = _hash(current) == written.content_hash
        return ItemState.UNTOUCHED if same else ItemState.CHANGED

    def remove_event(self, written: Written) -> ItemState:
        events = self._load()
        current = events.get(written.key)
        if current is None:
            return ItemState.DELETED
        if _hash(current) != written.content_hash:
            return ItemState.CHANGED
        del events[written.key]
        self._save(events)
        logger.info("removed event %s from %s", written.remote_id, self.path)
        return ItemState.UNTOUCHED

    def _load(self) -> dict[str, Component]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise UserError(f"cannot read relance's calendar file {self.path}: {error}") from None
        try:
            components = own_events(data)
        except Exception as error:  # a hand-broken file: never overwrite it blindly
            raise UserError(
                f"relance's calendar file {self.path} is not valid iCalendar ({error}); "
                "fix it or move it away"
            ) from None
        return {str(c[KEY_PROPERTY]): c for c in components if KEY_PROPERTY in c}

    def _save(self, events: dict[str, Component]) -> None:
        data = calendar_bytes(events.values(), self._name)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".relance-", dir=self.path.parent)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            Path(temporary).replace(self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _hash(component: Component) -> str:
    spec = written_spec(component)
    return UNREADABLE if spec is None else event_hash(spec)


def _sequence(component: Component) -> int:
    try:
        return int(component.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0
