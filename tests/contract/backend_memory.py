"""The in-memory backends, registered for the contract suite."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from backends import CalendarBackend, MailBackend, register_calendar, register_mail

from connectors.memory import MemoryCalendar, MemoryMailbox
from policy.model import Address, CalendarEvent, Direction, Message


@dataclass
class MemoryCalendarUser:
    calendar: MemoryCalendar

    def edit_event(self, key: str, title: str) -> None:
        self.calendar.user_edit_event(key, title=title)

    def delete_event(self, key: str) -> None:
        self.calendar.user_delete_event(key)

    def count_events(self, key: str) -> int:
        return int(key in self.calendar.relance_events())

    def add_event(self, uid: str, title: str, start: datetime, end: datetime) -> None:
        self.calendar.add_event(CalendarEvent(source_id=uid, title=title, start=start, end=end))


@dataclass
class MemoryMailUser:
    mailbox: MemoryMailbox
    received: int = 0

    def edit_draft(self, key: str, body: str) -> None:
        self.mailbox.user_edit_draft(key, body)

    def delete_draft(self, key: str) -> None:
        self.mailbox.user_delete_draft(key)

    def send_draft(self, key: str) -> None:
        self.mailbox.user_send_draft(key)

    def count_drafts(self, key: str) -> int:
        return int(key in self.mailbox.drafts())

    def receive(self, sender: str, subject: str, body: str, date: datetime) -> None:
        self.received += 1
        number = self.received
        self.mailbox.add_message(
            Message(
                id=f"in-{number}",
                thread_id=None,
                sender=Address(sender),
                recipients=(Address(self.mailbox.user_email),),
                date=date,
                direction=Direction.INBOUND,
                subject=subject,
                text=body,
            )
        )


@register_calendar("memory")
def memory_calendar(tmp: Path) -> Iterator[CalendarBackend]:
    calendar = MemoryCalendar()
    yield CalendarBackend(source=calendar, sink=calendar, user=MemoryCalendarUser(calendar))


@register_mail("memory")
def memory_mailbox(tmp: Path) -> Iterator[MailBackend]:
    mailbox = MemoryMailbox(user_email="me@example.org")
    yield MailBackend(source=mailbox, sink=mailbox, user=MemoryMailUser(mailbox))
