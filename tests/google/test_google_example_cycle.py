"""The example job search (examples/) run on Google gives the same drafts and events.

The ICS calendar and the Maildir of the example are loaded into the emulator
(events as Google would store them, mail as Gmail would), then one daemon
cycle runs on each pair of backends at the example's date, and what they
wrote is compared.
"""

from __future__ import annotations

import base64
import hashlib
import shutil
from contextlib import suppress
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from connectors.base import CalendarSource
from connectors.errors import TransientError
from connectors.google.factory import GoogleSettings, google_backends
from connectors.ics_sink import IcsEventSink
from connectors.ics_source import IcsCalendarSource
from connectors.maildir import MaildirMailbox
from connectors.mime import KEY_HEADER, parse_bytes
from daemon.backends import Backends
from daemon.clock import FixedClock
from daemon.cycle import Cycle, CycleReport
from daemon.ledger import LedgerStore
from daemon.wiring import WINDOW_AFTER, WINDOW_BEFORE
from policy.model import Address, CalendarEvent
from policy.settings import Settings
from tests.google.google_fixtures import write_token
from tests.google_emulator import Emulator
from tests.google_emulator.faults import Fault
from tests.google_emulator.markers import is_draft_marker

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 9, 9, 30, tzinfo=PARIS)
USER = "camille.martin@gmail.com"
SETTINGS = Settings(user_name="Camille Martin", user_emails=(USER,))


def local_cycle(tmp: Path) -> tuple[CycleReport, IcsCalendarSource]:
    shutil.copytree(EXAMPLES / "Maildir", tmp / "Maildir")
    calendar = IcsCalendarSource(EXAMPLES / "calendar", NOW - WINDOW_BEFORE, NOW + WINDOW_AFTER,
                                 user_emails=(USER,))
    events = IcsEventSink(tmp / "relance.ics", lambda: NOW, timezone="Europe/Paris")
    mailbox = MaildirMailbox(tmp / "Maildir", lambda: NOW, user_emails=(USER,),
                             user_name="Camille Martin", drafts_maildir=tmp / "Drafts")
    cycle = Cycle(Backends(calendar, mailbox, events, mailbox),
                  LedgerStore.open(tmp / "local.sqlite3"), SETTINGS, FixedClock(NOW))
    return cycle.run(), calendar


def _when(value: datetime | date, zone: str | None) -> dict[str, str]:
    if isinstance(value, datetime):
        valid = zone if zone and _known(zone) else None
        return {"dateTime": value.isoformat(), **({"timeZone": valid} if valid else {})}
    return {"date": value.isoformat()}


def _known(zone: str) -> bool:
    try:
        ZoneInfo(zone)
    except (ValueError, KeyError, OSError):
        return False
    return True


def as_google(event: CalendarEvent) -> dict[str, Any]:
    """The event as Google Calendar would hold it in the user's primary calendar."""
    digest = hashlib.sha256(event.source_id.encode()).digest()
    attendees = [{"email": a.email, **({"displayName": a.name} if a.name else {}),
                  "responseStatus": "declined" if a.declined else "accepted",
                  **({"self": True} if a.is_self or a.email == USER else {})}
                 for a in event.attendees]
    if event.declined_by_user and not any(a.get("self") for a in attendees):
        attendees.append({"email": USER, "self": True, "responseStatus": "declined"})
    body: dict[str, Any] = {
        "id": base64.b32hexencode(digest).decode().rstrip("=").lower(),
        "status": "cancelled" if event.cancelled else "confirmed",
        "summary": event.title, "description": event.description, "location": event.location,
        "start": _when(event.start, event.timezone),
        "end": _when(event.end or event.start, event.timezone), "attendees": attendees}
    if event.organizer:
        body["organizer"] = {"email": event.organizer.email,
                             **({"displayName": event.organizer.name}
                                if event.organizer.name else {})}
    return body


