"""`relance run`: a cycle every few minutes with APScheduler 3, until stopped.

One job, coalesced (missed runs collapse into one), one instance at a time,
with jitter. SIGTERM and SIGINT stop the scheduler cleanly: a cycle under way
finishes its step (each step is its own transaction anyway). The caller holds
the ledger lock for the daemon's whole life.

The journal of a systemd unit is the daemon's only face: at the default log
level each cycle writes one line on the `relance` logger (what was read, what
was written, what waits for the user), and a stop writes one line too.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable
from types import FrameType
from zoneinfo import ZoneInfo

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from connectors.errors import AuthExpired, RelanceError
from daemon.clock import Clock, SystemClock
from daemon.config import Config, DaemonConfig
from daemon.cycle import Cycle, CycleReport
from daemon.ledger import LedgerStore
from daemon.progress import ProgressDisplay
from daemon.terminal import console_for
from daemon.wiring import build_backends
from daemon.writepoints import WritePoints

log = logging.getLogger(__name__)
journal = logging.getLogger("relance")  # shown at the default level (daemon.logs)

JOB_ID = "cycle"


def build_scheduler(
    job: Callable[[], None], settings: DaemonConfig, wall_clock: Clock, timezone: str
) -> BlockingScheduler:
    """`wall_clock` is the real one even under --now: it says when to run, and
    the first cycle runs at once."""
    scheduler = BlockingScheduler(timezone=timezone)
    scheduler.add_job(
        job,
        IntervalTrigger(minutes=settings.interval_minutes, jitter=settings.jitter_seconds or None,
                        timezone=timezone),
        id=JOB_ID,
        coalesce=True,
        max_instances=1,
        misfire_grace_time=None,  # a late run still runs (after a suspend, say)
        next_run_time=wall_clock.now(),
    )
    return scheduler


def serve(scheduler: BlockingScheduler) -> None:
    """Run until SIGTERM or SIGINT, then stop cleanly and restore the handlers."""

    def stop(number: int, frame: FrameType | None) -> None:
        journal.info("%s", stop_line(number))
        # Not in the handler itself: it may interrupt the scheduler holding its locks.
        threading.Thread(target=scheduler.shutdown, name="relance-stop").start()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        scheduler.start()
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def stop_line(number: int) -> str:
    try:
        name = signal.Signals(number).name
    except ValueError:
        name = str(number)
    return f"relance stopped ({name}): the cycle under way, if any, finishes first"


def cycle_line(report: CycleReport) -> str:
    """One line per cycle: read, written, waiting for the user."""
    written = Counter(c.what for c in report.changes)
    wrote = ", ".join(_counted(n, what) for what, n in sorted(written.items())) or "nothing new"
    drafts = sum(n for what, n in written.items() if what == "draft written")
    if report.paused:
        wrote = "nothing (paused)"
    return (
        f"cycle at {report.now:%Y-%m-%d %H:%M}: read {report.events_seen} event(s), "
        f"{len(report.interviews)} interview(s), {report.new_messages} new message(s); "
        f"written: {wrote}; for you: {drafts} new draft(s) to send, "
        f"{len(report.problems)} problem(s) to look at"
    )


def _counted(n: int, what: str) -> str:
    """3, "event written" -> "3 event(s) written"."""
    thing, _, rest = what.partition(" ")
    return f"{n} {thing}(s) {rest}" if thing in ("event", "draft") else f"{n} {what}"


def cycle_job(config: Config, clock: Clock, force: bool,
              on_fatal: Callable[[RelanceError], None] | None = None) -> Callable[[], None]:
    """`on_fatal` is told of what no later cycle can get past alone (a revoked
    Google token: only `relance auth` helps), so the daemon stops as `once` does."""
    def job() -> None:
        try:
            # A connection per cycle: the scheduler runs jobs in a worker thread.
            store = LedgerStore.open(config.ledger)
        except RelanceError as error:
            log.error("cycle failed: %s", error)
            return
        try:
            with ProgressDisplay(console_for(sys.stderr), print_summary=False) as progress:
                cycle = Cycle(build_backends(config, clock, store, progress), store,
                              config.settings, clock,
                              points=WritePoints.from_environ(os.environ), progress=progress)
                report = cycle.run(force=force)
        except AuthExpired as error:
            if on_fatal is None:
                raise
            on_fatal(error)
            return
        except RelanceError as error:  # the daemon goes on; the next cycle may succeed
            log.error("cycle failed: %s", error)
            return
        finally:
            store.close()
        # The journal keeps one line per cycle: what the reading took goes on it.
        took = "" if progress.on_terminal else progress.summary().removeprefix("relance: ")
        journal.info("%s%s", cycle_line(report), f" ({took})" if took else "")
        for problem in report.problems:
            log.warning("%s", problem)

    return job


def run_daemon(config: Config, clock: Clock, force: bool = False) -> None:
    journal.info("relance daemon: a cycle every %d minutes (jitter %d s)",
             config.daemon.interval_minutes, config.daemon.jitter_seconds)
    fatal: list[RelanceError] = []
    scheduler: BlockingScheduler | None = None

    def stop(error: RelanceError) -> None:
        fatal.append(error)
        if scheduler is not None:  # not from the job's own thread: it would wait for itself
            threading.Thread(target=scheduler.shutdown, kwargs={"wait": False},
                             name="relance-stop").start()

    job = cycle_job(config, clock, force, stop)
    zone = config.settings.timezone
    scheduler = build_scheduler(job, config.daemon, SystemClock(ZoneInfo(zone)), zone)
    serve(scheduler)
    if fatal:
        raise fatal[0]  # the CLI says it once, with its exit code
