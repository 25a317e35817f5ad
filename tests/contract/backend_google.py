"""The Google backends, through the real client, against the loopback emulator."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from backends import CalendarBackend, MailBackend, register_calendar, register_mail

from connectors.google.auth import SCOPES
from connectors.google.calendar import GoogleCalendarSource, GoogleEventSink, own_calendar
from connectors.google.calendar_serializer import KEY_PROPERTY, event_id_for
from connectors.google.client import Endpoints, GoogleClient
from connectors.google.draft_marks import DraftMarks
from connectors.google.gmail import GmailSource
from connectors.google.gmail_drafts import GmailDraftSink
from connectors.google.retry import Retrier
from connectors.mime import KEY_HEADER, MailReading
from tests.google_emulator import Emulator

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))


def google_client(emulator: Emulator, tmp: Path) -> GoogleClient:
    token = tmp / "google-token.json"
    token.write_text(
        json.dumps(
            {
                "token": emulator.oauth.new_access_token(),
                "refresh_token": emulator.oauth.new_refresh_token(),
                "client_id": "contract.apps.googleusercontent.com",
                "client_secret": "contract",
                "token_uri": emulator.token_uri,
                "scopes": list(SCOPES),
                "expiry": "2999-01-01T00:00:00Z",
            }
        ),
        encoding="utf-8",
    )
    retrier = Retrier(sleep=lambda seconds: None, rng=random.Random(5))
    return GoogleClient.from_token_file(
        token, Endpoints.from_root(emulator.url), retrier, timeout=5
    )


@dataclass
class GoogleCalendarUser:
    emulator: Emulator
    calendar_id: str

    def edit_event(self, key: str, title: str) -> None:
        self.emulator.calendar.user_edit(self.calendar_id, event_id_for(key), summary=title)

    def delete_event(self, key: str) -> None:
        self.emulator.calendar.user_delete(self.calendar_id, event_id_for(key))

    def count_events(self, key: str) -> int:
        return sum(
            1
            for e in self.emulator.calendar.live_events(self.calendar_id)
            if e.get("extendedProperties", {}).get("private", {}).get(KEY_PROPERTY) == key
        )

    def add_event(self, uid: str, title: str, start: datetime, end: datetime) -> None:
        self.emulator.calendar.put_event(
            "primary",
            {
                "id": uid,
                "summary": title,
                "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Paris"},
                "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Paris"},
            },
        )


@register_calendar("google")
def google_calendar(tmp: Path) -> Iterator[CalendarBackend]:
    emulator = Emulator(seed=1).start()
    try:
        client = google_client(emulator, tmp)
        calendar_id = own_calendar(client, None, create=True)
        yield CalendarBackend(
            source=GoogleCalendarSource(client, ["primary"], lambda: NOW),
            sink=GoogleEventSink(client, calendar_id),
            user=GoogleCalendarUser(emulator, calendar_id),
        )
    finally:
        emulator.stop()


@dataclass
class GoogleMailUser:
    emulator: Emulator
    numbers: itertools.count[int]

    def _draft(self, key: str) -> str:
        [draft_id] = self.emulator.gmail.drafts_with(KEY_HEADER, key)
        return draft_id

    def edit_draft(self, key: str, body: str) -> None:
        self.emulator.gmail.user_edits_draft(self._draft(key), body)

    def delete_draft(self, key: str) -> None:
        self.emulator.gmail.user_deletes_draft(self._draft(key))

    def send_draft(self, key: str) -> None:
        self.emulator.gmail.user_sends_draft(self._draft(key))

    def count_drafts(self, key: str) -> int:
        return len(self.emulator.gmail.drafts_with(KEY_HEADER, key))

    def receive(self, sender: str, subject: str, body: str, date: datetime) -> None:
        mail = EmailMessage()
        mail["From"] = sender
        mail["To"] = self.emulator.user_email
        mail["Subject"] = subject
        mail["Date"] = format_datetime(date)
        mail["Message-ID"] = f"<m{next(self.numbers)}@{sender.rsplit('@', 1)[1]}>"
        mail.set_content(body)
        self.emulator.gmail.deliver(bytes(mail))


@register_mail("google")
def google_mail(tmp: Path) -> Iterator[MailBackend]:
    emulator = Emulator(seed=2).start()
    try:
        client = google_client(emulator, tmp)
        reading = MailReading(user_emails=frozenset({emulator.user_email}))
        marks = DraftMarks(client, own_calendar(client, None, create=True))
        yield MailBackend(
            source=GmailSource(client, reading),
            sink=GmailDraftSink(client, lambda: NOW, marks=marks),
            user=GoogleMailUser(emulator, itertools.count(1)),
        )
    finally:
        emulator.stop()
