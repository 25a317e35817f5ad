"""Fixtures: a fresh emulator per test and a GoogleClient pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from connectors.google.client import GoogleClient
from tests.google.google_fixtures import Sleeps, make_client, write_token
from tests.google_emulator import Emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    server = Emulator(user_email="candidate@example.org", seed=11).start()
    yield server
    server.stop()
    assert server.gmail.box.send_attempts == []  # relance never sends, whatever the test


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def token_file(emulator: Emulator, tmp_path: Path) -> Path:
    return write_token(emulator, tmp_path / "token.json")


@pytest.fixture
def client(emulator: Emulator, token_file: Path, sleeps: Sleeps) -> GoogleClient:
    return make_client(emulator, token_file, sleeps)
