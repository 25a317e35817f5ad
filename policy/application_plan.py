"""Everything the rules want for one application, before the ledger is read.

Gathers the messages that count (C1), each as the user read it when the
user did (`policy.readings`), then asks section B for every round, section
D for a refusal of the last round, and the user for a reading of the last
round too unsure to act on (`policy.reading_question`); an opt-out (F1) or an
offer (C2) closes the application instead, with the reason every pending
step is cancelled with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from policy.addressing import contact_phone
from policy.annotations import missing_for_debrief
from policy.candidate import Moot, Proposal
from policy.contact_log import (
    RoundPeriod,
    application_messages,
    inbound_replies,
    round_periods,
    sent_keys,
    user_attempts,
)
from policy.drafts.context import DraftContext
from policy.keys import step_key
from policy.model import Application, Direction, Label, Ledger, Message, StepStatus
from policy.reading_question import question_proposal
from policy.readings import with_user_reading
from policy.reason_text import interview_text, message_text
from policy.refusals import D_KINDS, RefusalInput, refusal_proposal, unanswered_attempts
from policy.replies_effects import RoundReplies, offer_of, round_replies
from policy.rounds import RoundInput, round_proposal
from policy.settings import Settings
from policy.words import Msg
from policy.workdays import local_date


@dataclass(frozen=True)
class ApplicationPlan:
    application: Application
    messages: tuple[Message, ...]  # those that count (C1), oldest first
    proposal: Proposal
    closed: str | None = None  # why nothing more is planned: opt-out or offer
    offer: Message | None = None
    last_replies: RoundReplies = field(default_factory=RoundReplies)


def opted_out(application: Application) -> bool:
    return application.annotations.opt_out or any(
        i.annotations.opt_out for i in application.interviews
    )


def plan_application(
    application: Application, messages: Sequence[Message], ledger: Ledger,
    now: datetime, settings: Settings,
) -> ApplicationPlan:
    mine = tuple(
        with_user_reading(m, ledger) for m in application_messages(application, messages, settings)
    )
    if opted_out(application):
        return ApplicationPlan(application, mine, Proposal(), closed=Msg(
            "F1: you opted out of follow-ups for {company} (Relance : non)",
            company=application.company,
        ))
    offer = offer_of(inbound_replies(mine), settings)
    if offer is not None:
        closed = Msg("C2: offer received ({where}): application closed",
                     where=message_text(offer, settings))
        return ApplicationPlan(application, mine, Proposal(), closed=closed, offer=offer)
    periods = round_periods(application, settings)
    if not periods:
        return ApplicationPlan(application, mine, Proposal())
    proposal, last = _rounds(application, periods, mine, ledger, now, settings)
    if last.refusal is not None:
        proposal += _refusal(application, periods[-1], last, mine, ledger, now, settings)
    proposal += question_proposal(
        application.key, periods, last.unsure, round_context(application, periods[-1], settings),
        ledger, now, settings,
    )
    return ApplicationPlan(application, mine, proposal, last_replies=last)


def _rounds(
    application: Application, periods: tuple[RoundPeriod, ...], mine: tuple[Message, ...],
    ledger: Ledger, now: datetime, settings: Settings,
) -> tuple[Proposal, RoundReplies]:
    """Section B for every round; the last round's replies (for section D)."""
    # Every reading counts here: a confident `other` has no effect, an unsure one stops B2/B3.
    replies = [m for m in mine if m.direction is Direction.INBOUND and m.classification]
    sent = sent_keys(application, ledger, mine)
    attempts = user_attempts(mine, application, settings)
    proposal, last = Proposal(), RoundReplies()
    for period in periods:
        nxt = periods[period.number] if period.number < len(periods) else None
        last = round_replies([m for m in replies if period.holds(m.date)], settings)
        proposal += round_proposal(RoundInput(
            application=application.key, period=period, next_interview=nxt, replies=last,
            own_attempts=tuple(
                m for m in attempts if period.holds(m.date) and m.relance_key is None
            ),
            messages=mine, sent=sent,
            missing_lines=missing_for_debrief(period.interview.annotations),
            context=round_context(application, period, settings), now=now, settings=settings,
            ledger=ledger,
        ))
        if nxt is not None:
            proposal += _superseded_refusal_steps(application.key, period, nxt, settings)
    return proposal, last


def _superseded_refusal_steps(
    key: str, period: RoundPeriod, nxt: RoundPeriod, settings: Settings
) -> Proposal:
    """A5: a new interview after a refusal supersedes what section D had pending."""
    reason = Msg(
        "A5: the {interview} starts round {round}: what was pending for round {pending} is "
        "cancelled", interview=interview_text(nxt.interview, settings), round=nxt.number,
        pending=period.number,
    )
    return Proposal(moot=tuple(Moot(step_key(key, period.number, k), reason) for k in D_KINDS))


def round_context(
    application: Application, period: RoundPeriod, settings: Settings
) -> DraftContext:
    interview = period.interview
    notes = interview.annotations
    return DraftContext(
        company=application.company,
        user_name=settings.user_name,
        position=notes.position or application.annotations.position,
        contact_name=next((c.name for c in interview.contacts if c.name), None),
        contact_phone=contact_phone(interview, application),
        interview_date=local_date(interview.event.start, settings),
        interview_round=period.number,
        points=notes.points or application.annotations.points,
    )


def _refusal(
    application: Application, period: RoundPeriod, replies: RoundReplies,
    messages: tuple[Message, ...], ledger: Ledger, now: datetime, settings: Settings,
) -> Proposal:
    refusal = replies.refusal
    assert refusal is not None
    found = refusal.classification
    context = replace(
        round_context(application, period, settings),
        refusal_date=local_date(refusal.date, settings),
        missing_skill=found.missing_skill if found else None,
        opening_date=(
            found.stated_date
            if found and found.label is Label.REJECTION_FUTURE_OPENING else None
        ),
    )
    unanswered = unanswered_attempts(
        refusal, user_attempts(messages, application, settings),
        inbound_replies([m for m in messages if m.date > refusal.date]),
        _sent_unseen(application.key, period, messages, ledger),
    )
    return refusal_proposal(RefusalInput(
        application=application.key, period=period, refusal=refusal,
        categorical=replies.categorical, discriminatory=replies.discriminatory,
        unanswered_attempts=unanswered,
        clarify_requested=application.key in ledger.skills_requests,
        context=context, settings=settings, now=now, ledger=ledger,
    ))


def _sent_unseen(
    key: str, period: RoundPeriod, messages: tuple[Message, ...], ledger: Ledger
) -> int:
    """Section D drafts the ledger marks SENT whose mail was not read (D5 counts them)."""
    seen = {m.relance_key for m in messages if m.relance_key}
    d_keys = {step_key(key, period.number, k) for k in D_KINDS}
    return len({
        e.key for e in ledger.for_application(key)
        if e.status is StepStatus.SENT and e.key in d_keys and e.key not in seen
    })
