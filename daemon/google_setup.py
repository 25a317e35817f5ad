"""`relance auth` and `relance doctor` for Google: the functions the CLI calls.

`auth` runs the installed-app flow of google-auth-oauthlib on a loopback
redirect, or, on a machine without a browser, prints the consent URL and
reads back the address the browser was sent to (or the bare code). The
token is saved owner-only, atomically. `doctor` checks the token, its
scopes, that both APIs answer and that relance's calendar exists, and says
what to fix; it never writes.
"""

from __future__ import annotations

import logging
import stat
import time
import urllib.parse
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow

from connectors.errors import RelanceError, UserError
from connectors.google.auth import (
    LABELS_SCOPE,
    SCOPES,
    load_credentials,
    missing_scopes,
    save_credentials,
)
from connectors.google.calendar import own_calendar
from connectors.google.client import GoogleClient
from connectors.google.factory import GoogleSettings, google_client
from connectors.google.gmail_labels import ensure_labels
from connectors.google.retry import RetryPolicy

log = logging.getLogger(__name__)
PASTE_REDIRECT = "http://localhost"  # Desktop clients accept a loopback address, any port


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def auth(client_secrets: Path, token_file: Path, *, open_browser: bool = True,
         ask: Callable[[str], str] = input, say: Callable[[str], None] = print) -> Credentials:
    """Ask the user's consent and store the token. Raises UserError when it fails."""
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets), scopes=list(SCOPES))
    except (OSError, ValueError) as exc:
        raise UserError(f"cannot read the OAuth client file {client_secrets}: download it "
                        "from Google Cloud Console (Desktop app client)") from exc
    creds: Credentials | None = None
    if open_browser:
        try:
            creds = flow.run_local_server(port=0, open_browser=True,
                                          authorization_prompt_message="Opening {url}",
                                          access_type="offline", prompt="consent")
        except (webbrowser.Error, OSError) as exc:
            log.info("no browser or loopback redirect (%s): falling back to copy and paste",
                     type(exc).__name__)
    if creds is None:
        creds = _paste_flow(flow, ask, say)
    missing = missing_scopes(creds)
    if missing:
        raise UserError("Google did not grant every permission relance needs ("
                        + ", ".join(s.rsplit("/", 1)[1] for s in missing)
                        + "): run `relance auth` again and tick every box")
    save_credentials(creds, token_file)
    say(f"Google access granted; token saved to {token_file} (readable by you only).")
    return creds


def _paste_flow(flow: InstalledAppFlow, ask: Callable[[str], str],
                say: Callable[[str], None]) -> Credentials:
    flow.redirect_uri = PASTE_REDIRECT
    url, _state = flow.authorization_url(access_type="offline", prompt="consent")
    say("Open this address in a browser, on any machine, and grant access:\n" + url)
    say("The browser then fails to load a http://localhost/… page: that is expected.")
    answer = ask("Paste that page's full address (or just the code): ").strip()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(answer).query)
    code = query["code"][0] if "code" in query else answer
    if not code:
        raise UserError("no authorisation code given: run `relance auth` again")
    try:
        flow.fetch_token(code=code)
    except Exception as exc:  # oauthlib raises many types; all mean "no token"
        raise UserError(f"Google refused the code ({type(exc).__name__}): "
                        "run `relance auth` again") from exc
    creds: Credentials = flow.credentials
    return creds


def calendar_after_auth(settings: GoogleSettings, known_id: str | None, *,
                        new_calendar: bool = False,
                        sleep: Callable[[float], None] = time.sleep) -> str:
    """relance's calendar id once access is granted: the known one, checked, or a new one.

    `relance auth` is the one place a calendar is created (see
    connectors.google.auth on why it cannot be found again by name); store the
    id in the ledger and print it, so that the user can pin it in the config."""
    client = google_client(settings, sleep)
    known = None if new_calendar else (known_id or settings.calendar_id)
    return own_calendar(client, known, create=known is None, name=settings.calendar_name,
                        timezone=settings.timezone)


def labels_after_auth(settings: GoogleSettings, names: tuple[str, ...],
                      sleep: Callable[[float], None] = time.sleep) -> list[str]:
    """relance's Gmail labels (`relance/refus`…), created where missing; the new ones."""
    return ensure_labels(google_client(settings, sleep), names)


def doctor(settings: GoogleSettings, known_calendar_id: str | None,
           sleep: Callable[[float], None] = time.sleep) -> list[Check]:
    """Every check, in order; a failing one says what to fix. Never writes."""
    checks = [_token_file(settings.token_file)]
    if not checks[0].ok:
        return checks
    checks.append(_scopes(settings))
    quick = replace(settings, retry=RetryPolicy(attempts=2))  # a doctor does not linger
    try:
        client = google_client(quick, sleep)
    except RelanceError as exc:
        return [*checks, Check("credentials", False, str(exc), "run `relance auth`")]
    checks.append(_probe("Gmail", lambda: _gmail(client)))
    checks += [_probe(f"calendar {c}", _calendar(client, c)) for c in settings.calendars]
    calendar_id = known_calendar_id or settings.calendar_id
    checks.append(_probe("relance's calendar",
                         lambda: own_calendar(client, calendar_id, create=False)))
    return checks


def _token_file(path: Path) -> Check:
    if not path.exists():
        return Check("token", False, f"no token at {path}", "run `relance auth`")
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        return Check("token", False, f"{path} is readable by others (mode {mode:o})",
                     f"chmod 600 {path}")
    return Check("token", True, f"{path}, mode 600")


def _scopes(settings: GoogleSettings) -> Check:
    try:
        missing = missing_scopes(load_credentials(settings.token_file, settings.token_uri))
    except UserError as exc:
        return Check("scopes", False, str(exc), "run `relance auth`")
    if missing == [LABELS_SCOPE]:
        return Check("scopes", False, "missing: gmail.labels (a token from before relance "
                     "created its Gmail labels relance/refus…; everything else works)",
                     "run `relance auth` to grant it and create the labels")
    if missing:
        names = ", ".join(s.rsplit("/", 1)[1] for s in missing)
        return Check("scopes", False, f"missing: {names}", "run `relance auth` and tick every box")
    return Check("scopes", True, ", ".join(s.rsplit("/", 1)[1] for s in SCOPES))


def _probe(name: str, run: Callable[[], str]) -> Check:
    try:
        return Check(name, True, run())
    except RelanceError as exc:
        fix = "run `relance auth`" if "relance auth" in str(exc) else "see the message"
        return Check(name, False, str(exc), fix)


def _gmail(client: GoogleClient) -> str:
    profile = client.execute(client.gmail.users().getProfile(userId="me"), what="getProfile")
    return f"answers for {profile['emailAddress']}"


def _calendar(client: GoogleClient, calendar_id: str) -> Callable[[], str]:
    def probe() -> str:
        client.execute(client.calendar.events().list(calendarId=calendar_id, maxResults=1),
                       what="events.list")
        return "answers"
    return probe
