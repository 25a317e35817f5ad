"""Google connectors against the loopback emulator: requests, Gmail quota units, seconds.

Not a test: prints a table. For 10, 100 and 1,000 applications, a daemon
cycle (`daemon.cycle.Cycle`, the real policy and ledger) runs on the Google
backends over HTTP through google-api-python-client:
- first sync: a mailbox of 10,000 messages of which 60 concern 20 applications;
- idle: nothing changed since;
- 5 replies: five recruiters answered.
Targets (issue 5): an idle cycle costs one events.list per watched calendar
and one history.list; the first sync's cost does not grow with the mailbox;
a cycle at 1,000 applications finishes in under 2 s against the emulator.

Run from the repository root: `.venv/bin/python -m bench.bench_google`
(`--mailbox 2000` for a quicker run).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from connectors.google.auth import SCOPES
from connectors.google.factory import GoogleSettings, google_backends
from daemon.backends import Backends
from daemon.clock import FixedClock
from daemon.cycle import Cycle
from daemon.ledger import LedgerStore
from policy.settings import Settings
from tests.google_emulator import Emulator

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)
ME = "candidate@example.org"


@dataclass
class Row:
    applications: int
    scenario: str
    http: int
    units: int
    seconds: float
    steps: int
    calls: Counter[str]


def raw_mail(sender: str, to: str, subject: str, when: datetime, number: int,
             reply_to: str | None = None) -> bytes:
    thread = f"In-Reply-To: {reply_to}\r\nReferences: {reply_to}\r\n" if reply_to else ""
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Date: {format_datetime(when)}\r\nMessage-ID: <bench{number}@example.net>\r\n"
            f"{thread}Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Bonjour,\r\nMerci pour votre message, nous revenons vers vous.\r\n").encode()


def company(i: int) -> tuple[str, str]:
    return f"Societe{i:04d}", f"rh@societe{i:04d}.fr"


def fill(emulator: Emulator, applications: int, mailbox: int) -> None:
    for i in range(applications):
        name, recruiter = company(i)
        start = (NOW - timedelta(days=2 + i % 20)).replace(hour=14)
        emulator.calendar.put_event("primary", {
            "id": f"interview{i:05d}", "summary": f"Entretien – {name}",
            "description": f"Entreprise : {name}\nContact : Recruteur <{recruiter}>\n"
                           "Réponse : sous 10 jours\nCanal : mail",
            "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Paris"},
            "end": {"dateTime": (start + timedelta(hours=1)).isoformat(),
                    "timeZone": "Europe/Paris"},
            "attendees": [{"email": recruiter}, {"email": ME, "self": True}],
        })
    concerned = min(applications, 20)
    for n in range(60):  # 60 messages concern 20 applications, half of them sent by the user
        name, recruiter = company(n % concerned)
        when = NOW - timedelta(days=1, minutes=n)
        if n % 2:
            emulator.gmail.deliver(raw_mail(ME, recruiter, f"Merci – {name}", when, n), ("SENT",))
        else:
            emulator.gmail.deliver(raw_mail(recruiter, ME, f"Votre candidature – {name}",
                                            when, n))
    for n in range(60, mailbox):
        when = NOW - timedelta(days=n % 300, minutes=n)
        emulator.gmail.deliver(raw_mail(f"news{n % 97}@shop{n % 13}.example", ME,
                                        "Nos offres de la semaine", when, n))


def token(emulator: Emulator, folder: Path) -> Path:
    path = folder / "token.json"
    path.write_text(json.dumps({
        "token": emulator.oauth.new_access_token(),
        "refresh_token": emulator.oauth.new_refresh_token(),
        "client_id": "bench.apps.googleusercontent.com", "client_secret": "bench",
        "token_uri": emulator.token_uri, "scopes": list(SCOPES),
        "expiry": "2999-01-01T00:00:00Z"}), encoding="utf-8")
    return path


def measure(emulator: Emulator, cycle: Cycle, applications: int, scenario: str) -> Row:
    emulator.clear_log()
    started = time.perf_counter()
    report = cycle.run()
    seconds = time.perf_counter() - started
    calls = Counter(e.method_id for e in emulator.calls())
    return Row(applications, scenario, emulator.http_requests(), emulator.quota_units(),
               seconds, len(report.changes), calls)


def run(applications: int, mailbox: int) -> list[Row]:
    emulator = Emulator(user_email=ME).start()
    try:
        fill(emulator, applications, mailbox)
        with tempfile.TemporaryDirectory() as folder:
            settings = GoogleSettings(token_file=token(emulator, Path(folder)),
                                      api_endpoint=emulator.url, user_emails=frozenset({ME}))
            google = google_backends(settings, lambda: NOW, create_calendar=True)
            backends = Backends(google.calendar, google.mail, google.events, google.drafts)
            store = LedgerStore.open(Path(folder) / "ledger.sqlite3")
            cycle = Cycle(backends, store, Settings(user_emails=(ME,)), FixedClock(NOW))
            rows = [measure(emulator, cycle, applications, "first sync"),
                    measure(emulator, cycle, applications, "idle")]
            for i in range(5):
                name, recruiter = company(i)
                emulator.gmail.deliver(raw_mail(
                    recruiter, ME, f"Re: Votre candidature – {name}", NOW - timedelta(hours=1),
                    100_000 + i, reply_to="<bench0@example.net>"))
            rows.append(measure(emulator, cycle, applications, "5 replies"))
            return rows
    finally:
        emulator.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mailbox", type=int, default=10_000)
    parser.add_argument("--applications", type=int, nargs="*", default=[10, 100, 1000])
    args = parser.parse_args()
    print(f"mailbox: {args.mailbox} messages, 60 of them about 20 applications")
    print(f"{'apps':>5} {'scenario':<11} {'HTTP':>6} {'units':>7} {'seconds':>8} "
          f"{'writes':>6}  Gmail/Calendar calls")
    for count in args.applications:
        for row in run(count, args.mailbox):
            detail = ", ".join(f"{k.split('.', 1)[1]}={v}" for k, v in
                               sorted(row.calls.items()) if k.startswith(("gmail", "calendar")))
            print(f"{row.applications:>5} {row.scenario:<11} {row.http:>6} {row.units:>7} "
                  f"{row.seconds:>8.2f} {row.steps:>6}  {detail}")


if __name__ == "__main__":
    main()
