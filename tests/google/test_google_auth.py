"""Tokens: refreshed when Google says so, saved privately, revocation told plainly."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from connectors.errors import AuthExpired, UserError
from connectors.google.auth import SCOPES, load_credentials, missing_scopes, save_credentials
from tests.google.google_fixtures import Sleeps, make_client, write_token
from tests.google_emulator import Emulator


def test_an_expired_access_token_is_refreshed_and_the_call_succeeds(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    client = make_client(emulator, token_file, sleeps)
    emulator.oauth.expire_access_tokens()  # Google answers 401 to the stored token
    profile = client.execute(client.gmail.users().getProfile(userId="me"), what="profile")
    assert profile["emailAddress"] == "candidate@example.org"
    assert emulator.oauth.refreshes == 1
    assert [e.status for e in emulator.calls("gmail.users.getProfile")] == [401, 200]


def test_the_refreshed_token_is_saved_owner_only(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    before = json.loads(token_file.read_text())["token"]
    client = make_client(emulator, token_file, sleeps)
    emulator.oauth.expire_access_tokens()
    client.execute(client.gmail.users().getProfile(userId="me"), what="profile")
    saved = json.loads(token_file.read_text())
    assert saved["token"] != before
    assert saved["refresh_token"].startswith("1//emu-refresh")
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert [p.name for p in token_file.parent.iterdir()] == ["token.json"]  # no temp left


def test_refresh_goes_to_the_token_uri_of_the_file_not_to_google(
    emulator: Emulator, tmp_path: Path
) -> None:
    creds = load_credentials(write_token(emulator, tmp_path / "t.json", expired=True))
    assert creds.token_uri == emulator.token_uri
    assert creds.expired  # expiry survived with_token_uri (GOOGLE-NOTES #1)


def test_a_revoked_refresh_token_tells_the_user_to_run_relance_auth(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    client = make_client(emulator, token_file, sleeps)
    emulator.oauth.revoke(json.loads(token_file.read_text())["refresh_token"])
    emulator.oauth.expire_access_tokens()
    with pytest.raises(AuthExpired, match="relance auth"):
        client.execute(client.gmail.users().getProfile(userId="me"), what="profile")
    assert sleeps == []  # not a transient error: no retry


def test_save_writes_mode_0600_even_over_a_loose_file(emulator: Emulator, tmp_path: Path) -> None:
    path = write_token(emulator, tmp_path / "token.json")
    path.chmod(0o644)
    save_credentials(load_credentials(path), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["client_id"].startswith("emulator-client")


def test_a_missing_token_file_says_to_run_relance_auth(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="relance auth"):
        load_credentials(tmp_path / "absent.json")


def test_scopes_are_exactly_the_five_least_privilege_ones(
    emulator: Emulator, tmp_path: Path
) -> None:
    short = [s.rsplit("/", 1)[1] for s in SCOPES]
    assert short == ["calendar.events.readonly", "calendar.app.created", "gmail.readonly",
                     "gmail.compose", "gmail.labels"]
    assert missing_scopes(load_credentials(write_token(emulator, tmp_path / "t.json"))) == []


def test_a_token_from_before_gmail_labels_is_refreshed_for_what_it_was_granted(
    emulator: Emulator, tmp_path: Path
) -> None:
    path = write_token(emulator, tmp_path / "old.json")
    info = json.loads(path.read_text())
    path.write_text(json.dumps({**info, "scopes": list(SCOPES[:4])}))
    creds = load_credentials(path)
    assert creds.scopes == list(SCOPES[:4])  # a refresh never asks for more than was granted
    assert missing_scopes(creds) == [SCOPES[4]]
