"""Build the labelled calendars of tests/data/calendars from the tables in src/.

    python3 tests/data/calendars/make_calendars.py

Writes one .ics file per calendar (or a folder of invitation files, one
event each, as a mail client saves them), `labels.tsv` (uid, label, split,
file, title, note) and `users.json` (who owns each calendar). Dates are
spread deterministically over November 2026 to January 2027, on working
days for timed events; the output is the same at every run.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vRecur

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))

from events import Calendar as Table  # noqa: E402
from events import Row  # noqa: E402

FIRST_DAY = date(2026, 11, 2)
SPAN_DAYS = 88
STAMP = datetime(2026, 10, 30, 8, 0, tzinfo=UTC)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


def _uid(table: Table, index: int, row: Row) -> str:
    digest = _digest(table.file, str(index), row.title)
    if "Outlook" in table.producer:
        return "040000008200E00074C5B7101A82E008000000" + digest[:50].upper()
    return digest[:26] + "@google.com"


def _start(table: Table, index: int, row: Row, zone: ZoneInfo) -> datetime | date:
    number = int(_digest(table.file, str(index), row.title)[:12], 16)
    day = FIRST_DAY + timedelta(days=number % SPAN_DAYS)
    if row.allday:
        return day
    while day.weekday() >= 5 and not re.search(r"BYDAY=(SA|SU)", row.rrule):
        day += timedelta(days=1)
    hour = 8 + (number // SPAN_DAYS) % 10
    minute = 30 if (number // 7) % 2 else 0
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def _address(text: str, role: bool) -> vCalAddress:
    match = re.match(r"^(.*?)\s*<([^>]+)>$", text)
    name, email = (match[1], match[2]) if match else ("", text)
    address = vCalAddress(f"mailto:{email}")
    if name:
        address.params["CN"] = name
    if role:
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["PARTSTAT"] = "ACCEPTED"
    return address


def _event(table: Table, index: int, row: Row, zone: ZoneInfo) -> tuple[Event, str]:
    event = Event()
    uid = _uid(table, index, row)
    start = _start(table, index, row, zone)
    event.add("UID", uid)
    event.add("DTSTAMP", STAMP)
    event.add("SUMMARY", row.title)
    event.add("DTSTART", start)
    if isinstance(start, datetime):
        event.add("DTEND", start + timedelta(minutes=row.minutes))
    else:
        event.add("DTEND", start + timedelta(days=1))
    if row.desc:
        event.add("DESCRIPTION", row.desc)
    if row.loc:
        event.add("LOCATION", row.loc)
    if row.org:
        event.add("ORGANIZER", _address(row.org, role=False))
    for attendee in row.att:
        event.add("ATTENDEE", _address(attendee, role=True))
    if row.rrule:
        event.add("RRULE", vRecur.from_ical(row.rrule))
    if row.status or not row.method:
        event.add("STATUS", row.status or "CONFIRMED")
    event.add("SEQUENCE", 1 if row.status else 0)
    return event, uid


def _calendar(table: Table, method: str = "") -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", table.producer)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method or table.method or "PUBLISH")
    if table.name:
        calendar.add("X-WR-CALNAME", table.name)
    return calendar


def _zone(table: Table) -> ZoneInfo:
    return ZoneInfo(table.timezone)


def build(
    split: str, tables: tuple[Table, ...], labels: list[str], users: dict[str, object]
) -> None:
    for table in tables:
        zone = _zone(table)
        users[table.file] = {"name": table.user_name, "emails": list(table.user_emails),
                             "timezone": zone.key}
        built = [(_event(table, i, row, zone), row) for i, row in enumerate(table.rows)]
        for (_, uid), row in built:
            label = "yes" if row.interview else "no"
            labels.append("\t".join((uid, label, split, table.file, row.title.replace("\t", " "),
                                     row.note)))
        if table.one_file_per_event:
            folder = HERE / table.file
            folder.mkdir(parents=True, exist_ok=True)
            for number, ((event, _), row) in enumerate(built, start=1):
                calendar = _calendar(table, row.method)
                calendar.add_component(event)
                calendar.add_missing_timezones()
                (folder / f"invite-{number:02d}.ics").write_bytes(calendar.to_ical())
        else:
            calendar = _calendar(table)
            for (event, _), _row in built:
                calendar.add_component(event)
            calendar.add_missing_timezones()
            path = HERE / table.file
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(calendar.to_ical())


def main() -> None:
    import importlib

    labels = ["uid\tlabel\tsplit\tfile\ttitle\tnote"]
    users: dict[str, object] = {}
    for split in ("heldout", "dev"):
        try:
            module = importlib.import_module(split)
        except ModuleNotFoundError:
            continue
        build(split, module.CALENDARS, labels, users)
    (HERE / "labels.tsv").write_text("\n".join(labels) + "\n", encoding="utf-8")
    (HERE / "users.json").write_text(json.dumps(users, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
