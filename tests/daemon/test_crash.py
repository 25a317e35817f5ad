"""Crash safety (issue 4, RULES.md E3): SIGKILL at every write point in turn.

`relance once` runs in a subprocess on a small calendar with the local
backends (.ics in, .ics and a drafts Maildir out). RELANCE_CRASH_AT=N (a test
hook of daemon/writepoints.py) kills it at its N-th write point; a restart
must end with exactly the drafts and events of an uninterrupted run: none
missing, none twice.
"""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
from email.policy import default as default_policy
from pathlib import Path

import icalendar
import pytest
from daemon_world import NOW, ROOT, add_refusal, setup_world


def once(config: Path, crash_at: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "RELANCE_CRASH_AT"}
    if crash_at is not None:
        env["RELANCE_CRASH_AT"] = str(crash_at)
    return subprocess.run(
        [sys.executable, "-m", "daemon.cli", "--config", str(config), "--now", NOW, "once"],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False,
    )


def outputs(folder: Path) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """relance's events and drafts by content, sorted: a duplicate shows twice."""
    ics = folder / "out" / "relance.ics"
    events = []
    if ics.exists():
        calendar = icalendar.Calendar.from_ical(ics.read_bytes())
        events = sorted(
            (str(e.get("X-RELANCE-KEY")), str(e.get("SUMMARY")),
             e.decoded("DTSTART").isoformat(), str(e.get("DESCRIPTION")))
            for e in calendar.walk("VEVENT")
        )
    drafts = []
    for path in sorted((folder / "out" / "Drafts").rglob("*")):
        if path.is_dir() or path.parent.name not in ("cur", "new"):
            continue
        message = email.message_from_bytes(path.read_bytes(), policy=default_policy)
        body = message.get_body(("plain",))
        drafts.append((str(message["X-Relance-Key"]), str(message["Subject"]),
                       str(message["To"]), body.get_content() if body else ""))
    return events, sorted(drafts)


def test_an_uninterrupted_run_twice_writes_the_same_outputs(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    assert once(config).returncode == 0
    first = outputs(tmp_path)
    assert len(first[0]) >= 4 and len(first[1]) >= 2
    second = once(config)
    assert second.returncode == 0
    assert "Nothing new to write" in second.stdout
    assert outputs(tmp_path) == first


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_kill_at_any_write_point_ends_like_an_uninterrupted_run(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    assert once(setup_world(reference)).returncode == 0
    expected = outputs(reference)
    crashed = 0
    for crash_at in range(1, 200):
        folder = tmp_path / f"crash-{crash_at}"
        config = setup_world(folder)
        result = once(config, crash_at)
        if result.returncode == 0:
            break  # past the last write point: the run went through
        assert result.returncode == -signal.SIGKILL, result.stderr
        crashed += 1
        restart = once(config)
        assert restart.returncode == 0, restart.stderr
        assert outputs(folder) == expected, f"after a kill at write point {crash_at}"
    assert crashed >= 2 * (len(expected[0]) + len(expected[1]))  # before and after each write


def test_a_kill_while_removing_moot_steps_ends_like_an_uninterrupted_run(
    tmp_path: Path,
) -> None:
    reference = tmp_path / "reference"
    config = setup_world(reference)
    assert once(config).returncode == 0
    written = outputs(reference)
    add_refusal(reference)
    assert once(config).returncode == 0
    expected = outputs(reference)
    assert expected != written  # the refusal removed some items and added others
    for crash_at in range(1, 200):
        folder = tmp_path / f"crash-{crash_at}"
        config = setup_world(folder)
        assert once(config).returncode == 0
        add_refusal(folder)
        result = once(config, crash_at)
        if result.returncode == 0:
            break
        assert result.returncode == -signal.SIGKILL, result.stderr
        assert once(config).returncode == 0
        assert outputs(folder) == expected, f"after a kill at write point {crash_at}"
    assert crash_at > 4