def load_google(emulator: Emulator, calendar: CalendarSource) -> None:
    for event in calendar.changes(None).events:
        emulator.calendar.put_event("primary", as_google(event))
    mail: list[tuple[datetime, bytes, tuple[str, ...]]] = []
    for folder, labels in (("cur", ("INBOX",)), ("new", ("INBOX",)),
                           (".Sent/cur", ("SENT",)), (".Sent/new", ("SENT",))):
        for path in sorted((EXAMPLES / "Maildir" / folder).glob("*")):
            if path.is_file() and not path.name.startswith("."):
                raw = path.read_bytes()
                mail.append((parsedate_to_datetime(str(parse_bytes(raw)["Date"])), raw, labels))
    for _when_sent, raw, labels in sorted(mail, key=lambda m: m[0]):  # as Gmail got them
        emulator.gmail.deliver(raw, labels)


def google_cycle(emulator: Emulator, tmp: Path) -> CycleReport:
    return google_daemon(emulator, tmp).run()


def google_daemon(emulator: Emulator, tmp: Path) -> Cycle:
    settings = GoogleSettings(
        token_file=write_token(emulator, tmp / "token.json"), api_endpoint=emulator.url,
        user_emails=frozenset({USER}), sender=Address(USER, "Camille Martin"),
        days_back=WINDOW_BEFORE.days, days_ahead=WINDOW_AFTER.days)
    google = google_backends(settings, lambda: NOW, create_calendar=True,
                             sleep=lambda seconds: None)
    return Cycle(Backends(google.calendar, google.mail, google.events, google.drafts),
                 LedgerStore.open(tmp / "google.sqlite3"), SETTINGS, FixedClock(NOW))


def test_the_example_on_google_writes_what_it_writes_locally(tmp_path: Path) -> None:
    local, calendar = local_cycle(tmp_path)
    emulator = Emulator(user_email=USER).start()
    try:
        load_google(emulator, calendar)
        remote = google_cycle(emulator, tmp_path)
        assert sorted((c.key, c.what) for c in remote.changes) == sorted(
            (c.key, c.what) for c in local.changes)
        assert len(local.changes) > 5
        drafts = {str(m[KEY_HEADER]): (str(m["Subject"]), str(m["To"]))
                  for m in emulator.gmail.drafts()}
        assert sorted(drafts) == sorted(c.key for c in local.changes if "draft" in c.what)
        assert emulator.gmail.box.send_attempts == []
        assert replies_share_their_thread(emulator) >= 1
    finally:
        emulator.stop()


def replies_share_their_thread(emulator: Emulator) -> int:
    """Drafts answering a message sit in that message's Gmail thread (E1); how many."""
    box = emulator.gmail.box
    by_message_id = {m.header("Message-ID"): m for m in box.messages.values()}
    replies = 0
    for message_id in box.drafts.values():
        draft = box.messages[message_id]
        parent = by_message_id.get(draft.header("In-Reply-To"))
        if parent is not None:
            assert draft.thread_id == parent.thread_id, draft.header("Subject")
            replies += 1
    return replies


def test_with_faults_the_example_ends_with_the_same_items_and_no_twin(tmp_path: Path) -> None:
    local, calendar = local_cycle(tmp_path)
    emulator = Emulator(user_email=USER, seed=5).start()
    try:
        load_google(emulator, calendar)
        emulator.faults.add(Fault(503, ratio=0.15))
        emulator.faults.add(Fault(500, pattern="drafts.create|events.insert", ratio=0.25,
                                  after=True))  # the write lands, its answer is lost
        emulator.faults.add(Fault(429, ratio=0.05, retry_after=1))
        daemon = google_daemon(emulator, tmp_path)
        for _cycle in range(6):  # what failed in one cycle is tried again in the next
            with suppress(TransientError):
                daemon.run()
        emulator.faults.clear()
        daemon.run()
        assert emulator.faults.injected > 20
        drafts = sorted(str(m[KEY_HEADER]) for m in emulator.gmail.drafts())
        assert drafts == sorted(c.key for c in local.changes if c.what == "draft written")
        events = sorted(e["extendedProperties"]["private"]["relanceKey"]
                        for c in emulator.calendar.calendars if c != USER
                        for e in emulator.calendar.live_events(c) if not is_draft_marker(e))
        assert events == sorted(c.key for c in local.changes if c.what == "event written")
        assert emulator.gmail.box.send_attempts == []
    finally:
        emulator.stop()
