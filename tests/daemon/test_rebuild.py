"""A ledger lost or moved aside is rebuilt from what relance wrote (issue 11).

Drafts and events found by their key are adopted, never written twice; an
item the user deleted stays deleted: its step is recorded as dismissed (E4).
On the memory backend (the cycle in process) and on the local backend (the
CLI over an .ics folder and a Maildir).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import icalendar
from daemon_fakes import PARIS, POLICY, interview_event, memory_backends
from daemon_world import NOW, Screen, setup_world
from test_crash import outputs

from daemon.clock import FixedClock
from daemon.cycle import Cycle, CycleReport
from daemon.ledger import LedgerStore
from policy.model import StepStatus
from policy.settings import Settings

AFTER_DUE = datetime(2026, 12, 3, 9, 30, tzinfo=PARIS)


def test_memory_a_new_ledger_adopts_what_was_written_and_keeps_deletions(
    tmp_path: Path,
) -> None:
    backends, calendar, mailbox = memory_backends()
    for company in ("ACME", "INITECH", "GLOBEX"):
        calendar.add_event(interview_event(company, 2))

    def run(ledger: LedgerStore) -> CycleReport:
        return Cycle(backends, ledger, Settings(), FixedClock(AFTER_DUE), POLICY).run()

    first = LedgerStore.open(tmp_path / "ledger.sqlite3")
    run(first)
    first.close()
    writes = calendar.writes + mailbox.writes
    assert len(writes) == 6  # an event and a draft for each
    calendar.user_delete_event("acme/1/thank_you")
    mailbox.user_delete_draft("initech/1/thank_you")

    rebuilt = LedgerStore.open(tmp_path / "rebuilt.sqlite3")  # the first one is lost
    report = run(rebuilt)
    assert calendar.writes + mailbox.writes == writes  # nothing written again
    status = {r.key: r.status for r in rebuilt.steps()}
    assert status["acme/1/thank_you"] is StepStatus.DISMISSED
    assert status["initech/1/thank_you"] is StepStatus.DISMISSED
    assert status["globex/1/thank_you"] is StepStatus.WRITTEN  # adopted
    adopted = rebuilt.step("globex/1/thank_you")
    assert adopted is not None and adopted.event is not None and adopted.draft is not None
    assert "event deleted by you: dismissed (E4)" in {c.what for c in report.changes}
    assert "draft deleted by you: dismissed (E4)" in {c.what for c in report.changes}
    run(rebuilt)
    assert calendar.writes + mailbox.writes == writes


def _delete_event(ics: Path, key: str) -> None:
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    calendar.subcomponents = [c for c in calendar.subcomponents
                              if str(c.get("X-RELANCE-KEY", "")) != key]
    ics.write_bytes(calendar.to_ical())


def _delete_draft(drafts: Path, key: str) -> None:
    for path in drafts.rglob("*"):
        if path.parent.name in ("cur", "new") and f"X-Relance-Key: {key}" in path.read_text(
                encoding="utf-8", errors="replace"):
            path.unlink()
            return
    raise AssertionError(f"no draft of {key}")


def test_local_a_ledger_moved_aside_is_rebuilt_without_writing_twice(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    screen = Screen()
    assert screen.run("--config", str(config), "--now", NOW, "once") == 0
    events, drafts = outputs(tmp_path)
    assert len(events) >= 4 and len(drafts) >= 2
    gone_event = events[0][0]
    gone_draft = next(d[0] for d in drafts if d[0] != gone_event)
    out = tmp_path / "out"
    _delete_event(out / "relance.ics", gone_event)
    _delete_draft(out / "Drafts", gone_draft)
    kept = outputs(tmp_path)
    (out / "ledger.sqlite3").rename(out / "ledger.sqlite3.damaged")  # as the message says

    screen.read()
    assert screen.run("--config", str(config), "--now", NOW, "once") == 0
    said = screen.read()
    assert outputs(tmp_path) == kept  # nothing written again, none twice
    store = LedgerStore.open(out / "ledger.sqlite3")
    try:
        status = {r.key: r.status for r in store.steps()}
        adopted = [r for r in store.steps() if r.key not in (gone_event, gone_draft)]
    finally:
        store.close()
    assert status[gone_event] is StepStatus.DISMISSED
    assert status[gone_draft] is StepStatus.DISMISSED
    assert all(r.event is not None for r in adopted if r.key in {e[0] for e in kept[0]})
    assert "dismissed (E4)" in said
    assert screen.run("--config", str(config), "--now", NOW, "once") == 0
    assert "Nothing new to write" in screen.read()
    assert outputs(tmp_path) == kept


def test_local_the_keys_written_are_listed_beside_the_file_privately(tmp_path: Path) -> None:
    config = setup_world(tmp_path)
    screen = Screen()
    assert screen.run("--config", str(config), "--now", NOW, "once") == 0
    keys = (tmp_path / "out" / "relance.ics.keys").read_text(encoding="utf-8")
    events, _ = outputs(tmp_path)
    assert {e[0] for e in events} <= {line.split("\t")[0] for line in keys.splitlines()}
    assert (tmp_path / "out" / "relance.ics.keys").stat().st_mode & 0o077 == 0
