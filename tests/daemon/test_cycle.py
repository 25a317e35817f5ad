"""The cycle on the memory backend: idempotence, the user's decisions, bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from daemon_fakes import PARIS, POLICY, interview_event, memory_backends, reply

from connectors.base import Written
from connectors.errors import TransientError
from connectors.memory import MemoryCalendar, MemoryMailbox
from daemon.backends import Backends
from daemon.clock import FixedClock
from daemon.cycle import Cycle, CycleReport, SafetyStop
from daemon.ledger import LedgerStore
from daemon.writepoints import WritePoints
from policy.model import DraftSpec, StepStatus
from policy.settings import Settings

BEFORE_DUE = datetime(2026, 12, 2, 18, 0, tzinfo=PARIS)  # interview on the 2nd at 14:00
AFTER_DUE = datetime(2026, 12, 3, 9, 30, tzinfo=PARIS)
KEY = "acme/1/thank_you"


class World:
    def __init__(self, tmp_path: Path, settings: Settings | None = None) -> None:
        self.backends, self.calendar, self.mailbox = memory_backends()
        self.store = LedgerStore.open(tmp_path / "ledger.sqlite3")
        self.settings = settings or Settings()

    def run(self, now: datetime, **options: bool) -> CycleReport:
        cycle = Cycle(self.backends, self.store, self.settings, FixedClock(now), POLICY)
        return cycle.run(**options)

    def writes(self) -> list[tuple[str, str]]:
        return self.calendar.writes + self.mailbox.writes


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = World(tmp_path)
    w.calendar.add_event(interview_event("ACME", 2))
    return w


def test_the_event_is_written_at_once_and_the_draft_once_due(world: World) -> None:
    world.run(BEFORE_DUE)
    assert world.writes() == [("create_event", KEY)]
    assert world.store.step(KEY).status is StepStatus.PLANNED  # type: ignore[union-attr]
    report = world.run(AFTER_DUE)
    assert world.mailbox.writes == [("create_draft", KEY)]
    assert [c.what for c in report.changes] == ["draft written"]
    assert world.store.step(KEY).status is StepStatus.WRITTEN  # type: ignore[union-attr]


def test_running_twice_writes_nothing_new(world: World) -> None:
    world.run(AFTER_DUE)
    first = world.writes()
    report = world.run(AFTER_DUE)
    assert world.writes() == first
    assert report.changes == []


def test_a_draft_the_user_deleted_is_not_written_again(world: World) -> None:
    world.run(AFTER_DUE)
    world.mailbox.user_delete_draft(KEY)
    world.run(AFTER_DUE)
    world.calendar.add_event(replace(interview_event("ACME", 2), title="Entretien – ACME",
                                     start=datetime(2026, 12, 1, 14, 0, tzinfo=PARIS)))
    world.run(AFTER_DUE)  # the interview moved: the step is written again, not its draft
    world.run(AFTER_DUE)
    assert world.mailbox.writes == [("create_draft", KEY)]
    assert world.store.step(KEY).status is StepStatus.DISMISSED  # type: ignore[union-attr]
    assert world.calendar.relance_events() == {}  # its reminder went with it


def test_a_draft_the_user_deleted_stays_dismissed_when_its_step_becomes_moot(
    world: World,
) -> None:
    world.run(AFTER_DUE)
    world.mailbox.user_delete_draft(KEY)
    world.mailbox.add_message(reply("ACME", "Nous avons le regret…", 3))
    report = world.run(AFTER_DUE)  # the refusal makes the thank-you moot
    assert world.store.step(KEY).status is StepStatus.DISMISSED  # type: ignore[union-attr]
    assert "draft deleted by you: dismissed (E4)" in {c.what for c in report.changes}
    assert world.mailbox.writes == [("create_draft", KEY)]
    assert world.calendar.relance_events() == {}


def test_a_sent_draft_is_recorded_as_sent(world: World) -> None:
    world.run(AFTER_DUE)
    world.mailbox.user_send_draft(KEY)
    world.mailbox.add_message(reply("ACME", "Nous avons le regret…", 3))
    world.run(AFTER_DUE)
    assert world.store.step(KEY).status is StepStatus.SENT  # type: ignore[union-attr]


def test_a_moot_step_removes_what_the_user_left_untouched(world: World) -> None:
    world.run(AFTER_DUE)
    world.mailbox.add_message(reply("ACME", "Nous avons le regret…", 3))
    report = world.run(AFTER_DUE)
    assert world.mailbox.drafts() == {} and world.calendar.relance_events() == {}
    assert {c.what for c in report.changes} == {"event removed", "draft removed"}
    assert world.store.step(KEY).status is StepStatus.CANCELLED  # type: ignore[union-attr]


def test_a_moot_step_leaves_a_draft_the_user_changed_and_says_so(world: World) -> None:
    world.run(AFTER_DUE)
    world.mailbox.user_edit_draft(KEY, "Bonjour Jeanne, merci pour ce long échange…")
    world.mailbox.add_message(reply("ACME", "Nous avons le regret…", 3))
    report = world.run(AFTER_DUE)
    assert world.mailbox.drafts()[KEY].body.startswith("Bonjour Jeanne")
    assert world.calendar.relance_events() == {}
    assert any("left as you changed it" in n for n in report.notes)
    again = world.run(AFTER_DUE)
    assert again.notes == [] and KEY in world.mailbox.drafts()


def test_one_bad_event_and_one_bad_message_are_reported_by_name(world: World) -> None:
    world.calendar.add_event(replace(interview_event("Globex", 2), title="Entretien – ???",
                                     origin="calendar/globex.ics"))
    world.mailbox.add_message(reply("ACME", "BOOM", 3))
    report = world.run(AFTER_DUE)
    assert "calendar/globex.ics: unreadable annotation line: skipped" in report.problems
    assert any(p.startswith("Maildir/cur/acme-1 (from rh@acme.fr): cannot tell what it says")
               for p in report.problems)
    assert ("create_draft", KEY) in world.writes()


class FlakyDrafts(MemoryMailbox):
    """A mailbox whose drafts for one key fail, as a server error would."""

    def __init__(self, failing_key: str) -> None:
        super().__init__()
        self.failing_key = failing_key

    def ensure_draft(self, key: str, spec: DraftSpec, previous: Written | None) -> Written:
        if key == self.failing_key:
            raise TransientError("503 from the mail server")
        return super().ensure_draft(key, spec, previous)


def test_a_failing_step_is_reported_and_the_others_go_on(tmp_path: Path) -> None:
    calendar, mailbox = MemoryCalendar(), FlakyDrafts("acme/1/thank_you")
    calendar.add_event(interview_event("ACME", 2))
    calendar.add_event(interview_event("Globex", 2))
    store = LedgerStore.open(tmp_path / "l.db")
    cycle = Cycle(Backends(calendar, mailbox, calendar, mailbox), store, Settings(),
                  FixedClock(AFTER_DUE), POLICY)
    report = cycle.run()
    assert list(mailbox.drafts()) == ["globex/1/thank_you"]
    assert any("thank_you for acme: not written this time" in p for p in report.problems)


def test_a_calendar_that_suddenly_looks_empty_stops_the_cycle(tmp_path: Path) -> None:
    w = World(tmp_path)
    companies = ["ACME", "Globex", "Initech", "Umbrella", "Hooli"]
    for company in companies:
        w.calendar.add_event(interview_event(company, 2))
    w.run(AFTER_DUE)
    for company in companies:
        w.calendar.delete_event(f"{company.lower()}-interview")
    w.calendar.expire_cursors()  # the next read is a full listing: an empty one
    before = w.writes()
    with pytest.raises(SafetyStop, match="--force"):
        w.run(AFTER_DUE)
    assert w.writes() == before
    assert w.store.event_count() >= 5
    w.run(AFTER_DUE, force=True)
    assert w.store.event_count() == len(w.calendar.relance_events())


def test_paused_writes_nothing(tmp_path: Path) -> None:
    w = World(tmp_path, Settings(paused=True))
    w.calendar.add_event(interview_event("ACME", 2))
    report = w.run(AFTER_DUE)
    assert w.writes() == [] and report.paused and len(report.steps) == 1


def test_a_dry_run_on_a_copy_leaves_ledger_and_accounts_untouched(
    world: World, tmp_path: Path
) -> None:
    world.run(BEFORE_DUE)
    world.store.close()
    path = tmp_path / "ledger.sqlite3"
    before, writes = path.read_bytes(), world.writes()
    copy = LedgerStore.copy_of(path)
    report = Cycle(world.backends, copy, Settings(), FixedClock(AFTER_DUE), POLICY).run(
        dry_run=True
    )
    assert report.steps[0].draft is not None
    assert path.read_bytes() == before and world.writes() == writes


class Crash(BaseException):
    """A kill at a write point: like SIGKILL, nothing in the cycle may handle it
    (a per-step `except Exception` isolates errors, not deaths)."""


def crash() -> None:
    raise Crash


def test_a_crash_at_any_write_point_is_settled_without_duplicates(tmp_path: Path) -> None:
    reference = World(tmp_path / "reference")
    reference.calendar.add_event(interview_event("ACME", 2))
    reference.run(AFTER_DUE)
    expected = (reference.calendar.relance_events(), reference.mailbox.drafts())
    for crash_at in range(1, 5):  # two writes, each with a point before and after
        w = World(tmp_path / str(crash_at))
        w.calendar.add_event(interview_event("ACME", 2))
        points = WritePoints(crash_at, crash)
        with pytest.raises(Crash):
            Cycle(w.backends, w.store, w.settings, FixedClock(AFTER_DUE), POLICY,
                  points).run()
        assert w.store.pending_intents() != []
        w.run(AFTER_DUE)
        w.run(AFTER_DUE)
        assert (w.calendar.relance_events(), w.mailbox.drafts()) == expected
        assert sorted(set(w.writes())) == sorted(w.writes()), "a write was repeated"
        assert w.store.pending_intents() == []


def test_a_moved_step_leaves_an_event_the_user_changed_and_says_so_once(
    tmp_path: Path,
) -> None:
    w = World(tmp_path)
    w.calendar.add_event(interview_event("ACME", 2))
    w.run(BEFORE_DUE)
    w.calendar.user_edit_event(KEY, title="Remercier Jeanne (fait à la main)")
    w.calendar.add_event(interview_event("ACME", 3))  # the interview moved a day later
    report = w.run(BEFORE_DUE)
    assert w.calendar.relance_events()[KEY].title == "Remercier Jeanne (fait à la main)"
    assert [c.what for c in report.changes] == ["event left as you changed it"]
    assert w.run(BEFORE_DUE).changes == []


def test_a_label_the_user_puts_on_a_known_message_reaches_the_ledger(world: World) -> None:
    message = reply("ACME", "Votre profil manque d'expérience en SQL, nous avons le regret…", 3)
    world.mailbox.add_message(message)
    world.run(AFTER_DUE)
    world.mailbox.add_message(replace(message, tags=("relance-clarify",)))
    world.run(AFTER_DUE)
    (stored,) = world.store.messages()
    assert stored.tags == ("relance-clarify",)
    assert stored.classification is not None  # kept from the first reading
