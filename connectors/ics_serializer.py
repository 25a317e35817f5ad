"""iCalendar ↔ domain: the only module that knows `icalendar`'s objects.

Reading turns the bytes of one .ics file into `CalendarEvent` instances over
a bounded window, recurrences expanded; every fault becomes a `Problem`
naming the file (and the event), and the rest of the file goes on. Writing
builds relance's own VEVENTs and the VCALENDAR that holds them.

Reading choices, each from RFC 5545 unless noted:
- Google's `X-WR-TIMEZONE` exports are repaired first (`x-wr-timezone`).
- Floating times (no zone) are read in the user's zone.
- All-day events keep dates; a DATE start with no end lasts one day.
- A DATE-TIME start with neither DTEND nor DURATION ends when it starts (the
  RFC's rule): the event is kept, and a Problem says so, since an interview
  without an end is probably a mistake the user wants to hear about.
- One faulty series (no DTSTART, an unreadable date, a rule that cannot be
  expanded) is skipped alone; its siblings are read.
- A file whose METHOD is CANCEL (RFC 5546: an organizer's cancellation, as
  mail clients save it) cancels its events, whether or not they also say
  STATUS:CANCELLED.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import recurring_ical_events
import x_wr_timezone
from icalendar import Alarm, Calendar, Component, Event, Timezone, vCalAddress
from icalendar.timezone import tzid_from_dt
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from connectors.problem_words import in_words, warnings_as_problems
from policy.model import Attendee, CalendarEvent, EventSpec, Problem

PRODID = "-//relance//relance follow-ups//EN"
KEY_PROPERTY = "X-RELANCE-KEY"


@dataclass(frozen=True)
class UnreadableFile(Problem):
    """A fault that lost the whole file, not one event of it."""


@dataclass(frozen=True)
class IcsReading:
    """How to read: the window to expand recurrences over, and who the user is."""

    window_start: datetime
    window_end: datetime
    timezone: str = "Europe/Paris"
    user_emails: frozenset[str] = frozenset()  # lower-cased
    cancels: bool = False  # the calendar being read is a METHOD:CANCEL message


def read_events(
    data: bytes, origin: str, reading: IcsReading, calendar_name: str = ""
) -> tuple[list[CalendarEvent], list[Problem]]:
    """The events of one .ics file inside the window; never raises."""
    noted: list[Problem] = []
    with warnings_as_problems(origin, noted):
        events, problems = _read_events(data, origin, reading, calendar_name)
    return events, [*problems, *noted]


def _read_events(
    data: bytes, origin: str, reading: IcsReading, calendar_name: str
) -> tuple[list[CalendarEvent], list[Problem]]:
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except Exception as error:  # any parser failure is the file's fault, not ours
        return [], [UnreadableFile(origin, f"not a readable iCalendar file: {_short(error)}")]
    if not calendars:
        return [], [UnreadableFile(origin, "no VCALENDAR in this file")]
    events: list[CalendarEvent] = []
    problems: list[Problem] = []
    for calendar in calendars:
        found, faults = _read_calendar(calendar, origin, reading, calendar_name)
        events.extend(found)
        problems.extend(faults)
    return events, problems


def _read_calendar(
    calendar: Component, origin: str, reading: IcsReading, default_name: str
) -> tuple[list[CalendarEvent], list[Problem]]:
    try:
        calendar = x_wr_timezone.to_standard(calendar)
    except Exception as error:
        return [], [UnreadableFile(origin, f"cannot apply X-WR-TIMEZONE: {_short(error)}")]
    name = str(calendar.get("X-WR-CALNAME") or default_name)
    timezones = [c for c in calendar.subcomponents if c.name == "VTIMEZONE"]
    reading = replace(reading, cancels=str(calendar.get("METHOD") or "").upper() == "CANCEL")
    events: list[CalendarEvent] = []
    problems: list[Problem] = []
    for uid, series in _series(calendar):
        kept = [c for c in series if _check_start(c, origin, problems)]
        if not kept:
            continue
        _check_end(uid, kept, origin, problems)
        try:
            events.extend(_expand(uid, kept, timezones, origin, name, reading))
        except Exception as error:
            problems.append(Problem(origin, f"{_label(kept[0])}: skipped, {_short(error)}"))
    return events, problems


def _series(calendar: Component) -> Iterator[tuple[str, list[Component]]]:
    """VEVENTs grouped by UID: a master and its moved instances expand together."""
    groups: dict[str, list[Component]] = {}
    for component in (c for c in calendar.subcomponents if c.name == "VEVENT"):
        uid = str(component.get("UID") or "")
        if not uid:  # RFC 5545 requires one; without it, the content is the most stable id
            uid = "no-uid-" + hashlib.sha1(component.to_ical()).hexdigest()[:16]  # noqa: S324
        groups.setdefault(uid, []).append(component)
    yield from groups.items()


def _check_start(component: Component, origin: str, problems: list[Problem]) -> bool:
    if "DTSTART" not in component:
        problems.append(Problem(origin, f"{_label(component)}: no DTSTART, skipped"))
        return False
    if not isinstance(_time_of(component, "DTSTART"), date):
        problems.append(Problem(origin, f"{_label(component)}: unreadable DTSTART, skipped"))
        return False
    for name in ("DTEND", "DURATION", "RECURRENCE-ID"):
        if name in component and _time_of(component, name) is None:
            problems.append(Problem(origin, f"{_label(component)}: unreadable {name}, skipped"))
            return False
    return True


def _time_of(component: Component, name: str) -> object:
    """The decoded value of a date or duration property; None if absent or unreadable."""
    prop: Any = component.get(name)
    try:
        return None if prop is None else prop.dt
    except Exception:  # icalendar keeps unparsable values and raises on access
        return None


def _check_end(uid: str, series: list[Component], origin: str, problems: list[Problem]) -> None:
    for component in series:
        timed = isinstance(_time_of(component, "DTSTART"), datetime)
        if timed and "DTEND" not in component and "DURATION" not in component:
            what = ("an interview with no end time (no DTEND nor DURATION): read as ending "
                    "when it starts (RFC 5545)")
            problems.append(Problem(origin, f"{_label(component)}: {what}", if_interview=uid))


def _expand(
    uid: str,
    series: list[Component],
    timezones: list[Component],
    origin: str,
    name: str,
    reading: IcsReading,
) -> Iterator[CalendarEvent]:
    alone = Calendar()
    for component in (*timezones, *series):
        alone.add_component(component)
    # A lone RECURRENCE-ID (an invitation mail updating one instance) is an instance too.
    recurring = len(series) > 1 or any(
        "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c for c in series
    )
    zone = ZoneInfo(reading.timezone)
    query = recurring_ical_events.of(alone)
    if _too_frequent(series):
        warnings.warn(f"{_label(series[0])} repeats every minute or second: no interview "
                      "does; its repetitions were not read", stacklevel=2)
        return
    if not recurring:
        occurrences = query.between(reading.window_start, reading.window_end)
    else:
        occurrences = _bounded(query.after(reading.window_start), reading, origin, series[0])
    for occurrence in occurrences:
        event = _event(occurrence, uid, recurring, zone, origin, name, reading.user_emails)
        yield replace(event, cancelled=True) if reading.cancels else event


def _bounded(occurrences: Iterator[Component], reading: IcsReading, origin: str,
             master: Component) -> Iterator[Component]:
    """A series' instances inside the window, lazily, at most MAX_INSTANCES of them.

    `between` built every instance of the window first: RRULE:FREQ=MINUTELY with
    no end is over a million in relance's window, for an event that is no
    interview. Read in order of start, the series stops at the window's end or
    at the cap, which is reported (with warnings_as_problems' mechanism)."""
    for count, occurrence in enumerate(occurrences):
        start = _time_of(occurrence, "DTSTART")
        if isinstance(start, date) and _as_utc(start) >= reading.window_end:
            return
        if count == MAX_INSTANCES:
            warnings.warn(f"{_label(master)} repeats more than {MAX_INSTANCES} times in the "
                          f"planning window: only the first {MAX_INSTANCES} were read",
                          stacklevel=2)
            return
        yield occurrence


def _too_frequent(series: list[Component]) -> bool:
    """A rule repeating each second or minute: millions of instances in the window,
    each costing time and memory, for what is never an interview."""
    for component in series:
        rules = component.get("RRULE")
        for rule in rules if isinstance(rules, list) else [rules]:
            frequencies = rule.get("FREQ", []) if hasattr(rule, "get") else []
            if any(str(f).upper() in ("SECONDLY", "MINUTELY") for f in frequencies):
                return True
    return False


def _as_utc(moment: date) -> datetime:
    if isinstance(moment, datetime):
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


def _event(
    component: Component,
    uid: str,
    recurring: bool,
    zone: ZoneInfo,
    origin: str,
    calendar: str,
    user_emails: frozenset[str],
) -> CalendarEvent:
    start = _aware(_time_of(component, "DTSTART"), zone)
    if not isinstance(start, date):
        raise ValueError("an instance without a start")
    end = _aware(_time_of(component, "DTEND"), zone)
    attendees = tuple(_attendee(a, user_emails)
                      for a in _addresses(component.get("ATTENDEE"))[:MAX_ATTENDEES])
    organizer = next(iter(_addresses(component.get("ORGANIZER"))), None)
    instance = _instance_id(_aware(_time_of(component, "RECURRENCE-ID"), zone) or start)
    return CalendarEvent(
        source_id=f"{uid}/{instance}" if recurring else uid,
        title=str(component.get("SUMMARY") or ""),
        start=start,
        end=end,
        timezone=_zone_name(start),
        description=str(component.get("DESCRIPTION") or ""),
        location=str(component.get("LOCATION") or ""),
        organizer=None if organizer is None else _attendee(organizer, user_emails),
        attendees=attendees,
        calendar=calendar,
        cancelled=str(component.get("STATUS") or "").upper() == "CANCELLED",
        declined_by_user=any(a.is_self and a.declined for a in attendees),
        relance_key=str(component[KEY_PROPERTY]) if KEY_PROPERTY in component else None,
        origin=origin,
        revision=_sequence(component),
        recurring=recurring,
        uid=uid,
    )


def _sequence(component: Component) -> int:
    try:
        return int(str(component.get("SEQUENCE", 0)))
    except ValueError:
        return 0


def _aware(value: object, zone: ZoneInfo) -> datetime | date | None:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=zone)
    return value if isinstance(value, date) else None


