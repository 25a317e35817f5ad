"""The command line: exit codes, init, config errors, --now, the lock, the scheduler."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tomllib
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from connectors.errors import UserError
from daemon.cli import main
from daemon.clock import FixedClock, clock_for, parse_now
from daemon.config import DaemonConfig, load_config
from daemon.lock import AlreadyRunning, LedgerLock
from daemon.paths import default_config_path, find_config
from daemon.scheduler import JOB_ID, build_scheduler, serve

PARIS = ZoneInfo("Europe/Paris")
ROOT = Path(__file__).resolve().parents[2]


def test_init_writes_the_commented_starter_and_never_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "conf" / "config.toml"
    (tmp_path / "agenda").mkdir()
    (tmp_path / "Maildir").mkdir()
    assert main(["init", str(target), "--calendar", str(tmp_path / "agenda"),
                 "--maildir", str(tmp_path / "Maildir")]) == 0
    text = target.read_text(encoding="utf-8")
    example = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    assert tomllib.loads(text)["rules"] == tomllib.loads(example)["rules"]
    starter = tomllib.loads(text)
    # The demo's outputs and identity are not the user's: relance's events and
    # ledger go to the user data folder, the drafts to the mailbox, signed by nobody yet.
    assert "drafts_maildir" not in starter["mail"]
    assert "name" not in starter["user"] and "emails" not in starter["user"]
    assert "# drafts_maildir = " in text
    config = load_config(target)
    assert config.ledger.name == "ledger.sqlite3"
    assert config.ledger.parent != tmp_path / "conf" / "out"
    target.write_text("# mine\n", encoding="utf-8")
    assert main(["init", str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "# mine\n"
    assert "never overwrites" in capsys.readouterr().err


def test_a_malformed_config_stops_before_anything_with_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[rules]\nfollow_up_days = "seven"\n[user]\ntimezone = "Mars/Olympus"\n'
        '[ledger]\npath = "ledger.sqlite3"\n',
        encoding="utf-8",
    )
    assert main(["--config", str(config), "once"]) == 2
    err = capsys.readouterr().err
    assert 'rules.follow_up_days: expected a positive integer, got "seven"' in err
    assert "user.timezone: invalid time zone name" in err
    assert "calendar.path: required" in err and "mail.maildir: required" in err
    assert not (tmp_path / "ledger.sqlite3").exists()


def test_the_config_file_is_found_in_the_documented_order(tmp_path: Path) -> None:
    example = tmp_path / "config.example.toml"
    example.write_text("", encoding="utf-8")
    assert find_config("given.toml", {"RELANCE_CONFIG": "env.toml"}, tmp_path) == Path(
        "given.toml"
    )
    assert find_config(None, {"RELANCE_CONFIG": "env.toml"}, tmp_path) == Path("env.toml")
    found = find_config(None, {}, tmp_path)
    assert found != example  # the demo is never taken silently
    assert found in (None, default_config_path())


def test_a_missing_config_file_says_how_to_get_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(tmp_path / "missing.toml"), "plan"]) == 2
    assert "relance init" in capsys.readouterr().err


def test_now_is_read_in_the_users_zone_unless_it_names_one() -> None:
    assert parse_now("2026-12-07T09:30", "Europe/Paris") == datetime(
        2026, 12, 7, 9, 30, tzinfo=PARIS
    )
    utc = parse_now("2026-12-07T09:30+00:00", "Europe/Paris")
    assert utc == datetime(2026, 12, 7, 10, 30, tzinfo=PARIS)
    clock = clock_for("2026-12-07T09:30", "Europe/Paris")
    assert isinstance(clock, FixedClock) and clock.now().hour == 9
    with pytest.raises(UserError, match="--now"):
        parse_now("next monday", "Europe/Paris")


def test_a_bad_now_is_a_user_error_exit_2(tmp_path: Path) -> None:
    config = minimal_config(tmp_path)
    assert main(["--config", str(config), "--now", "tomorrow", "plan"]) == 2


def minimal_config(tmp_path: Path) -> Path:
    (tmp_path / "calendar").mkdir(exist_ok=True)
    (tmp_path / "Maildir").mkdir(exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text(
        '[calendar]\npath = "calendar"\n[mail]\nmaildir = "Maildir"\n'
        '[ledger]\npath = "state/ledger.sqlite3"\n[output]\nics = "out/relance.ics"\n',
        encoding="utf-8",
    )
    return config


def test_a_lock_blocks_a_second_relance_on_the_same_ledger(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    with LedgerLock(ledger), pytest.raises(AlreadyRunning, match=f"pid {os.getpid()}"):
        LedgerLock(ledger).acquire()
    with LedgerLock(ledger):  # released: free again
        pass


def test_a_second_daemon_exits_with_a_clear_message(tmp_path: Path) -> None:
    config = minimal_config(tmp_path)
    with LedgerLock(tmp_path / "state" / "ledger.sqlite3"):
        result = subprocess.run(
            [sys.executable, "-m", "daemon.cli", "--config", str(config), "run"],
            capture_output=True, text=True, cwd=ROOT, timeout=60, check=False,
        )
    assert result.returncode == 2
    assert "already running" in result.stderr


def test_the_scheduler_runs_one_coalesced_job_at_the_configured_interval() -> None:
    now = datetime(2026, 12, 7, 9, 30, tzinfo=PARIS)
    scheduler = build_scheduler(lambda: None, DaemonConfig(45, 90), FixedClock(now),
                                "Europe/Paris")
    (job,) = scheduler.get_jobs()
    assert job.id == JOB_ID
    assert job.coalesce is True and job.max_instances == 1
    assert job.trigger.interval.total_seconds() == 45 * 60
    assert job.trigger.jitter == 90
    assert job.next_run_time == now


def test_sigterm_stops_the_daemon_cleanly_after_the_cycle() -> None:
    ran: list[str] = []

    def cycle() -> None:
        ran.append("cycle")
        os.kill(os.getpid(), signal.SIGTERM)  # as systemd stopping the service

    before = signal.getsignal(signal.SIGTERM)
    long_ago = FixedClock(datetime(2000, 1, 3, 9, 0, tzinfo=PARIS))  # due at once
    scheduler = build_scheduler(cycle, DaemonConfig(30, 0), long_ago,
                                "Europe/Paris")
    serve(scheduler)  # returns once stopped
    assert ran == ["cycle"]
    assert not scheduler.running
    assert signal.getsignal(signal.SIGTERM) == before


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("relance ")
