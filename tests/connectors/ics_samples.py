"""iCalendar texts written for these tests, in the shapes real exports take."""

from __future__ import annotations


def calendar(*events: str, header: str = "") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//relance tests//EN"]
    if header:
        lines.append(header)
    text = "\r\n".join([*lines, *events, "END:VCALENDAR", ""])
    return text.replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode("utf-8")


def vevent(*lines: str) -> str:
    return "\n".join(["BEGIN:VEVENT", "DTSTAMP:20261101T080000Z", *lines, "END:VEVENT"])


INTERVIEW = vevent(
    "UID:acme-1@example.org",
    "SUMMARY:Entretien – ACME",
    "DTSTART;TZID=Europe/Paris:20261203T140000",
    "DTEND;TZID=Europe/Paris:20261203T150000",
    "DESCRIPTION:Réponse : sous 10 jours\\nCanal : mail",
    "LOCATION:12 rue de la Paix\\, Paris",
    'ORGANIZER;CN="Jeanne Dupont":mailto:Jeanne.Dupont@ACME.fr',
    "ATTENDEE;CN=Camille Martin;PARTSTAT=ACCEPTED:mailto:camille@example.org",
    "ATTENDEE;CN=Paul Durand;PARTSTAT=NEEDS-ACTION:mailto:paul.durand@acme.fr",
)

# Google exports: times in UTC, the calendar's zone only in X-WR-TIMEZONE.
GOOGLE = calendar(
    vevent(
        "UID:g1@google.com",
        "SUMMARY:Interview with Globex",
        "DTSTART:20261204T090000Z",
        "DTEND:20261204T100000Z",
    ),
    header="X-WR-CALNAME:Candidatures\nX-WR-TIMEZONE:Europe/Paris",
)
