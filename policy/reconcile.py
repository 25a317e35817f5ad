"""The rules' wishes against the ledger: what to write, what to cancel (RULES.md E2-E4).

Decisions:
- A WRITE is emitted only when something is new for the ledger: no entry for
  the key; the entry's due differs (the event moves); or the draft falls due
  and the entry has none yet. A WRITE whose draft is None for an entry whose
  draft was written means the step moved later: the written draft is no
  longer due.
- DISMISSED (E4, the user deleted it: a decision), SENT and EXPIRED entries
  are never written again nor cancelled.
- CANCELLED means relance itself removed the step because it became moot. If
  the rules want the step again later (an interview cancelled, then put back
  in the calendar), it is written again as new: nobody decided against it.
- A PLANNED or WRITTEN entry becomes a CANCEL when its step is moot (reply,
  interview moved or removed, new round, opt-out, offer, cap), or when its
  window closed with its draft unsent. An event-only step whose window closed
  (a past debrief) is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from policy.candidate import Candidate, Proposal
from policy.model import Action, LedgerEntry, Step, StepStatus
from policy.settings import Settings
from policy.step_build import draft_due, window_closed
from policy.words import Msg

PENDING = (StepStatus.PLANNED, StepStatus.WRITTEN)
GONE = Msg("E3: the step no longer applies (its interview was moved, cancelled or removed)")


def cancel_step(entry: LedgerEntry, reason: str) -> Step:
    return Step(
        key=entry.key, kind=entry.kind, action=Action.CANCEL, application=entry.application,
        round=entry.round, due=entry.due, reason=reason,
    )


def _wanted(
    candidate: Candidate, entry: LedgerEntry | None, now: datetime, settings: Settings
) -> bool | str:
    """True: write it; a string: cancel it for that reason; False: nothing to do."""
    closed = window_closed(candidate, now)
    if entry is None or entry.status is StepStatus.CANCELLED:
        return not closed
    if entry.status not in PENDING:
        return False
    if closed:
        if not candidate.kind.has_draft or candidate.window_end is None:
            return False
        return Msg("E3: the window closed at the end of {day} and the draft was not sent",
                   day=candidate.window_end.date())
    if entry.due != candidate.due:
        return True
    return draft_due(candidate, now, settings) and not entry.draft_written


def reconcile(
    proposal: Proposal, entries: Iterable[LedgerEntry], closed: str | None,
    build: Callable[[Candidate], Step], now: datetime, settings: Settings,
) -> list[Step]:
    """Steps for one application: its candidates and moot notes against its ledger entries."""
    by_key: Mapping[str, LedgerEntry] = {e.key: e for e in entries}
    steps: list[Step] = []
    wanted = set()
    for candidate in proposal.candidates if closed is None else ():
        wanted.add(candidate.key)
        entry = by_key.get(candidate.key)
        decision = _wanted(candidate, entry, now, settings)
        if isinstance(decision, str) and entry is not None:
            steps.append(cancel_step(entry, decision))
        elif decision is True:
            steps.append(build(candidate))
    moot = {m.key: m.reason for m in proposal.moot}
    for entry in by_key.values():
        if entry.key not in wanted and entry.status in PENDING:
            steps.append(cancel_step(entry, closed or moot.get(entry.key, GONE)))
    return steps
