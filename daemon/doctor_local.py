"""`relance doctor` on the local backends: the files and folders the
configuration names, checked as the cycle will use them. Never writes.

The calendar must exist and be readable; the mailbox must be a readable
Maildir (cur, new, tmp); the drafts folder, events file and ledger must be
writable, or creatable in a writable folder. Only the backends in use are
checked: a Google calendar has no file to check, and Google's own checks
(token, scopes, APIs) run only when a backend is "google".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from daemon.config import Config
from daemon.wiring import drafts_location

MAILDIR_PARTS = ("cur", "new", "tmp")


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def local_checks(config: Config) -> list[Check]:
    checks: list[Check] = []
    if config.calendar.backend == "ics":
        checks.append(_calendar(config.calendar.path))
        checks.append(_writable("events file", config.output_ics))
    if config.mail.backend == "maildir":
        checks.append(_mailbox(config.mail.maildir))
        drafts = drafts_location(config)
        if drafts is not None:
            checks.append(_writable("drafts", drafts))
    checks.append(_writable("ledger", config.ledger))
    return checks


def _calendar(path: Path | None) -> Check:
    if path is None:
        return Check("calendar", False, "no path", 'set [calendar] path')
    if not path.exists():
        return Check("calendar", False, f"no such file or folder: {path}",
                     "export your calendar there, or fix [calendar] path")
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            return Check("calendar", False, f"{path}: folder not readable", f"chmod u+rx {path}")
        count = sum(1 for _ in path.rglob("*.ics"))
        return Check("calendar", True, f"{path} (a folder of {count} .ics file(s))")
    if not os.access(path, os.R_OK):
        return Check("calendar", False, f"{path}: not readable", f"chmod u+r {path}")
    return Check("calendar", True, f"{path}")


def _mailbox(path: Path | None) -> Check:
    if path is None:
        return Check("mailbox", False, "no path", "set [mail] maildir")
    if not path.is_dir():
        return Check("mailbox", False, f"no such folder: {path}", "fix [mail] maildir")
    missing = [part for part in MAILDIR_PARTS if not (path / part).is_dir()]
    if missing:
        return Check("mailbox", False, f"{path} is not a Maildir: no {', '.join(missing)}",
                     "point [mail] maildir at the folder holding cur, new and tmp")
    if not all(os.access(path / part, os.R_OK | os.X_OK) for part in MAILDIR_PARTS):
        return Check("mailbox", False, f"{path}: not readable", f"chmod -R u+rX {path}")
    return Check("mailbox", True, f"{path} (a Maildir)")


def _writable(name: str, path: Path) -> Check:
    """`path` can be written: it is writable, or its nearest existing folder is."""
    if path.exists():
        ok = os.access(path, os.W_OK)
        return Check(name, ok, f"{path}" if ok else f"{path}: not writable",
                     "" if ok else f"chmod u+w {path}")
    folder = next(p for p in path.parents if p.exists())
    if not os.access(folder, os.W_OK | os.X_OK):
        return Check(name, False, f"{path}: cannot be created, {folder} is not writable",
                     f"chmod u+w {folder}, or choose another path")
    return Check(name, True, f"{path} (created at the first cycle)")
