"""A daemon cycle on local files: seconds, memory, writes. Not a test: prints tables.

For each size N (default 10 and 100 applications) a temporary folder
gets a synthetic job search (`cycle_data.py`, `cycle_mail.py`): an .ics
calendar with one or two interview rounds per application, annotation lines,
private events and weekly series; a Maildir++ with about three messages per
application (recruiters' replies of every label, the user's sent mail) and
ten times as many unrelated newsletters and notifications. Then, in a fresh
process (so that its peak resident memory is this size's alone), the real
daemon cycle runs three times at a fixed `--now` (2026-12-09 09:30 Paris),
built the way `relance once` builds it (`load_config`, `build_backends`,
`LedgerStore.open`, `Cycle`), the store and connectors rebuilt for each cycle
as `relance run` does:
- first: empty ledger, everything is read, classified, matched and written;
- idle: nothing changed;
- 5 replies: five recruiters who had not answered write.

Printed per cycle: wall seconds (`time.perf_counter`), where they went (the
connectors' calls and the policy's functions, timed by thin wrappers), the
messages classified and at what rate, the events and drafts written, and the
Python heap peak with `--tracemalloc` (which slows everything down: timings
are then not comparable). Per size: the process's peak resident memory.

Run from the repository root: `.venv/bin/python bench/bench_cycle.py`
(under a minute); `--sizes 10,100,1000` adds 1,000 applications, whose first
cycle took 25 minutes on 2 cores in November 2026 (see bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from cycle_data import NOW, write_calendar
from cycle_mail import new_replies, write_mailbox

from daemon.backends import Backends
from daemon.clock import FixedClock
from daemon.config import Config, load_config
from daemon.cycle import Cycle
from daemon.ledger import LedgerStore
from daemon.policy_api import Policy, default_policy
from daemon.wiring import build_backends


@dataclass
class Meter:
    """Seconds and calls per timed function, for one cycle."""

    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    calls: Counter[str] = field(default_factory=Counter)

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.calls[name] += 1
        return timed


class Timed:
    """A connector whose public methods are timed under one name."""

    def __init__(self, inner: object, name: str, meter: Meter) -> None:
        self._inner, self._name, self._meter = inner, name, meter

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(self._inner, attribute)
        return self._meter.wrap(self._name, value) if callable(value) else value


def metered_policy(meter: Meter) -> Policy:
    p = default_policy()
    return Policy(
        read_interviews=meter.wrap("read interviews", p.read_interviews),
        group_applications=meter.wrap("group", p.group_applications),
        classify=meter.wrap("classify", p.classify),
        match_application=meter.wrap("match", p.match_application),
        plan=meter.wrap("plan", p.plan),
        match_all=meter.wrap("match", p.match_all) if p.match_all else None,
    )


def metered_backends(backends: Backends, meter: Meter) -> Backends:
    # The calendar source and the mailbox are read once a cycle; the sinks once a step.
    names = (("calendar read", backends.calendar), ("mail read", backends.mail),
             ("event sink", backends.events), ("draft sink", backends.drafts))
    timed = [cast(Any, Timed(inner, name, meter)) for name, inner in names]
    return Backends(calendar=timed[0], mail=timed[1], events=timed[2], drafts=timed[3])


def one_cycle(config: Config, name: str, trace: bool) -> dict[str, Any]:
    """One cycle as `relance once` runs it, measured."""
    clock = FixedClock(NOW)
    meter = Meter()
    if trace:
        tracemalloc.reset_peak()
    started = time.perf_counter()
    store = LedgerStore.open(config.ledger)
    try:
        backends = metered_backends(build_backends(config, clock, store), meter)
        cycle = Cycle(backends, store, config.settings, clock, policy=metered_policy(meter))
        report = cycle.run()
    finally:
        store.close()
    seconds = time.perf_counter() - started
    what = Counter(change.what for change in report.changes)
    return {
        "cycle": name, "seconds": seconds, "timed": dict(meter.seconds),
        "calls": dict(meter.calls), "new_messages": report.new_messages,
        "applications": len(report.applications), "steps": len(report.steps),
        "events": what["event written"] + what["event updated"],
        "drafts": what["draft written"] + what["draft updated"],
        "removed": what["event removed"] + what["draft removed"],
        "problems": len(report.problems),
        "heap_mb": tracemalloc.get_traced_memory()[1] / 2**20 if trace else None,
    }


def stored_labels(config: Config) -> dict[str, int]:
    """What the ledger kept: the labels of the replies, and the user's own messages."""
    store = LedgerStore.open(config.ledger)
    try:
        return dict(Counter(
            m.classification.label.value if m.classification else m.direction.value
            for m in store.messages()
        ).most_common())
    finally:
        store.close()


