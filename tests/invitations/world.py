"""A small real job search on disk (an .ics calendar and a Maildir) run through the CLI."""

from __future__ import annotations

import io
import mailbox
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

from icalendar import Calendar
from rich.console import Console

from daemon.cli import main

ME = "camille.martin@gmail.com"
CONFIG = """[user]
timezone = "Europe/Paris"
name = "Camille Martin"
emails = ["{me}"]
[calendar]
backend = "ics"
path = "{root}/calendar"
[mail]
backend = "maildir"
maildir = "{root}/Maildir"
drafts_maildir = "{root}/out/Drafts"
[output]
ics = "{root}/out/relance.ics"
[ledger]
path = "{root}/out/ledger.sqlite3"
"""


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "calendar").mkdir()
        self.inbox = mailbox.Maildir(root / "Maildir", create=True)
        self.inbox.add_folder("Sent")
        self.config = root / "config.toml"
        self.config.write_text(CONFIG.format(root=root, me=ME), encoding="utf-8")

    def calendar(self, name: str, ics: str) -> None:
        data = ics.replace("\r\n", "\n").replace("\n", "\r\n")
        (self.root / "calendar" / name).write_bytes(data.encode("utf-8"))

    def deliver(self, message: EmailMessage) -> None:
        self.inbox.add(message.as_bytes())

    def run(self, now: str, *command: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["--config", str(self.config), "--now", now, *command],
            Console(file=out, width=200), Console(file=err, width=200),
        )
        return code, out.getvalue(), err.getvalue()

    def drafts(self) -> dict[str, EmailMessage]:
        folder = self.root / "out" / "Drafts" / ".Drafts" / "cur"
        found: dict[str, EmailMessage] = {}
        for path in sorted(folder.glob("*")) if folder.is_dir() else ():
            message = BytesParser(policy=default).parsebytes(path.read_bytes())
            assert isinstance(message, EmailMessage)
            found[str(message["X-Relance-Key"])] = message
        return found

    def events(self) -> dict[str, str]:
        """Step key → title of relance's events."""
        return self._events("SUMMARY")

    def event_descriptions(self) -> dict[str, str]:
        return self._events("DESCRIPTION")

    def _events(self, field: str) -> dict[str, str]:
        path = self.root / "out" / "relance.ics"
        if not path.exists():
            return {}
        calendar = Calendar.from_ical(path.read_bytes())
        return {
            str(e.get("X-RELANCE-KEY")): str(e.get(field))
            for e in calendar.walk("VEVENT")
        }
