"""The four connectors a cycle talks to, and how a configuration builds them."""

from __future__ import annotations

from dataclasses import dataclass

from connectors.base import CalendarSource, DraftSink, EventSink, MailSource


@dataclass(frozen=True)
class Backends:
    calendar: CalendarSource
    mail: MailSource
    events: EventSink
    drafts: DraftSink
