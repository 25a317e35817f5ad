"""Which Gmail drafts relance wrote, kept in relance's own calendar (E4).

Gmail deletes a draft for good: once the ledger is lost, a draft the user
deleted cannot be told from one never written, and the step would be written
again. So, as the local sinks keep `relance-keys` beside their drafts, the
Gmail sink keeps one marker per draft key in the calendar relance owns (the
only place of the account it may write besides drafts): an all-day event on
1970-01-01, transparent and private, whose id is derived from the key and
whose private extended property `relanceDraftWritten` is "1" while relance's
draft exists or was deleted by the user, "0" once relance removed the draft
itself (so that a step due again is written again). A marker is never
deleted: a deleted event's id stays taken in Google Calendar, and a marker
that is gone (the user deleted it) reads as "not written", which at worst
writes a draft again, never loses one.

Order makes a crash harmless, as in `connectors.written_keys`: the marker is
set after the draft is created and cleared before relance removes a draft.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from connectors.errors import Conflict, NotFound
from connectors.google.calendar_serializer import event_id_for
from connectors.google.client import GoogleClient

WRITTEN_PROPERTY = "relanceDraftWritten"


def marker_id(key: str) -> str:
    return event_id_for(f"draft-written\n{key}")


class DraftMarks:
    def __init__(self, client: GoogleClient, calendar_id: str) -> None:
        self._client = client
        self._calendar = calendar_id
        self._events = client.calendar.events()

    def listed(self, key: str) -> bool:
        try:
            item: dict[str, Any] = self._client.execute(
                self._events.get(calendarId=self._calendar, eventId=marker_id(key)),
                what="events.get draft marker")
        except NotFound:
            return False
        if item.get("status") == "cancelled":
            return False
        private = item.get("extendedProperties", {}).get("private", {})
        return bool(private.get(WRITTEN_PROPERTY) == "1")

    def add(self, key: str) -> None:
        if not self.listed(key):  # a read first: adopting after a rebuild writes nothing
            self._set(key, "1")

    def drop(self, key: str) -> None:
        self._set(key, "0")

    def _set(self, key: str, value: str) -> None:
        body = _marker(key, value)
        try:
            self._client.execute(self._events.insert(calendarId=self._calendar, body=body),
                                 what="events.insert draft marker", idempotent=True)
            return
        except Conflict:
            pass  # the marker exists: set its value
        del body["id"]
        # A marker the user deleted (404) reads as not written: at worst a draft again.
        with suppress(NotFound):
            self._client.execute(self._events.update(
                calendarId=self._calendar, eventId=marker_id(key), body=body),
                what="events.update draft marker")  # a PUT: safe to retry


def _marker(key: str, value: str) -> dict[str, Any]:
    return {
        "id": marker_id(key),
        "summary": "relance (internal marker, keep)",
        "start": {"date": "1970-01-01"},
        "end": {"date": "1970-01-02"},
        "transparency": "transparent",
        "visibility": "private",
        "extendedProperties": {"private": {WRITTEN_PROPERTY: value}},
    }
