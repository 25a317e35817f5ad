"""Failures a person can act on: one line saying what and where and what to do,
the documented exit code (README "Exit codes"), no traceback without -vv."""

from __future__ import annotations

import errno
import io
import os
from datetime import datetime
from pathlib import Path

import pytest
from daemon_fakes import PARIS, POLICY, interview_event
from daemon_world import NOW, setup_world
from rich.console import Console

from connectors.errors import UserError
from connectors.memory import MemoryCalendar, MemoryMailbox
from daemon.backends import Backends
from daemon.cli import main
from daemon.clock import FixedClock
from daemon.cycle import Cycle
from daemon.ledger import LedgerStore
from policy.settings import Settings

ROOT_USER = os.geteuid() == 0  # root writes anywhere: permission tests mean nothing then


def run(config: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--config", str(config), "--now", NOW, *args],
                Console(file=out, width=300), Console(file=err, width=300))
    return code, err.getvalue()


def with_config(folder: Path, extra: str) -> Path:
    config = setup_world(folder)
    text = config.read_text(encoding="utf-8")
    for line in extra.splitlines():
        key = line.split("=")[0].strip()
        text = "\n".join(x for x in text.splitlines() if not x.startswith(key + " "))
    config.write_text(text + "\n" + extra + "\n", encoding="utf-8")
    return config


def test_a_corrupted_ledger_says_to_move_it_aside(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "ledger.sqlite3").write_bytes(b"garbage " * 600)
    code, err = run(config, "once")
    assert code == 2
    assert "ledger.sqlite3" in err and "move it aside" in err.lower() and "rebuilds" in err
    assert "Traceback" not in err and err.count("relance:") == 1


def test_invalid_utf8_in_the_config_is_named(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    config.write_bytes(config.read_bytes() + b'\n# caf\xe9\n')
    code, err = run(config, "plan")
    assert code == 2 and "UTF-8" in err and str(config) in err and "Traceback" not in err


def test_an_absurd_number_of_days_is_a_config_problem(tmp_path: Path) -> None:
    config = with_config(tmp_path, "[rules]\nfollow_up_days = 99999999999")
    code, err = run(config, "plan")
    assert code == 2 and "follow_up_days" in err and "Traceback" not in err


def test_a_ledger_path_that_is_a_folder_and_drafts_maildir_a_file(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    (tmp_path / "out" / "ledger.sqlite3").mkdir(parents=True)
    (tmp_path / "out" / "Drafts").write_text("not a maildir", encoding="utf-8")
    code, err = run(config, "once")
    assert code == 2 and "Traceback" not in err
    assert "ledger.path" in err and "is a folder" in err
    assert "mail.drafts_maildir" in err and "is a file" in err


@pytest.mark.skipif(ROOT_USER, reason="root ignores file permissions")
def test_a_read_only_output_folder_stops_with_what_to_do(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    assert run(config, "once")[0] == 0
    (tmp_path / "out" / "relance.ics").unlink()
    (tmp_path / "out").chmod(0o500)
    try:
        code, err = run(config, "once")
    finally:
        (tmp_path / "out").chmod(0o700)
    assert code == 2 and "Traceback" not in err
    assert "permission" in err or "read-only" in err


class FullDisk(MemoryCalendar):
    """A calendar sink whose writes meet a full disk, injected by constructor."""

    def __init__(self) -> None:
        def refuse(operation: str, key: str) -> None:
            raise OSError(errno.ENOSPC, "No space left on device", "/data/out/relance.ics")
        super().__init__(on_write=refuse)


def test_a_full_disk_stops_the_cycle_with_one_message_naming_the_file(tmp_path: Path) -> None:
    calendar, mailbox = FullDisk(), MemoryMailbox()
    calendar.add_event(interview_event("ACME", 2))
    store = LedgerStore.open(tmp_path / "ledger.sqlite3")
    cycle = Cycle(Backends(calendar, mailbox, calendar, mailbox), store, Settings(),
                  FixedClock(datetime(2026, 12, 3, 9, 30, tzinfo=PARIS)), POLICY)
    with pytest.raises(UserError) as stopped:
        cycle.run()
    assert str(stopped.value).startswith("/data/out/relance.ics: cannot write: the disk is full")
    assert "free some space" in str(stopped.value)


def test_a_read_only_ledger_says_to_give_write_access(tmp_path: Path) -> None:
    import sqlite3

    from daemon.ledger_errors import ledger_problem

    path = tmp_path / "ledger.sqlite3"
    LedgerStore.open(path).close()
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as refused:
        read_only.execute("CREATE TABLE x (y)")
    words = str(ledger_problem(refused.value, path))
    assert words.startswith(f"{path}: the ledger cannot be written")
    assert "write access" in words
