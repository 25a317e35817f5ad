"""RULES.md E1: a draft goes to a person, or it is not written and relance asks.

Every draft step the rules want gets its recipients worked out here, once
(`policy.addressing.recipients`). When nobody personal is known (only
no-reply or applicant-tracking senders, rooms, the user, or no address at
all), the step keeps its event but its draft waits (`Candidate.waits_contact`),
and one event-only CONTACT_NEEDED step asks the user "À qui écrire pour X ?"
/ "Who should relance write to for X?", listing each address seen and why it
was set aside, with the command that answers: `relance contact APPLICATION
ADDRESS [NAME]`.

Decisions:
- One question per application (key of the round of the first waiting step),
  at the due time of the first waiting step, so it sits in the calendar next
  to the step it unblocks; it is written as soon as it is planned (E2).
- Steps whose window closed, or that the ledger holds as sent, dismissed or
  expired, or whose draft is written, do not wait: they raise no question.
- The person the user names is the only recipient of the application's drafts
  from then on (the user chose; nobody is added next to them). The question
  then becomes moot (E3) and the drafts are written at the next cycle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from policy.addressing import addresses_seen, language_of, recipients
from policy.candidate import Candidate, Moot, Proposal
from policy.keys import step_key
from policy.model import Application, Ledger, Message, StepKind, StepStatus
from policy.settings import Settings
from policy.step_build import window_closed

_DONE = (StepStatus.SENT, StepStatus.DISMISSED, StepStatus.EXPIRED)


def ask_for_contacts(
    proposal: Proposal, application: Application, messages: Sequence[Message],
    ledger: Ledger, now: datetime, settings: Settings,
) -> Proposal:
    """The proposal with every draft's recipients set, and the E1 question if one waits."""
    chosen = ledger.contacts.get(application.key)
    candidates = tuple(
        replace(c, recipients=recipients(
            application, c.interview, c.answer_to, messages, settings, chosen
        )) if c.kind.has_draft else c
        for c in proposal.candidates
    )
    waiting = [c for c in candidates if c.waits_contact and _may_wait(c, ledger, now)]
    moot = proposal.moot
    if chosen is not None:
        moot += tuple(
            Moot(step_key(application.key, number, StepKind.CONTACT_NEEDED),
                 f"E1: you named {chosen.email} as the person to write to")
            for number in range(1, len(application.interviews) + 1)
        )
    asked = (_question(waiting, application, messages, settings),) if waiting else ()
    return Proposal(candidates + asked, moot)


def _may_wait(candidate: Candidate, ledger: Ledger, now: datetime) -> bool:
    entry = ledger.get(candidate.key)
    if entry is not None and (entry.status in _DONE or entry.draft_written):
        return False
    return not window_closed(candidate, now)


def _question(
    waiting: list[Candidate], application: Application, messages: Sequence[Message],
    settings: Settings,
) -> Candidate:
    first = min(waiting, key=lambda c: (c.due, c.key))
    language = language_of(application, messages, settings)
    seen = addresses_seen(application, first.interview, messages, settings, language)
    kinds = tuple(dict.fromkeys(c.kind.value for c in sorted(waiting, key=lambda c: c.due)))
    shown = ", ".join(k.replace("_", "-") for k in kinds)
    reason = (
        f"E1: no person to write to is known for {application.company} "
        f"({len(seen)} address(es) seen, none personal): the {shown} draft(s) wait "
        f"until you name one with relance contact"
    )
    context = replace(
        first.context, reason=reason, due=first.due, window_end=None,
        application_key=application.key,
        addresses_seen=tuple(f"{a.email}: {why}" for a, why in seen),
        waiting_steps=kinds,
    )
    return Candidate(
        key=step_key(application.key, first.round, StepKind.CONTACT_NEEDED),
        kind=StepKind.CONTACT_NEEDED, application=application.key, round=first.round,
        due=first.due, reason=reason, context=context, interview=first.interview,
    )
