"""A1: the question step for an event relance is unsure about, against the ledger."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from policy.interview_questions import question_key, question_steps
from policy.model import Action, CalendarEvent, Ledger, LedgerEntry, StepKind, StepStatus
from policy.planner import plan
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 12, 9, 9, 32, tzinfo=PARIS)
SETTINGS = Settings(user_emails=("camille@example.org",))
FR = CalendarEvent("e1@x", "Entretien", datetime(2026, 12, 8, 10, 0, tzinfo=PARIS))
EN = CalendarEvent("e2@x", "Final round", datetime(2026, 12, 10, 15, 0, tzinfo=PARIS))


def entry(event: CalendarEvent, status: StepStatus) -> LedgerEntry:
    return LedgerEntry(question_key(event), StepKind.INTERVIEW_QUESTION, "x", 0, status,
                       datetime(2026, 12, 8, 12, 0, tzinfo=PARIS), event_written=True)


def test_an_unsure_event_gets_a_question_at_once_in_its_language() -> None:
    steps = {s.key: s for s in question_steps([FR, EN], Ledger(), NOW, SETTINGS)}
    french, english = steps[question_key(FR)], steps[question_key(EN)]
    assert french.action is Action.WRITE and french.due == datetime(2026, 12, 9, 9, 30,
                                                                     tzinfo=PARIS)
    assert french.event is not None and english.event is not None
    assert french.event.title == "Est-ce un entretien d'embauche ? Entretien"
    assert "relance confirm-interview e1@x oui" in french.event.description
    assert english.event.title == "Is this a job interview? Final round"
    assert "relance confirm-interview e2@x no" in english.event.description
    assert french.draft is None and not french.recipients  # a question, never a mail


def test_asked_once_and_never_again_after_the_user_deleted_it() -> None:
    for status in (StepStatus.PLANNED, StepStatus.DISMISSED):
        assert question_steps([FR], Ledger((entry(FR, status),)), NOW, SETTINGS) == []


def test_an_answer_or_a_removed_event_cancels_the_pending_question() -> None:
    pending = Ledger((entry(FR, StepStatus.PLANNED),))
    (answered,) = question_steps([replace(FR, interview_answer=False)], pending, NOW, SETTINGS)
    assert answered.action is Action.CANCEL and "the user said" in answered.reason
    (gone,) = question_steps([], pending, NOW, SETTINGS)
    assert gone.action is Action.CANCEL and "no longer in the calendar" in gone.reason


def test_old_events_are_not_asked_about_and_certain_ones_never() -> None:
    old = replace(FR, start=datetime(2026, 10, 1, 10, 0, tzinfo=PARIS))
    certain = replace(FR, title="Entretien – ACME")
    assert question_steps([old, certain], Ledger(), NOW, SETTINGS) == []


def test_the_planner_leaves_questions_to_the_question_planner() -> None:
    pending = Ledger((entry(FR, StepStatus.PLANNED),))
    assert plan([], [], pending, NOW, SETTINGS) == []


def test_paused_asks_nothing() -> None:
    assert question_steps([FR], Ledger(), NOW, replace(SETTINGS, paused=True)) == []


def test_a_series_is_asked_about_once_and_one_answer_covers_it() -> None:
    from daemon.interview_answers import answer_id, with_answers

    weekly = [replace(FR, source_id=f"s1@x/2026120{day}T090000Z", recurring=True,
                      start=datetime(2026, 12, day, 10, 0, tzinfo=PARIS),
                      title="Entretien d'embauche ACME")
              for day in (3, 8)]
    google = replace(weekly[1], source_id="abc123_20261208T090000Z")
    assert len(question_steps(weekly, Ledger(), NOW, SETTINGS)) == 1
    assert answer_id(weekly[0]) == answer_id(weekly[1]) == "s1@x"
    assert answer_id(google) == "abc123"
    answered = with_answers(weekly, {"s1@x": False})
    assert [e.interview_answer for e in answered] == [False, False]
