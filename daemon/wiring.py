"""Builds the connectors a configuration names, and says where outputs go."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from connectors.errors import UserError
from connectors.ics_sink import IcsEventSink
from connectors.ics_source import IcsCalendarSource
from connectors.maildir import MaildirMailbox
from daemon.backends import Backends
from daemon.clock import Clock
from daemon.config import Config

# The calendar window read each cycle: far enough back for D4's reminders
# (months after a refusal), far enough ahead for announced interviews.
WINDOW_BEFORE = timedelta(days=550)
WINDOW_AFTER = timedelta(days=400)


def build_backends(config: Config, clock: Clock) -> Backends:
    if config.calendar.backend == "google" or config.mail.backend == "google":
        raise UserError(
            "the google backends are not wired into this version yet: "
            'use calendar.backend = "ics" and mail.backend = "maildir"'
        )
    now = clock.now()
    assert config.calendar.path is not None  # checked by the config loader
    calendar = IcsCalendarSource(
        config.calendar.path, now - WINDOW_BEFORE, now + WINDOW_AFTER,
        timezone=config.settings.timezone, user_emails=config.settings.user_emails,
    )
    events = IcsEventSink(config.output_ics, clock.now, timezone=config.settings.timezone)
    mailbox = _maildir(config, clock)
    return Backends(calendar=calendar, mail=mailbox, events=events, drafts=mailbox)


def _maildir(config: Config, clock: Clock) -> MaildirMailbox:
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
    lines = [f"Events: {config.output_ics} (import it into your calendar, or subscribe to it)"]
    drafts = drafts_location(config)
    if drafts is not None:
        lines.append(f"Drafts: {drafts} (a Maildir: open it with your mail client)")
    lines.append(f"Ledger: {config.ledger}")
    return lines

