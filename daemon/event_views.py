"""What `relance explain` and `relance confirm-interview` say of calendar events (A1, F4).

`find_event` resolves what the user typed (an event's id, its series' id, or
a unique part of its title, accents and case ignored) to one event; the
instances of one series count as one. `print_verdicts` shows, for each
event, whether relance takes it for a job interview and the evidence for
and against, with the likelihood it gives.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.console import Console

from connectors.errors import UserError
from daemon.interview_answers import answer_id
from policy.interview_judge import NOT_SURE, SURE, Outcome, Verdict, judge
from policy.model import CalendarEvent
from policy.settings import Settings
from policy.text import fold
from policy.workdays import user_zone

_YES, _NO = ("yes", "y", "oui", "o"), ("no", "n", "non")


def read_answer(text: str) -> bool:
    word = fold(text).strip()
    if word in _YES or word in _NO:
        return word in _YES
    raise UserError(f"answer {text!r}: expected yes or no (oui or non)")


def one_per_series(events: Sequence[CalendarEvent]) -> list[CalendarEvent]:
    firsts: dict[str, CalendarEvent] = {}
    for event in sorted(events, key=lambda e: (str(e.start), e.source_id)):
        if event.relance_key is None:
            firsts.setdefault(answer_id(event), event)
    return list(firsts.values())


def find_event(events: Sequence[CalendarEvent], wanted: str) -> CalendarEvent:
    candidates = one_per_series(events)
    exact = [e for e in candidates if wanted.strip() in (e.source_id, answer_id(e))]
    if exact:
        return exact[0]
    needle = fold(wanted).strip()
    found = [e for e in candidates if needle and needle in fold(e.title)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UserError(f"no event whose id or title matches {wanted!r}")
    listed = "; ".join(f"{e.title!r} (id {answer_id(e)})" for e in found[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    raise UserError(f"several events match {wanted!r}: {listed}{more}; give the event's id")


def verdicts(events: Sequence[CalendarEvent], settings: Settings) -> list[Verdict]:
    return [judge(event, settings) for event in one_per_series(events)]


def print_verdicts(console: Console, found: Sequence[Verdict], settings: Settings) -> None:
    order = {Outcome.UNSURE: 0, Outcome.INTERVIEW: 1, Outcome.NOT_INTERVIEW: 2}
    for verdict in sorted(found, key=lambda v: (order[v.outcome], str(v.event.start))):
        _line(console, f"«{verdict.event.title}» {_when(verdict.event, settings)} "
                       f"(id {answer_id(verdict.event)}): {_outcome(verdict)}")
        print_evidence(console, verdict, "    ")


def print_evidence(console: Console, verdict: Verdict, indent: str) -> None:
    if verdict.settled_by:
        _line(console, f"{indent}settled: {verdict.settled_by}")
        return
    for sign, items in (("+", verdict.for_), ("-", verdict.against)):
        for item in items:
            _line(console, f"{indent}{sign} {item.says} ({item.weight:+.1f})")
    if not verdict.evidence:
        _line(console, f"{indent}no job word, no counter-evidence")
        return
    _line(console, f"{indent}= score {verdict.score:.1f} (the evidence for counts at most 4 "
                   f"from the title, 2.5 from the description, 3 from who and where; "
                   f"{SURE:.1f} or more: an interview, {NOT_SURE:.1f} or less: not one, "
                   "between: unsure)")


def _outcome(verdict: Verdict) -> str:
    text = {Outcome.INTERVIEW: "a job interview", Outcome.NOT_INTERVIEW: "not a job interview",
            Outcome.UNSURE: "unsure: relance asks you (relance confirm-interview)"}
    return f"{text[verdict.outcome]}, likelihood {verdict.likelihood:.2f}"


def _when(event: CalendarEvent, settings: Settings) -> str:
    start = event.start
    if isinstance(start, datetime):
        return start.astimezone(user_zone(settings)).strftime("%a %d %b %Y %H:%M")
    return start.isoformat()


def _line(console: Console, text: str) -> None:
    console.print(text, markup=False, highlight=False)
