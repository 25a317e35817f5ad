"""When a policy function raises for one item, the cycle does that batch again
item by item: the bad item is named, the others get the same answers as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from daemon_fakes import PARIS, POLICY, interview_event, memory_backends, reply

from daemon.clock import FixedClock
from daemon.cycle import Cycle, CycleReport
from daemon.ledger import LedgerStore
from daemon.policy_api import Policy
from policy.settings import Settings

AFTER_DUE = datetime(2026, 12, 3, 9, 30, tzinfo=PARIS)


def run(tmp_path: Path, policy: Policy) -> CycleReport:
    backends, calendar, mailbox = memory_backends()
    calendar.add_event(interview_event("ACME", 2))
    calendar.add_event(interview_event("Globex", 2))
    mailbox.add_message(reply("ACME", "merci, nous revenons vers vous", 2))
    mailbox.add_message(reply("Globex", "merci, nous revenons vers vous", 2))
    store = LedgerStore.open(tmp_path / "ledger.sqlite3")
    return Cycle(backends, store, Settings(), FixedClock(AFTER_DUE), policy).run()


def test_a_plan_that_fails_for_one_application_still_plans_the_others(tmp_path: Path) -> None:
    def plan(applications, messages, ledger, now, settings):  # type: ignore[no-untyped-def]
        if any(a.key == "globex" for a in applications):
            raise TypeError("'<' not supported between instances of 'datetime.datetime' "
                            "and 'datetime.date'")
        return POLICY.plan(applications, messages, ledger, now, settings)

    report = run(tmp_path, replace(POLICY, plan=plan))
    assert [s.application for s in report.steps] == ["acme"]
    (problem,) = report.problems
    assert problem.startswith("application Globex: nothing planned this time")
    assert "'<'" not in problem


def test_a_match_that_fails_for_one_message_still_matches_the_others(tmp_path: Path) -> None:
    def match_all(messages, applications, linked, settings):  # type: ignore[no-untyped-def]
        raise ValueError("not enough values to unpack (expected 2, got 1)")

    def match_application(message, applications, linked, settings):  # type: ignore[no-untyped-def]
        if message.id.startswith("globex"):
            raise ValueError("not enough values to unpack (expected 2, got 1)")
        return POLICY.match_application(message, applications, linked, settings)

    report = run(tmp_path, replace(POLICY, match_all=match_all,
                                   match_application=match_application))
    assert [m.application_key for m in report.messages] == ["acme"]
    assert report.problems == [
        "Maildir/cur/globex-1 (from rh@globex.fr): not matched: a value in it does not have "
        "the expected form"]


def test_interviews_that_fail_to_read_for_one_event_still_read_the_others(
    tmp_path: Path,
) -> None:
    def read_interviews(events, settings):  # type: ignore[no-untyped-def]
        if any("Globex" in e.title for e in events):
            raise OverflowError("date value out of range")
        return POLICY.read_interviews(events, settings)

    report = run(tmp_path, replace(POLICY, read_interviews=read_interviews))
    assert [a.key for a in report.applications] == ["acme"]
    (problem,) = report.problems
    assert "globex-interview «Entretien – Globex»: skipped" in problem
    assert "too far in the past or the future" in problem
