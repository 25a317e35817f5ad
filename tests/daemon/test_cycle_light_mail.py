"""A reply tied to an application only by its thread is read in full, although
the first sync left its text out (daemon.mail_bodies): it is classified on it."""

from __future__ import annotations

from pathlib import Path

from daemon_world import REFUSAL, setup_world
from test_cli_local import run

from daemon.config import load_config
from daemon.ledger import LedgerStore

THANKS = """From: Camille Martin <camille.martin@gmail.com>
To: Jeanne Dupont <jeanne.dupont@acme-industrie.example>
Subject: Merci pour notre entretien
Date: Tue, 08 Dec 2026 18:00:00 +0100
Message-ID: <merci-acme@mail.gmail.com>
Content-Type: text/plain; charset=utf-8

Bonjour Jeanne, merci pour notre entretien.
"""


def test_a_reply_in_a_known_thread_from_an_unknown_address_is_read_in_full(
    tmp_path: Path,
) -> None:
    config = setup_world(tmp_path)
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Maildir" / ".Sent" / sub).mkdir(parents=True)
    (tmp_path / "Maildir" / ".Sent" / "cur" / "1765213200.merci.test:2,S").write_text(
        THANKS, encoding="utf-8")
    # The recruiter answers from her own webmail: neither a contact nor a domain of
    # the application, so the sync reads its headers only; the thread ties it.
    reply = REFUSAL.replace("jeanne.dupont@acme-industrie.example", "jeanne.d@gmail.com")
    reply = reply.replace("Message-ID:", "In-Reply-To: <merci-acme@mail.gmail.com>\nMessage-ID:")
    (tmp_path / "Maildir" / "new" / "1765264200.refus.test").write_text(reply,
                                                                        encoding="utf-8")
    assert run(config, "once") == 0
    store = LedgerStore.open(load_config(config).ledger)
    try:
        (found,) = [m for m in store.messages() if m.sender.email == "jeanne.d@gmail.com"]
    finally:
        store.close()
    assert found.application_key is not None
    assert found.classification is not None and found.classification.label.is_rejection
