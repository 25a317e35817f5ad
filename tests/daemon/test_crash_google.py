"""Crash safety on Google (issue 11): SIGKILL at every write point, the real
Google client talking to the loopback emulator.

The same world as tests/daemon/test_crash.py (two interviews) is loaded into
the emulator's primary calendar; `relance once` runs in a subprocess with
RELANCE_CRASH_AT=N (daemon/writepoints.py), which kills it at its N-th
write point, then runs again: relance's calendar and Gmail's drafts must end
exactly as after an uninterrupted run, none missing, none twice. The
emulator lives in the test process and outlives the killed one, as Google
does. Bounded in time: one fresh emulator per write point, about two
seconds a run.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from daemon_world import CALENDAR, NOW
from test_crash import once

from connectors.google.calendar_serializer import KEY_PROPERTY
from connectors.ics_source import IcsCalendarSource
from connectors.mime import KEY_HEADER
from daemon.config import load_config
from daemon.google_setup import calendar_after_auth
from daemon.wiring import google_settings
from policy.settings import Settings
from policy.workdays import user_zone
from tests.google.google_fixtures import write_token
from tests.google.test_google_example_cycle import as_google
from tests.google_emulator import Emulator

USER = "camille.martin@gmail.com"
Outputs = tuple[list[tuple[str, ...]], list[tuple[str, ...]]]


@contextmanager
def google_world(folder: Path) -> Iterator[tuple[Emulator, Path, str]]:
    """The emulator with the two interviews, relance's calendar made, and a config."""
    emulator = Emulator(user_email=USER).start()
    try:
        (folder / "calendar").mkdir(parents=True)
        (folder / "calendar" / "agenda.ics").write_text(CALENDAR, encoding="utf-8")
        now = datetime.fromisoformat(NOW).replace(tzinfo=user_zone(Settings()))
        source = IcsCalendarSource(folder / "calendar", now - timedelta(days=90),
                                   now + timedelta(days=90), user_emails=(USER,))
        for event in source.changes(None).events:
            emulator.calendar.put_event("primary", as_google(event))
        write_token(emulator, folder / "token.json")
        config = folder / "config.toml"
        text = ('[user]\nname = "Camille Martin"\nemails = ["camille.martin@gmail.com"]\n'
                '[calendar]\nbackend = "google"\n[mail]\nbackend = "google"\n'
                f'[google]\ntoken = "token.json"\napi_endpoint = "{emulator.url}"\n'
                '[ledger]\npath = "ledger.sqlite3"\n')
        config.write_text(text, encoding="utf-8")
        calendar_id = calendar_after_auth(google_settings(load_config(config), None), None,
                                          sleep=lambda seconds: None)
        pinned = text.replace("[ledger]", f'calendar_id = "{calendar_id}"\n[ledger]')
        config.write_text(pinned, encoding="utf-8")
        yield emulator, config, calendar_id
    finally:
        emulator.stop()
    assert emulator.gmail.box.send_attempts == []


def outputs(emulator: Emulator, calendar_id: str) -> Outputs:
    """relance's events and drafts by content, sorted: a duplicate shows twice."""
    events = sorted(
        (str(e.get("extendedProperties", {}).get("private", {}).get(KEY_PROPERTY)),
         str(e.get("summary")), str(e["start"]), str(e.get("description")))
        for e in emulator.calendar.live_events(calendar_id)
    )
    drafts = []
    for message in emulator.gmail.drafts():
        body = message.get_body(("plain",))
        drafts.append((str(message[KEY_HEADER]), str(message["Subject"]), str(message["To"]),
                       body.get_content() if body else ""))
    return events, sorted(drafts)


@pytest.mark.timeout(180)
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_kill_at_any_write_point_on_google_ends_like_an_uninterrupted_run(
    tmp_path: Path,
) -> None:
    with google_world(tmp_path / "reference") as (emulator, config, calendar_id):
        first = once(config)
        assert first.returncode == 0, first.stderr
        expected = outputs(emulator, calendar_id)
    assert len(expected[0]) >= 4 and len(expected[1]) >= 2
    crashed = 0
    for crash_at in range(1, 200):
        with google_world(tmp_path / f"crash-{crash_at}") as (emulator, config, calendar_id):
            result = once(config, crash_at)
            if result.returncode == 0:
                break  # past the last write point: the run went through
            assert result.returncode == -signal.SIGKILL, result.stderr
            crashed += 1
            restart = once(config)
            assert restart.returncode == 0, restart.stderr
            assert outputs(emulator, calendar_id) == expected, f"after a kill at {crash_at}"
            again = once(config)
            assert again.returncode == 0 and "Nothing new to write" in again.stdout
    reminders = [e for e in expected[0] if e[0] != "None"]  # draft markers have no step key
    assert crashed >= 2 * (len(reminders) + len(expected[1]))  # before and after each write