def child(folder: Path, size: int, trace: bool) -> dict[str, Any]:
    if trace:
        tracemalloc.start()
    config = load_config(folder / "relance.toml")
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [one_cycle(config, "first", trace), one_cycle(config, "idle", trace)]
    assert config.mail.maildir is not None
    replies = new_replies(config.mail.maildir, size)
    rows.append(one_cycle(config, f"{replies} replies", trace))
    written = config.output_ics.read_text(encoding="utf-8").count("BEGIN:VEVENT")
    drafts = sum(1 for p in (config.mail.maildir / ".Drafts" / "cur").iterdir() if p.is_file())
    return {"rows": rows, "base_rss_mb": base, "events_in_file": written,
            "drafts_in_folder": drafts, "labels": stored_labels(config),
            "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(size: int, trace: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="relance-bench-") as name:
        folder = Path(name)
        started = time.perf_counter()
        write_calendar(folder, size)
        messages = write_mailbox(folder / "Maildir", size)
        made = time.perf_counter() - started
        command = [sys.executable, __file__, "--child", str(folder), "--sizes", str(size)]
        done = subprocess.run(command + (["--tracemalloc"] if trace else []),
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            sys.exit(f"the cycle failed at {size} applications:\n{done.stderr}")
        result: dict[str, Any] = json.loads(done.stdout)
        result.update(size=size, messages=messages, made_seconds=made,
                      calendar_kb=(folder / "calendar.ics").stat().st_size / 1024)
        return result


def print_size(result: dict[str, Any]) -> None:
    print(f"\nN = {result['size']} applications: {result['messages']} messages in the Maildir, "
          f"calendar {result['calendar_kb']:.0f} KB (data written in "
          f"{result['made_seconds']:.1f} s); peak RSS {result['max_rss_mb']:.0f} MB "
          f"(after imports {result['base_rss_mb']:.0f} MB); at the end "
          f"{result['events_in_file']} events in relance.ics, "
          f"{result['drafts_in_folder']} drafts in .Drafts")
    print("messages kept in the ledger: " + ", ".join(
        f"{label} {count}" for label, count in result["labels"].items()))
    print(f"{'cycle':<10} {'seconds':>8} {'apps':>5} {'steps':>5} {'new msg':>7} "
          f"{'classified':>10} {'msg/s':>7} {'events':>6} {'drafts':>6} {'removed':>7} "
          f"{'heap MB':>7}")
    for row in result["rows"]:
        count = row["calls"].get("classify", 0)
        rate = count / row["timed"]["classify"] if count else 0.0
        heap = "-" if row["heap_mb"] is None else f"{row['heap_mb']:.0f}"
        print(f"{row['cycle']:<10} {row['seconds']:>8.2f} {row['applications']:>5} "
              f"{row['steps']:>5} {row['new_messages']:>7} {count:>10} {rate:>7.0f} "
              f"{row['events']:>6} {row['drafts']:>6} {row['removed']:>7} {heap:>7}")
    for row in result["rows"]:
        parts = sorted(row["timed"].items(), key=lambda item: -item[1])
        detail = ", ".join(f"{name} {seconds:.2f} s ({row['calls'][name]} calls)"
                           for name, seconds in parts if seconds >= 0.005)
        print(f"  {row['cycle']}: {detail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100",
                        help="comma-separated numbers of applications (default 10,100; "
                        "1000 takes about 26 minutes, see bench/README.md)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also print each cycle's Python heap peak (slows everything)")
    parser.add_argument("--child", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.child:
        print(json.dumps(child(Path(args.child), sizes[0], args.tracemalloc)))
        return
    print(f"relance cycle on local files (ics + Maildir), --now {NOW.isoformat()}, "
          f"{'with' if args.tracemalloc else 'without'} tracemalloc")
    for size in sizes:
        print_size(measure(size, args.tracemalloc))


if __name__ == "__main__":
    main()
