"""Calendar v3, as far as relance uses it: calendars, events, sync tokens."""

from __future__ import annotations

import itertools
import re
import threading
from datetime import UTC, date, datetime, time
from typing import Any

from tests.google_emulator.paging import Pager
from tests.google_emulator.wire import ApiError, Request, Response

_ID = re.compile(r"^[a-v0-9]{5,1024}$")  # base32hex, lower case
# A syncToken cannot be combined with these (GOOGLE-NOTES #7).
_NOT_WITH_SYNC = ("timeMin", "timeMax", "q", "orderBy", "privateExtendedProperty", "iCalUID")


def _instant(when: dict[str, Any], tz_fallback: str = "UTC") -> datetime:
    if "dateTime" in when:
        return datetime.fromisoformat(when["dateTime"].replace("Z", "+00:00"))
    return datetime.combine(date.fromisoformat(when["date"]), time(0), tzinfo=UTC)


def _rfc3339(text: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ApiError(400, "Bad Request", "badRequest") from exc
    if parsed.tzinfo is None:
        raise ApiError(400, "Bad Request", "badRequest")
    return parsed


class CalendarApi:
    def __init__(self, user_email: str) -> None:
        self.user_email = user_email
        self._lock = threading.RLock()
        self._seq = itertools.count(1)
        self._ids = itertools.count(1)
        self.calendars: dict[str, dict[str, Any]] = {
            user_email: {"kind": "calendar#calendar", "id": user_email, "summary": user_email,
                         "timeZone": "Europe/Paris"},
        }
        self.events: dict[str, dict[str, dict[str, Any]]] = {user_email: {}}
        self._token_floor = 0  # sync tokens minted before this sequence answer 410
        self._pager = Pager()

    # -- test-side operations: what the user (or another app) does ------------
    def add_calendar(self, calendar_id: str, summary: str) -> None:
        with self._lock:
            self.calendars[calendar_id] = {"kind": "calendar#calendar", "id": calendar_id,
                                           "summary": summary, "timeZone": "Europe/Paris"}
            self.events[calendar_id] = {}

    def put_event(self, calendar_id: str, event: dict[str, Any]) -> dict[str, Any]:
        """Create or replace an event as the user would, through the UI."""
        with self._lock:
            stored = {"kind": "calendar#event", "status": "confirmed", **event}
            stored.setdefault("id", f"ev{next(self._ids):08d}")
            self._touch(stored)
            self._calendar(calendar_id)[stored["id"]] = stored
            return stored

    def user_edit(self, calendar_id: str, event_id: str, **fields: Any) -> None:
        with self._lock:
            event = self._event(calendar_id, event_id)
            event.update(fields)
            self._touch(event)

    def user_delete(self, calendar_id: str, event_id: str) -> None:
        with self._lock:
            self._cancel(self._event(calendar_id, event_id))

    def expire_sync_tokens(self) -> None:
        """Every sync token handed out so far now answers 410 Gone."""
        with self._lock:
            self._token_floor = next(self._seq)

    def live_events(self, calendar_id: str) -> list[dict[str, Any]]:
        with self._lock:
            return [e for e in self._calendar(calendar_id).values() if e["status"] != "cancelled"]

    # -- API handlers ----------------------------------------------------------
    def handle(self, method_id: str, request: Request) -> Response:
        handler = getattr(self, "_" + method_id.removeprefix("calendar.").replace(".", "_"), None)
        if handler is None:
            raise ApiError(403, f"{method_id} is not available in this emulator", "forbidden")
        with self._lock:
            result: Response = handler(request)
            return result

    def _calendars_insert(self, request: Request) -> Response:
        body = request.json()
        if not body.get("summary"):
            raise ApiError(400, "Missing summary.", "required")
        calendar_id = f"c{next(self._ids):010d}@group.calendar.google.com"
        self.add_calendar(calendar_id, body["summary"])
        self.calendars[calendar_id].update(
            {k: body[k] for k in ("description", "timeZone") if k in body})
        return Response(200, self.calendars[calendar_id])

    def _calendars_get(self, request: Request) -> Response:
        return Response(200, self.calendars[self._calendar_id(request)])

    def _events_list(self, request: Request) -> Response:
        page_token = request.param("pageToken")
        if page_token:
            return Response(200, self._pager.next_page(page_token))
        calendar_id = self._calendar_id(request)
        sync_token = request.param("syncToken")
        if sync_token:
            if any(request.param(p) for p in _NOT_WITH_SYNC):
                raise ApiError(400, "Sync token cannot be combined with these filters.",
                               "invalid")
            items = self._changed_since(calendar_id, sync_token)
        else:
            items = self._window(calendar_id, request)
        header = {"kind": "calendar#events", "summary": self.calendars[calendar_id]["summary"],
                  "timeZone": "Europe/Paris"}
        last = {"nextSyncToken": f"sync-{next(self._seq)}"}
        size = min(int(request.param("maxResults") or 250), 2500)
        return Response(200, self._pager.first_page(header, items, size, last))

    def _window(self, calendar_id: str, request: Request) -> list[dict[str, Any]]:
        low = request.param("timeMin")
        high = request.param("timeMax")
        wanted = [tuple(p.split("=", 1)) for p in request.params.get("privateExtendedProperty", [])]
        found = []
        for event in self._calendar(calendar_id).values():
            if event["status"] == "cancelled" and not request.flag("showDeleted"):
                continue
            if low and "end" in event and _instant(event["end"]) <= _rfc3339(low):
                continue
            if high and "start" in event and _instant(event["start"]) >= _rfc3339(high):
                continue
            private = event.get("extendedProperties", {}).get("private", {})
            if any(private.get(k) != v for k, v in wanted):
                continue
            found.append(event)
        return [self._shown(e) for e in sorted(found, key=lambda e: e["_seq"])]

    def _changed_since(self, calendar_id: str, token: str) -> list[dict[str, Any]]:
        since = int(token.removeprefix("sync-")) if token.startswith("sync-") else -1
        if since < self._token_floor:
            raise ApiError(410, "Sync token is no longer valid, a full sync is required.",
                           "fullSyncRequired")
        changed = [e for e in self._calendar(calendar_id).values() if e["_seq"] > since]
        return [self._shown(e) for e in sorted(changed, key=lambda e: e["_seq"])]

    def _events_get(self, request: Request) -> Response:
        return Response(200, self._shown(self._event_of(request)))

    def _events_insert(self, request: Request) -> Response:
        body = request.json()
        calendar = self._calendar(self._calendar_id(request))
        event_id = body.get("id") or f"ev{next(self._ids):08d}"
        if not _ID.match(event_id):
            raise ApiError(400, "Invalid resource id value.", "invalid")
        if event_id in calendar:
            raise ApiError(409, "The requested identifier already exists.", "duplicate")
        if "start" not in body or "end" not in body:
            raise ApiError(400, "Missing end time.", "required")
        event = {"kind": "calendar#event", "status": "confirmed", **body, "id": event_id}
        self._touch(event)
        calendar[event_id] = event
        return Response(200, self._shown(event))

    def _events_patch(self, request: Request) -> Response:
        event = self._event_of(request)
        event.update({k: v for k, v in request.json().items() if k != "id"})
        self._touch(event)
        return Response(200, self._shown(event))

    def _events_update(self, request: Request) -> Response:
        event = self._event_of(request)
        kept = {k: event[k] for k in ("kind", "id", "status")}
        event.clear()
        event.update({**request.json(), **kept})
        self._touch(event)
        return Response(200, self._shown(event))

    def _events_delete(self, request: Request) -> Response:
        event = self._event_of(request)
        if event["status"] == "cancelled":
            raise ApiError(410, "Resource has been deleted", "deleted")
        self._cancel(event)
        return Response(204)

    # -- internals -------------------------------------------------------------
    def _calendar_id(self, request: Request) -> str:
        calendar_id = request.path_params["calendarId"]
        calendar_id = self.user_email if calendar_id == "primary" else calendar_id
        if calendar_id not in self.calendars:
            raise ApiError(404, "Not Found", "notFound")
        return calendar_id

    def _calendar(self, calendar_id: str) -> dict[str, dict[str, Any]]:
        calendar_id = self.user_email if calendar_id == "primary" else calendar_id
        return self.events[calendar_id]

    def _event(self, calendar_id: str, event_id: str) -> dict[str, Any]:
        event = self._calendar(calendar_id).get(event_id)
        if event is None:
            raise ApiError(404, "Not Found", "notFound")
        return event

    def _event_of(self, request: Request) -> dict[str, Any]:
        return self._event(self._calendar_id(request), request.path_params["eventId"])

    def _touch(self, event: dict[str, Any]) -> None:
        event["_seq"] = next(self._seq)
        event["etag"] = f'"{event["_seq"]}"'
        event["updated"] = datetime.now(UTC).isoformat().replace("+00:00", "Z")

    def _cancel(self, event: dict[str, Any]) -> None:
        event["status"] = "cancelled"
        self._touch(event)

    @staticmethod
    def _shown(event: dict[str, Any]) -> dict[str, Any]:
        if event["status"] == "cancelled":
            # Deleted events come back with few fields (GOOGLE-NOTES #7).
            return {k: event[k] for k in ("kind", "etag", "id", "status")}
        return {k: v for k, v in event.items() if k != "_seq"}
