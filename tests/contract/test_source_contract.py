"""The CalendarSource and MailSource contracts, run against every backend."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from backends import CalendarBackend, MailBackend

from connectors.base import MailQuery
from connectors.errors import CursorExpired
from policy.model import Address, Direction, DraftSpec

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2026, 12, 3, 14, 0, tzinfo=PARIS)


def test_a_calendar_cursor_gives_nothing_new_then_the_new_event(
    calendar_backend: CalendarBackend,
) -> None:
    source, user = calendar_backend.source, calendar_backend.user
    user.add_event("interview-acme", "Entretien – ACME", START, START + timedelta(hours=1))
    first = source.changes(None)
    assert first.full
    assert "Entretien – ACME" in [e.title for e in first.events]

    again = source.changes(first.cursor)
    assert not again.full
    assert again.events == ()
    assert again.removed == ()

    later = START + timedelta(days=1)
    user.add_event("interview-globex", "Interview with Globex", later, later + timedelta(hours=1))
    after = source.changes(again.cursor)
    titles = [e.title for e in after.events]
    assert "Interview with Globex" in titles
    globex = next(e for e in after.events if e.title == "Interview with Globex")
    assert globex.start == later
    assert globex.end == later + timedelta(hours=1)


def test_an_unreadable_calendar_cursor_expires_or_reads_everything(
    calendar_backend: CalendarBackend,
) -> None:
    calendar_backend.user.add_event("x", "Entretien – ACME", START, START + timedelta(hours=1))
    try:
        changes = calendar_backend.source.changes("not-a-cursor")
    except CursorExpired:
        return
    assert changes.full
    assert [e.title for e in changes.events] == ["Entretien – ACME"]


def test_a_mail_cursor_gives_nothing_new_then_the_new_message(mail_backend: MailBackend) -> None:
    source, user = mail_backend.source, mail_backend.user
    body = "Bonjour,\n\nNous revenons vers vous la semaine prochaine.\n\nJeanne Dupont\n"
    user.receive("jeanne@acme.fr", "Votre candidature", body, START)
    first = source.changes(None, MailQuery())
    assert [m.subject for m in first.messages] == ["Votre candidature"]
    message = first.messages[0]
    assert message.sender.email == "jeanne@acme.fr"
    assert message.direction is Direction.INBOUND
    assert message.date == START
    assert "Nous revenons vers vous la semaine prochaine." in message.text

    again = source.changes(first.cursor, MailQuery())
    assert again.messages == ()

    user.receive("hr@globex.com", "Next steps", "Hello,\nWe would like to meet.\n", START)
    after = source.changes(again.cursor, MailQuery())
    assert [m.subject for m in after.messages] == ["Next steps"]


def test_a_sent_draft_comes_back_as_an_outbound_message_with_its_key(
    mail_backend: MailBackend,
) -> None:
    source, sink, user = mail_backend.source, mail_backend.sink, mail_backend.user
    cursor = source.changes(None, MailQuery()).cursor
    draft = DraftSpec((Address("jeanne@acme.fr"),), "Merci pour l'entretien", "Bonjour,\n", "fr")
    sink.ensure_draft("acme/1/thank_you", draft, None)
    user.send_draft("acme/1/thank_you")
    sent = source.changes(cursor, MailQuery()).messages
    assert [(m.direction, m.relance_key) for m in sent] == [
        (Direction.OUTBOUND, "acme/1/thank_you")
    ]
    assert [a.email for a in sent[0].recipients] == ["jeanne@acme.fr"]


def test_an_unreadable_mail_cursor_expires_or_reads_everything(mail_backend: MailBackend) -> None:
    mail_backend.user.receive("jeanne@acme.fr", "Votre candidature", "Bonjour\n", START)
    try:
        changes = mail_backend.source.changes("not-a-cursor", MailQuery())
    except CursorExpired:
        return
    assert [m.subject for m in changes.messages] == ["Votre candidature"]


@pytest.mark.parametrize("times", [1, 2])
def test_draft_writes_are_not_messages_of_the_mailbox(
    mail_backend: MailBackend, times: int
) -> None:
    draft = DraftSpec((Address("jeanne@acme.fr"),), "Relance", "Bonjour,\n", "fr")
    for _ in range(times):
        mail_backend.sink.ensure_draft("acme/1/follow_up", draft, None)
    assert mail_backend.source.changes(None, MailQuery()).messages == ()
