"""C1 by thread on a first sync: a reply is matched through the thread of a
message found in the same batch, not only through messages stored earlier."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from daemon_fakes import PARIS, interview_event, memory_backends

from daemon.clock import FixedClock
from daemon.cycle import Cycle
from daemon.ledger import LedgerStore
from policy.model import Address, Direction, Message
from policy.settings import Settings

SETTINGS = Settings(user_emails=("me@example.org",))


def mail(number: int, sender: str, to: str, day: int, direction: Direction, text: str) -> Message:
    return Message(
        id=f"m{number}", thread_id="thread-acme", sender=Address(sender),
        recipients=(Address(to),), date=datetime(2026, 12, day, 11, 0, tzinfo=PARIS),
        direction=direction, subject="Candidature – Acme", text=text,
        message_id=f"<m{number}@example.org>", origin=f"Maildir/cur/m{number}",
    )


def test_a_reply_in_the_thread_of_a_new_message_is_matched_on_the_first_sync(
    tmp_path: Path,
) -> None:
    backends, calendar, mailbox = memory_backends()
    calendar.add_event(interview_event("Acme", 2))
    # The user writes to the contact; the answer comes from an address relance
    # knows nothing of, and names no company: only the thread ties it.
    mailbox.add_message(mail(1, "me@example.org", "rh@acme.fr", 3, Direction.OUTBOUND,
                             "Merci pour notre échange de mardi."))
    mailbox.add_message(mail(2, "talents@recrutement-partenaire.example", "me@example.org", 4,
                             Direction.INBOUND, "Nous ne donnerons pas suite à votre candidature."))
    store = LedgerStore.open(tmp_path / "ledger.sqlite3")
    Cycle(backends, store, SETTINGS, FixedClock(datetime(2026, 12, 4, 12, 0, tzinfo=PARIS))).run()
    stored = {m.id: m.application_key for m in store.messages()}
    assert stored == {"m1": "acme", "m2": "acme"}
