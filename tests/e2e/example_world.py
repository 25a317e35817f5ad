"""A private copy of the source tree's examples, run through the real command line.

`ExampleWorld` copies `examples/` and `config.example.toml` into a test's
folder (the repository is never written to), runs `relance` in-process with
`daemon.cli.main`, and reads back what relance wrote: the drafts of the
Maildir `out/Drafts/.Drafts` with the standard `email` package, the events of
`out/relance.ics` with `icalendar`, and the step statuses of the ledger.
"""

from __future__ import annotations

import email
import email.policy
import io
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from rich.console import Console

from daemon.cli import main

PARIS = ZoneInfo("Europe/Paris")
REPO = Path(__file__).resolve().parents[2]
FIRST_NOW = "2026-12-09T09:30"
WEEK_LATER = "2026-12-16T09:30"


def paris(year: int, month: int, day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=PARIS)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


@dataclass(frozen=True)
class Event:
    key: str
    start: datetime
    summary: str
    description: str
    alarm: timedelta | None = None  # the VALARM's trigger, if any
    transparency: str = ""


class ExampleWorld:
    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(REPO / "examples", root / "examples",
                        ignore=shutil.ignore_patterns("__pycache__", "*.py"))
        shutil.copy2(REPO / "config.example.toml", root / "config.example.toml")
        self.config = root / "config.example.toml"
        self.maildir = root / "examples" / "Maildir"
        self.drafts_dir = root / "out" / "Drafts" / ".Drafts"
        self.ics = root / "out" / "relance.ics"
        self.ledger = root / "out" / "ledger.sqlite3"

    # -- running ------------------------------------------------------------
    def run(self, now: str, *command: str) -> Run:
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["--config", str(self.config), "--now", now, *command],
            Console(file=out, width=250, color_system=None),
            Console(file=err, width=250, color_system=None),
        )
        return Run(code, out.getvalue(), err.getvalue())

    def once(self, now: str = FIRST_NOW) -> Run:
        result = self.run(now, "once")
        assert result.code == 0, result.err
        return result

    # -- reading what relance wrote -------------------------------------------
    def draft_files(self) -> dict[str, Path]:
        """The draft files of the drafts folder, by X-Relance-Key (one file per key)."""
        found: dict[str, Path] = {}
        for sub in ("cur", "new"):
            folder = self.drafts_dir / sub
            for path in sorted(folder.iterdir()) if folder.exists() else []:
                key = str(read_message(path)["X-Relance-Key"])
                assert key not in found, f"two drafts for {key}"
                found[key] = path
        return found

    def drafts(self) -> dict[str, EmailMessage]:
        return {key: read_message(path) for key, path in self.draft_files().items()}

    def draft_bytes(self) -> dict[str, bytes]:
        return {key: path.read_bytes() for key, path in self.draft_files().items()}

    def events(self) -> dict[str, Event]:
        calendar = icalendar.Calendar.from_ical(self.ics.read_bytes())
        found: dict[str, Event] = {}
        for component in calendar.walk("VEVENT"):
            key = str(component["X-RELANCE-KEY"])
            assert key not in found, f"two events for {key}"
            start = component.decoded("DTSTART")
            assert isinstance(start, datetime) and start.tzinfo is not None
            alarms = [a.decoded("TRIGGER") for a in component.walk("VALARM")]
            assert len(alarms) <= 1, f"several alarms for {key}"
            found[key] = Event(key, start.astimezone(PARIS), str(component["SUMMARY"]),
                               str(component.get("DESCRIPTION", "")),
                               alarms[0] if alarms else None, str(component.get("TRANSP")))
        return found

    def event_starts(self) -> dict[str, datetime]:
        return {key: event.start for key, event in self.events().items()}

    def statuses(self) -> dict[str, str]:
        connection = sqlite3.connect(f"file:{self.ledger}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT key, status FROM steps").fetchall()
        finally:
            connection.close()
        return {str(key): str(status) for key, status in rows}

    def tree(self) -> dict[str, bytes]:
        """Every file under out/ but the ledger and its lock, by relative path."""
        out = self.root / "out"
        return {
            str(p.relative_to(out)): p.read_bytes()
            for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith("ledger.sqlite3")
        }

    def message_ids(self) -> set[str]:
        """The Message-IDs of every message of the example mailbox (all folders)."""
        ids = set()
        for path in self.maildir.rglob("*"):
            if path.is_file() and path.parent.name in ("cur", "new"):
                ids.add(str(read_message(path)["Message-ID"]).strip())
        return ids


def read_message(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None and isinstance(part, EmailMessage)
    text = part.get_content()
    assert isinstance(text, str)
    return text


def address(message: EmailMessage, header: str = "To") -> str:
    """The one address of a header, lower case."""
    found = message[header].addresses
    assert len(found) == 1, f"{header}: {message[header]}"
    return str(found[0].addr_spec).lower()
