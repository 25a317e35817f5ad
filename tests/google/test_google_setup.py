"""`relance auth` (copy-and-paste path) and `relance doctor`, against the emulator."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from connectors.errors import UserError
from connectors.google.auth import SCOPES
from connectors.google.factory import GoogleSettings
from daemon.google_setup import auth, calendar_after_auth, doctor, labels_after_auth
from policy.readings import relance_labels
from tests.google.google_fixtures import Sleeps
from tests.google_emulator import Emulator


def client_secrets(emulator: Emulator, folder: Path) -> Path:
    path = folder / "client_secret.json"
    path.write_text(json.dumps({"installed": {
        "client_id": "emulator.apps.googleusercontent.com", "client_secret": "emulator",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": emulator.token_uri, "redirect_uris": ["http://localhost"]}}))
    return path


def settings(emulator: Emulator, token_file: Path) -> GoogleSettings:
    return GoogleSettings(token_file=token_file, api_endpoint=emulator.url)


def test_auth_without_a_browser_takes_the_pasted_address(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the emulator speaks plain http
    emulator.oauth.granted_scopes = SCOPES
    code = emulator.oauth.new_code()
    said: list[str] = []
    token_file = tmp_path / "data" / "token.json"
    auth(client_secrets(emulator, tmp_path), token_file, open_browser=False,
         ask=lambda prompt: f"http://localhost/?state=s&code={code}&scope=x", say=said.append)
    assert "accounts.google.com" in said[0] and "access_type=offline" in said[0]
    saved = json.loads(token_file.read_text())
    assert saved["refresh_token"].startswith("1//emu-refresh")
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600


def test_auth_refuses_a_partial_consent(
    emulator: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    monkeypatch.setenv("OAUTHLIB_RELAX_TOKEN_SCOPE", "1")
    emulator.oauth.granted_scopes = SCOPES[:2]
    code = emulator.oauth.new_code()
    with pytest.raises(UserError, match="tick every box"):
        auth(client_secrets(emulator, tmp_path), tmp_path / "token.json", open_browser=False,
             ask=lambda prompt: code, say=lambda text: None)
    assert not (tmp_path / "token.json").exists()


def test_auth_creates_relances_calendar_once(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    first = calendar_after_auth(settings(emulator, token_file), None, sleep=sleeps)
    again = calendar_after_auth(settings(emulator, token_file), first, sleep=sleeps)
    assert first == again
    assert len(emulator.calls("calendar.calendars.insert")) == 1


def test_doctor_says_all_is_well(emulator: Emulator, token_file: Path, sleeps: Sleeps) -> None:
    calendar_id = calendar_after_auth(settings(emulator, token_file), None, sleep=sleeps)
    checks = doctor(settings(emulator, token_file), calendar_id, sleep=sleeps)
    assert [(c.name, c.ok) for c in checks] == [
        ("token", True), ("scopes", True), ("Gmail", True), ("calendar primary", True),
        ("relance's calendar", True)]
    assert emulator.calls("calendar.calendars.insert")[1:] == []  # the doctor never writes


def test_doctor_tells_how_to_fix_a_revoked_token_and_a_lost_calendar(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    emulator.oauth.revoke(json.loads(token_file.read_text())["refresh_token"])
    emulator.oauth.expire_access_tokens()
    checks = {c.name: c for c in doctor(settings(emulator, token_file), None, sleep=sleeps)}
    assert not checks["Gmail"].ok and checks["Gmail"].fix == "run `relance auth`"
    assert not checks["relance's calendar"].ok


def test_doctor_flags_a_token_others_can_read(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    token_file.chmod(0o644)
    [check] = doctor(settings(emulator, token_file), None, sleep=sleeps)
    assert not check.ok and check.fix == f"chmod 600 {token_file}"


def test_auth_creates_relances_gmail_labels_once(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    emulator.gmail.labels["Relance/Refus"] = "Label_mine"  # made by the user: left alone
    created = labels_after_auth(settings(emulator, token_file), relance_labels("fr"), sleeps)
    assert created[0] == "relance" and "relance/attente" in created
    assert "relance/refus" not in created and "relance/refus-definitif" in created
    assert len(created) == len(relance_labels("fr")) - 1
    assert labels_after_auth(settings(emulator, token_file), relance_labels("fr"), sleeps) == []
    assert emulator.gmail.labels["Relance/Refus"] == "Label_mine"


def test_doctor_says_a_token_without_gmail_labels_needs_auth_again(
    emulator: Emulator, token_file: Path, sleeps: Sleeps
) -> None:
    info = json.loads(token_file.read_text())
    token_file.write_text(json.dumps({**info, "scopes": list(SCOPES[:4])}))
    checks = {c.name: c for c in doctor(settings(emulator, token_file), None, sleep=sleeps)}
    assert not checks["scopes"].ok and "gmail.labels" in checks["scopes"].detail
    assert checks["scopes"].fix == "run `relance auth` to grant it and create the labels"
    assert checks["Gmail"].ok  # everything else still works
