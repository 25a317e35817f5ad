"""Domain values ↔ JSON for the ledger. Mail bodies are never stored.

One function pair per type, written out: the ledger's rows stay readable
with the sqlite3 shell, and a field added to a domain type with a default
reads old rows without a migration.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from policy.model import (
    Address,
    Attendee,
    CalendarEvent,
    Classification,
    Direction,
    Label,
    Message,
)

Json = dict[str, Any]


def _moment(value: datetime | date | None) -> Json | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    return {"date": value.isoformat()}


def _read_moment(raw: Json | None) -> datetime | date | None:
    if raw is None:
        return None
    if "datetime" in raw:
        return datetime.fromisoformat(raw["datetime"])
    return date.fromisoformat(raw["date"])


def _attendee(a: Attendee) -> Json:
    return {"email": a.email, "name": a.name, "declined": a.declined, "is_self": a.is_self}


def _read_attendee(raw: Json) -> Attendee:
    return Attendee(raw["email"], raw.get("name"), raw.get("declined", False),
                    raw.get("is_self", False))


def event_to_json(event: CalendarEvent) -> str:
    return json.dumps({
        "source_id": event.source_id, "title": event.title,
        "start": _moment(event.start), "end": _moment(event.end), "timezone": event.timezone,
        "description": event.description, "location": event.location,
        "organizer": _attendee(event.organizer) if event.organizer else None,
        "attendees": [_attendee(a) for a in event.attendees], "calendar": event.calendar,
        "cancelled": event.cancelled, "declined_by_user": event.declined_by_user,
        "relance_key": event.relance_key, "origin": event.origin,
    }, ensure_ascii=False)


def event_from_json(text: str) -> CalendarEvent:
    raw = json.loads(text)
    start = _read_moment(raw["start"])
    assert start is not None
    organizer = raw.get("organizer")
    return CalendarEvent(
        source_id=raw["source_id"], title=raw["title"], start=start,
        end=_read_moment(raw.get("end")), timezone=raw.get("timezone"),
        description=raw.get("description", ""), location=raw.get("location", ""),
        organizer=_read_attendee(organizer) if organizer else None,
        attendees=tuple(_read_attendee(a) for a in raw.get("attendees", [])),
        calendar=raw.get("calendar", ""), cancelled=raw.get("cancelled", False),
        declined_by_user=raw.get("declined_by_user", False),
        relance_key=raw.get("relance_key"), origin=raw.get("origin", ""),
    )


def classification_to_json(c: Classification) -> Json:
    return {
        "label": c.label.value,
        "stated_date": c.stated_date.isoformat() if c.stated_date else None,
        "discriminatory": c.discriminatory, "language": c.language,
        "reasons": list(c.reasons), "opening_now": c.opening_now,
        "missing_skill": c.missing_skill, "confidence": c.confidence,
    }


def classification_from_json(raw: Json) -> Classification:
    stated = raw.get("stated_date")
    return Classification(
        label=Label(raw["label"]),
        stated_date=date.fromisoformat(stated) if stated else None,
        discriminatory=raw.get("discriminatory", False), language=raw.get("language"),
        reasons=tuple(raw.get("reasons", ())), opening_now=raw.get("opening_now", False),
        missing_skill=raw.get("missing_skill"), confidence=float(raw.get("confidence", 1.0)),
    )


def _address(a: Address) -> Json:
    return {"email": a.email, "name": a.name}


def message_to_json(m: Message) -> str:
    """The message's metadata and classification; its text is left out."""
    return json.dumps({
        "id": m.id, "thread_id": m.thread_id, "sender": _address(m.sender),
        "recipients": [_address(a) for a in m.recipients], "date": m.date.isoformat(),
        "direction": m.direction.value, "subject": m.subject, "message_id": m.message_id,
        "references": list(m.references),
        "classification": classification_to_json(m.classification) if m.classification
        else None,
        "application_key": m.application_key, "relance_key": m.relance_key,
        "tags": list(m.tags), "origin": m.origin,
    }, ensure_ascii=False)


def message_from_json(text: str) -> Message:
    raw = json.loads(text)
    classification = raw.get("classification")
    return Message(
        id=raw["id"], thread_id=raw.get("thread_id"),
        sender=Address(**raw["sender"]),
        recipients=tuple(Address(**a) for a in raw.get("recipients", [])),
        date=datetime.fromisoformat(raw["date"]), direction=Direction(raw["direction"]),
        subject=raw.get("subject", ""), message_id=raw.get("message_id"),
        references=tuple(raw.get("references", ())),
        classification=classification_from_json(classification) if classification else None,
        application_key=raw.get("application_key"), relance_key=raw.get("relance_key"),
        tags=tuple(raw.get("tags", ())), origin=raw.get("origin", ""),
    )
