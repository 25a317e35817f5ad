"""One function maps what the Google client raises into relance's exception tree."""

from __future__ import annotations

import json
import socket

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.errors import HttpError

from connectors.errors import (
    AuthExpired,
    BackendError,
    Conflict,
    CursorExpired,
    NotFound,
    RateLimited,
    TransientError,
)
from connectors.google.auth import RUN_AUTH, refresh_failure

_RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded", "quotaExceeded"})


def map_error(exc: BaseException) -> BackendError | None:
    """The relance error for `exc`, or None when it is not a backend failure."""
    if isinstance(exc, HttpError):
        return map_http_error(exc)
    if isinstance(exc, RefreshError | TransportError):
        return refresh_failure(exc)
    if isinstance(exc, httplib2.HttpLib2Error | socket.timeout | ConnectionError | OSError):
        return TransientError(f"network error talking to Google: {type(exc).__name__}")
    return None


def map_http_error(exc: HttpError) -> BackendError:
    status = int(exc.resp.status)
    reason = _reason(exc)
    what = f"Google answered {status} {reason or ''}".rstrip()
    if status == 429 or (status == 403 and reason in _RATE_REASONS):
        return RateLimited(what, _retry_after(exc))
    if status >= 500:
        return TransientError(what)
    if status == 401:
        return AuthExpired(f"Google refused relance's credentials: {RUN_AUTH}")
    if status == 403 and reason in ("insufficientPermissions", "forbidden"):
        return AuthExpired(f"relance lacks a Google permission ({reason}): {RUN_AUTH}")
    if status == 404:
        return NotFound(what)
    if status in (409, 412):
        return Conflict(what)
    if status == 410:
        return CursorExpired(what)
    return BackendError(what)


def _reason(exc: HttpError) -> str | None:
    try:
        body = json.loads(exc.content.decode("utf-8"))
        errors = body["error"].get("errors") or [{}]
        reason = errors[0].get("reason") or body["error"].get("status")
    except (ValueError, KeyError, AttributeError, TypeError, IndexError):
        return None
    return str(reason) if reason else None


def _retry_after(exc: HttpError) -> float | None:
    value = exc.resp.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        return None  # an HTTP date: rare from Google, the backoff will do
