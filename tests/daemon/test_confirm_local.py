"""An unsure reading on the local backends, end to end: the cycle writes the
question event and no follow-up, `relance confirm` records the user's
reading, and the next cycle follows it (C2, B5, D1)."""

from __future__ import annotations

import re
from pathlib import Path

import icalendar
from daemon_world import NOW, UNSURE_ID, Screen, add_unsure_reply, setup_world

from daemon.ledger import LedgerStore
from policy.model import Label, StepStatus

QUESTION = "acme industrie:1:confirm_reading"


def run(config: Path, *args: str, screen: Screen | None = None, now: str = NOW) -> int:
    return (screen or Screen()).run("--config", str(config), "--now", now, *args)


def statuses(folder: Path) -> dict[str, StepStatus]:
    store = LedgerStore.open(folder / "out" / "ledger.sqlite3")
    try:
        return {s.key: s.status for s in store.steps()}
    finally:
        store.close()


def event_titles(folder: Path) -> dict[str, str]:
    calendar = icalendar.Calendar.from_ical((folder / "out" / "relance.ics").read_bytes())
    return {
        str(e.get("X-RELANCE-KEY") or e.get("UID")): str(e.get("SUMMARY"))
        for e in calendar.walk("VEVENT")
    }


def feedback_draft(folder: Path) -> str:
    """The D1 draft's text, found by the remote id the ledger recorded for it."""
    store = LedgerStore.open(folder / "out" / "ledger.sqlite3")
    try:
        record = store.step("acme industrie:1:feedback_request")
    finally:
        store.close()
    assert record is not None and record.draft is not None
    drafts = folder / "out" / "Drafts" / ".Drafts"
    path = next(p for p in drafts.rglob(f"{record.draft.remote_id}*") if p.is_file())
    return path.read_text(encoding="utf-8", errors="replace")


def test_an_unsure_reply_is_asked_then_the_users_reading_is_followed(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    add_unsure_reply(tmp_path)
    assert run(config, "once") == 0
    steps = statuses(tmp_path)
    assert steps[QUESTION] is StepStatus.WRITTEN
    assert "acme industrie:1:follow_up" not in steps  # never a follow-up to a possible no
    assert "acme industrie:1:feedback_request" not in steps
    titles = " | ".join(event_titles(tmp_path).values())
    assert "Réponse d'Acme Industrie à lire : refus, attente ou suite ?" in titles

    assert run(config, "status", screen=screen) == 0
    status = screen.read()
    assert "reply to read (round 1)" in status and "relance confirm 'acme industrie'" in status
    assert run(config, "explain", "acme", screen=screen) == 0
    explained = screen.read()
    assert re.search(r"at \d+%, below the 70% threshold: waits for your reading", explained)
    assert f"relance confirm 'acme industrie' WORD --message {UNSURE_ID}" in explained

    assert run(config, "confirm", "Acme", "refus", screen=screen) == 0
    assert "Recorded for Acme Industrie" in screen.read()
    assert run(config, "once") == 0
    steps = statuses(tmp_path)
    assert steps[QUESTION] is StepStatus.CANCELLED  # moot: removed from the calendar
    assert steps["acme industrie:1:feedback_request"] is StepStatus.WRITTEN
    draft = feedback_draft(tmp_path)
    assert "jeanne.dupont@acme-industrie.example" in draft
    assert "In-Reply-To: <mot-acme-1@acme-industrie.example>" in draft
    assert not any("à lire" in t for t in event_titles(tmp_path).values())
    assert run(config, "explain", "acme", screen=screen) == 0
    explained = screen.read()
    assert re.search(r"your reading \(relance confirm\); relance had read \w+ at \d+%", explained)
    assert "Waits for your reading" not in explained


def test_the_same_command_corrects_a_reading(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    add_unsure_reply(tmp_path)
    assert run(config, "confirm", "acme", "refus") == 0
    assert run(config, "once") == 0
    assert statuses(tmp_path)["acme industrie:1:feedback_request"] is StepStatus.WRITTEN
    assert run(config, "confirm", "acme", "attente", "--message", UNSURE_ID,
               screen=screen) == 0
    assert "this replaces your reading rejection_generic" in screen.read()
    assert run(config, "once") == 0
    steps = statuses(tmp_path)
    assert steps["acme industrie:1:feedback_request"] is StepStatus.CANCELLED
    assert steps["acme industrie:1:follow_up"] is StepStatus.PLANNED
    store = LedgerStore.open(tmp_path / "out" / "ledger.sqlite3")
    assert store.confirmations() == {UNSURE_ID: Label.HOLDING}
    store.close()


def test_confirm_says_clearly_what_is_wrong(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    add_unsure_reply(tmp_path)
    assert run(config, "confirm", "acme", "peut-être", screen=screen) == 2
    said = screen.err.getvalue()
    assert "unknown reading 'peut-être'" in said
    assert "refus or refusal, attente or wait, suite or next (an interview, a test)" in said
    assert run(config, "confirm", "Kestrel", "refus", screen=screen) == 2
    assert "no application named 'Kestrel'" in screen.err.getvalue()
    assert run(config, "confirm", "Brightwave", "refus", screen=screen) == 2
    assert "no reply from Brightwave has been read yet" in screen.err.getvalue()
    assert run(config, "confirm", "acme", "refus", "--message", "nope", screen=screen) == 2
    assert f"(its replies: {UNSURE_ID})" in screen.err.getvalue()
    assert not (tmp_path / "out" / "ledger.sqlite3").exists() or not statuses(tmp_path)


def test_a_maildir_keyword_gives_the_same_reading(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    add_unsure_reply(tmp_path)
    assert run(config, "once") == 0
    assert statuses(tmp_path)[QUESTION] is StepStatus.WRITTEN
    maildir = tmp_path / "Maildir"
    (maildir / "dovecot-keywords").write_text("0 relance/refus\n", encoding="utf-8")
    (maildir / "new" / UNSURE_ID).rename(maildir / "cur" / f"{UNSURE_ID}:2,Sa")
    assert run(config, "once") == 0
    steps = statuses(tmp_path)
    assert steps[QUESTION] is StepStatus.CANCELLED
    assert steps["acme industrie:1:feedback_request"] is StepStatus.WRITTEN
