"""What a long cycle shows while it reads and writes (issue 10: the first sync).

Connectors and the cycle tell a `connectors.base.Progress` callback
`(what, done, total)`; this module is the callback the commands give them.
On a terminal it is a transient rich progress bar on stderr, one line per
phase, gone when the cycle ends (stdout keeps only the command's own output).
Anywhere else (the systemd journal, a cron log, a pipe) it prints nothing
while working and one summary line at the end, on stderr, and only when
something was actually read or written: an idle cycle of the daemon adds no
line. The bar is refreshed at most ten times a second, not once per message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:  # rich.progress is imported only when a terminal shows it
    from rich.progress import Progress as Bar
    from rich.progress import TaskID

REFRESH_SECONDS = 0.1

# what -> (the bar's label, the summary's words for its units)
PHASES: dict[str, tuple[str, str]] = {
    "calendar": ("Reading the calendar", "calendar"),
    "mail": ("Reading the mailbox", "mailbox"),
    "writing": ("Writing events and drafts", "wrote"),
}


@dataclass
class _Phase:
    started: float
    ended: float
    done: int = 0
    total: int = 0
    units: int = 0  # calls that reported work still to do: messages read, steps written


class ProgressDisplay:
    """A `connectors.base.Progress` that draws on `console` (stderr's)."""

    def __init__(self, console: Console, clock: Callable[[], float] = time.monotonic,
                 print_summary: bool = True) -> None:
        """`print_summary=False`: off a terminal, the caller logs `summary()` itself."""
        self._console = console
        self._print_summary = print_summary
        self._clock = clock
        self._phases: dict[str, _Phase] = {}
        self._bar: Bar | None = None
        self._tasks: dict[str, TaskID] = {}
        self._refreshed = float("-inf")

    def __call__(self, what: str, done: int, total: int) -> None:
        now = self._clock()
        phase = self._phases.setdefault(what, _Phase(now, now))
        phase.ended, phase.done, phase.total = now, done, total
        if done < total:
            phase.units += 1
        if self.on_terminal:
            self._draw(what, phase, now)

    @property
    def on_terminal(self) -> bool:
        return self._console.is_terminal

    def __enter__(self) -> ProgressDisplay:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()  # transient: the bar's lines are erased
            self._bar = None
        elif not self.on_terminal and self._print_summary and error is None:
            line = self.summary()
            if line:
                self._console.print(line, markup=False, highlight=False, soft_wrap=True)

    def summary(self) -> str:
        """One line: each phase that did some work, what it did and how long it took."""
        parts = []
        for what, phase in self._phases.items():
            if not phase.units:
                continue
            label = PHASES.get(what, (what, what))[1]
            parts.append(f"{label} {_amount(what, phase)} in {phase.ended - phase.started:.1f} s")
        return "relance: " + "; ".join(parts) if parts else ""

    def _draw(self, what: str, phase: _Phase, now: float) -> None:
        if self._bar is None:
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

            self._bar = Progress(TextColumn("{task.description}"), BarColumn(),
                                 TaskProgressColumn(), console=self._console,
                                 transient=True, auto_refresh=False)
            self._bar.start()
        if what not in self._tasks:
            label = PHASES.get(what, (what, what))[0]
            self._tasks[what] = self._bar.add_task(label, total=phase.total or None)
        self._bar.update(self._tasks[what], completed=phase.done, total=phase.total or None)
        if now - self._refreshed >= REFRESH_SECONDS or phase.done >= phase.total:
            self._refreshed = now
            self._bar.refresh()


def _amount(what: str, phase: _Phase) -> str:
    if what == "calendar":  # told in bytes of files parsed
        if phase.total >= 1_000_000:
            return f"{phase.total / 1_000_000:.1f} MB"
        return f"{max(1, round(phase.total / 1000))} KB"
    if what == "mail":
        return f"{phase.units} new of {phase.total} messages"
    return f"{phase.units} steps" if what == "writing" else f"{phase.units} of {phase.total}"
