"""`relance stats` and `relance export`: the figures of a search, from its dated history."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.export import contact_rows, write_csv
from daemon.stats import search_stats
from policy.model import (
    Address,
    Annotations,
    Application,
    CalendarEvent,
    Classification,
    Direction,
    Interview,
    Label,
    Message,
)
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 20, 9, 0, tzinfo=PARIS)
SETTINGS = Settings()


def app(key: str, *days: tuple[int, int], position: str | None = None) -> Application:
    interviews = tuple(
        Interview(
            event=CalendarEvent(f"{key}-{n}", f"Entretien – {key}",
                                datetime(2026, month, day, 14, 0, tzinfo=PARIS),
                                datetime(2026, month, day, 15, 0, tzinfo=PARIS)),
            company=key.title(), company_key=key, contacts=(),
            annotations=Annotations(position=position), reason="",
        )
        for n, (month, day) in enumerate(days, start=1)
    )
    return Application(key, key.title(), interviews, (), None, Annotations(position=position))


def mail(key: str, month: int, day: int, label: Label | None,
         direction: Direction = Direction.INBOUND) -> Message:
    sender = "me@example.org" if direction is Direction.OUTBOUND else f"rh@{key}.example"
    return Message(
        id=f"{key}-{month}-{day}", thread_id=None, sender=Address(sender),
        recipients=(), date=datetime(2026, month, day, 10, 0, tzinfo=PARIS),
        direction=direction, subject=f"Candidature {key}",
        classification=Classification(label) if label else None, application_key=key,
    )


APPS = [
    app("acme", (11, 2), (11, 16)),  # two rounds, then an offer
    app("bolt", (11, 5)),  # refused after 3 days
    app("cyan", (11, 20)),  # followed up, still silent
    app("dune", (12, 1)),  # holding reply, then nothing since
]
MAIL = [
    mail("acme", 11, 6, Label.POSITIVE_NEXT_STEP), mail("acme", 11, 20, Label.OFFER),
    mail("bolt", 11, 8, Label.REJECTION_GENERIC),
    mail("cyan", 11, 27, None, Direction.OUTBOUND), mail("cyan", 11, 28, Label.OTHER),
    mail("dune", 12, 8, Label.HOLDING),
    mail("dune", 11, 25, Label.POSITIVE_NEXT_STEP),  # the convocation: before the interview
]


def test_the_funnel_counts_every_stage_ever_reached() -> None:
    stats = search_stats(APPS, MAIL, NOW, SETTINGS)
    assert stats.applications == 4
    assert dict(stats.funnel) == {
        "interviewed": 4, "answered": 3, "second interview": 1,
        "invited to a next step": 1, "offer": 1,
    }
    assert stats.answers == {Label.POSITIVE_NEXT_STEP: 1, Label.OFFER: 1,
                             Label.REJECTION_GENERIC: 1, Label.HOLDING: 1}
    assert stats.response_rate == 0.75
    # First answers: acme 4 days, bolt 3 days, dune 7 days (the convocation does not count).
    assert stats.median_days_to_first_answer == 4.0
    first, second = stats.rounds
    assert (first.reached, first.answered, first.median_days, first.waiting) == (4, 3, 4.0, 1)
    assert (second.reached, second.answered, second.median_days, second.waiting) == (
        1, 1, 4.0, 0)
    assert stats.months == (("2026-11", 3, 3), ("2026-12", 1, 1))
    assert stats.few


def test_silent_applications_are_those_whose_last_contact_got_no_answer() -> None:
    stats = search_stats(APPS, MAIL, NOW, SETTINGS)
    assert [(s.company, s.days) for s in stats.silent] == [("Cyan", 23)]
    later = search_stats(APPS, [*MAIL, mail("dune", 12, 10, None, Direction.OUTBOUND)],
                         NOW, SETTINGS)
    assert [s.company for s in later.silent] == ["Cyan", "Dune"]


def test_export_has_one_line_per_contact_for_a_spreadsheet(tmp_path: Path) -> None:
    rows = contact_rows(APPS, MAIL, SETTINGS, "fr")
    assert len(rows) == 5 + len(MAIL)  # five interviews and every message
    assert rows == sorted(rows, key=lambda r: r.when)
    out = tmp_path / "recherche.csv"
    write_csv(out, rows, "fr")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the accents
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == ["Date", "Entreprise", "Poste", "Contact", "Canal", "Événement"]
    assert lines[1][:2] == ["02/11/2026", "Acme"]
    assert lines[1][4:] == ["entretien", "entretien (tour 1)"]
    refusal = next(line for line in lines if line[1] == "Bolt" and line[0] == "08/11/2026")
    assert refusal[3:] == ["rh@bolt.example", "courriel reçu", "refus"]
    write_csv(out, contact_rows(APPS, MAIL, SETTINGS, "en"), "en")
    english = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert english[0][0] == "Date" and english[1][0] == "2026-11-02"
    assert english[1][4:] == ["interview", "interview (round 1)"]


def test_a_search_of_ten_applications_is_not_few() -> None:
    apps = [app(f"c{n}", (11, 2 + n)) for n in range(10)]
    assert not search_stats(apps, [], NOW, SETTINGS).few
    assert search_stats(apps, [], NOW, SETTINGS).median_days_to_first_answer is None


def test_stats_and_export_on_the_command_line(tmp_path: Path) -> None:
    from daemon_world import add_refusal, setup_world
    from test_cli_local import Screen, run

    config, screen = setup_world(tmp_path), Screen()
    add_refusal(tmp_path)
    assert run(config, "stats", screen=screen) == 0
    out = " ".join(screen.read().split())
    assert "Only 2 application(s): under 10" in out
    assert "Answered: 1 of 2 (50%)" in out and "1 rejection generic" in out
    assert "Silent (no answer since your last contact): Brightwave" in out
    target = tmp_path / "search.csv"
    assert run(config, "export", "--csv", str(target), screen=screen) == 0
    assert "3 contact(s) of 2 application(s)" in screen.read()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Date;Entreprise;Poste;Contact;Canal;Événement"
    assert lines[-1].endswith(";courriel reçu;refus")
