"""SQLite's errors about the ledger file, in words that say what to do.

A damaged ledger is not lost work: relance rebuilds it from what it wrote
(its drafts carry X-Relance-Key, its events their key; what the user deleted
is known from the keys each sink lists beside its items,
`connectors.written_keys`), so the advice is to move it aside, never to
delete the user's drafts or events.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from connectors.errors import UserError

_DAMAGED = ("not a database", "malformed", "disk image", "file is encrypted")
_READ_ONLY = ("readonly database", "read-only")
_CANNOT_OPEN = ("unable to open database file",)
_FULL = ("database or disk is full", "disk i/o error")


class LedgerProblem(UserError):
    """The ledger file cannot be used as it is."""


def ledger_problem(error: sqlite3.Error, path: Path | None) -> LedgerProblem:
    text = str(error).lower()
    where = path or "the ledger"
    if any(w in text for w in _DAMAGED):
        return LedgerProblem(
            f"{where}: the ledger is damaged ({error}). Move it aside (mv {where} "
            f"{where}.broken); relance rebuilds it from what it wrote, adopting the "
            "existing drafts and events")
    if any(w in text for w in _READ_ONLY):
        return LedgerProblem(f"{where}: the ledger cannot be written (read-only file or "
                             "folder): give your user write access to it and its folder")
    if any(w in text for w in _CANNOT_OPEN):
        return LedgerProblem(f"{where}: the ledger cannot be opened: check that its folder "
                             "exists and is writable, and that ledger.path names a file")
    if any(w in text for w in _FULL):
        return LedgerProblem(f"{where}: the ledger cannot be written: the disk is full or "
                             "failing; free some space, then run relance again")
    return LedgerProblem(f"{where}: the ledger answered an error ({error}); if it persists, "
                         "move it aside: relance rebuilds it from what it wrote")