def _zone_name(start: datetime | date) -> str | None:
    """The IANA name of the event's zone; Outlook's Windows names are translated."""
    if not isinstance(start, datetime):
        return None
    try:
        name = tzid_from_dt(start)
        name = WINDOWS_TO_OLSON.get(name or "", name)
        return None if name is None else ZoneInfo(name).key
    except Exception:  # an exotic tzinfo: the zone is then unknown, the instant is right
        return None


def _instance_id(moment: datetime | date) -> str:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y%m%d")


# An interview has a handful of attendees; a list of thousands (a company-wide
# event) tells nothing more and multiplied the memory of every instance.
MAX_ATTENDEES = 200
MAX_INSTANCES = 500  # instances of one series in the planning window


def _addresses(prop: object) -> list[vCalAddress]:
    values = prop if isinstance(prop, list) else [prop]
    return [v for v in values if isinstance(v, vCalAddress)]


def _attendee(address: vCalAddress, user_emails: frozenset[str]) -> Attendee:
    email = str(address)
    if email.lower().startswith("mailto:"):
        email = email[len("mailto:") :]
    email = email.strip().lower()
    params = getattr(address, "params", {})
    return Attendee(
        email=email,
        name=str(params.get("CN")) if params.get("CN") else None,
        declined=str(params.get("PARTSTAT", "")).upper() == "DECLINED",
        is_self=email in user_emails,
        cutype=str(params.get("CUTYPE", "")).upper(),
    )


