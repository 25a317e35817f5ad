"""The Maildir backend: inbox and Sent as source, Drafts as sink, in a temporary maildir."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

from backends import MailBackend, register_mail

from connectors.maildir import MaildirMailbox

STAMP = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


@dataclass
class MaildirUser:
    """Acts on the files, as a mail client would."""

    root: Path

    def _draft_files(self, key: str) -> list[Path]:
        found = []
        for path in sorted((self.root / ".Drafts").glob("*/*")):
            with path.open("rb") as handle:
                headers = BytesParser(policy=policy.default).parse(handle, headersonly=True)
            if str(headers.get("X-Relance-Key", "")) == key:
                found.append(path)
        return found

    def edit_draft(self, key: str, body: str) -> None:
        [path] = self._draft_files(key)
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        assert isinstance(message, EmailMessage)
        message.set_content(body)
        path.write_bytes(message.as_bytes())

    def delete_draft(self, key: str) -> None:
        for path in self._draft_files(key):
            path.unlink()

    def send_draft(self, key: str) -> None:
        [path] = self._draft_files(key)
        sent = mailbox.Maildir(self.root).get_folder("Sent")
        message = mailbox.MaildirMessage(path.read_bytes())
        message.set_subdir("cur")
        message.set_flags("S")
        sent.add(message)
        path.unlink()

    def count_drafts(self, key: str) -> int:
        return len(self._draft_files(key))

    def receive(self, sender: str, subject: str, body: str, date: datetime) -> None:
        message = EmailMessage()
        message["From"] = sender
        message["To"] = "me@example.org"
        message["Subject"] = subject
        message["Date"] = format_datetime(date)
        message["Message-ID"] = f"<{abs(hash((sender, subject)))}@{sender.split('@')[1]}>"
        message.set_content(body)
        mailbox.Maildir(self.root).add(message)


@register_mail("maildir")
def maildir_mailbox(tmp: Path) -> Iterator[MailBackend]:
    root = tmp / "Mail"
    top = mailbox.Maildir(root, create=True)
    top.add_folder("Sent")
    box = MaildirMailbox(
        root, clock=lambda: STAMP, user_emails=("me@example.org",), user_name="Camille Martin"
    )
    yield MailBackend(source=box, sink=box, user=MaildirUser(root))
