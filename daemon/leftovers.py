"""What a killed run left behind, removed at the next start.

The .ics sink writes its file through a temporary `.relance-*` next to it,
then renames it; a SIGKILL between the two leaves the temporary forever. Only
a process holding the ledger lock (`once`, `run`) cleans them: no other writer
of those files can be running then.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = ".relance-"


def remove_leftovers(folder: Path) -> int:
    """Remove the temporaries of an interrupted write in `folder`; how many."""
    removed = 0
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.is_file()]
    except OSError:
        return 0  # no output folder yet
    for path in found:
        try:
            path.unlink()
        except OSError as error:
            log.warning("cannot remove %s, left by an interrupted run: %s", path, error.strerror)
            continue
        removed += 1
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted run in %s", removed, folder)
    return removed
