"""Calendar v3 JSON <-> relance's domain values. The API's shapes live only here."""

from __future__ import annotations

import base64
import hashlib
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from connectors.base import ItemState, Written, event_hash
from policy.model import Attendee, CalendarEvent, EventSpec

KEY_PROPERTY = "relanceKey"  # private extended property: the step key, to find it again
HASH_PROPERTY = "relanceHash"  # the content relance wrote, to tell user edits apart


def event_id_for(key: str) -> str:
    """A client-chosen event id (base32hex, lower case) derived from the step key."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return base64.b32hexencode(digest).decode("ascii").rstrip("=").lower()


def _zone(name: str | None) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _when(value: dict[str, Any]) -> datetime | date:
    if "dateTime" in value:
        moment = datetime.fromisoformat(value["dateTime"].replace("Z", "+00:00"))
        if moment.tzinfo is None:
            raise ValueError("a dateTime without offset")
        zone = _zone(value.get("timeZone"))
        return moment.astimezone(zone) if zone else moment
    return date.fromisoformat(value["date"])


def _attendee(value: dict[str, Any]) -> Attendee:
    return Attendee(
        email=str(value.get("email", "")).lower(),
        name=value.get("displayName"),
        declined=value.get("responseStatus") == "declined",
        is_self=bool(value.get("self")),
        cutype="RESOURCE" if value.get("resource") else "",
    )


def event_from_json(item: dict[str, Any], calendar_id: str) -> CalendarEvent:
    """A listed event; raises ValueError/KeyError on a malformed one."""
    attendees = tuple(_attendee(a) for a in item.get("attendees", ()))
    organizer = _attendee(item["organizer"]) if item.get("organizer") else None
    return CalendarEvent(
        source_id=item["id"],
        title=item.get("summary", ""),
        start=_when(item["start"]),
        end=_when(item["end"]) if "end" in item else None,
        timezone=item["start"].get("timeZone"),
        description=item.get("description", ""),
        location=item.get("location", ""),
        organizer=organizer,
        attendees=attendees,
        calendar=calendar_id,
        cancelled=item.get("status") == "cancelled",
        declined_by_user=any(a.is_self and a.declined for a in attendees),
        relance_key=_private(item).get(KEY_PROPERTY),
        origin=f"Google Calendar {calendar_id}, event {item['id']}",
        recurring="recurringEventId" in item,
        revision=_revision(item),
        uid=str(item.get("iCalUID", "")),
    )


def _revision(item: dict[str, Any]) -> int:
    try:
        return int(item.get("sequence", 0))
    except (TypeError, ValueError):
        return 0


def is_bare_cancellation(item: dict[str, Any]) -> bool:
    """Incremental lists give deleted events with few fields (GOOGLE-NOTES #7)."""
    return item.get("status") == "cancelled" and "start" not in item


def event_body(key: str, spec: EventSpec) -> dict[str, Any]:
    """The resource relance writes for a step's reminder."""
    return {
        "id": event_id_for(key),
        "summary": spec.title,
        "description": spec.description,
        "start": _moment(spec.start),
        "end": _moment(spec.end),
        # A reminder does not make the user look busy; the call's slot does.
        "transparency": "opaque" if spec.busy else "transparent",
        "reminders": _reminders(spec.alarm_minutes),
        "extendedProperties": {"private": {KEY_PROPERTY: key, HASH_PROPERTY: event_hash(spec)}},
    }


def _reminders(minutes: int | None) -> dict[str, Any]:
    """E2: relance's own reminder, never the calendar's default (which would ring
    for the steps that must stay quiet)."""
    if minutes is None:
        return {"useDefault": False}
    return {"useDefault": False, "overrides": [{"method": "popup", "minutes": minutes}]}


def _alarm_of(item: dict[str, Any]) -> int | None:
    reminders = item.get("reminders") or {}
    popups = [o for o in reminders.get("overrides") or () if o.get("method") == "popup"]
    return int(popups[0]["minutes"]) if popups else None


def _moment(moment: datetime) -> dict[str, str]:
    zone = getattr(moment.tzinfo, "key", None)
    return {"dateTime": moment.isoformat(), **({"timeZone": zone} if zone else {})}


def written_from_json(key: str, item: dict[str, Any]) -> Written:
    """What relance knows of an event it wrote, with the user's doing as state."""
    recorded = _private(item).get(HASH_PROPERTY, "")
    state = state_of(item, recorded)
    current = "" if state is ItemState.DELETED else current_hash(item)
    return Written(key, item["id"], current, state)


def recorded_as_written(key: str, item: dict[str, Any]) -> Written:
    """What relance wrote, as its private property remembers it (ledger lost)."""
    return Written(key, item["id"], _private(item).get(HASH_PROPERTY, ""))


def state_of(item: dict[str, Any], written_hash: str) -> ItemState:
    if item.get("status") == "cancelled":
        return ItemState.DELETED
    return ItemState.UNTOUCHED if current_hash(item) == written_hash else ItemState.CHANGED


def current_hash(item: dict[str, Any]) -> str:
    start, end = _when(item["start"]), _when(item["end"])
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return ""  # made all-day by the user: an edit
    spec = EventSpec(item.get("summary", ""), start, end, item.get("description", ""),
                     alarm_minutes=_alarm_of(item),
                     busy=item.get("transparency", "opaque") == "opaque")
    return event_hash(spec)


def calendar_body(name: str, timezone: str) -> dict[str, str]:
    return {
        "summary": name,
        "timeZone": timezone,
        "description": "Follow-up reminders written by relance. Events here are removed "
        "by relance only when you have not changed them.",
    }


def _private(item: dict[str, Any]) -> dict[str, str]:
    props = item.get("extendedProperties", {}).get("private", {})
    return props if isinstance(props, dict) else {}
