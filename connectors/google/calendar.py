"""Google Calendar: interviews read from the user's calendars, reminders written in relance's.

Reading: a first sync over a bounded window with `singleEvents=true`, then
incremental with the `syncToken` of each watched calendar; a 410 answer
raises CursorExpired and the daemon reads the window again (the ledger
absorbs repeats). Writing: each step's event has a client-chosen id derived
from its key, so a retried insert is harmless (409 means done), and a private
extended property holding the key, so that it is found again without the
ledger.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from connectors.base import CalendarChanges, ItemState, Written, event_hash
from connectors.errors import Conflict, CursorExpired, NotFound, UserError
from connectors.google.calendar_serializer import (
    KEY_PROPERTY,
    calendar_body,
    event_body,
    event_from_json,
    event_id_for,
    is_bare_cancellation,
    recorded_as_written,
    state_of,
    written_from_json,
)
from connectors.google.client import GoogleClient
from policy.model import CalendarEvent, EventSpec, Problem

log = logging.getLogger(__name__)


class GoogleCalendarSource:
    """CalendarSource over one or more calendars; the cursor holds a syncToken for each."""

    def __init__(self, client: GoogleClient, calendar_ids: Sequence[str],
                 now: Callable[[], datetime], *, days_back: int = 120,
                 days_ahead: int = 60) -> None:
        self._client = client
        self._calendars = tuple(calendar_ids)
        self._now = now
        self._back, self._ahead = timedelta(days=days_back), timedelta(days=days_ahead)

    def changes(self, cursor: str | None) -> CalendarChanges:
        tokens = _tokens(cursor) if cursor else {}
        full = set(tokens) != set(self._calendars)  # a calendar added: read everything again
        events: list[CalendarEvent] = []
        removed: list[str] = []
        problems: list[Problem] = []
        next_tokens: dict[str, str] = {}
        for calendar_id in self._calendars:
            items, next_tokens[calendar_id] = self._read(calendar_id,
                                                         None if full else tokens[calendar_id])
            for item in items:
                self._collect(item, calendar_id, events, removed, problems)
        cursor_out = json.dumps(next_tokens, sort_keys=True)
        return CalendarChanges(tuple(events), tuple(removed), cursor_out, full, tuple(problems))

    def _read(self, calendar_id: str, sync_token: str | None) -> tuple[list[dict[str, Any]], str]:
        now = self._now()
        params: dict[str, Any] = {"calendarId": calendar_id, "singleEvents": True,
                                  "maxResults": 250}
        if sync_token:
            params["syncToken"] = sync_token  # with nothing of timeMin/timeMax (GOOGLE-NOTES #7)
        else:
            params["timeMin"] = (now - self._back).isoformat()
            params["timeMax"] = (now + self._ahead).isoformat()
        events = self._client.calendar.events()
        items: list[dict[str, Any]] = []
        token = ""
        for page in self._client.pages(lambda p: events.list(**params, pageToken=p),
                                       what=f"events.list {calendar_id}"):
            items.extend(page.get("items", []))
            token = page.get("nextSyncToken", token)
        return items, token

    @staticmethod
    def _collect(item: dict[str, Any], calendar_id: str, events: list[CalendarEvent],
                 removed: list[str], problems: list[Problem]) -> None:
        if is_bare_cancellation(item):
            removed.append(item["id"])
            return
        try:
            events.append(event_from_json(item, calendar_id))
        except (KeyError, ValueError, TypeError) as exc:
            problems.append(Problem(f"Google Calendar {calendar_id}, event {item.get('id')}",
                                    f"unreadable event ({type(exc).__name__})"))


def _tokens(cursor: str) -> dict[str, str]:
    try:
        tokens = json.loads(cursor)
    except ValueError:
        tokens = None
    if not isinstance(tokens, dict) or not all(isinstance(v, str) for v in tokens.values()):
        raise CursorExpired("unreadable Google Calendar cursor: reading the window again")
    return tokens


class GoogleEventSink:
    """EventSink writing into relance's own calendar."""

    def __init__(self, client: GoogleClient, calendar_id: str) -> None:
        self._client = client
        self._calendar = calendar_id
        self._events = client.calendar.events()

    def ensure_event(self, key: str, spec: EventSpec, previous: Written | None) -> Written:
        if previous is None:
            created = self._insert(key, spec)
            if created is not None:
                return created
            item = self._get(event_id_for(key))  # 409: written before, the ledger forgot
            if item is None:
                raise Conflict(f"event id of step {key} taken, yet the event is not found")
            previous = recorded_as_written(key, item)
        else:
            item = self._get(previous.remote_id)
        return self._update_if_untouched(key, spec, previous, item)

    def _insert(self, key: str, spec: EventSpec) -> Written | None:
        """The new event, or None when its id exists already."""
        body = event_body(key, spec)
        try:
            # The id is the idempotency key: a retried insert answers 409, never a twin.
            self._client.execute(self._events.insert(calendarId=self._calendar, body=body),
                                 what="events.insert", idempotent=True)
        except Conflict:
            log.info("event for step %s existed already", key)
            return None
        return Written(key, body["id"], event_hash(spec))

    def _update_if_untouched(self, key: str, spec: EventSpec, previous: Written,
                             item: dict[str, Any] | None) -> Written:
        state = ItemState.DELETED if item is None else state_of(item, previous.content_hash)
        if state is not ItemState.UNTOUCHED or previous.content_hash == event_hash(spec):
            return replace(previous, state=state)
        body = event_body(key, spec)
        del body["id"]
        self._client.execute(
            self._events.update(calendarId=self._calendar, eventId=previous.remote_id, body=body),
            what="events.update")  # a PUT of the whole event: safe to retry
        return Written(key, previous.remote_id, event_hash(spec))

    def find_event(self, key: str) -> Written | None:
        """The live event written for `key`. A deleted one is not found here, but its id
        stays taken: `ensure_event` then gets 409 and reports DELETED (E4)."""
        request = self._events.list(
            calendarId=self._calendar, privateExtendedProperty=f"{KEY_PROPERTY}={key}",
            maxResults=10)
        for item in self._client.execute(request, what="events.list by key").get("items", []):
            return written_from_json(key, item)
        return None

    def event_state(self, written: Written) -> ItemState:
        item = self._get(written.remote_id)
        return ItemState.DELETED if item is None else state_of(item, written.content_hash)

    def remove_event(self, written: Written) -> ItemState:
        state = self.event_state(written)
        if state is ItemState.UNTOUCHED:
            with suppress(NotFound, CursorExpired):  # 404/410: deleted meanwhile, fine
                self._client.execute(
                    self._events.delete(calendarId=self._calendar, eventId=written.remote_id),
                    what="events.delete")
        return state

    def _get(self, event_id: str) -> dict[str, Any] | None:
        try:
            item: dict[str, Any] = self._client.execute(
                self._events.get(calendarId=self._calendar, eventId=event_id), what="events.get")
        except NotFound:
            return None
        return item


