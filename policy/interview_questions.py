"""RULES.md A1: where relance is unsure an event is a job interview, it asks, and waits.

`question_steps(events, ledger, now, settings)` returns the steps of the
questions: for each event `policy.interview_judge` is unsure about, an
event-only step (`StepKind.INTERVIEW_QUESTION`) "Est-ce un entretien
d'embauche ? <title>" / "Is this a job interview? <title>", due at once,
whose description says how to answer: `relance confirm-interview EVENT
yes|no`, or the tags in the event. No follow-up is planned for an unsure
event: it is no interview for `policy.interviews` until the user says it is.

Decisions:
- Asked for events that started at most `settings.interview_question_days`
  days ago, or are still to come; an older event is left alone (its
  follow-ups would be past their windows anyway).
- The question's key is built from the event's source id, so it is asked
  once: a question the user deleted (DISMISSED) is never asked again, and
  the event stays unsure, so nothing is planned for it (E4).
- Once answered (or tagged, or moved out of doubt by an edit, or removed
  from the calendar), a pending question is cancelled: relance removes its
  event if the user left it as is (E3).
- A series is asked about once, through its first instance in the window.
- The due time, once written, is kept (the ledger's): "at once" must not
  move the event at every cycle.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime, timedelta

from policy.drafts import DraftContext, render_event
from policy.interview_judge import Outcome, Verdict, judge
from policy.model import (
    Action,
    CalendarEvent,
    EventSpec,
    Language,
    Ledger,
    Step,
    StepKind,
    StepStatus,
)
from policy.reconcile import PENDING, cancel_step
from policy.settings import Settings
from policy.text import guess_language
from policy.workdays import local_date, user_zone

QUESTION = StepKind.INTERVIEW_QUESTION
ANSWERED = "A1: the question is settled: {why}"
GONE = "A1: the event asked about is no longer in the calendar"


def question_application(event: CalendarEvent) -> str:
    """The `Step.application` of a question: the event's, as no application exists yet."""
    digest = hashlib.sha1(series_id(event).encode("utf-8")).hexdigest()[:16]  # noqa: S324 - an id
    return f"event-{digest}"


def question_key(event: CalendarEvent) -> str:
    return f"{question_application(event)}:0:{QUESTION.value}"


def question_steps(
    events: Sequence[CalendarEvent], ledger: Ledger, now: datetime, settings: Settings
) -> list[Step]:
    if settings.paused:
        return []
    asked = {e.key: e for e in ledger.entries if e.kind is QUESTION}
    verdicts = {question_key(e): judge(e, settings) for e in _first_of_series(events)}
    steps: list[Step] = []
    for key, verdict in verdicts.items():
        if verdict.outcome is not Outcome.UNSURE or not _recent(verdict.event, now, settings):
            continue
        entry = asked.get(key)
        if entry is None or entry.status is StepStatus.CANCELLED:
            steps.append(question_step(verdict, now, settings))
    for key, entry in asked.items():
        if entry.status not in PENDING:
            continue
        now_seen = verdicts.get(key)
        if now_seen is None:
            steps.append(cancel_step(entry, GONE))
        elif now_seen.outcome is not Outcome.UNSURE:
            steps.append(cancel_step(entry, ANSWERED.format(why=now_seen.reason)))
    return steps


def series_id(event: CalendarEvent) -> str:
    """The id of the series an instance belongs to (itself when it is alone).

    Instance ids are "UID/instant" from the ICS source and "eventId_instant"
    from Google Calendar (whose event ids have no underscore)."""
    if not event.recurring:
        return event.source_id
    if "/" in event.source_id:
        return event.source_id.split("/", 1)[0]
    return event.source_id.rsplit("_", 1)[0]


def _first_of_series(events: Sequence[CalendarEvent]) -> list[CalendarEvent]:
    firsts: dict[str, CalendarEvent] = {}
    for event in sorted(events, key=lambda e: (str(e.start), e.source_id)):
        firsts.setdefault(series_id(event), event)
    return list(firsts.values())


def _recent(event: CalendarEvent, now: datetime, settings: Settings) -> bool:
    start = local_date(event.start, settings)
    return start >= local_date(now, settings) - timedelta(days=settings.interview_question_days)


def question_step(verdict: Verdict, now: datetime, settings: Settings) -> Step:
    event = verdict.event
    language: Language = guess_language(event.title) or settings.default_language
    due = now.astimezone(user_zone(settings)).replace(second=0, microsecond=0)
    due -= timedelta(minutes=due.minute % 5)
    reason = f"A1: not sure this is a job interview ({verdict.reason})"
    context = DraftContext(
        company=event.title, interview_date=local_date(event.start, settings), reason=reason,
        due=due, event_title=event.title, event_id=event.source_id,
    )
    shown = render_event(QUESTION, language, context, settings)
    spec = EventSpec(title=shown.title, start=due,
                     end=due + timedelta(minutes=settings.event_minutes),
                     description=shown.description)
    return Step(
        key=question_key(event), kind=QUESTION, action=Action.WRITE,
        application=question_application(event), round=0, due=due, reason=reason,
        language=language, event=spec,
    )
