"""Progress of a long first sync: a bar on a terminal, one summary line elsewhere."""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from daemon_world import setup_world
from rich.console import Console
from test_cli_local import run

from connectors.base import MailQuery
from connectors.ics_source import IcsCalendarSource
from connectors.maildir import MaildirMailbox
from daemon.progress import ProgressDisplay

NOW = datetime(2026, 12, 9, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))


class Ticks:
    """A clock that advances one second each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


def _console(terminal: bool) -> tuple[Console, io.StringIO]:
    stream = io.StringIO()
    return Console(file=stream, force_terminal=terminal, width=100), stream


def _work(progress: ProgressDisplay, what: str, total: int, calls: int) -> None:
    """`calls` reports of work in progress on `total` units, then the last one."""
    for n in range(calls):
        progress(what, n * total // calls, total)
    progress(what, total, total)


def test_a_terminal_shows_a_bar_per_phase_and_no_summary_line() -> None:
    console, stream = _console(terminal=True)
    with ProgressDisplay(console, clock=Ticks()) as progress:
        _work(progress, "calendar", 2_000_000, 1)
        _work(progress, "mail", 40, 40)
    shown = stream.getvalue()
    assert "Reading the calendar" in shown and "Reading the mailbox" in shown
    assert "100%" in shown
    assert "relance:" not in shown  # the bar is the terminal's account of the work


def test_elsewhere_one_summary_line_of_what_was_read_and_written() -> None:
    console, stream = _console(terminal=False)
    with ProgressDisplay(console, clock=Ticks()) as progress:
        _work(progress, "calendar", 2_500_000, 1)
        _work(progress, "mail", 3, 3)
        _work(progress, "writing", 2, 2)
    assert stream.getvalue() == ("relance: calendar 2.5 MB in 1.0 s; mailbox 3 new of 3 messages "
                                 "in 3.0 s; wrote 2 steps in 2.0 s\n")


def test_an_idle_cycle_adds_no_line_to_the_journal() -> None:
    console, stream = _console(terminal=False)
    with ProgressDisplay(console, clock=Ticks()) as progress:
        progress("mail", 5000, 5000)  # every message already seen
        progress("writing", 0, 0)
    assert stream.getvalue() == ""


def test_a_failed_cycle_prints_no_summary() -> None:
    console, stream = _console(terminal=False)
    with pytest.raises(RuntimeError), ProgressDisplay(console, clock=Ticks()) as progress:
        progress("mail", 0, 10)
        raise RuntimeError("disk full")
    assert stream.getvalue() == ""


def test_the_local_sources_tell_their_reading(tmp_path: Path) -> None:
    setup_world(tmp_path)
    told: list[tuple[str, int, int]] = []

    def record(what: str, done: int, total: int) -> None:
        told.append((what, done, total))

    window = (NOW - timedelta(days=400), NOW + timedelta(days=400))
    calendar = IcsCalendarSource(tmp_path / "calendar", *window, progress=record)
    calendar.changes(None)
    size = (tmp_path / "calendar" / "agenda.ics").stat().st_size
    assert told == [("calendar", 0, size), ("calendar", size, size)]
    told.clear()
    for n in range(3):
        mail = (f"From: Jeanne Dupont <jeanne@acme.example>\r\nTo: camille@example.org\r\n"
                f"Subject: Lettre {n}\r\nDate: Mon, 7 Dec 2026 10:0{n}:00 +0100\r\n"
                f"Message-ID: <m{n}@acme.example>\r\n\r\nBonjour,\r\n")
        (tmp_path / "Maildir" / "cur" / f"17000000{n}.M{n}P1.host:2,S").write_text(mail)
    mailbox = MaildirMailbox(tmp_path / "Maildir", lambda: NOW, progress=record)
    changes = mailbox.changes(None, MailQuery())
    total = len(changes.messages)
    assert total == 3
    assert told == [*(("mail", n, total) for n in range(total)), ("mail", total, total)]
    told.clear()
    mailbox.changes(changes.cursor, MailQuery())  # nothing new: no message is read
    assert told == [("mail", total, total)]


def test_once_keeps_stdout_for_its_report_and_sums_up_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = setup_world(tmp_path)
    assert run(config, "once") == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("relance: ")]
    assert len(lines) == 1
    assert lines[0].startswith("relance: calendar ") and " KB in " in lines[0]
    assert "wrote 6 steps" in lines[0]
    assert run(config, "once") == 0  # nothing new: no line
    assert [line for line in capsys.readouterr().err.splitlines()
            if line.startswith("relance: ")] == []
