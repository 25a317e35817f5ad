"""Write the example calendar of `examples/` (the story is in examples/README.md).

Run from the repository root: `python examples/make_examples.py`. It rewrites
`examples/calendar/*.ics` and, through `make_mail.py`, `examples/Maildir/`.
The generated files are committed: the script only keeps them consistent.

The three .ics files imitate three real producers: a Google Calendar export
(times in UTC, X-WR-TIMEZONE), a Thunderbird calendar (VTIMEZONE blocks, an
event in New York time, one in London time) and an invitation saved from
Outlook (a Windows zone name). The Outlook invitation is the first version
of an interview that was moved later: the Thunderbird calendar holds the same
UID with SEQUENCE:1 at the new time, and the higher SEQUENCE wins.
"""

from __future__ import annotations

from pathlib import Path

import make_mail
from calendar_data import GOOGLE_EVENTS, OUTLOOK_INVITE, THUNDERBIRD_EVENTS, VTIMEZONES
from ics_text import fold

HERE = Path(__file__).resolve().parent
CALENDAR = HERE / "calendar"


def content_lines(props: list[tuple[str, str]]) -> list[str]:
    """Properties as (name-with-params, value); TEXT values are escaped by the caller."""
    return [fold(f"{name}:{value}") for name, value in props]


def vevent(props: list[tuple[str, str]]) -> list[str]:
    return ["BEGIN:VEVENT", *content_lines(props), "END:VEVENT"]


def write_calendar(path: Path, header: list[tuple[str, str]], blocks: list[str]) -> None:
    lines = ["BEGIN:VCALENDAR", *content_lines(header), *blocks, "END:VCALENDAR"]
    # RFC 5545 wants CRLF; every producer imitated here writes it.
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def main() -> None:
    CALENDAR.mkdir(parents=True, exist_ok=True)
    google: list[str] = [*VTIMEZONES["Europe/Paris"]]
    for event in GOOGLE_EVENTS:
        google += vevent(event)
    write_calendar(
        CALENDAR / "agenda-google.ics",
        [
            ("PRODID", "-//Google Inc//Google Calendar 70.9054//EN"),
            ("VERSION", "2.0"),
            ("CALSCALE", "GREGORIAN"),
            ("METHOD", "PUBLISH"),
            ("X-WR-CALNAME", "Camille Martin"),
            ("X-WR-TIMEZONE", "Europe/Paris"),
        ],
        google,
    )
    thunderbird: list[str] = []
    for zone in ("Europe/Paris", "America/New_York", "Europe/London"):
        thunderbird += VTIMEZONES[zone]
    for event in THUNDERBIRD_EVENTS:
        thunderbird += vevent(event)
    write_calendar(
        CALENDAR / "thunderbird-candidatures.ics",
        [("PRODID", "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"), ("VERSION", "2.0")],
        thunderbird,
    )
    write_calendar(
        CALENDAR / "invitation-cobalt-conseil.ics",
        [
            ("METHOD", "REQUEST"),
            ("PRODID", "Microsoft Exchange Server 2016"),
            ("VERSION", "2.0"),
        ],
        [*VTIMEZONES["Romance Standard Time"], *vevent(OUTLOOK_INVITE)],
    )
    make_mail.main()


if __name__ == "__main__":
    main()
