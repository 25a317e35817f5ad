"""One relance at a time per ledger: an exclusive `flock` on a file next to it.

The lock is released by the kernel when the process ends, even by SIGKILL,
so a crashed daemon never leaves a stale lock behind."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from connectors.errors import UserError
from daemon.paths import lock_path


class AlreadyRunning(UserError):
    pass


class LedgerLock:
    def __init__(self, ledger: Path) -> None:
        self.path = lock_path(ledger)
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise AlreadyRunning(
                f"another relance (pid {holder}) is already running on {self.path.parent}; "
                f"stop it first, or use another ledger"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> LedgerLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.release()
