"""A raw message becomes a domain Message, or Problems that name its file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from mail_samples import BROKEN_MIME, NO_DATE, NO_FROM, REPLY, UNKNOWN_CHARSET

from connectors.mime import MailReading, read_message
from policy.model import Address, Direction

PARIS = ZoneInfo("Europe/Paris")
READING = MailReading(timezone="Europe/Paris", user_emails=frozenset({"camille@example.org"}))


def test_a_reply_is_decoded_with_its_thread() -> None:
    message, problems = read_message(REPLY, "inbox/cur/1", "1", READING)
    assert problems == [] and message is not None
    assert message.sender == Address("jeanne.dupont@acme.fr", "Jeanne Dupont")
    assert message.recipients == (
        Address("camille@example.org", "Camille Martin"),
        Address("rh@acme.fr"),
    )
    assert message.subject == "Re: Entretien développeur"
    assert message.date == datetime(2026, 12, 10, 16, 5, tzinfo=PARIS)
    assert message.direction is Direction.INBOUND
    assert message.message_id == "<reply-1@acme.fr>"
    assert message.references == ("<invite-1@acme.fr>", "<thanks-1@example.org>")
    assert message.thread_id == "<invite-1@acme.fr>"
    assert "d'ici le 18 décembre" in message.text
    assert message.tags == ("candidature", "urgent")
    assert (message.id, message.origin) == ("1", "inbox/cur/1")


def test_direction_follows_the_folder_and_the_users_addresses() -> None:
    sent, _ = read_message(REPLY, "Sent/cur/1", "1", READING, sent_folder=True)
    assert sent is not None and sent.direction is Direction.OUTBOUND
    mine = REPLY.replace(b"<Jeanne.Dupont@ACME.fr>", b"<Camille@Example.org>")
    copy, _ = read_message(mine, "inbox/cur/2", "2", READING)
    assert copy is not None and copy.direction is Direction.OUTBOUND


def test_the_relance_key_of_a_sent_draft_is_read() -> None:
    sent = REPLY.replace(b"X-Keywords", b"X-Relance-Key: acme/1/thank_you\nX-Keywords")
    message, _ = read_message(sent, "Sent/cur/3", "3", READING, sent_folder=True)
    assert message is not None and message.relance_key == "acme/1/thank_you"


def test_a_message_without_date_is_skipped_and_named() -> None:
    message, problems = read_message(NO_DATE, "Mail/new/nodate", "nodate", READING)
    assert message is None
    assert [(p.where, p.what) for p in problems] == [
        ("Mail/new/nodate", "no readable Date header: message skipped")
    ]


def test_an_unreadable_date_is_skipped_and_named() -> None:
    data = NO_DATE.replace(b"Message-ID", b"Date: le jeudi vers midi\nMessage-ID")
    message, problems = read_message(data, "Mail/new/baddate", "baddate", READING)
    assert message is None and problems[0].where == "Mail/new/baddate"


def test_a_date_with_unknown_zone_is_read_in_the_users_zone() -> None:
    data = REPLY.replace(b"16:05:00 +0100", b"16:05:00 -0000")
    message, _ = read_message(data, "x", "x", READING)
    assert message is not None and message.date == datetime(2026, 12, 10, 16, 5, tzinfo=PARIS)


def test_a_message_without_sender_is_skipped_and_named() -> None:
    message, problems = read_message(NO_FROM, "Mail/cur/nofrom", "nofrom", READING)
    assert message is None
    assert [p.where for p in problems] == ["Mail/cur/nofrom"]


def test_an_unknown_charset_keeps_the_message_and_says_so() -> None:
    message, problems = read_message(UNKNOWN_CHARSET, "Mail/cur/klingon", "k", READING)
    assert message is not None
    assert "move forward with your application" in message.text
    assert [(p.where, p.what) for p in problems] == [
        ("Mail/cur/klingon", "unknown charset x-klingon-8: text read with replacement characters")
    ]


def test_broken_mime_keeps_the_raw_text_and_says_so() -> None:
    message, problems = read_message(BROKEN_MIME, "Mail/cur/broken", "b", READING)
    assert message is not None and message.sender.email == "hr@umbrella.com"
    assert "Thank you for your interest in Umbrella." in message.text
    assert [p.where for p in problems] == ["Mail/cur/broken"]
    assert "broken MIME" in problems[0].what
