"""A first sync holds the text of the mail that may concern an application, not
of the whole mailbox; the text left out is read again when the cycle needs it."""

from __future__ import annotations

import tracemalloc
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from connectors.base import MailQuery
from connectors.maildir import MaildirMailbox
from daemon.mail_bodies import keeps_text
from policy.model import Message
from policy.settings import Settings

NOW = datetime(2026, 12, 9, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
QUERY = MailQuery(addresses=frozenset({"jeanne@acme.example"}),
                  domains=frozenset({"acme.example"}))
PARAGRAPH = "Un long paragraphe de conseils pour votre recherche d'emploi. " * 250


def _mail(folder: Path, n: int, sender: str, subject: str, text: str) -> None:
    (folder / "cur" / f"1765000{n:04d}.M{n}P1.host:2,S").write_text(
        f"From: {sender}\r\nTo: camille@example.org\r\nSubject: {subject}\r\n"
        f"Date: Mon, 7 Dec 2026 10:00:00 +0100\r\nMessage-ID: <m{n}@x.example>\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n", encoding="utf-8")


def _mailbox(tmp_path: Path, newsletters: int) -> Path:
    root = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    _mail(root, 0, "Jeanne Dupont <jeanne@acme.example>", "Votre candidature",
          "Nous ne donnerons pas suite à votre candidature.")
    _mail(root, 1, "Acme via Workday <no-reply@myworkday.com>", "Candidature",
          "Acme Industrie vous remercie de votre candidature.")
    for n in range(2, 2 + newsletters):
        _mail(root, n, "La Lettre <news@lettre.example>", f"Lettre {n}", f"{PARAGRAPH}{n}")
    return root


def _read(root: Path) -> tuple[MaildirMailbox, dict[str, Message]]:
    box = MaildirMailbox(root, lambda: NOW, user_emails=["camille@example.org"],
                         keeps_text=keeps_text(Settings()))
    return box, {m.subject: m for m in box.changes(None, QUERY).messages}


def test_only_mail_that_may_concern_an_application_keeps_its_text(tmp_path: Path) -> None:
    box, found = _read(_mailbox(tmp_path, 3))
    assert "ne donnerons pas suite" in found["Votre candidature"].text  # a contact
    assert "Acme Industrie" in found["Candidature"].text  # a tracking system names the company
    assert found["Lettre 2"].text == ""
    again, problems = box.full_message(found["Lettre 2"])  # the cycle matched it after all
    assert problems == []
    assert again.text.startswith("Un long paragraphe") and again.text.endswith("2")
    assert again.subject == "Lettre 2" and again.id == found["Lettre 2"].id


def test_memory_held_does_not_grow_with_the_newsletters(tmp_path: Path) -> None:
    def held(newsletters: int) -> int:
        root = _mailbox(tmp_path / str(newsletters), newsletters)
        tracemalloc.start()
        try:
            _, found = _read(root)
            size = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert len(found) == newsletters + 2
        return size

    small, large = held(20), held(200)
    # Each newsletter's text is about 16 KB: holding them would add about 3 MB.
    assert large - small < 180 * 3_000


INVITE = """BEGIN:VCALENDAR\r
METHOD:REQUEST\r
BEGIN:VEVENT\r
UID:round2@booking.example\r
DTSTART:20261215T100000Z\r
DTEND:20261215T110000Z\r
SUMMARY:Entretien Acme Industrie\r
ORGANIZER;CN=Jeanne Dupont:mailto:jeanne.d@gmail.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_invitation_is_read_even_from_mail_whose_text_is_left_out(tmp_path: Path) -> None:
    root = _mailbox(tmp_path, 1)
    (root / "cur" / "1765009999.M9P1.host:2,S").write_text(
        "From: Agenda <agenda@booking.example>\r\nTo: camille@example.org\r\n"
        "Subject: Invitation\r\nDate: Mon, 7 Dec 2026 11:00:00 +0100\r\n"
        "Message-ID: <inv@booking.example>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\nVous êtes invitée.\r\n--b\r\n"
        "Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n"
        f"{INVITE}--b--\r\n", encoding="utf-8")
    _, found = _read(root)
    invitation = found["Invitation"]
    assert invitation.text == ""  # no party of the applications: its text waits
    assert [e.title for e in invitation.invitations] == ["Entretien Acme Industrie"]
