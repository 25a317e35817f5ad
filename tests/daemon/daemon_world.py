"""A small world on the local backends: two interviews in an .ics folder, an
empty Maildir, outputs under out/. Shared by the CLI and crash tests."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from daemon.cli import main

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-12-09T09:30"

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//relance tests//crash//FR
BEGIN:VEVENT
UID:acme-1@test.example
DTSTAMP:20261120T080000Z
DTSTART;TZID=Europe/Paris:20261207T140000
DTEND;TZID=Europe/Paris:20261207T150000
SUMMARY:Entretien – Acme Industrie
DESCRIPTION:Contact : Jeanne Dupont <jeanne.dupont@acme-industrie.example>
  +33 6 12 34 56 78\\nPoste : Responsable logistique
ORGANIZER;CN=Jeanne Dupont:mailto:jeanne.dupont@acme-industrie.example
ATTENDEE;CN=Camille Martin;PARTSTAT=ACCEPTED:mailto:camille.martin@gmail.com
END:VEVENT
BEGIN:VEVENT
UID:bw-1@test.example
DTSTAMP:20261120T080000Z
DTSTART;TZID=Europe/Paris:20261130T100000
DTEND;TZID=Europe/Paris:20261130T110000
SUMMARY:Interview with Brightwave
DESCRIPTION:Company: Brightwave\\nContact: Rachel Kim <rachel.kim@brightwave.
 example>\\nProcess: short\\nLanguage: en
ORGANIZER;CN=Rachel Kim:mailto:rachel.kim@brightwave.example
ATTENDEE;CN=Camille Martin;PARTSTAT=ACCEPTED:mailto:camille.martin@gmail.com
END:VEVENT
END:VCALENDAR
"""

CONFIG = """[user]
name = "Camille Martin"
emails = ["camille.martin@gmail.com"]
[calendar]
path = "calendar"
[mail]
maildir = "Maildir"
drafts_maildir = "out/Drafts"
[output]
ics = "out/relance.ics"
[ledger]
path = "out/ledger.sqlite3"
"""


def setup_world(folder: Path) -> Path:
    (folder / "calendar").mkdir(parents=True)
    (folder / "calendar" / "agenda.ics").write_text(CALENDAR.replace("\n", "\r\n"),
                                                     encoding="utf-8")
    for sub in ("cur", "new", "tmp"):
        (folder / "Maildir" / sub).mkdir(parents=True)
    (folder / "config.toml").write_text(CONFIG, encoding="utf-8")
    return folder / "config.toml"


REFUSAL = """From: Jeanne Dupont <jeanne.dupont@acme-industrie.example>
To: Camille Martin <camille.martin@gmail.com>
Subject: Votre candidature - Responsable logistique
Date: Wed, 09 Dec 2026 08:10:00 +0100
Message-ID: <refus-acme-1@acme-industrie.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Bonjour Camille,

Nous vous remercions pour le temps consacré à notre processus de recrutement.
Nous avons le regret de vous informer que votre candidature n'a pas été retenue.

Bien cordialement,
Jeanne Dupont
"""


def add_refusal(folder: Path) -> None:
    """Acme says no: the pending thank-you sequence becomes moot (E3)."""
    (folder / "Maildir" / "new" / "1765264200.refus-acme.test").write_text(
        REFUSAL, encoding="utf-8"
    )


class Screen:
    """A wide console whose output the test reads, so tables do not wrap."""

    def __init__(self) -> None:
        self.out, self.err = io.StringIO(), io.StringIO()

    def run(self, *argv: str) -> int:
        return main(list(argv), Console(file=self.out, width=250),
                    Console(file=self.err, width=250))

    def read(self) -> str:
        text = self.out.getvalue()
        self.out.seek(0)
        self.out.truncate()
        return text


# Acme writes after the interview in words the reader has no deciding phrase for.
UNSURE = """From: Jeanne Dupont <jeanne.dupont@acme-industrie.example>
To: Camille Martin <camille.martin@gmail.com>
Subject: Responsable logistique
Date: Wed, 09 Dec 2026 08:10:00 +0100
Message-ID: <mot-acme-1@acme-industrie.example>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Bonjour Camille,

Petit mot après lundi : l'équipe a beaucoup échangé sur votre profil.

Jeanne
"""
UNSURE_ID = "1765264200.mot-acme.test"


def add_unsure_reply(folder: Path) -> None:
    """A reply relance reads below the confidence threshold: it must ask (C2)."""
    (folder / "Maildir" / "new" / UNSURE_ID).write_text(UNSURE, encoding="utf-8")
