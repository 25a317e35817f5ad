"""A drafts.create answered after the client's timeout is not written twice.

Two scales of the same case. The real one: relance's default client timeout (30 s)
and the emulator answering (and landing the draft) after 31 s; it costs about 75 s
(the timeout, then one and a half timeouts of waiting before the look-up) and runs
in CI with its own pytest timeout. The scaled one gives up after 2 s with a 4 s
server delay, so a change to the sink is checked in seconds. In both the sink waits
past the late answer before looking the draft up again, so it finds the late one
instead of creating a twin, and nothing is ever sent.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

import pytest

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


def _late_create_leaves_one_draft(tmp_path: Path, timeout: float | None,
                                  delay: float) -> None:
    emulator = Emulator(user_email=USER).start()
    try:
        emulator.faults.add(Fault(0, pattern="drafts.create", delay=delay, times=1))
        retrier = Retrier(sleep=time.sleep, policy=RetryPolicy(attempts=4, base_delay=0.5),
                          rng=random.Random(1))
        token = write_token(emulator, tmp_path / "t.json")
        endpoints = Endpoints.from_root(emulator.url)
        client = (GoogleClient.from_token_file(token, endpoints, retrier) if timeout is None
                  else GoogleClient.from_token_file(token, endpoints, retrier, timeout=timeout))
        assert client.timeout < delay  # the answer does come after the client gave up
        sink = GmailDraftSink(client, lambda: NOW, Address(USER, "Camille"))
        started = time.monotonic()
        written = sink.ensure_draft(KEY, SPEC, None)
        time.sleep(max(0.0, delay + 0.5 - (time.monotonic() - started)))  # it has landed
        keys = [str(m[KEY_HEADER]) for m in emulator.gmail.drafts()]
        assert keys == [KEY]
        assert written.remote_id
        assert emulator.gmail.box.send_attempts == []
    finally:
        emulator.stop()


@pytest.mark.timeout(240)  # 30 s timeout + 45 s wait + the look-up, on a loaded CI machine
def test_a_create_answered_31_s_late_with_the_default_timeout_leaves_one_draft(
    tmp_path: Path,
) -> None:
    _late_create_leaves_one_draft(tmp_path, None, 31.0)


def test_a_create_answered_after_the_timeout_leaves_one_draft(tmp_path: Path) -> None:
    _late_create_leaves_one_draft(tmp_path, 2.0, 4.0)


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
