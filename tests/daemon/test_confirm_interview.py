"""A1 end to end on the local backends (ics + Maildir): unsure → a question event →
`relance confirm-interview` → the next cycle follows the answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from daemon_world import setup_world
from test_cli_local import Screen, run

from daemon.ledger import LedgerStore

# A real interview the user got through France Travail: the adviser named in the
# description speaks against it, the recruiter's address for it. relance cannot tell.
UNSURE = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//relance tests//confirm//FR
BEGIN:VEVENT
UID:lumen-1@test.example
DTSTAMP:20261120T080000Z
DTSTART;TZID=Europe/Paris:20261208T110000
DTEND;TZID=Europe/Paris:20261208T120000
SUMMARY:Entretien – Lumen Studio
DESCRIPTION:Conseillère France Travail : Mme Roy m'a transmis l'offre.
ORGANIZER;CN=Jeanne Roy:mailto:jeanne.roy@lumen-studio.example
ATTENDEE;CN=Camille Martin;PARTSTAT=ACCEPTED:mailto:camille.martin@gmail.com
END:VEVENT
END:VCALENDAR
"""
QUESTION_FR = "Est-ce un entretien d'embauche ? Entretien – Lumen Studio"


def world(tmp_path: Path) -> Path:
    config = setup_world(tmp_path)
    (tmp_path / "calendar" / "lumen.ics").write_text(UNSURE.replace("\n", "\r\n"),
                                                      encoding="utf-8")
    return config


def written(tmp_path: Path) -> str:
    return (tmp_path / "out" / "relance.ics").read_text(encoding="utf-8").replace("\n ", "")


def test_an_unsure_event_is_asked_about_and_nothing_else_is_planned_for_it(
    tmp_path: Path,
) -> None:
    config, screen = world(tmp_path), Screen()
    assert run(config, "plan", screen=screen) == 0
    planned = screen.read()
    assert "«Entretien – Lumen Studio»" in planned and "interview question" in planned
    assert run(config, "once", screen=screen) == 0
    assert "«Entretien – Lumen Studio»" in screen.read()
    out = written(tmp_path)
    assert f"SUMMARY:{QUESTION_FR}" in out
    assert "relance confirm-interview lumen-1@test.example oui" in out
    assert "Lumen" not in "".join(line for line in out.splitlines()
                                  if line.startswith("SUMMARY:") and "Est-ce" not in line)
    assert run(config, "status", screen=screen) == 0
    assert "Lumen" not in screen.read()  # no application
    assert run(config, "explain", screen=screen) == 0
    explained = screen.read()
    assert "«Entretien – Lumen Studio»" in explained and "unsure" in explained
    assert "France Travail" in explained  # the evidence against, shown


def test_yes_makes_it_an_application_at_the_next_cycle_and_removes_the_question(
    tmp_path: Path,
) -> None:
    config, screen = world(tmp_path), Screen()
    assert run(config, "once") == 0
    assert run(config, "confirm-interview", "lumen", "oui", screen=screen) == 0
    assert "is a job interview" in screen.read()
    store = LedgerStore.open(tmp_path / "out" / "ledger.sqlite3")
    try:
        assert store.interview_answers() == {"lumen-1@test.example": True}
    finally:
        store.close()
    assert run(config, "once", screen=screen) == 0
    out = written(tmp_path)
    assert QUESTION_FR not in out  # removed: the user left it as written (E3)
    assert "Lumen Studio" in out  # its own steps (debrief, thank-you…) are written
    assert run(config, "status", screen=screen) == 0
    assert "Lumen Studio" in screen.read()


@pytest.mark.parametrize("answer", ["non", "NO"])
def test_no_means_never_an_application(tmp_path: Path, answer: str) -> None:
    config, screen = world(tmp_path), Screen()
    assert run(config, "once") == 0
    assert run(config, "confirm-interview", "lumen-1@test.example", answer) == 0
    assert run(config, "once") == 0
    assert "Lumen" not in written(tmp_path)
    screen.run("--config", str(config), "--now", "2026-12-20T09:30", "once")
    assert "Lumen" not in written(tmp_path)  # a week later still: the answer stands
    assert run(config, "status", screen=screen) == 0
    assert "Lumen" not in screen.read()


def test_a_bad_answer_or_an_unknown_event_is_told_and_nothing_is_recorded(
    tmp_path: Path,
) -> None:
    config, screen = world(tmp_path), Screen()
    assert run(config, "confirm-interview", "lumen", "peut-être", screen=screen) == 2
    assert "expected yes or no" in screen.err.getvalue()
    assert run(config, "confirm-interview", "nowhere", "oui", screen=screen) == 2
    assert "no event whose id or title matches 'nowhere'" in screen.err.getvalue()
    assert run(config, "confirm-interview", "entretien", "oui", screen=screen) == 2
    assert "several events match" in screen.err.getvalue()
    assert not (tmp_path / "out" / "ledger.sqlite3").exists()
