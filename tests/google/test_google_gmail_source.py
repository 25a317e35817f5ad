"""Gmail read through the real client: a narrowed first sync, then history, 404 fallback."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from connectors.base import MailQuery
from connectors.errors import AuthExpired, CursorExpired
from connectors.google.client import GoogleClient
from connectors.google.gmail import GmailSource
from connectors.mime import MailReading
from policy.model import Direction
from tests.google.google_fixtures import Sleeps, mail
from tests.google_emulator import Emulator
from tests.google_emulator.faults import Fault
from tests.invitations.invite_mails import calendly_invitation

PARIS = ZoneInfo("Europe/Paris")
ME = "candidate@example.org"
INTERVIEW = datetime(2026, 11, 20, 14, 0, tzinfo=PARIS)
QUERY = MailQuery(addresses=frozenset({"jeanne@acme.fr"}), domains=frozenset({"globex.com"}),
                  ats_domains=frozenset({"greenhouse.io"}), since=INTERVIEW)


def source(client: GoogleClient) -> GmailSource:
    return GmailSource(client, MailReading(user_emails=frozenset({ME})))


def deliver(emulator: Emulator, sender: str, subject: str, day: int, number: int,
            to: str = ME, labels: tuple[str, ...] = ("INBOX",)) -> str:
    when = datetime(2026, 11, day, 10, 0, tzinfo=PARIS)
    return emulator.gmail.deliver(
        mail(sender, to, subject, "Bonjour,\nMerci pour votre temps.\n", when,
             f"<m{number}@example.net>"), labels)


def mailbox(emulator: Emulator) -> None:
    deliver(emulator, "Jeanne <jeanne@acme.fr>", "Votre candidature", 22, 1)
    deliver(emulator, "rh@globex.com", "Entretien", 23, 2)
    deliver(emulator, "no-reply@greenhouse.io", "Application update: ACME", 24, 3)
    deliver(emulator, ME, "Merci", 21, 4, to="jeanne@acme.fr", labels=("SENT",))
    deliver(emulator, "jeanne@acme.fr", "Avant l'entretien", 10, 5)  # before the interview
    for n in range(6, 26):
        deliver(emulator, f"news{n}@shop.example", "Promotions", 23, n)


def test_the_first_sync_asks_only_for_the_applications_mail(
    emulator: Emulator, client: GoogleClient
) -> None:
    mailbox(emulator)
    changes = source(client).changes(None, QUERY)
    assert sorted(m.subject for m in changes.messages) == [
        "Application update: ACME", "Entretien", "Merci", "Votre candidature"]
    [listing] = emulator.calls("gmail.users.messages.list")
    assert listing.params["q"] == [
        f"after:{int(INTERVIEW.timestamp())} -in:drafts {{from:globex.com to:globex.com "
        "from:jeanne@acme.fr to:jeanne@acme.fr from:greenhouse.io filename:ics}"]
    assert len(emulator.calls("gmail.users.messages.get")) == 4  # nothing else fetched


def test_messages_are_fetched_in_batches_not_one_request_each(
    emulator: Emulator, client: GoogleClient
) -> None:
    for n in range(120):
        deliver(emulator, "jeanne@acme.fr", f"Message {n}", 25, n)
    changes = source(client).changes(None, QUERY)
    assert len(changes.messages) == 120
    gets = emulator.calls("gmail.users.messages.get")
    assert len(gets) == 120 and all(g.in_batch for g in gets)
    assert len(emulator.calls("batch")) == 3  # 50 parts at most per batch
    assert all(g.params["format"] == ["raw"] for g in gets)


def test_messages_read_as_domain_values_with_gmail_thread_ids(
    emulator: Emulator, client: GoogleClient
) -> None:
    mailbox(emulator)
    by_subject = {m.subject: m for m in source(client).changes(None, QUERY).messages}
    reply = by_subject["Votre candidature"]
    assert reply.sender.email == "jeanne@acme.fr"
    assert reply.direction is Direction.INBOUND
    assert reply.date == datetime(2026, 11, 22, 10, 0, tzinfo=PARIS)
    assert "Merci pour votre temps." in reply.text
    assert reply.thread_id == emulator.gmail.box.messages[reply.id].thread_id
    assert by_subject["Merci"].direction is Direction.OUTBOUND


def test_later_cycles_read_history_only(emulator: Emulator, client: GoogleClient) -> None:
    mailbox(emulator)
    gmail = source(client)
    first = gmail.changes(None, QUERY)
    emulator.clear_log()
    idle = gmail.changes(first.cursor, QUERY)
    assert idle.messages == ()
    assert [e.method_id for e in emulator.calls()] == ["gmail.users.history.list"]
    deliver(emulator, "jeanne@acme.fr", "Re: Votre candidature", 26, 90)
    later = gmail.changes(idle.cursor, QUERY)
    assert [m.subject for m in later.messages] == ["Re: Votre candidature"]
    assert gmail.changes(later.cursor, QUERY).messages == ()


def test_history_too_old_falls_back_to_the_narrowed_query_without_duplicates(
    emulator: Emulator, client: GoogleClient
) -> None:
    mailbox(emulator)
    gmail = source(client)
    cursor = gmail.changes(None, QUERY).cursor
    deliver(emulator, "jeanne@acme.fr", "Re: Votre candidature", 26, 90)
    emulator.gmail.expire_history()
    with pytest.raises(CursorExpired):
        gmail.changes(cursor, QUERY)
    again = gmail.changes(None, QUERY)
    ids = [m.id for m in again.messages]
    assert len(ids) == len(set(ids)) == 5
    assert "Re: Votre candidature" in [m.subject for m in again.messages]
    assert [c.status for c in emulator.calls("gmail.users.history.list")] == [404]


def test_a_long_list_of_contacts_is_split_into_several_queries(
    emulator: Emulator, client: GoogleClient
) -> None:
    people = frozenset(f"rh@company{n}.fr" for n in range(50))
    deliver(emulator, "rh@company7.fr", "Réponse", 25, 1)
    deliver(emulator, "rh@company42.fr", "Réponse", 25, 2)
    changes = source(client).changes(None, MailQuery(addresses=people, since=INTERVIEW))
    assert len(changes.messages) == 2
    assert len(emulator.calls("gmail.users.messages.list")) == 3  # 100 terms, 40 a query


def test_a_message_deleted_between_list_and_fetch_is_skipped(
    emulator: Emulator, client: GoogleClient
) -> None:
    gmail = source(client)
    cursor = gmail.changes(None, QUERY).cursor
    gone = deliver(emulator, "jeanne@acme.fr", "Oups", 25, 1)
    deliver(emulator, "jeanne@acme.fr", "Réponse", 25, 2)
    emulator.gmail.box.remove(gone)
    assert [m.subject for m in gmail.changes(cursor, QUERY).messages] == ["Réponse"]


def test_history_after_a_long_absence_is_paged(emulator: Emulator, client: GoogleClient) -> None:
    gmail = source(client)
    cursor = gmail.changes(None, QUERY).cursor
    for n in range(620):
        deliver(emulator, "jeanne@acme.fr", f"R{n}", 25, n)
    changes = gmail.changes(cursor, QUERY)
    assert len(changes.messages) == 620
    assert len(emulator.calls("gmail.users.history.list")) == 2
    assert changes.cursor == str(emulator.gmail.box.history_id)


def test_batch_parts_refused_for_an_expired_token_are_sent_again_after_refresh(
    emulator: Emulator, client: GoogleClient
) -> None:
    mailbox(emulator)
    emulator.faults.add(Fault(401, pattern="messages.get", times=2))
    assert len(source(client).changes(None, QUERY).messages) == 4
    assert emulator.oauth.refreshes >= 1


def test_batch_parts_rate_limited_are_retried_alone(
    emulator: Emulator, client: GoogleClient, sleeps: Sleeps
) -> None:
    mailbox(emulator)
    emulator.faults.add(Fault(429, pattern="messages.get", times=3, retry_after=1))
    assert len(source(client).changes(None, QUERY).messages) == 4
    assert sleeps == [1.0]
    assert len(emulator.calls("gmail.users.messages.get")) == 4 + 3


def test_a_label_the_user_puts_on_a_refusal_comes_back_as_a_tag(
    emulator: Emulator, client: GoogleClient
) -> None:
    refusal = deliver(emulator, "jeanne@acme.fr", "Votre candidature", 25, 1)
    gmail = source(client)
    first = gmail.changes(None, QUERY)
    assert [m.tags for m in first.messages] == [()]
    assert emulator.calls("gmail.users.labels.list") == []  # no user label: not read
    emulator.gmail.user_labels(refusal, "relance:clarify")
    later = gmail.changes(first.cursor, QUERY)
    assert [(m.id, m.tags) for m in later.messages] == [(refusal, ("relance:clarify",))]


def test_a_revoked_token_during_a_batch_stops_the_read(
    emulator: Emulator, client: GoogleClient, token_file: Path
) -> None:
    mailbox(emulator)
    emulator.faults.add(Fault(401, pattern="messages.get"))  # every part, even after refresh
    with pytest.raises(AuthExpired, match="relance auth"):
        source(client).changes(None, QUERY)


def test_an_address_that_would_break_the_query_is_left_out(
    emulator: Emulator, client: GoogleClient
) -> None:
    deliver(emulator, "jeanne@acme.fr", "Réponse", 25, 1)
    odd = MailQuery(addresses=frozenset({"jeanne@acme.fr", "x} OR {from:", "a b@c.fr"}))
    assert [m.subject for m in source(client).changes(None, odd).messages] == ["Réponse"]
    [listing] = emulator.calls("gmail.users.messages.list")
    assert listing.params["q"] == [
        "-in:drafts {from:jeanne@acme.fr to:jeanne@acme.fr filename:ics}"]


def test_a_calendly_invitation_is_found_by_its_ics_attachment_and_read(
    emulator: Emulator, client: GoogleClient
) -> None:
    mailbox(emulator)
    invite = calendly_invitation("cal-9@calendly.com", "20261210T130000Z", "20261210T140000Z",
                                 "Fri, 04 Dec 2026 13:00:00 +0100")
    emulator.gmail.deliver(invite.as_bytes())
    changes = source(client).changes(None, QUERY)
    [found] = [m for m in changes.messages if m.invitations]
    assert found.sender.email == "notifications@calendly.com"
    assert [e.uid for e in found.invitations] == ["cal-9@calendly.com"]
