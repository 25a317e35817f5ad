"""What a killed run left behind, removed at the next start.

Only a process holding the ledger lock (`once`, `run`) cleans: no other
relance writer of those files can be running then.

- The .ics sink and the list of keys written (`connectors.written_keys`)
  replace their file through a temporary `.relance-*` beside it; a SIGKILL
  between the write and the rename leaves the temporary forever. Those are
  removed from the events file's folder and from the drafts folder.
- A draft is written into the drafts maildir's tmp/, then moved to cur/; a
  kill in between leaves it in tmp/. By the Maildir convention a tmp/ file
  older than 36 hours is garbage, but the drafts folder may be the user's
  own, which a mail client or mbsync also writes through tmp/ (mbsync even
  brings relance's drafts back from the server there): only files both older
  than 36 hours and relance's own (an `X-Relance-Key` header, or empty, as a
  kill right after the file's creation leaves it) are removed.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path

from connectors.atomic_file import TEMPORARY_PREFIX
from connectors.mime import KEY_HEADER

log = logging.getLogger(__name__)

MAILDIR_TMP_AGE = timedelta(hours=36)  # the Maildir convention for a tmp/ file left behind


def remove_leftovers(folder: Path) -> int:
    """Remove the temporaries of an interrupted write in `folder`; how many."""
    try:
        found = [p for p in folder.iterdir()
                 if p.name.startswith(TEMPORARY_PREFIX) and p.is_file()]
    except OSError:
        return 0  # no output folder yet
    removed = _remove(found)
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted run in %s", removed, folder)
    return removed


def remove_draft_leftovers(drafts: Path, now: datetime) -> int:
    """Remove relance's drafts left in the drafts maildir's tmp/ over 36 hours ago."""
    removed = remove_leftovers(drafts)
    try:
        found = [p for p in (drafts / "tmp").iterdir() if not p.name.startswith(".")]
    except OSError:
        return removed  # no drafts folder yet
    limit = (now - MAILDIR_TMP_AGE).timestamp()
    stale = [p for p in found if _older(p, limit) and _relance_draft(p)]
    count = _remove(stale)
    if count:
        log.info("removed %d draft(s) an interrupted run left in %s", count, drafts / "tmp")
    return removed + count


def _older(path: Path, limit: float) -> bool:
    try:
        return path.is_file() and path.stat().st_mtime < limit
    except OSError:
        return False


def _relance_draft(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            if not handle.read(1):
                return True  # killed right after creating it: no byte written
            handle.seek(0)
            headers = BytesHeaderParser(policy=default_policy).parse(handle)
    except OSError:
        return False
    return bool(str(headers.get(KEY_HEADER, "")).strip())


def _remove(paths: list[Path]) -> int:
    removed = 0
    for path in paths:
        try:
            path.unlink()
        except OSError as error:
            log.warning("cannot remove %s, left by an interrupted run: %s", path, error.strerror)
            continue
        removed += 1
    return removed
