"""The commands on the local backends: plan writes nothing, --now is honoured,
status and explain tell the user what relance sees and why."""

from __future__ import annotations

import hashlib
from pathlib import Path

from daemon_world import NOW, Screen, add_refusal, setup_world

from daemon.ledger import LedgerStore


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def run(config: Path, *args: str, screen: Screen | None = None) -> int:
    return (screen or Screen()).run("--config", str(config), "--now", NOW, *args)


def test_plan_shows_the_steps_and_writes_nothing(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    assert run(config, "plan", screen=screen) == 0
    out = screen.read()
    assert "dry run: nothing written" in out
    assert "Acme Industrie" in out and "thank you" in out and "B1" in out
    assert not (tmp_path / "out").exists()
    assert run(config, "once") == 0
    before = tree_digest(tmp_path)
    assert run(config, "plan") == 0
    assert tree_digest(tmp_path) == before


def test_now_decides_what_is_due(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    assert screen.run("--config", str(config), "--now", "2026-12-07T18:00", "plan") == 0
    early = screen.read()
    assert "Plan at Mon 07 Dec 2026 18:00" in early
    assert "draft to jeanne.dupont" not in early  # the thank-you is due tomorrow
    assert screen.run("--config", str(config), "--now", "2026-12-08T09:05", "plan") == 0
    assert "draft to jeanne.dupont" in screen.read()


def test_once_then_status_and_explain(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    assert run(config, "once", screen=screen) == 0
    out = screen.read()
    assert "event + draft written" in out
    assert "out/relance.ics" in out and "Drafts" in out
    assert run(config, "once", screen=screen) == 0
    assert "Nothing new to write" in screen.read()
    assert run(config, "status", screen=screen) == 0
    status = screen.read()
    assert "Brightwave" in status and "waiting (round 1)" in status
    assert run(config, "explain", "acme industrie", screen=screen) == 0
    explained = screen.read()
    assert "Entretien – Acme Industrie" in explained and "thank_you" in explained
    assert run(config, "explain", "Globex", screen=screen) == 2
    assert "known: Acme Industrie, Brightwave" in screen.err.getvalue()


def test_explain_finds_an_application_by_a_part_of_its_name(
    tmp_path: Path,
) -> None:
    config, screen = setup_world(tmp_path), Screen()
    assert run(config, "once", screen=screen) == 0
    screen.read()
    assert run(config, "explain", "acme", screen=screen) == 0
    assert "Entretien – Acme Industrie" in screen.read()


def test_explain_says_why_a_step_is_not_planned(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    add_refusal(tmp_path)
    assert run(config, "explain", "acme", screen=screen) == 0
    explained = " ".join(screen.read().split())
    assert "Not planned, and why:" in explained
    assert "thank_you (round 1): B5: the recruiter answered" in explained


def test_clarify_records_a_d2_request(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    add_refusal(tmp_path)
    assert run(config, "clarify", "Acme") == 0
    store = LedgerStore.open(tmp_path / "out" / "ledger.sqlite3")
    assert store.clarifications() == frozenset({"acme industrie"})
    store.close()


def test_a_broken_calendar_file_is_named_and_the_rest_is_written(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    (tmp_path / "calendar" / "broken.ics").write_text("BEGIN:VCALENDAR\nBEGIN:VEVENT\n",
                                                      encoding="utf-8")
    assert run(config, "once", screen=screen) == 0
    out = screen.read()
    assert "broken.ics" in out
    assert "event + draft written" in out
