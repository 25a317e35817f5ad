"""The one retry policy: what is retried, how long it waits, and what never is."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from connectors.errors import (
    AuthExpired,
    BackendError,
    Conflict,
    CursorExpired,
    NotFound,
    RateLimited,
    TransientError,
)
from connectors.google.client import Endpoints, GoogleClient
from connectors.google.retry import Retrier, RetryPolicy
from tests.google.google_fixtures import Sleeps, make_client
from tests.google_emulator import Emulator
from tests.google_emulator.faults import Fault


def profile(client: GoogleClient) -> dict[str, str]:
    result: dict[str, str] = client.execute(client.gmail.users().getProfile(userId="me"),
                                            what="profile")
    return result


def test_a_429_with_retry_after_waits_exactly_that_long(
    emulator: Emulator, client: GoogleClient, sleeps: Sleeps
) -> None:
    emulator.faults.add(Fault(429, pattern="getProfile", times=2, retry_after=7))
    assert profile(client)["emailAddress"] == "candidate@example.org"
    assert sleeps == [7.0, 7.0]


def test_5xx_and_rate_limit_403_back_off_exponentially_with_jitter(
    emulator: Emulator, client: GoogleClient, sleeps: Sleeps
) -> None:
    emulator.faults.add(Fault(503, pattern="getProfile", times=2))
    emulator.faults.add(Fault(403, pattern="getProfile", times=1))
    emulator.faults.add(Fault(500, pattern="getProfile", times=1))
    profile(client)
    assert len(sleeps) == 4
    for retry, wait in enumerate(sleeps):
        assert 0 <= wait <= 2**retry


def test_retries_are_bounded_then_the_transient_error_surfaces(
    emulator: Emulator, client: GoogleClient, sleeps: Sleeps
) -> None:
    emulator.faults.add(Fault(500, pattern="getProfile"))
    with pytest.raises(TransientError):
        profile(client)
    assert len(sleeps) == 5  # six attempts in all
    assert len(emulator.calls("gmail.users.getProfile")) == 6


def test_a_write_without_idempotency_key_is_never_retried(
    emulator: Emulator, client: GoogleClient, sleeps: Sleeps
) -> None:
    emulator.faults.add(Fault(503, pattern="calendars.insert", times=1))
    request = client.calendar.calendars().insert(body={"summary": "relance"})
    with pytest.raises(TransientError):
        client.execute(request, what="calendars.insert", idempotent=False)
    assert sleeps == []
    assert len(emulator.calls("calendar.calendars.insert")) == 1


@pytest.mark.parametrize(("status", "error"), [
    (404, NotFound), (409, Conflict), (410, CursorExpired), (401, AuthExpired),
    (400, BackendError), (429, RateLimited), (503, TransientError),
])
def test_each_http_answer_maps_into_the_exception_tree(
    emulator: Emulator, client: GoogleClient, status: int, error: type[Exception]
) -> None:
    client.retrier = Retrier(sleep=lambda s: None, policy=RetryPolicy(attempts=1))
    emulator.faults.add(Fault(status, pattern="getProfile"))
    if status == 401:
        emulator.faults.clear()
        emulator.oauth.expire_access_tokens()
        emulator.oauth.refresh_tokens.clear()
    with pytest.raises(error):
        profile(client)


def test_a_rate_limited_error_carries_retry_after(emulator: Emulator,
                                                  client: GoogleClient) -> None:
    client.retrier = Retrier(sleep=lambda s: None, policy=RetryPolicy(attempts=1))
    emulator.faults.add(Fault(429, pattern="getProfile", retry_after=12))
    with pytest.raises(RateLimited) as caught:
        profile(client)
    assert caught.value.retry_after == 12.0


def test_a_huge_retry_after_is_capped_by_the_policy() -> None:
    policy = RetryPolicy(max_retry_after=60)
    assert policy.delay(0, RateLimited("slow down", 3600), random.Random(1)) == 60


def test_a_network_timeout_is_transient_and_retried(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    retrier = Retrier(sleep=sleeps, policy=RetryPolicy(attempts=3))
    client = GoogleClient.from_token_file(token_file, Endpoints.from_root(emulator.url),
                                          retrier, timeout=0.2)
    emulator.faults.add(Fault(0, pattern="getProfile", times=1, delay=0.6))  # a slow answer
    assert profile(client)["emailAddress"] == "candidate@example.org"
    assert len(sleeps) == 1


def test_calendar_answers_on_both_path_shapes(emulator: Emulator, client: GoogleClient,
                                              token_file: Path, sleeps: Sleeps) -> None:
    root = Endpoints(calendar=emulator.url, gmail=emulator.url,
                     gmail_batch=emulator.url + "batch")
    bare = make_client(emulator, token_file, sleeps, root)
    for c in (client, bare):
        found = c.execute(c.calendar.calendars().get(calendarId="primary"), what="get")
        assert found["id"] == "candidate@example.org"
    paths = [e.path for e in emulator.calls("calendar.calendars.get")]
    assert paths == ["/calendar/v3/calendars/primary", "/calendars/primary"]


def test_unknown_query_parameters_are_refused_like_google(emulator: Emulator,
                                                          client: GoogleClient) -> None:
    request = client.calendar.events().list(calendarId="primary")
    request.uri += "&bogus=1"
    with pytest.raises(BackendError, match="400"):
        client.execute(request, what="bogus")
