"""Mail read as a mail client reads it: WHATWG charsets, 8-bit headers guessed,
Outlook's winmail.dat, bounded sizes; a mail that cannot be read is named."""

from __future__ import annotations

import base64
import struct
import time
from email.message import EmailMessage

from connectors.mime import MailReading, draft_message, read_message
from connectors.tnef import UNREADABLE_TAG
from policy.model import Address, DraftSpec
from policy.safe_text import SUBJECT_LIMIT

READING = MailReading(user_emails=frozenset({"camille@example.org"}))
HEAD = (b"To: camille@example.org\r\nDate: Tue, 08 Dec 2026 10:00:00 +0100\r\n"
        b"Message-ID: <m1@acme.example>\r\n")


def read(data: bytes):  # type: ignore[no-untyped-def]
    message, problems = read_message(data, "Maildir/cur/m1", "m1", READING)
    assert message is not None, problems
    return message, problems


def test_a_raw_8bit_name_is_read_as_windows_1252_and_utf8_as_utf8() -> None:
    latin, _ = read(b"From: Nadia B\xe9nali <n@acme.example>\r\n" + HEAD + b"\r\nBonjour\r\n")
    assert latin.sender.name == "Nadia Bénali"
    utf8, _ = read("From: Nadia Bénali <n@acme.example>\r\n".encode() + HEAD + b"\r\nBonjour\r\n")
    assert utf8.sender.name == "Nadia Bénali"


def test_iso_8859_1_declared_is_read_as_windows_1252_body_and_subject() -> None:
    message, problems = read(
        b"From: rh@acme.example\r\n" + HEAD
        + b"Subject: =?iso-8859-1?q?Entretien_=96_suite?=\r\n"
        b"Content-Type: text/plain; charset=iso-8859-1\r\n\r\n"
        b"Nous revenons vers vous \x93tr\xe8s vite\x94 \x96 merci.\r\n")
    assert message.subject == "Entretien – suite"
    assert "“très vite” – merci" in message.text
    assert "\x96" not in message.text and problems == []


def test_a_gb2312_subject_that_needs_gbk_is_read_whole() -> None:
    words = "面试 镕"  # 镕 is in GBK, not in GB2312
    encoded = base64.b64encode(words.encode("gbk")).decode()
    message, _ = read(b"From: rh@acme.example\r\n" + HEAD
                      + f"Subject: =?gb2312?b?{encoded}?=\r\n\r\nhello\r\n".encode())
    assert message.subject == words


def tnef(body: bytes) -> bytes:
    def obj(name: int, data: bytes) -> bytes:
        return struct.pack("<BHHI", 1, name, 1, len(data)) + data + struct.pack("<H", 0)
    return struct.pack("<IH", 0x223E9F78, 1) + obj(0x800C, body)


def outlook_mail(attachment: bytes) -> bytes:
    email = EmailMessage()
    email["From"] = "Jeanne <rh@acme.example>"
    email["To"] = "camille@example.org"
    email["Date"] = "Tue, 08 Dec 2026 10:00:00 +0100"
    email["Subject"] = "RE: Entretien"
    email.add_attachment(attachment, maintype="application", subtype="ms-tnef",
                         filename="winmail.dat")
    return bytes(email)


def test_a_winmail_dat_reply_is_read_through_tnef() -> None:
    message, problems = read(outlook_mail(tnef(b"Nous revenons vers vous sous quinzaine.")))
    assert "sous quinzaine" in message.text
    assert UNREADABLE_TAG not in message.tags and problems == []


def test_a_damaged_winmail_dat_is_named_unreadable_never_silently_other() -> None:
    message, problems = read(outlook_mail(b"not a tnef file at all"))
    assert UNREADABLE_TAG in message.tags
    (problem,) = problems
    assert problem.where == "Maildir/cur/m1"
    assert "winmail.dat" in problem.what and "read it yourself" in problem.what


def test_a_130_kb_subject_is_read_and_drafted_fast_and_bounded() -> None:
    subject = b"Re: " + b"candidature " * 11_000
    started = time.perf_counter()
    message, _ = read(b"From: rh@acme.example\r\n" + HEAD + b"Subject: " + subject + b"\r\n\r\nx")
    spec = DraftSpec((Address("rh@acme.example", "R" * 5000),), "Re: " + message.subject * 50,
                     "Bonjour", "fr")
    data = bytes(draft_message("k", spec, Address("camille@example.org"), message.date))
    assert time.perf_counter() - started < 1.0
    assert len(message.subject) <= SUBJECT_LIMIT and message.subject.endswith("…")
    assert max(len(line) for line in data.split(b"\n")) <= 998
