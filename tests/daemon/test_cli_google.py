"""The commands on the Google backends, through the loopback emulator."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from daemon.cli import main
from daemon.config import load_config
from daemon.google_setup import calendar_after_auth
from daemon.wiring import google_settings
from tests.google.google_fixtures import write_token
from tests.google_emulator import Emulator


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    server = Emulator(user_email="camille.martin@gmail.com", seed=5).start()
    yield server
    server.stop()
    assert server.gmail.box.send_attempts == []


def google_config(tmp_path: Path, emulator: Emulator, calendar_id: str = "") -> Path:
    write_token(emulator, tmp_path / "token.json")
    config = tmp_path / "config.toml"
    pinned = f'calendar_id = "{calendar_id}"\n' if calendar_id else ""
    config.write_text(
        '[user]\nemails = ["camille.martin@gmail.com"]\n'
        '[calendar]\nbackend = "google"\n[mail]\nbackend = "google"\n'
        f'[google]\ntoken = "token.json"\napi_endpoint = "{emulator.url}"\n{pinned}'
        '[ledger]\npath = "ledger.sqlite3"\n',
        encoding="utf-8",
    )
    return config


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), Console(file=out, width=200), Console(file=err, width=200))
    return code, out.getvalue(), err.getvalue()


def test_without_its_calendar_relance_says_how_to_recover(
    tmp_path: Path, emulator: Emulator
) -> None:
    config = google_config(tmp_path, emulator)
    code, _, err = run("--config", str(config), "--now", "2026-12-09T09:30", "once")
    assert code == 2 and "relance auth --new-calendar" in err
    code, out, _ = run("--config", str(config), "doctor")
    assert code == 4
    assert "ok   token" in out and "FAIL relance's calendar" in out


def test_a_cycle_runs_on_google_once_the_calendar_exists(
    tmp_path: Path, emulator: Emulator
) -> None:
    first = load_config(google_config(tmp_path, emulator))
    calendar_id = calendar_after_auth(google_settings(first, None), None,
                                      sleep=lambda seconds: None)
    config = google_config(tmp_path, emulator, calendar_id)
    code, out, err = run("--config", str(config), "--now", "2026-12-09T09:30", "once")
    assert code == 0, err
    assert "No interview found" in out  # an empty calendar: the hint, not "all in place"
    assert "Google calendar" in out and "Gmail" in out


@pytest.mark.timeout(120)
def test_run_stops_on_a_revoked_token_like_once(tmp_path: Path, emulator: Emulator) -> None:
    import json

    first = load_config(google_config(tmp_path, emulator))
    calendar_id = calendar_after_auth(google_settings(first, None), None,
                                      sleep=lambda seconds: None)
    config = google_config(tmp_path, emulator, calendar_id)
    write_token(emulator, tmp_path / "token.json", expired=True)
    token = json.loads((tmp_path / "token.json").read_text(encoding="utf-8"))
    emulator.oauth.revoke(token["refresh_token"])
    for command in ("once", "run"):
        code, _, err = run("--config", str(config), command)
        assert code == 3, (command, err)
        assert err.count("relance auth") == 1 and "Traceback" not in err
