"""Synthetic but realistic local data for `bench_cycle.py`.

One job search of N applications as relance would find it on Wednesday
9 December 2026 at 09:30 (Europe/Paris):
- `calendar.ics`, a Google-style export: per application one or two
  interview rounds (French or English titles, A3 annotation lines in most,
  none in some, an opt-out now and then), plus single private events and
  weekly series that are not interviews;
- `Maildir/`, Maildir++: per application about three messages (the user's
  thank-you, a recruiter's reply whose label varies with the application,
  the user's answer or an earlier convocation) and ten times as many
  unrelated newsletters, notifications, job alerts and personal mail;
- `relance.toml`, the configuration the daemon reads.

Everything is derived from the application's index: the same N gives the
same files. Every domain but the user's webmail is fictional (`.example`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 9, 9, 30, tzinfo=PARIS)
ME_NAME, ME = "Camille Martin", "camille.martin@gmail.com"
UNRELATED_PER_APPLICATION = 30  # ten times the ~3 messages of each application

_FIRST = ("Acier", "Boréal", "Cobalt", "Delta", "Émeraude", "Fjord", "Granit", "Hélio",
          "Iroise", "Jade", "Kaolin", "Lumen", "Mistral", "Nacre", "Onyx", "Pollen",
          "Quartz", "Rubis", "Saphir", "Tilia", "Ubac", "Vanille", "Wapiti", "Xylo", "Zénith")
_SYLLABLE = ("", "ra", "lis", "tek", "via", "nor", "sys", "mo")
_LAST = ("Industrie", "Conseil", "Logistique", "Énergies", "Analytics", "Santé", "Robotics",
         "Assurances", "Transports", "Software")
_PEOPLE = ("Jeanne Dupont", "Thomas Girard", "Nadia Benali", "Rachel Kim", "Paul Roux",
           "Claire Lambert", "Hugo Bernard", "Sophie Marchal", "Luc Ravel", "Ingrid Solberg",
           "Oliver Hughes", "Élodie Marchand", "Karim Haddad", "Julie Morel", "Marc Lefèvre")


@dataclass(frozen=True)
class Application:
    index: int
    company: str
    domain: str
    contact: str
    email: str
    english: bool
    rounds: tuple[datetime, ...]

    @property
    def thread(self) -> str:
        return f"<thanks.{self.index}@mail.gmail.com>"


def application(i: int) -> Application:
    first = _FIRST[i % 25] + _SYLLABLE[(i // 25) % 8]
    company = f"{first} {_LAST[(i // 200) % 10]}"
    domain = f"{_slug(first)}-{_slug(_LAST[(i // 200) % 10])}.example"
    contact = _PEOPLE[i % len(_PEOPLE)]
    email = f"{_slug(contact).replace(' ', '.')}@{domain}"
    start = _weekday((NOW - timedelta(days=2 + (i * 7) % 58)).replace(
        hour=10 if i % 2 else 14, minute=0 if i % 3 else 30))
    rounds = (start,) if i % 3 else (start, _weekday(start + timedelta(days=9 + i % 6)))
    return Application(i, company, domain, contact, email, i % 4 == 3, rounds)


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower()


def _weekday(moment: datetime) -> datetime:
    while moment.weekday() >= 5:
        moment += timedelta(days=1)
    return moment


# -- calendar -------------------------------------------------------------------
def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    data = line.encode("utf-8")
    parts: list[str] = []
    while len(data) > 74:
        cut = 74
        while cut and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(data[:cut].decode())
        data = data[cut:]
    parts.append(data.decode())
    return "\r\n ".join(parts)


def _vevent(uid: str, start: datetime, minutes: int, summary: str, description: str,
            extra: tuple[str, ...] = ()) -> list[str]:
    return ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20261209T081500Z",
            f"DTSTART;TZID=Europe/Paris:{_stamp(start)}",
            f"DTEND;TZID=Europe/Paris:{_stamp(start + timedelta(minutes=minutes))}",
            f"SUMMARY:{_escape(summary)}", f"DESCRIPTION:{_escape(description)}",
            *extra, "STATUS:CONFIRMED", "END:VEVENT"]


def _notes(app: Application, round_number: int) -> str:
    phone = f"+33 6 {10 + app.index % 90:02d} {app.index % 100:02d} 00 {round_number:02d}"
    if app.index % 10 == 7:
        return "Entretien avec l'équipe."  # no A3 line at all: a debrief lists them
    if app.english:
        return (f"Answer by: {(app.rounds[-1] + timedelta(days=6)).date().isoformat()}\n"
                f"Channel: email\nContact: {app.contact} <{app.email}> {phone}\n"
                "Position: Data engineer\nPoints: the migration of a 2 TB warehouse")
    delay = ("Réponse : sous 10 jours", "Délai : 2 semaines", "Processus : long",
             f"Réponse avant le {(app.rounds[-1] + timedelta(days=8)).strftime('%d/%m')}")
    lines = [delay[app.index % 4], "Canal : mail" if app.index % 5 else "Canal : téléphone",
             f"Contact : {app.contact} <{app.email}> {phone}", "Poste : Cheffe de projet",
             "Points : la reprise d'un ERP en six mois"]
    if app.index % 40 == 13:
        lines.append("Relance : non")
    return "\n".join(lines)


def _interviews(app: Application) -> Iterator[list[str]]:
    for number, start in enumerate(app.rounds, start=1):
        if app.english:
            title = f"Interview with {app.company}"
        elif app.index % 7 == 5:
            title = "Visio recrutement"
        else:
            title = f"Entretien – {app.company}" + (" (2e tour)" if number == 2 else "")
        notes = _notes(app, number)
        if title == "Visio recrutement":
            notes = f"Entreprise : {app.company}\n{notes}"
        people = (f'ORGANIZER;CN="{app.contact}":mailto:{app.email}',
                  f'ATTENDEE;CN="{ME_NAME}";PARTSTAT=ACCEPTED:mailto:{ME}')
        yield _vevent(f"iv{app.index}-{number}@bench.example", start, 60, title, notes, people)


def _private(i: int) -> list[str]:
    titles = ("Dentiste", "Déjeuner avec Léa (réseau)", "Entretien du vélo",
              "Atelier CV – France Travail", "Préparation entretien", "Anniversaire Hugo")
    start = (NOW - timedelta(days=(i * 5) % 90 - 20)).replace(hour=12, minute=30)
    return _vevent(f"private{i}@bench.example", start, 60, titles[i % 6], "")


def _series(i: int) -> list[str]:
    titles = ("Yoga", "Point hebdo association", "Course à pied", "Cours d'anglais")
    start = datetime(2025, 9, 1 + i % 5, 19, 0, tzinfo=PARIS)
    return _vevent(f"series{i}@bench.example", start, 60, titles[i % 4], "",
                   ("RRULE:FREQ=WEEKLY;UNTIL=20271231T230000Z",))


def filler_event(i: int) -> list[str]:
    """The noise of a working person's calendar: meetings, birthdays, errands."""
    kind = i % 5
    start = _weekday((NOW - timedelta(days=(i * 13) % 500 - 120)).replace(
        hour=8 + i % 10, minute=(i % 4) * 15, second=0))
    if kind == 0:
        return _vevent(f"birthday{i}@bench.example", start.replace(hour=0, minute=0), 30,
                       f"Anniversaire {_PEOPLE[i % len(_PEOPLE)]}", "",
                       ("RRULE:FREQ=YEARLY",))
    titles = ("Point projet", "Réunion d'équipe", "Call fournisseur", "Comité de pilotage",
              "Kick-off", "Sprint review", "Déjeuner", "Coiffeur", "Garage", "Banque")
    attendees = (f"ATTENDEE;CN=Collègue {i % 7}:mailto:collegue{i % 7}@bureau.example",
                 f'ATTENDEE;CN="{ME_NAME}":mailto:{ME}')
    return _vevent(f"filler{i}@bench.example", start, 30 + 15 * (i % 3), titles[i % 10],
                   "Ordre du jour : points ouverts" if kind == 1 else "", attendees)


def calendar_text(count: int, total_events: int = 0) -> str:
    """`count` applications' events, then filler events up to `total_events`."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//relance//bench//FR",
             "X-WR-CALNAME:Camille", "X-WR-TIMEZONE:Europe/Paris"]
    events = 0
    for i in range(count):
        for event in _interviews(application(i)):
            lines += event
            events += 1
        lines += _private(i)
        events += 1
    for i in range(3 + count // 50):
        lines += _series(i)
        events += 1
    for i in range(max(0, total_events - events)):
        lines += filler_event(i)
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


CONFIG = """\
[user]
timezone = "Europe/Paris"
country = "FR"
language = "fr"
locale = "fr"
name = "Camille Martin"
emails = ["camille.martin@gmail.com"]

[calendar]
backend = "ics"
path = "calendar.ics"

[mail]
backend = "maildir"
maildir = "Maildir"

[output]
ics = "out/relance.ics"

[ledger]
path = "out/ledger.sqlite3"
"""


def write_calendar(folder: Path, count: int, total_events: int = 0) -> Path:
    (folder / "relance.toml").write_text(CONFIG, encoding="utf-8")
    path = folder / "calendar.ics"
    path.write_text(calendar_text(count, total_events), encoding="utf-8", newline="")
    return path
