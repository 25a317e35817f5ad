"""The status view of one application (RULES.md F3, `relance status`).

Decisions:
- Stage, first that applies: "opted out", "offer", "reply to read (round
  n)" (a reply relance could not read with confidence waits for the user's
  reading, C2), "refused",
  "interview scheduled (round n)" (the latest interview has not started),
  "next step announced (round n)" (a positive reply, no new interview yet),
  "waiting (round n)" (a step of the round is still to come or to send),
  else "closed" (the sequence is over: nothing more to do).
- Last contact: the latest exchange with the recruiter: a message of the
  application (either way) or the end of a past interview.
- Next step: the earliest step the rules still want that the user has not
  sent, dismissed or let expire, and that is not already written with its
  due past (the user has it in hand), with its event (and draft, when due).
- To send: the earliest draft already written and due, that the user has
  not sent yet, with the end of its window when it has one: what a job
  seeker most needs to see first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from policy.application_plan import ApplicationPlan, plan_application
from policy.candidate import Candidate
from policy.contact_log import interview_end, interview_start
from policy.contact_question import ask_for_contacts
from policy.model import Application, Ledger, Message, Step, StepKind, StepStatus
from policy.planner import require_aware
from policy.settings import Settings
from policy.step_build import window_closed, write_step

_OPEN = (StepStatus.PLANNED, StepStatus.WRITTEN, StepStatus.CANCELLED)


@dataclass(frozen=True)
class ApplicationStatus:
    application: str  # the application key
    company: str
    stage: str
    last_contact: datetime | None
    next_step: Step | None
    next_due: datetime | None
    to_send: Step | None = None  # a draft written and due, not sent yet
    to_confirm: Message | None = None  # a reply waiting for the user's reading (C2)


def describe(
    application: Application, messages: Sequence[Message], ledger: Ledger,
    now: datetime, settings: Settings,
) -> ApplicationStatus:
    require_aware(now)
    found = plan_application(application, messages, ledger, now, settings)
    # E1: drafts without a person wait; the question to the user is a step too.
    found = replace(found, proposal=ask_for_contacts(
        found.proposal, application, found.messages, ledger, now, settings
    ))
    upcoming = _next_candidate(found, ledger, now)
    step = pending = None
    if found.closed is None:
        if upcoming is not None:
            step = write_step(upcoming, application, found.messages, now, settings)
        in_hand = _to_send(found, ledger, now)
        if in_hand is not None:
            pending = write_step(in_hand, application, found.messages, now, settings)
    return ApplicationStatus(
        application=application.key,
        company=application.company,
        stage=_stage(found, step or pending, now, settings),
        last_contact=_last_contact(found, now, settings),
        next_step=step,
        next_due=step.due if step else None,
        to_send=pending,
        to_confirm=found.last_replies.unsure if found.closed is None else None,
    )


def _to_send(found: ApplicationPlan, ledger: Ledger, now: datetime) -> Candidate | None:
    def in_hand(candidate: Candidate) -> bool:
        entry = ledger.get(candidate.key)
        return (
            entry is not None and entry.status is StepStatus.WRITTEN and entry.draft_written
            and (candidate.rule_due or candidate.due) <= now
            and not window_closed(candidate, now)
        )

    waiting = [c for c in found.proposal.candidates if in_hand(c)]
    return min(waiting, key=lambda c: (c.due, c.key), default=None)


def _next_candidate(found: ApplicationPlan, ledger: Ledger, now: datetime) -> Candidate | None:
    def open_(candidate: Candidate) -> bool:
        entry = ledger.get(candidate.key)
        if window_closed(candidate, now) or (entry is not None and entry.status not in _OPEN):
            return False
        written = entry is not None and entry.status is not StepStatus.CANCELLED
        return not (written and candidate.due <= now)

    asked = [c for c in found.proposal.candidates if c.kind is StepKind.CONTACT_NEEDED]
    if asked:
        return asked[0]  # E1: until the user names a person, that is the next move
    still = [c for c in found.proposal.candidates if open_(c)]
    return min(still, key=lambda c: (c.due, c.key), default=None)


def _stage(found: ApplicationPlan, step: Step | None, now: datetime, settings: Settings) -> str:
    if found.closed is not None:
        return "offer" if found.offer is not None else "opted out"
    interviews = found.application.interviews
    if not interviews:
        return "closed"
    rounds = len(interviews)
    replies = found.last_replies
    if replies.unsure is not None:
        return f"reply to read (round {rounds})"
    if replies.refusal is not None:
        return "refused"
    if interview_start(interviews[-1], settings) > now:
        return f"interview scheduled (round {rounds})"
    if replies.positive is not None:
        return f"next step announced (round {rounds})"
    if step is not None:
        return f"waiting (round {rounds})"
    return "closed"


def _last_contact(found: ApplicationPlan, now: datetime, settings: Settings) -> datetime | None:
    moments = [m.date for m in found.messages if m.date <= now]
    moments += [
        end for i in found.application.interviews
        if (end := interview_end(i, settings)) <= now
    ]
    return max(moments, default=None)