def own_calendar(client: GoogleClient, known_id: str | None, *, create: bool,
                 name: str = "relance", timezone: str = "Europe/Paris") -> str:
    """The id of relance's own calendar, checked; created only when `create` says so.

    Without calendarList access (see `connectors.google.auth`), a lost id cannot
    be found again by name; creating a second calendar silently would orphan
    the first one's events. So creation is an explicit act (`relance auth`, a
    fresh setup) and a missing id is a user error telling how to recover it.
    """
    calendars = client.calendar.calendars()
    if known_id:
        try:
            client.execute(calendars.get(calendarId=known_id), what="calendars.get")
        except NotFound as exc:
            raise UserError(f"relance's calendar {known_id} no longer exists in Google "
                            "Calendar: run `relance auth --new-calendar` to create another "
                            "one") from exc
        return known_id
    if not create:
        raise UserError("relance's calendar id is unknown: in Google Calendar, open the "
                        "settings of the calendar named 'relance', copy its Calendar ID into "
                        "`google.calendar_id`, or run `relance auth --new-calendar`")
    # calendars.insert has no idempotency key: never retried, or two calendars are born.
    created = client.execute(calendars.insert(body=calendar_body(name, timezone)),
                             what="calendars.insert", idempotent=False)
    log.info("created relance's calendar %s", created["id"])
    return str(created["id"])
