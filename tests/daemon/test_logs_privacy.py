"""Logs never hold a mail body or a token, even at debug level.

The log of a daemon ends up in journald or a cron mail: it must be safe to
paste into a bug report. These tests run real cycles at -vv and look for
every sentence of the mail read, of the drafts written, and the OAuth tokens.
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from tests.daemon.test_cli_google import google_config, run
from tests.e2e.example_world import FIRST_NOW, ExampleWorld
from tests.google.google_fixtures import write_token
from tests.google_emulator import Emulator


def sentences(text: str) -> set[str]:
    """The longer lines of a text: long enough that no log line has one by chance."""
    return {line.strip() for line in text.splitlines() if len(line.strip()) >= 30}


def bodies(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_file() and path.parent.name in ("cur", "new"):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for part in message.walk():
                if part.get_content_maintype() == "text":
                    found |= sentences(str(part.get_content()))
    return found


def test_a_debug_cycle_logs_no_sentence_of_the_mail_read_or_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = ExampleWorld(tmp_path)
    result = world.run(FIRST_NOW, "-vv", "once")
    assert result.code == 0, result.err
    log = capsys.readouterr().err
    assert "DEBUG" in log or "INFO" in log  # the log was really captured
    read, written = bodies(world.maildir), bodies(world.drafts_dir)
    assert read and written
    leaked = sorted(s for s in read | written if s in log)
    assert leaked == []


def test_a_debug_cycle_on_google_logs_no_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator = Emulator(user_email="camille.martin@gmail.com", seed=5).start()
    try:
        config = google_config(tmp_path, emulator)
        token = tmp_path / "token.json"
        write_token(emulator, token, expired=True)  # forces a refresh during the run
        before = json.loads(token.read_text(encoding="utf-8"))
        run("--config", str(config), "-vv", "doctor")
        after = json.loads(token.read_text(encoding="utf-8"))
    finally:
        emulator.stop()
    log = capsys.readouterr().err
    assert "DEBUG" in log  # the log was really captured
    assert after["token"] != before["token"]  # a new access token was issued
    secrets = {before["token"], after["token"], before["refresh_token"], before["client_secret"]}
    assert [s for s in secrets if s in log] == []
