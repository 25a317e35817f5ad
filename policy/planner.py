"""The planner: the single entry point of relance's judgement (RULES.md A4-F4).

`plan(applications, messages, ledger, now, settings)` returns the steps to
apply now, as values: WRITE (ensure an event, and a draft once due) and
CANCEL (remove what was written for a moot step, if the user left it as is).
It is deterministic: the same inputs give the same steps, in the same order
(by due time, then key). Nothing here reads a clock or the outside world.

Decisions:
- `now` must be timezone-aware (ValueError otherwise).
- Paused (F1, vacation): no step at all, not even cancels: a pause means
  hands off. On resume, whatever became moot meanwhile is cancelled then and
  expired windows are simply skipped.
- Messages without `application_key`, or matched to an unknown application,
  are ignored; only those dated after the application's first interview
  count (C1). Messages dated after `now` are not known yet (a `--now` in the
  past replays the mailbox as it was then): they are left out.
- Ledger entries of an application no longer in the calendar (its interviews
  cancelled, declined or deleted) are cancelled when still pending.

See `policy.reconcile` for the ledger rules, `policy.rounds` for section B,
`policy.replies_effects` for C2, `policy.refusals` for section D and
`policy.contact_question` for E1 (a draft to a person, or a question).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from policy.application_plan import plan_application
from policy.candidate import Candidate
from policy.contact_question import ask_for_contacts
from policy.model import Action, Application, Ledger, Message, Step, StepKind
from policy.reconcile import PENDING, cancel_step, reconcile
from policy.settings import Settings
from policy.step_build import write_step
from policy.words import Msg

REMOVED = Msg(
    "E3: no interview of this application is in the calendar any more "
    "(cancelled, declined or removed)"
)


def require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")


def plan(
    applications: Sequence[Application], messages: Sequence[Message], ledger: Ledger,
    now: datetime, settings: Settings,
) -> list[Step]:
    require_aware(now)
    if settings.paused:
        return []
    messages = [m for m in messages if m.date <= now]
    steps: list[Step] = []
    known = {a.key for a in applications}
    for application in applications:
        steps += plan_one(application, messages, ledger, now, settings)
    # A1 questions belong to an event, not an application: `policy.interview_questions`.
    steps += [
        cancel_step(e, REMOVED)
        for e in ledger.entries
        if e.application not in known and e.status in PENDING
        and e.kind is not StepKind.INTERVIEW_QUESTION
    ]
    return sorted(steps, key=lambda s: (s.due, s.key, s.action is Action.WRITE))


def plan_one(
    application: Application, messages: Sequence[Message], ledger: Ledger,
    now: datetime, settings: Settings,
) -> list[Step]:
    found = plan_application(application, messages, ledger, now, settings)
    proposal = ask_for_contacts(found.proposal, application, found.messages, ledger, now,
                                settings)

    def build(candidate: Candidate) -> Step:
        return write_step(candidate, application, found.messages, now, settings)

    return reconcile(
        proposal, ledger.for_application(application.key), found.closed,
        build, now, settings,
    )
