"""The emulator itself follows the real API where the connectors rely on it."""

from __future__ import annotations

import json

import pytest
from googleapiclient.errors import HttpError

from connectors.google.client import GoogleClient
from tests.google_emulator import Emulator
from tests.google_emulator.faults import Fault, FaultPlan
from tests.google_emulator.gmail_query import Searchable, compile_query, narrowing
from tests.google_emulator.wire import ApiError


def error_of(request: object) -> dict[str, object]:
    with pytest.raises(HttpError) as caught:
        request.execute()  # type: ignore[attr-defined]
    body: dict[str, object] = json.loads(caught.value.content)["error"]
    return body


def test_a_sync_token_with_time_min_is_refused(client: GoogleClient) -> None:
    token = client.calendar.events().list(calendarId="primary").execute()["nextSyncToken"]
    error = error_of(client.calendar.events().list(
        calendarId="primary", syncToken=token, timeMin="2026-01-01T00:00:00Z"))
    assert error["code"] == 400
    assert error["status"] == "INVALID_ARGUMENT"


def test_event_ids_follow_googles_rules(client: GoogleClient) -> None:
    events = client.calendar.events()
    body = {"id": "abcdefv019", "summary": "x", "start": {"date": "2026-12-01"},
            "end": {"date": "2026-12-02"}}
    events.insert(calendarId="primary", body=body).execute()
    duplicate = error_of(events.insert(calendarId="primary", body=body))
    assert (duplicate["code"], duplicate["errors"]) == (409, [  # type: ignore[comparison-overlap]
        {"message": "The requested identifier already exists.", "domain": "global",
         "reason": "duplicate"}])
    assert error_of(events.insert(calendarId="primary", body={**body, "id": "UPPER"}))[
        "code"] == 400


def test_deleting_a_deleted_event_answers_410(client: GoogleClient) -> None:
    events = client.calendar.events()
    events.insert(calendarId="primary", body={"id": "gone0", "start": {"date": "2026-12-01"},
                                              "end": {"date": "2026-12-02"}}).execute()
    events.delete(calendarId="primary", eventId="gone0").execute()
    assert error_of(events.delete(calendarId="primary", eventId="gone0"))["code"] == 410
    cancelled = events.get(calendarId="primary", eventId="gone0").execute()
    assert cancelled["status"] == "cancelled" and "start" not in cancelled


def test_a_send_is_refused_and_recorded(emulator: Emulator, client: GoogleClient) -> None:
    assert error_of(client.gmail.users().drafts().send(userId="me", body={"id": "x"}))[
        "code"] == 403
    assert emulator.gmail.box.send_attempts == ["gmail.users.drafts.send"]
    emulator.gmail.box.send_attempts.clear()  # this test alone calls it, on purpose


def test_every_request_is_logged(emulator: Emulator, client: GoogleClient) -> None:
    client.gmail.users().messages().list(userId="me", q="from:acme.fr").execute()
    [entry] = emulator.calls("gmail.users.messages.list")
    assert (entry.method, entry.path, entry.params["q"], entry.status) == (
        "GET", "/gmail/v1/users/me/messages", ["from:acme.fr"], 200)


def test_ratio_faults_are_reproducible_with_a_seed() -> None:
    def draws(seed: int) -> list[bool]:
        plan = FaultPlan(seed)
        plan.add(Fault(503, ratio=0.5))
        return [plan.draw("GET /x", "m") is not None for _ in range(20)]

    assert draws(4) == draws(4)
    assert 0 < sum(draws(4)) < 20


MESSAGE = Searchable(
    headers={"from": "jeanne dupont <jeanne@acme.fr>", "to": "candidate@example.org",
             "subject": "votre candidature", "message-id": "<abc@acme.fr>"},
    labels=frozenset({"INBOX"}), internal_date=1_764_000_000_000, text="merci pour votre temps")


@pytest.mark.parametrize(("query", "matches"), [
    ("from:acme.fr", True),
    ("from:jeanne@acme.fr", True),
    ("to:acme.fr", False),
    ("{to:acme.fr from:acme.fr}", True),
    ("to:acme.fr OR from:acme.fr", True),
    ("after:1763999999 from:acme.fr", True),
    ("after:1764000001", False),
    ("before:2026/01/01", True),
    ("-in:drafts {from:globex.com from:acme.fr}", True),
    ("in:sent", False),
    ("rfc822msgid:abc@acme.fr", True),
    ('subject:"votre candidature"', True),
    ("(from:globex.com OR to:globex.com) merci", False),
    ("merci", True),
    ("{in:drafts in:inbox} from:acme.fr", True),
    ("({in:drafts in:sent} OR from:acme.fr) merci", True),
])
def test_the_search_subset(query: str, matches: bool) -> None:
    assert compile_query(query)(MESSAGE) is matches
    after, labels = narrowing(query)  # the index shortcut never hides a match
    if matches:
        assert after is None or MESSAGE.internal_date >= after
        assert labels is None or labels & MESSAGE.labels


def test_an_unknown_search_operator_is_an_error() -> None:
    with pytest.raises(ApiError):
        compile_query("has:attachment")
