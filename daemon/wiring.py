"""Builds the connectors a configuration names, and says where outputs go."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from connectors.base import (
    CalendarSource,
    DraftSink,
    EventSink,
    MailSource,
    Progress,
    no_progress,
)
from connectors.ics_sink import IcsEventSink
from connectors.ics_source import IcsCalendarSource
from connectors.maildir import MaildirMailbox
from daemon.backends import Backends
from daemon.clock import Clock
from daemon.config import Config
from daemon.ledger import LedgerStore
from daemon.mail_bodies import keeps_text
from policy.model import Address

if TYPE_CHECKING:  # the Google client is imported only by a configuration that uses it
    from connectors.google.factory import GoogleSettings

# The calendar window read each cycle: far enough back for D4's reminders
# (months after a refusal), far enough ahead for announced interviews.
WINDOW_BEFORE = timedelta(days=550)
WINDOW_AFTER = timedelta(days=400)


CALENDAR_ID = "google_calendar_id"  # ledger meta: relance's own Google calendar


def build_backends(config: Config, clock: Clock, store: LedgerStore,
                   progress: Progress = no_progress) -> Backends:
    """`progress` is told of the local files' reading (the Google connectors
    page through the API and tell nothing yet)."""
    google = None
    if "google" in (config.calendar.backend, config.mail.backend):
        from connectors.google.factory import google_backends

        google = google_backends(google_settings(config, store.meta(CALENDAR_ID)), clock.now)
    if config.calendar.backend == "google":
        assert google is not None
        calendar: CalendarSource = google.calendar
        events: EventSink = google.events
    else:
        calendar = _ics_source(config, clock, progress)
        events = IcsEventSink(config.output_ics, clock.now, timezone=config.settings.timezone)
    if config.mail.backend == "google":
        assert google is not None
        mail: MailSource = google.mail
        drafts: DraftSink = google.drafts
    else:
        mail = drafts = _maildir(config, clock, progress)
    return Backends(calendar=calendar, mail=mail, events=events, drafts=drafts)


def google_settings(config: Config, known_calendar_id: str | None) -> GoogleSettings:
    from connectors.google.factory import GoogleSettings

    s = config.settings
    return GoogleSettings(
        token_file=config.google.token,
        api_endpoint=config.google.api_endpoint or None,
        calendars=config.google.calendars,
        calendar_id=config.google.calendar_id or known_calendar_id,
        calendar_name=config.google.own_calendar,
        timezone=s.timezone,
        user_emails=frozenset(s.user_emails),
        sender=Address(s.user_emails[0], s.user_name or None) if s.user_emails else None,
    )


def _ics_source(config: Config, clock: Clock, progress: Progress) -> IcsCalendarSource:
    now = clock.now()
    assert config.calendar.path is not None  # checked by the config loader
    return IcsCalendarSource(
        config.calendar.path, now - WINDOW_BEFORE, now + WINDOW_AFTER,
        timezone=config.settings.timezone, user_emails=config.settings.user_emails,
        progress=progress,
    )


def _maildir(config: Config, clock: Clock, progress: Progress) -> MaildirMailbox:
    assert config.mail.maildir is not None  # checked by the config loader
    return MaildirMailbox(
        config.mail.maildir,
        clock.now,
        user_emails=config.settings.user_emails,
        user_name=config.settings.user_name,
        timezone=config.settings.timezone,
        sent_folder=config.mail.sent_folder,
        drafts_folder=config.mail.drafts_folder,
        drafts_maildir=config.mail.drafts_maildir,
        progress=progress,
        keeps_text=keeps_text(config.settings),
    )


def drafts_location(config: Config) -> Path | None:
    """The Maildir++ folder the drafts go to (`.Drafts` of the drafts root)."""
    if config.mail.backend != "maildir":
        return None
    root = config.mail.drafts_maildir or config.mail.maildir
    assert root is not None
    return root / f".{config.mail.drafts_folder}"


def output_lines(config: Config) -> list[str]:
    """Where the user finds what relance wrote."""
    if config.calendar.backend == "google":
        lines = [f"Events: your Google calendar \"{config.google.own_calendar}\""]
    else:
        lines = [f"Events: {config.output_ics} (import it into your calendar, or subscribe "
                 "to it)"]
    drafts = drafts_location(config)
    if drafts is not None:
        lines.append(f"Drafts: {drafts} (a Maildir: open it with your mail client)")
    else:
        lines.append("Drafts: the Drafts folder of your Gmail account")
    lines.append(f"Ledger: {config.ledger}")
    return lines

