"""Builds the four Google connectors from plain settings: what the daemon wires."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from connectors.google.calendar import GoogleCalendarSource, GoogleEventSink, own_calendar
from connectors.google.client import Endpoints, GoogleClient
from connectors.google.draft_marks import DraftMarks
from connectors.google.gmail import GmailSource
from connectors.google.gmail_drafts import GmailDraftSink
from connectors.google.retry import Retrier, RetryPolicy
from connectors.mime import MailReading
from policy.model import Address


@dataclass(frozen=True)
class GoogleSettings:
    token_file: Path
    api_endpoint: str | None = None  # a proxy or the emulator; None: Google itself
    token_uri: str | None = None  # None: the token file's own
    calendars: tuple[str, ...] = ("primary",)  # where interviews are read
    calendar_id: str | None = None  # relance's own calendar, from the ledger or the config
    calendar_name: str = "relance"
    timezone: str = "Europe/Paris"
    user_emails: frozenset[str] = frozenset()  # lower-cased
    sender: Address | None = None  # the From of drafts; None: the account's address
    days_back: int = 120
    days_ahead: int = 60
    timeout: float = 30.0
    retry: RetryPolicy = field(default_factory=RetryPolicy)


@dataclass(frozen=True)
class GoogleBackends:
    calendar: GoogleCalendarSource
    events: GoogleEventSink
    mail: GmailSource
    drafts: GmailDraftSink
    client: GoogleClient
    calendar_id: str  # keep it in the ledger: it cannot be found again by name


def endpoints_for(settings: GoogleSettings) -> Endpoints:
    if settings.api_endpoint:
        return Endpoints.from_root(settings.api_endpoint, settings.token_uri)
    return Endpoints(token_uri=settings.token_uri)


def google_client(settings: GoogleSettings,
                  sleep: Callable[[float], None] = time.sleep) -> GoogleClient:
    retrier = Retrier(sleep=sleep, policy=settings.retry)
    return GoogleClient.from_token_file(settings.token_file, endpoints_for(settings), retrier,
                                        timeout=settings.timeout)


def google_backends(settings: GoogleSettings, now: Callable[[], datetime], *,
                    create_calendar: bool = False,
                    sleep: Callable[[float], None] = time.sleep) -> GoogleBackends:
    """The connectors; relance's calendar is created only when `create_calendar` says so."""
    client = google_client(settings, sleep)
    calendar_id = own_calendar(client, settings.calendar_id, create=create_calendar,
                               name=settings.calendar_name, timezone=settings.timezone)
    reading = MailReading(timezone=settings.timezone, user_emails=settings.user_emails)
    return GoogleBackends(
        calendar=GoogleCalendarSource(client, settings.calendars, now,
                                      days_back=settings.days_back,
                                      days_ahead=settings.days_ahead),
        events=GoogleEventSink(client, calendar_id),
        mail=GmailSource(client, reading),
        drafts=GmailDraftSink(client, now, settings.sender, DraftMarks(client, calendar_id)),
        client=client,
        calendar_id=calendar_id,
    )
