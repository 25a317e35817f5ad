"""Helpers shared by the Google tests: token files, clients, a sleep that never sleeps."""

from __future__ import annotations

import json
import random
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from connectors.google.auth import SCOPES
from connectors.google.client import Endpoints, GoogleClient
from connectors.google.retry import Retrier, RetryPolicy
from tests.google_emulator import Emulator


class Sleeps(list[float]):
    """Stands in for time.sleep: records the waits, never waits."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def write_token(emulator: Emulator, path: Path, *, expired: bool = False) -> Path:
    path.write_text(json.dumps({
        "token": emulator.oauth.new_access_token(),
        "refresh_token": emulator.oauth.new_refresh_token(),
        "client_id": "emulator-client.apps.googleusercontent.com",
        "client_secret": "emulator-secret",
        "token_uri": emulator.token_uri,
        "scopes": list(SCOPES),
        "expiry": "2001-01-01T00:00:00Z" if expired else "2999-01-01T00:00:00Z",
    }), encoding="utf-8")
    path.chmod(0o600)
    return path


def make_client(emulator: Emulator, token_file: Path, sleeps: Sleeps,
                endpoints: Endpoints | None = None) -> GoogleClient:
    retrier = Retrier(sleep=sleeps, policy=RetryPolicy(attempts=6), rng=random.Random(3))
    return GoogleClient.from_token_file(
        token_file, endpoints or Endpoints.from_root(emulator.url), retrier, timeout=5)


def mail(sender: str, to: str, subject: str, body: str, when: datetime, message_id: str,
         reply_to: str | None = None) -> bytes:
    """An RFC 5322 message as a mail client would send it."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id
    if reply_to:
        message["In-Reply-To"] = reply_to
        message["References"] = reply_to
    message.set_content(body)
    return bytes(message)
