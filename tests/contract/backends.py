"""The registry of backends the contract suite runs against.

Each backend registers a factory: a generator that takes a fresh temporary
directory, yields a `CalendarBackend` or a `MailBackend` (its source, its
sink, and a `user` adapter that acts on its own storage as the user would),
and cleans up after the yield. The suite's conftest imports every
`backend_*.py` module of this folder, so a new backend joins the suite by
adding such a module, e.g.:

    from backends import CalendarBackend, register_calendar

    @register_calendar("google")
    def google(tmp: Path) -> Iterator[CalendarBackend]:
        server = start_emulator()          # or pytest.skip(...)
        yield CalendarBackend(source=..., sink=..., user=...)
        server.stop()
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from connectors.base import CalendarSource, DraftSink, EventSink, MailSource


class CalendarUser(Protocol):
    """Acts on a calendar backend's own storage, as the user would."""

    def edit_event(self, key: str, title: str) -> None:
        """Retitle the event relance wrote for `key`."""

    def delete_event(self, key: str) -> None:
        """Delete the event relance wrote for `key`."""

    def count_events(self, key: str) -> int:
        """How many events carrying `key` the storage holds."""

    def add_event(self, uid: str, title: str, start: datetime, end: datetime) -> None:
        """A new event of the user's own, visible to the backend's source."""


class MailUser(Protocol):
    """Acts on a mail backend's own storage, as the user or a recruiter would."""

    def edit_draft(self, key: str, body: str) -> None: ...

    def delete_draft(self, key: str) -> None: ...

    def send_draft(self, key: str) -> None:
        """Send the draft: it leaves the drafts and lands in Sent, headers kept."""

    def count_drafts(self, key: str) -> int: ...

    def receive(self, sender: str, subject: str, body: str, date: datetime) -> None:
        """A message from `sender` to the user arrives in the inbox."""


@dataclass
class CalendarBackend:
    source: CalendarSource
    sink: EventSink
    user: CalendarUser


@dataclass
class MailBackend:
    source: MailSource
    sink: DraftSink
    user: MailUser


CalendarFactory = Callable[[Path], AbstractContextManager[CalendarBackend]]
MailFactory = Callable[[Path], AbstractContextManager[MailBackend]]

CALENDAR_BACKENDS: dict[str, CalendarFactory] = {}
MAIL_BACKENDS: dict[str, MailFactory] = {}


def register_calendar(
    name: str,
) -> Callable[[Callable[[Path], Iterator[CalendarBackend]]], CalendarFactory]:
    def register(factory: Callable[[Path], Iterator[CalendarBackend]]) -> CalendarFactory:
        managed = contextmanager(factory)
        CALENDAR_BACKENDS[name] = managed
        return managed

    return register


def register_mail(name: str) -> Callable[[Callable[[Path], Iterator[MailBackend]]], MailFactory]:
    def register(factory: Callable[[Path], Iterator[MailBackend]]) -> MailFactory:
        managed = contextmanager(factory)
        MAIL_BACKENDS[name] = managed
        return managed

    return register
