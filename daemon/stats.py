"""`relance stats`: how the search is going, from the dated history relance keeps.

Decisions: the figures come from what happened and when (each interview's
date, each reply's date and label, each message the user sent), as the
cycle reads them with the ledger, never from the current stage alone, so an
application refused after two rounds still counts in "second interview".
- An application is one company relance found an interview for.
- An answer is a recruiter's reply relance read as something (holding, next
  step, offer, a refusal); an "other" message (out of office…) is none.
- Days to the first answer count calendar days from the first interview's
  day; per round, from that round's interview to the first answer before
  the next round, and a round with none yet "still waits".
- Silent: the last contact (an interview, or mail the user sent) had no
  answer after it, and the application is not closed by an offer or a refusal.
- Per month: applications by the month of their first interview, answers by
  the month they came.
- Under `FEW` applications, the figures are shown with a warning: a rate on
  seven applications says little.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from policy.model import Application, Direction, Label, Message
from policy.settings import Settings
from policy.workdays import local_date

FEW = 10


@dataclass(frozen=True)
class RoundFigure:
    number: int
    reached: int
    answered: int
    median_days: float | None
    waiting: int


@dataclass(frozen=True)
class Silent:
    company: str
    since: date
    days: int


@dataclass(frozen=True)
class Stats:
    applications: int
    funnel: tuple[tuple[str, int], ...]
    answers: Counter[Label]
    answered: int
    median_days_to_first_answer: float | None
    rounds: tuple[RoundFigure, ...]
    silent: tuple[Silent, ...]
    months: tuple[tuple[str, int, int], ...]  # "2026-11", applications, answers

    @property
    def response_rate(self) -> float | None:
        return self.answered / self.applications if self.applications else None

    @property
    def few(self) -> bool:
        return self.applications < FEW


def is_answer(message: Message) -> bool:
    c = message.classification
    return message.direction is Direction.INBOUND and c is not None and c.label is not Label.OTHER


def search_stats(
    applications: Sequence[Application], messages: Sequence[Message], now: datetime,
    settings: Settings,
) -> Stats:
    by_app: dict[str, list[Message]] = {}
    for message in sorted(messages, key=lambda m: m.date):
        if message.application_key is not None:
            by_app.setdefault(message.application_key, []).append(message)
    apps = [a for a in applications if a.interviews]
    answers_of = {  # replies after the first interview (a convocation is no answer)
        a.key: [m for m in by_app.get(a.key, [])
                if is_answer(m) and _after(m, a.interviews[0].event.start, settings)]
        for a in apps
    }
    labels = Counter(m.classification.label for ms in answers_of.values() for m in ms
                     if m.classification is not None)
    first_days = [
        (local_date(ms[0].date, settings) - local_date(a.interviews[0].event.start, settings)).days
        for a in apps if (ms := answers_of[a.key])
    ]
    return Stats(
        applications=len(apps),
        funnel=_funnel(apps, answers_of),
        answers=labels,
        answered=sum(1 for a in apps if answers_of[a.key]),
        median_days_to_first_answer=_median(first_days),
        rounds=_rounds(apps, answers_of, settings),
        silent=_silent(apps, by_app, now, settings),
        months=_months(apps, answers_of, settings),
    )


def _funnel(
    apps: Sequence[Application], answers_of: dict[str, list[Message]]
) -> tuple[tuple[str, int], ...]:
    def reached(label: Label) -> int:
        return sum(1 for a in apps if any(_label(m) is label for m in answers_of[a.key]))

    return (
        ("interviewed", len(apps)),
        ("answered", sum(1 for a in apps if answers_of[a.key])),
        ("second interview", sum(1 for a in apps if len(a.interviews) >= 2)),
        ("invited to a next step", sum(
            1 for a in apps
            if len(a.interviews) >= 2
            or any(_label(m) in (Label.POSITIVE_NEXT_STEP, Label.OFFER) for m in answers_of[a.key])
        )),
        ("offer", reached(Label.OFFER)),
    )


def _label(message: Message) -> Label | None:
    return message.classification.label if message.classification else None


def _rounds(
    apps: Sequence[Application], answers_of: dict[str, list[Message]], settings: Settings
) -> tuple[RoundFigure, ...]:
    deepest = max((len(a.interviews) for a in apps), default=0)
    figures = []
    for number in range(1, deepest + 1):
        days: list[int] = []
        waiting = reached = 0
        for a in apps:
            if len(a.interviews) < number:
                continue
            reached += 1
            start = a.interviews[number - 1].event.start
            nxt = a.interviews[number].event.start if len(a.interviews) > number else None
            first = next((m for m in answers_of[a.key] if _after(m, start, settings)
                          and (nxt is None or not _after(m, nxt, settings))), None)
            if first is not None:
                days.append((local_date(first.date, settings) - local_date(start, settings)).days)
            elif nxt is None:
                waiting += 1
        figures.append(RoundFigure(number, reached, len(days), _median(days), waiting))
    return tuple(figures)


def _silent(
    apps: Sequence[Application], by_app: dict[str, list[Message]], now: datetime,
    settings: Settings,
) -> tuple[Silent, ...]:
    found = []
    for a in apps:
        mail = by_app.get(a.key, [])
        if any(_label(m) is Label.OFFER or (_label(m) or Label.OTHER).is_rejection
               for m in mail if is_answer(m)):
            continue  # closed: an offer or a refusal is an answer for good
        ours = [local_date(a.interviews[-1].event.start, settings)]
        ours += [local_date(m.date, settings) for m in mail if m.direction is Direction.OUTBOUND]
        last = max(ours)
        if last > local_date(now, settings):
            continue  # an interview still to come is no silence
        if not any(is_answer(m) and local_date(m.date, settings) >= last for m in mail):
            found.append(Silent(a.company, last, (local_date(now, settings) - last).days))
    return tuple(sorted(found, key=lambda s: s.since))


def _months(
    apps: Sequence[Application], answers_of: dict[str, list[Message]], settings: Settings
) -> tuple[tuple[str, int, int], ...]:
    started = Counter(f"{local_date(a.interviews[0].event.start, settings):%Y-%m}" for a in apps)
    answered = Counter(f"{local_date(m.date, settings):%Y-%m}"
                       for ms in answers_of.values() for m in ms)
    return tuple((month, started[month], answered[month])
                 for month in sorted(set(started) | set(answered)))


def _after(message: Message, start: datetime | date, settings: Settings) -> bool:
    if isinstance(start, datetime):
        return message.date >= start
    return local_date(message.date, settings) >= start


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None
