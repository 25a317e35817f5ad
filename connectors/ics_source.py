"""A calendar source over an .ics file or a folder of them (searched recursively).

The cursor is a fingerprint of the files' paths and contents and of the
reading options (window, zone, user addresses). The same fingerprint means
nothing changed and the answer is empty; any change means a full read of
the window (`full=True`), so the daemon treats what is absent as gone.
Contents rather than mtimes: an edit within the file system's timestamp
granularity, or a copy that keeps old mtimes, is still seen; local files
are cheap to hash.

A file that cannot be read or parsed at all makes the answer partial
(`full=False`, with a cursor that forces a re-read next time): a user's
half-saved file must not look as if every interview in it was deleted. A
faulty event inside a readable file is reported and left out on its own.

Progress (`connectors.base.Progress`) is told in bytes of calendar files
parsed: one large file is most of a calendar's reading time.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from connectors.base import CalendarChanges, Progress, no_progress
from connectors.errors import UserError
from connectors.ics_serializer import IcsReading, UnreadableFile, read_events
from policy.model import CalendarEvent, Problem

logger = logging.getLogger(__name__)

PARTIAL = "!partial"  # suffix of a cursor after a file could not be read at all


class IcsCalendarSource:
    def __init__(
        self,
        path: Path,
        window_start: datetime,
        window_end: datetime,
        timezone: str = "Europe/Paris",
        user_emails: Iterable[str] = (),
        progress: Progress = no_progress,
    ) -> None:
        self.path = Path(path)
        self._progress = progress
        self.reading = IcsReading(
            window_start=window_start,
            window_end=window_end,
            timezone=timezone,
            user_emails=frozenset(e.strip().lower() for e in user_emails),
        )

    def changes(self, cursor: str | None) -> CalendarChanges:
        contents = {file: _read_bytes(file) for file in self._files()}
        fingerprint = self._fingerprint(contents)
        if cursor == fingerprint:
            return CalendarChanges(events=(), removed=(), cursor=fingerprint, full=False)
        events: dict[str, CalendarEvent] = {}
        problems: list[Problem] = []
        total = sum(len(d) for d in contents.values() if isinstance(d, bytes))
        done = 0
        for file, data in contents.items():
            if isinstance(data, Problem):
                problems.append(data)
                continue
            self._progress("calendar", done, total)
            done += len(data)
            found, faults = read_events(data, str(file), self.reading, self._calendar_name(file))
            problems.extend(faults)
            for event in found:
                # The same event in two files (an invitation and its update): the
                # highest revision wins, whatever order the files are read in; at the
                # same revision a cancellation wins (a CANCEL always follows its REQUEST).
                known = events.get(event.source_id)
                if known is None or _newer(event, known):
                    events[event.source_id] = event
        self._progress("calendar", total, total)
        lost = any(isinstance(p, UnreadableFile) for p in problems)
        logger.info("read %d events from %d calendar files", len(events), len(contents))
        return CalendarChanges(
            events=tuple(events.values()),
            removed=(),
            cursor=fingerprint + PARTIAL if lost else fingerprint,
            full=not lost,
            problems=tuple(problems),
        )

    def _files(self) -> list[Path]:
        if self.path.is_file():
            return [self.path]
        if not self.path.is_dir():
            raise UserError(f"calendar path {self.path} does not exist")
        return sorted(p for p in self.path.rglob("*") if p.suffix.lower() == ".ics" and p.is_file())

    def _calendar_name(self, file: Path) -> str:
        # A folder of calendars (vdir layout): each sub-folder is one calendar.
        if file != self.path:
            parts = file.relative_to(self.path).parts
            if len(parts) > 1:
                return parts[0]
        return file.stem

    def _fingerprint(self, contents: dict[Path, bytes | UnreadableFile]) -> str:
        digest = hashlib.sha256()
        r = self.reading
        options = (r.window_start.isoformat(), r.window_end.isoformat(), r.timezone)
        digest.update(repr((options, sorted(r.user_emails))).encode("utf-8"))
        for file, data in contents.items():
            body = data if isinstance(data, bytes) else b"\x00unreadable"
            digest.update(repr((str(file), hashlib.sha256(body).hexdigest())).encode("utf-8"))
        return "ics1:" + digest.hexdigest()[:40]


def _newer(event: CalendarEvent, known: CalendarEvent) -> bool:
    if event.revision != known.revision:
        return event.revision > known.revision
    return event.cancelled and not known.cancelled


def _read_bytes(file: Path) -> bytes | UnreadableFile:
    try:
        return file.read_bytes()
    except OSError as error:
        return UnreadableFile(str(file), f"cannot read: {error.strerror}")
