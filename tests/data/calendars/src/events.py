"""The row type of the labelled calendars, and the helpers the split files use.

Each split module (`heldout.py`, `dev.py`) lists `CALENDARS`: one entry per
.ics file, with the user who owns it and its events. `make_calendars.py`
turns them into .ics files and `labels.tsv`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    title: str
    interview: bool  # the label: is this a job interview of the user (as the candidate)?
    desc: str = ""
    org: str = ""  # "Name <address>" or "address"
    att: tuple[str, ...] = ()
    loc: str = ""
    rrule: str = ""  # e.g. "FREQ=WEEKLY;COUNT=10"
    allday: bool = False
    status: str = ""  # STATUS, e.g. CANCELLED
    minutes: int = 60
    note: str = ""  # why the label, for the reader of labels.tsv
    method: str = ""  # METHOD of its own invitation file (one_file_per_event), e.g. CANCEL


@dataclass(frozen=True)
class Calendar:
    file: str  # path under tests/data/calendars/
    user_name: str
    user_emails: tuple[str, ...]
    rows: tuple[Row, ...]
    name: str = ""  # X-WR-CALNAME
    method: str = ""  # METHOD of the file (an invitation: REQUEST)
    producer: str = "-//Google Inc//Google Calendar 70.9054//EN"
    one_file_per_event: bool = False  # an invitations folder: one .ics per event
    timezone: str = "Europe/Paris"


def yes(title: str, **fields: object) -> Row:
    return Row(title, True, **fields)  # type: ignore[arg-type]


def no(title: str, **fields: object) -> Row:
    return Row(title, False, **fields)  # type: ignore[arg-type]