def _label(component: Component) -> str:
    uid = str(component.get("UID") or "?")
    return f"event {str(component.get('SUMMARY') or '')!r} (UID {uid})"


def _short(error: BaseException) -> str:
    return in_words(error, detail=True)


# -- writing relance's own events -------------------------------------------


def event_uid(key: str) -> str:
    """The stable UID of relance's event for `key`."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest() + "@relance"  # noqa: S324 - an id


def event_component(
    key: str, spec: EventSpec, zone: ZoneInfo, sequence: int, stamp: datetime
) -> Event:
    event = Event()
    event.add("UID", event_uid(key))
    event.add("DTSTAMP", stamp.astimezone(UTC))
    event.add("SEQUENCE", sequence)
    event.add("SUMMARY", spec.title)
    event.add("DTSTART", spec.start.astimezone(zone))
    event.add("DTEND", spec.end.astimezone(zone))
    event.add("DESCRIPTION", spec.description)
    # A reminder leaves the user free; the call's slot is the user's (busy).
    event.add("TRANSP", "OPAQUE" if spec.busy else "TRANSPARENT")
    event.add("STATUS", "CONFIRMED")
    event.add(KEY_PROPERTY, key)
    if spec.alarm_minutes is not None:
        alarm = Alarm()
        alarm.add("ACTION", "DISPLAY")
        alarm.add("DESCRIPTION", spec.title)
        alarm.add("TRIGGER", timedelta(minutes=-spec.alarm_minutes))
        event.add_component(alarm)
    return event


def _alarm_minutes(component: Component) -> int | None:
    """The first display alarm's lead, as relance writes it; None without one."""
    for alarm in component.walk("VALARM"):
        trigger = alarm.get("TRIGGER")
        lead = getattr(trigger, "dt", None)
        if isinstance(lead, timedelta):
            return int(-lead.total_seconds() // 60)
    return None


def written_spec(component: Component) -> EventSpec | None:
    """What an event of relance's file says now; None when it cannot be read."""
    start, end = _time_of(component, "DTSTART"), _time_of(component, "DTEND")
    if not isinstance(start, datetime):
        return None
    return EventSpec(
        title=str(component.get("SUMMARY") or ""),
        start=start,
        end=end if isinstance(end, datetime) else start,
        description=str(component.get("DESCRIPTION") or ""),
        alarm_minutes=_alarm_minutes(component),
        busy=str(component.get("TRANSP") or "OPAQUE").upper() == "OPAQUE",
    )


def calendar_bytes(events: Iterable[Component], name: str) -> bytes:
    """A VCALENDAR to import as is into Google Calendar, Outlook or Thunderbird."""
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", name)
    for event in events:
        calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def own_events(data: bytes) -> list[Component]:
    """The VEVENTs of relance's own file (written by `calendar_bytes`)."""
    calendar = Calendar.from_ical(data)
    return [c for c in calendar.subcomponents if c.name == "VEVENT"]


def event_bytes(event: Component) -> bytes:
    """One VEVENT as it appears inside the file `calendar_bytes` writes."""
    data: bytes = event.to_ical()
    return data


def event_from_bytes(data: bytes) -> Component:
    """The VEVENT of `event_bytes`, read back as a whole-file read would see it."""
    return Calendar.from_ical(data)


def event_tzids(event: Component) -> frozenset[str]:
    """The TZIDs one event refers to, each needing a VTIMEZONE in the file (UTC does not)."""
    found: set[str] = set()
    for _, value in event.property_items(sorted=False):
        params: Any = getattr(value, "params", None)
        if params and params.get("TZID"):
            found.add(str(params["TZID"]))
    return frozenset(found - {"UTC"})


def calendar_frame(name: str, tzids: Iterable[str]) -> tuple[bytes, bytes]:
    """What `calendar_bytes` writes before its first VEVENT and after its last.

    With these, a file of n events is written from the events' saved bytes,
    without serializing them again: the same bytes, in linear time.
    """
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("X-WR-CALNAME", name)
    for tzid in sorted(tzids):
        try:
            calendar.add_component(Timezone.from_tzid(tzid))
        except ValueError:  # as `add_missing_timezones`: an unknown zone gets no VTIMEZONE
            continue
    data: bytes = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    if not data.endswith(end):
        raise ValueError("unexpected end of an iCalendar serialization")
    return data[: -len(end)], end
