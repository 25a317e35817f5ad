"""OAuth credentials: the scopes relance asks for, the token file, refresh.

Least privilege (issue 5). relance asks for exactly five scopes:
- calendar.events.readonly: read interviews from the calendars the user names;
- calendar.app.created: create relance's own secondary calendar and write in it;
- gmail.readonly: read replies and the user's sent mail;
- gmail.compose: write drafts. It allows sending too (no draft-only scope
  exists), so "never sends" is proven by tests, not by the scope;
- gmail.labels: create, once at `relance auth`, the labels `relance/refus`,
  `relance/attente`… the user puts on a reply to say how to read it (C2). It
  touches labels only, never a message (gmail.modify would); relance never
  renames or deletes a label.

A token granted before gmail.labels was asked for keeps working: the
credentials are refreshed for the scopes the token file says were granted
(asking a refresh for more than the consent gave is refused), and
`relance doctor` says to run `relance auth` again to get the labels.

Not asked: calendar.calendarlist.readonly. Listing the user's calendars would
let relance find its own calendar again by name after the ledger is lost
(GOOGLE-NOTES #6), at the price of reading the name of every calendar the
user has. relance instead keeps that calendar's id in the ledger, lets the
user pin it in the configuration (`google.calendar_id`), and never creates
a second calendar silently: see `connectors.google.calendar.own_calendar`.

The token file is JSON (never pickle), mode 0600, replaced atomically; the
token never goes to a log.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import httplib2
from google.auth.exceptions import RefreshError, TransportError
from google.oauth2.credentials import Credentials
from google_auth_httplib2 import Request as AuthRequest

from connectors.errors import AuthExpired, TransientError, UserError

log = logging.getLogger(__name__)

SCOPES: tuple[str, ...] = (
    "https://www.googleapis.com/auth/calendar.events.readonly",
    "https://www.googleapis.com/auth/calendar.app.created",
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
    "https://www.googleapis.com/auth/gmail.labels",
)
LABELS_SCOPE = SCOPES[-1]
GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"  # noqa: S105 - a URL, not a secret
RUN_AUTH = "run `relance auth` to grant relance access again (the ledger is kept)"


def load_credentials(token_file: Path, token_uri: str | None = None) -> Credentials:
    """The stored credentials, refreshing against `token_uri` or the file's own."""
    try:
        info: dict[str, Any] = json.loads(token_file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UserError(f"no Google token at {token_file}: {RUN_AUTH}") from exc
    except (OSError, ValueError) as exc:
        raise UserError(f"unreadable Google token at {token_file}: {RUN_AUTH}") from exc
    try:
        creds = Credentials.from_authorized_user_info(  # type: ignore[no-untyped-call]
            info, scopes=info.get("scopes") or list(SCOPES))
    except ValueError as exc:
        raise UserError(f"incomplete Google token at {token_file}: {RUN_AUTH}") from exc
    # GOOGLE-NOTES #1: the loader ignores the file's token_uri; with_token_uri drops expiry.
    expiry = creds.expiry
    moved: Credentials = creds.with_token_uri(
        token_uri or info.get("token_uri") or GOOGLE_TOKEN_URI)
    moved.expiry = expiry
    return moved


def save_credentials(creds: Credentials, token_file: Path) -> None:
    """Write the token file atomically, readable by its owner only."""
    token_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = creds.to_json().encode("utf-8")  # type: ignore[no-untyped-call]
    fd, tmp = tempfile.mkstemp(dir=token_file.parent, prefix=".token-", suffix=".tmp")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(token_file)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.debug("Google token saved to %s", token_file)


def refresh(creds: Credentials, request: AuthRequest | None = None) -> None:
    """Get a fresh access token; a revoked refresh token raises AuthExpired."""
    try:
        creds.refresh(request or AuthRequest(httplib2.Http()))  # type: ignore[no-untyped-call]
    except (RefreshError, TransportError) as exc:
        raise refresh_failure(exc) from exc


def refresh_failure(exc: RefreshError | TransportError) -> AuthExpired | TransientError:
    """What a failed refresh means for the user."""
    if isinstance(exc, TransportError) or getattr(exc, "retryable", False):
        return TransientError(f"Google's token endpoint did not answer: {type(exc).__name__}")
    if "invalid_grant" in str(exc):
        return AuthExpired(f"Google access was revoked or has expired: {RUN_AUTH}")
    return AuthExpired(f"Google refused to refresh the access token: {RUN_AUTH}")


def missing_scopes(creds: Credentials) -> list[str]:
    granted = set(creds.granted_scopes or creds.scopes or ())
    return [s for s in SCOPES if s not in granted]


class TokenKeeper:
    """Saves the credentials whenever the client library refreshed them."""

    def __init__(self, creds: Credentials, token_file: Path | None) -> None:
        self.creds = creds
        self._file = token_file
        self._saved: tuple[str | None, datetime | None] = (creds.token, creds.expiry)

    def persist_if_refreshed(self) -> None:
        current = (self.creds.token, self.creds.expiry)
        if self._file is not None and current != self._saved:
            save_credentials(self.creds, self._file)
            self._saved = current
