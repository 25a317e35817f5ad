"""Named points around every remote write, where a test may crash the process.

TEST HOOK: with RELANCE_CRASH_AT=N in the environment, the N-th write point
reached by the process kills it with SIGKILL (no cleanup, no flush), as a
power cut would. The crash-safety test (tests/daemon/test_crash.py) runs
`relance once` with N = 1, 2, 3 … and checks that a restart ends with the
same drafts and events as an uninterrupted run. Unset, it does nothing.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable, Mapping

log = logging.getLogger(__name__)

CRASH_ENV = "RELANCE_CRASH_AT"


class WritePoints:
    def __init__(
        self, crash_at: int | None = None, crash: Callable[[], None] | None = None
    ) -> None:
        self._crash_at = crash_at
        self._crash = crash or _kill_self
        self.reached_count = 0

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> WritePoints:
        raw = environ.get(CRASH_ENV, "")
        return cls(int(raw) if raw.isdigit() else None)

    def reached(self, name: str) -> None:
        self.reached_count += 1
        if self.reached_count == self._crash_at:
            log.warning("write point %d (%s): crash asked by %s", self.reached_count, name,
                        CRASH_ENV)
            self._crash()


def _kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL)
