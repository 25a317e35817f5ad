"""A drafts.create answered after the client's timeout is not written twice.

Scaled down from the 30 s client timeout and a 31 s server delay so the test
takes seconds: the client gives up after 2 s, the emulator answers (and lands
the draft) after 4 s. The sink waits at least one more timeout before looking
the draft up again, so it finds the late one instead of creating a twin.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

from connectors.google.client import Endpoints, GoogleClient
from connectors.google.gmail_drafts import GmailDraftSink
from connectors.google.retry import Retrier, RetryPolicy
from connectors.mime import KEY_HEADER
from policy.model import Address, DraftSpec
from tests.google.google_fixtures import write_token
from tests.google.test_google_example_cycle import NOW, USER
from tests.google_emulator import Emulator
from tests.google_emulator.faults import Fault

KEY = "acme:1:thank_you"
SPEC = DraftSpec((Address("rh@acme.example", "Jeanne"),), "Merci", "Bonjour,\nmerci.", "fr")


def test_a_create_answered_after_the_timeout_leaves_one_draft(tmp_path: Path) -> None:
    emulator = Emulator(user_email=USER).start()
    try:
        emulator.faults.add(Fault(0, pattern="drafts.create", delay=4.0, times=1))
        retrier = Retrier(sleep=time.sleep, policy=RetryPolicy(attempts=4, base_delay=0.5),
                          rng=random.Random(1))
        client = GoogleClient.from_token_file(write_token(emulator, tmp_path / "t.json"),
                                              Endpoints.from_root(emulator.url), retrier,
                                              timeout=2.0)
        sink = GmailDraftSink(client, lambda: NOW, Address(USER, "Camille"))
        started = time.monotonic()
        written = sink.ensure_draft(KEY, SPEC, None)
        time.sleep(max(0.0, 4.5 - (time.monotonic() - started)))  # the late create has landed
        keys = [str(m[KEY_HEADER]) for m in emulator.gmail.drafts()]
        assert keys == [KEY]
        assert written.remote_id
        assert emulator.gmail.box.send_attempts == []
    finally:
        emulator.stop()


def test_twin_drafts_of_one_key_are_made_one_never_removing_a_changed_one(
    tmp_path: Path,
) -> None:
    emulator = Emulator(user_email=USER).start()
    try:
        retrier = Retrier(sleep=lambda seconds: None, rng=random.Random(1))
        client = GoogleClient.from_token_file(write_token(emulator, tmp_path / "t.json"),
                                              Endpoints.from_root(emulator.url), retrier)
        sink = GmailDraftSink(client, lambda: NOW, Address(USER, "Camille"))
        for _ in range(3):  # as three creates that all landed would leave them
            sink._create(KEY, SPEC)  # the write a late answer repeats
        changed = sink._create(KEY, replace(SPEC, body="Bonjour,\nmerci, à bientôt."))
        written = sink.ensure_draft(KEY, SPEC, None)
        left = {m.get_content().strip() for m in emulator.gmail.drafts()}
        assert len(emulator.gmail.drafts()) == 2  # one of relance's, and the changed one
        assert left == {"Bonjour,\nmerci.", "Bonjour,\nmerci, à bientôt."}
        assert written.remote_id != changed.remote_id
    finally:
        emulator.stop()
