"""A1: the user's answers to "is this a job interview?", given back to the events.

`relance confirm-interview` records an answer in the ledger by event id; the
cycle sets `CalendarEvent.interview_answer` from it before detection, so the
policy follows the user's word as plain input. An answer about one instance
of a series is recorded under the series' id and covers all its instances.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from policy.interview_questions import series_id
from policy.model import CalendarEvent


def with_answers(
    events: Sequence[CalendarEvent], answers: dict[str, bool]
) -> list[CalendarEvent]:
    """A1: the user's answers given to the events they are about (a series: all of it)."""
    answered = []
    for event in events:
        answer = answers.get(event.source_id, answers.get(answer_id(event)))
        answered.append(event if answer is None else replace(event, interview_answer=answer))
    return answered


def answer_id(event: CalendarEvent) -> str:
    """What an answer about `event` is recorded under: a series' id covers its instances."""
    return series_id(event)
