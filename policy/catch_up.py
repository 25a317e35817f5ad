"""Steps first planned after their due time: the catch-up (RULES.md E2, F4).

relance can see a step late: a first install with interviews from weeks ago,
a laptop off for a few days, a `relance once` the evening after an interview.
The rule's due time has then passed, and an event written there would be a
reminder nobody sees.

Decisions:
- A step planned after its rule's due time is due at the catch-up time
  instead: `now` itself for the debrief (A4), the D5 information event and
  the question on an unsure reading (C2) (reminders right away); else, when
  `now` falls in business hours (a business day, from the step's usual hour
  to 18:00), `now` rounded up to the next five minutes: a thank-you found
  half an hour late is worth doing this morning, not tomorrow; else the next
  slot at the step's usual hour (the morning hour for draft steps, the call
  hour for the call, B3) on a business day not before `now`: today at that
  hour if it is still ahead, else the next business day at that hour. A slot
  after the step's window (B1, D1) would come too late: the step is then due
  `now`.
- Stable: a pending ledger entry (PLANNED, WRITTEN) whose due is at or after
  the rule's due keeps its due. An entry later than its rule was caught up:
  planning again must not move its event every cycle. An entry equal to its
  rule was planned in time: its event is already in the calendar, even if the
  time has passed since (no catch-up). The ledger cannot tell a caught-up
  entry from one whose rule moved earlier into the past (an A3 line edited):
  that one keeps its due too, and its reason says "planned late". When the
  rule's due moves later than the entry's (a holding reply moved the
  follow-up), the rule's due wins, and is caught up in turn if already past.
- A CANCELLED entry holds no due: a step written again after a cancel is
  planned as new. A SENT, DISMISSED or EXPIRED step is never written again:
  it keeps the due of its entry when that is later than its rule's, else
  its rule's, never a new catch-up (the call counts from it, and must not
  move as time passes).
- Drafts are not delayed: a draft falls due on the rule's own date
  (`Candidate.rule_due`), so a late step's draft is written at once. Windows
  stay measured from the real dates.
- The reason says it (F4): "…; due Monday 30 November 2026 09:00, planned
  late, so Wednesday 23 December 2026 09:00".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from policy.candidate import Candidate
from policy.model import LedgerEntry, StepKind, StepStatus
from policy.reason_text import moment_text
from policy.settings import Settings
from policy.words import Msg
from policy.workdays import at, is_business_day, next_business_day, user_zone

_PENDING = (StepStatus.PLANNED, StepStatus.WRITTEN)
# Reminders for the user alone: they are worth seeing at once, at any hour.
_RIGHT_AWAY = (StepKind.DEBRIEF, StepKind.DISCRIMINATION_INFO, StepKind.CONFIRM_READING)
# The end of business hours, for steps that reach a recruiter (B3: "in business hours").
_CLOSING = time(18, 0)
_ROUNDING = timedelta(minutes=5)


def usual_hour(kind: StepKind, settings: Settings) -> time | None:
    """The hour a late step is moved to; None: right away."""
    if kind in _RIGHT_AWAY:
        return None
    return settings.call_hour if kind is StepKind.CALL else settings.morning_hour


def next_slot(hour: time, now: datetime, settings: Settings) -> datetime:
    """`hour` on the first business day whose slot is not before `now`."""
    today = now.astimezone(user_zone(settings)).date()
    if is_business_day(today, settings) and at(today, hour, settings) >= now:
        return at(today, hour, settings)
    return at(next_business_day(today, settings), hour, settings)


def catch_up_time(
    kind: StepKind, window_end: datetime | None, now: datetime, settings: Settings
) -> datetime:
    """When a step planned late is due."""
    hour = usual_hour(kind, settings)
    local = now.astimezone(user_zone(settings))
    if hour is None:
        return local
    if is_business_day(local.date(), settings) and hour <= local.time() < _CLOSING:
        return _round_up(local)
    slot = next_slot(hour, now, settings)
    return now.astimezone(user_zone(settings)) if window_end and slot > window_end else slot


def _round_up(moment: datetime) -> datetime:
    # An event at 09:31:17 looks like a glitch; at 09:35 like a plan.
    floor = moment.replace(second=0, microsecond=0)
    floor -= timedelta(minutes=floor.minute % 5)
    return floor if floor == moment else floor + _ROUNDING


def settled_due(
    candidate: Candidate, entry: LedgerEntry | None, now: datetime, settings: Settings
) -> datetime:
    """The due the step keeps: the rule's, the ledger's caught-up one, or a new catch-up."""
    due = candidate.due
    if due >= now:
        return due
    if entry is not None and entry.status is not StepStatus.CANCELLED:
        if entry.due >= due:
            return entry.due
        if entry.status not in _PENDING:
            return due  # sent, dismissed or expired: nothing of it is written again
    return catch_up_time(candidate.kind, candidate.window_end, now, settings)


def caught_up(
    candidate: Candidate, entry: LedgerEntry | None, now: datetime, settings: Settings
) -> Candidate:
    """`candidate` due at its settled time; its reason says when it was planned late."""
    due = settled_due(candidate, entry, now, settings)
    if due == candidate.due:
        return candidate
    reason = Msg("{reason}; due {rule_due}, planned late, so {due}", reason=candidate.reason,
                 rule_due=moment_text(candidate.due, settings), due=moment_text(due, settings))
    return replace(
        candidate, due=due, rule_due=candidate.due, reason=reason,
        context=replace(candidate.context, reason=reason, due=due),
    )
