"""The first `relance once` on a large calendar and mailbox: seconds and peak memory.

`python bench/bench_first_sync.py [--events 5000] [--messages 5000] [--keep DIR]`
builds, in a temporary folder and the same every time, a calendar of
`--events` events and a Maildir++ of `--messages` messages, then runs a first
`relance once` on them as a subprocess (start-up and imports count, as for a
user), with an empty ledger. Printed: wall seconds, the child's CPU seconds
(user + system) and its peak resident memory (`resource.getrusage` of the
children), against the targets of issue 10 (< 10 s, < 150 MB).

The calendar: `APPLICATIONS` job searches' interview rounds and annotation
lines (`cycle_data.py`: about 1.5 rounds each), their private events, weekly
series, and then enough work meetings, yearly birthdays and personal events
to reach the count (`cycle_data.filler_events`). The Maildir: the
applications' mail (the user's thank-you, the recruiter's reply, a
convocation: `cycle_mail.py`), then newsletters, notifications, job alerts
and personal mail up to the count; the newsletters are long (about 14 KB of
text each, as real ones), so that holding every body would show.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cycle_mail
from cycle_data import NOW, write_calendar
from cycle_mail import write_mailbox

APPLICATIONS = 200  # about 300 interview rounds among the events
TARGET_SECONDS = 10.0
TARGET_MB = 150.0
NEWSLETTER_SENTENCES = 500  # about 14 KB of text, as real newsletters hold


def build(folder: Path, events: int, messages: int) -> tuple[int, int]:
    """The data; the numbers of events and messages actually written."""
    cycle_mail.NEWSLETTER_REPEAT = NEWSLETTER_SENTENCES
    calendar = write_calendar(folder, APPLICATIONS, total_events=events)
    written = write_mailbox(folder / "Maildir", APPLICATIONS, total=messages)
    return calendar.read_text(encoding="utf-8").count("BEGIN:VEVENT"), written


def run_once(folder: Path) -> tuple[float, float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one `relance once` child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    command = [sys.executable, "-c", "from daemon.cli import main; raise SystemExit(main())",
               "--config", str(folder / "relance.toml"), "--now", NOW.strftime("%Y-%m-%dT%H:%M"),
               "once"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of the children is the largest child's, in KiB on Linux.
    return wall, cpu, after.ru_maxrss / 1024, done


def mark(value: float, target: float) -> str:
    return "✓" if value < target else "✗"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--keep", metavar="DIR", help="build the data in DIR and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="relance-first-sync-") as name:
        folder = Path(args.keep) if args.keep else Path(name)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        events, messages = build(folder, args.events, args.messages)
        made = time.perf_counter() - started
        wall, cpu, rss, done = run_once(folder)
        if done.returncode != 0:
            sys.exit(f"relance once failed ({done.returncode}):\n{done.stderr}")
        summary = next((line for line in done.stderr.splitlines() if "read" in line), "")
        print(f"first `relance once`: {events} events, {messages} messages "
              f"({APPLICATIONS} applications; data built in {made:.1f} s)")
        print(f"{'measure':<14} {'value':>9} {'target':>9}")
        print(f"{'wall seconds':<14} {wall:>9.2f} {'< 10':>9} {mark(wall, TARGET_SECONDS)}")
        print(f"{'CPU seconds':<14} {cpu:>9.2f} {'':>9}")
        print(f"{'peak RSS MB':<14} {rss:>9.0f} {'< 150':>9} {mark(rss, TARGET_MB)}")
        if summary:
            print(f"stderr summary: {summary}")


if __name__ == "__main__":
    main()
