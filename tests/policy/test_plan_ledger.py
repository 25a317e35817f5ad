"""E3, E4, F1, F4 and the determinism of `plan`."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from plan_builders import (
    SETTINGS,
    application,
    by_kind,
    entry,
    interview,
    notes,
    paris,
    record,
    run,
)

from policy.model import Action, Ledger, StepKind, StepStatus

FRIDAY = paris(2026, 12, 4, 16)
NOW = paris(2026, 12, 4, 18)


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        run([application(interview(FRIDAY))], now=datetime(2026, 12, 4, 18))


def test_planning_again_after_recording_writes_nothing_new() -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=NOW))
    assert run([app], ledger=ledger, now=NOW) == []
    assert run([app], ledger=ledger, now=paris(2026, 12, 6, 12)) == []  # Sunday: nothing due


def test_same_inputs_same_steps() -> None:
    app = application(interview(FRIDAY))
    assert run([app], now=NOW) == run([app], now=NOW)


def test_moved_interview_moves_its_steps_under_the_same_keys() -> None:
    ledger = record(run([application(interview(FRIDAY, source_id="ev-1"))], now=NOW))
    moved = application(interview(paris(2026, 12, 8, 10), source_id="ev-1"))
    steps = run([moved], ledger=ledger, now=NOW)
    assert all(s.action is Action.WRITE for s in steps)
    assert by_kind(steps)[StepKind.THANK_YOU].due == paris(2026, 12, 9, 9)
    assert by_kind(steps)[StepKind.THANK_YOU].key == "acme:1:thank_you"


def test_cancelled_interview_cancels_whatever_is_pending() -> None:
    ledger = record(run([application(interview(FRIDAY))], now=NOW))
    steps = run([], ledger=ledger, now=paris(2026, 12, 5, 9))
    assert {s.kind for s in steps} == {StepKind.THANK_YOU, StepKind.FOLLOW_UP, StepKind.CALL}
    assert all(s.action is Action.CANCEL and s.reason.startswith("E3") for s in steps)


def test_rescheduled_after_a_cancel_is_planned_again() -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=NOW))
    ledger = record(run([], ledger=ledger, now=NOW), ledger)  # cancelled
    steps = run([app], ledger=ledger, now=NOW)
    assert {s.kind for s in steps if s.action is Action.WRITE} == {
        StepKind.THANK_YOU, StepKind.FOLLOW_UP, StepKind.CALL,
    }


@pytest.mark.parametrize("status", [StepStatus.DISMISSED, StepStatus.SENT, StepStatus.EXPIRED])
def test_dismissed_sent_or_expired_steps_are_never_written_again(status: StepStatus) -> None:
    done = entry("acme:1:follow_up", StepKind.FOLLOW_UP, paris(2026, 12, 1, 9), status)
    steps = run([application(interview(FRIDAY))], ledger=Ledger(entries=(done,)), now=NOW)
    assert all(s.key != "acme:1:follow_up" for s in steps)


def test_opt_out_writes_nothing_and_cancels_what_is_pending() -> None:
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=NOW))
    out = application(interview(FRIDAY, annotations=notes(opt_out=True)))
    steps = run([out], ledger=ledger, now=NOW)
    assert steps and all(s.action is Action.CANCEL for s in steps)
    assert all(s.reason.startswith("F1") for s in steps)
    assert run([out], now=NOW) == []


def test_pause_means_hands_off() -> None:
    paused = replace(SETTINGS, paused=True)
    app = application(interview(FRIDAY))
    ledger = record(run([app], now=NOW))
    assert run([app], now=NOW, settings=paused) == []
    assert run([], ledger=ledger, now=NOW, settings=paused) == []


def test_every_step_names_its_rule() -> None:
    app = application(interview(FRIDAY, annotations=notes(process="long")))
    for step in run([app], now=NOW):
        assert step.reason[:2] in {"A4", "B1", "B2", "B3"}
        assert "Entretien – ACME" in step.reason or "follow-up of" in step.reason


def test_steps_come_in_due_order() -> None:
    steps = run([application(interview(FRIDAY))], now=NOW)
    assert [s.due for s in steps] == sorted(s.due for s in steps)
