"""One clock: daemon/clock.py is the only module of the daemon reading system time."""

from __future__ import annotations

from pathlib import Path

DAEMON = Path(__file__).resolve().parents[2] / "daemon"
READS = ("datetime.now(", "date.today(", "time.time(", ".utcnow(", "time.monotonic(")


def test_only_the_clock_module_reads_the_system_time() -> None:
    offenders = [
        f"{path.name}: {needle}"
        for path in sorted(DAEMON.glob("*.py"))
        if path.name != "clock.py"
        for needle in READS
        if needle in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
