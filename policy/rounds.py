"""Section B for one interview round: debrief, thank-you, follow-up, call.

Decisions (RULES.md A4, A5, B1-B6):
- Slots in order: thank-you, follow-up, call. A user's own message to the
  contacts between the end of the interview and the close of the thank-you
  window fills the thank-you slot; any other own message of the round fills
  the follow-up slot (B4). A sent relance draft fills its own slot.
- The cap (B4): attempts already made in the round (own messages and sent
  drafts) plus the contact steps still planned never exceed
  `max_attempts_per_round`; the later slots give way first. An expired
  thank-you takes no slot.
- B5: a positive reply or a refusal ends the follow-up and the call; a
  refusal also ends the thank-you (a holding or positive reply keeps it).
- A5: once a later interview is in the calendar, this round's follow-up and
  call are moot; its thank-you stays until the next interview starts.
- B3 counts from the follow-up's sending (relance draft or own message), else
  from its due, as caught up when it was planned late (`policy.catch_up`):
  the call then comes 7 days after the follow-up's real slot. A holding
  reply pushes that base to the moved follow-up day.
  Without a phone number the call event still comes: its reason says to find
  the number first, and the event text has no number.
- The debrief (A4) sits right after the interview and is planned only until
  the thank-you window closes (no reminders for interviews long past).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from policy.b_timing import (
    ALL_DAY_DEBRIEF_HOUR,
    call_due,
    follow_up_day,
    thank_you_due,
    thank_you_window_end,
)
from policy.candidate import Candidate, Moot, Proposal
from policy.catch_up import caught_up
from policy.contact_log import RoundPeriod, sent_at
from policy.drafts.context import DraftContext
from policy.keys import step_key
from policy.model import Ledger, Message, StepKind
from policy.reason_text import interview_text, message_text, moment_text
from policy.replies_effects import RoundReplies, holding_follow_up
from policy.settings import Settings
from policy.words import Joined, Msg
from policy.workdays import at, local_date


@dataclass(frozen=True)
class RoundInput:
    application: str
    period: RoundPeriod
    next_interview: RoundPeriod | None
    replies: RoundReplies
    own_attempts: tuple[Message, ...]  # the user's own messages to the contacts in the round
    messages: tuple[Message, ...]  # all the application's messages that count
    sent: frozenset[str]  # keys of relance drafts the user sent
    missing_lines: tuple[str, ...]  # A4: lines the interview still lacks
    context: DraftContext
    now: datetime
    settings: Settings
    ledger: Ledger  # for steps planned late (policy.catch_up)

    def key(self, kind: StepKind) -> str:
        return step_key(self.application, self.period.number, kind)

    def candidate(
        self, kind: StepKind, due: datetime, reason: str,
        window_end: datetime | None = None, event_minutes: int | None = None,
    ) -> Candidate:
        context = replace(self.context, reason=reason, due=due, missing_lines=self.missing_lines)
        return caught_up(Candidate(
            key=self.key(kind), kind=kind, application=self.application,
            round=self.period.number, due=due, reason=reason, context=context,
            interview=self.period.interview, window_end=window_end, event_minutes=event_minutes,
        ), self.ledger.get(self.key(kind)), self.now, self.settings)


def round_proposal(r: RoundInput) -> Proposal:
    where: str = interview_text(r.period.interview, r.settings)
    day = local_date(r.period.interview.event.start, r.settings)
    window_end = thank_you_window_end(day, r.settings)
    proposal = _debrief(r, where, window_end)
    ty_mine = next(
        (m for m in r.own_attempts if r.period.end <= m.date <= window_end), None
    )
    made = len(r.own_attempts) + len(r.sent & {r.key(k) for k in _CONTACT_KINDS})
    ty, ty_counts = _thank_you(r, where, window_end, ty_mine, made)
    proposal += ty
    planned = made + int(ty_counts)
    fu_mine = next((m for m in r.own_attempts if m is not ty_mine), None)
    fu, fu_done_at, fu_counts = _follow_up(r, where, fu_mine, planned)
    proposal += fu
    planned += int(fu_counts)
    return proposal + _call(r, where, fu_done_at, planned)


_CONTACT_KINDS = (StepKind.THANK_YOU, StepKind.FOLLOW_UP, StepKind.CALL)


# A4's lines as the debrief's reason names them.
_LINE_NAMES = {"delay": Msg("delay"), "channel": Msg("channel"), "contact": Msg("contact")}


def _debrief(r: RoundInput, where: str, window_end: datetime) -> Proposal:
    key = r.key(StepKind.DEBRIEF)
    if not r.missing_lines:
        return Proposal(moot=(Moot(key, Msg("A4: the {where} notes delay, channel and contact",
                                            where=where)),))
    due = r.period.end
    if r.period.interview.event.all_day:
        due = at(local_date(r.period.end, r.settings), ALL_DAY_DEBRIEF_HOUR, r.settings)
    lines = Joined(tuple(_LINE_NAMES.get(line, line) for line in r.missing_lines))
    reason = Msg("A4: right after the {where}, note what it lacks: {lines}", where=where,
                 lines=lines)
    return Proposal(candidates=(r.candidate(
        StepKind.DEBRIEF, due, reason, window_end=window_end,
        event_minutes=r.settings.debrief_minutes,
    ),))


def _cap_note(r: RoundInput) -> str:
    return Msg("B4: {n} contact attempts already made or planned in round {round}: no more",
               n=r.settings.max_attempts_per_round, round=r.period.number)


def _thank_you(
    r: RoundInput, where: str, window_end: datetime, mine: Message | None, made: int
) -> tuple[Proposal, bool]:
    """The thank-you proposal, and whether it takes a contact slot."""
    key = r.key(StepKind.THANK_YOU)
    if key in r.sent:
        return Proposal(), False
    if mine is not None:
        note = Msg("B4: your {message} counts as the thank-you",
                   message=message_text(mine, r.settings))
        return Proposal(moot=(Moot(key, note),)), False
    stop = _thank_you_stop(r)
    if stop is not None:
        return Proposal(moot=(Moot(key, stop),)), False
    if made >= r.settings.max_attempts_per_round:
        return Proposal(moot=(Moot(key, _cap_note(r)),)), False
    due = thank_you_due(local_date(r.period.interview.event.start, r.settings), r.settings)
    reason = Msg("B1: thank-you the business day after the {where}; never proposed after {day}",
                 where=where, day=window_end.date())
    candidate = r.candidate(StepKind.THANK_YOU, due, reason, window_end=window_end)
    return Proposal(candidates=(candidate,)), r.now <= window_end


def _thank_you_stop(r: RoundInput) -> str | None:
    refusal = r.replies.refusal
    if refusal is not None:
        return Msg("B5: the recruiter answered ({message})",
                   message=message_text(refusal, r.settings))
    nxt = r.next_interview
    if nxt is not None and r.now >= nxt.start:
        return Msg("A5: the {interview} started round {round}",
                   interview=interview_text(nxt.interview, r.settings), round=nxt.number)
    return None


def _sequence_stop(r: RoundInput) -> str | None:
    stop = r.replies.stopped_by
    if stop is not None and stop is r.replies.unsure:
        return (
            f"B5: the recruiter answered ({message_text(stop, r.settings)}); relance is not "
            "sure how to read it and waits for your reading (relance confirm)"
        )
    if stop is not None:
        return Msg("B5: the recruiter answered ({message})",
                   message=message_text(stop, r.settings))
    nxt = r.next_interview
    if nxt is not None:
        return Msg("A5: the {interview} starts round {round}",
                   interview=interview_text(nxt.interview, r.settings), round=nxt.number)
    return None


def _follow_up(
    r: RoundInput, where: str, mine: Message | None, planned: int
) -> tuple[Proposal, datetime | None, bool]:
    """The follow-up proposal, when it was done or is due (for B3), whether it takes a slot."""
    key = r.key(StepKind.FOLLOW_UP)
    stop = _sequence_stop(r)
    if stop is not None:
        return Proposal(moot=(Moot(key, stop),)), None, False
    if key in r.sent:
        return Proposal(), sent_at(key, r.messages) or _sent_due(r, where), False
    if mine is not None:
        note = Msg("B4: your {message} counts as the follow-up",
                   message=message_text(mine, r.settings))
        return Proposal(moot=(Moot(key, note),)), mine.date, False
    if planned >= r.settings.max_attempts_per_round:
        return Proposal(moot=(Moot(key, _cap_note(r)),)), None, False
    candidate = r.candidate(StepKind.FOLLOW_UP, *_follow_up_due(r, where))
    return Proposal(candidates=(candidate,)), candidate.due, True


def _sent_due(r: RoundInput, where: str) -> datetime:
    """A sent follow-up whose mail was not read: its due, as caught up if it was."""
    due = _follow_up_due(r, where)[0]
    entry = r.ledger.get(r.key(StepKind.FOLLOW_UP))
    return max(due, entry.due) if entry is not None else due


def _follow_up_due(r: RoundInput, where: str) -> tuple[datetime, str]:
    if r.replies.holding is not None:
        day, reason = holding_follow_up(r.replies.holding, r.settings)
        return at(day, r.settings.morning_hour, r.settings), reason
    interview_day = local_date(r.period.interview.event.start, r.settings)
    day, why = follow_up_day(interview_day, r.period.interview.annotations, r.settings)
    reason = Msg("B2: follow-up {why}; {where}", why=why, where=where)
    return at(day, r.settings.morning_hour, r.settings), reason


def _call(r: RoundInput, where: str, follow_up_at: datetime | None, planned: int) -> Proposal:
    key = r.key(StepKind.CALL)
    stop = _sequence_stop(r)
    if stop is not None:
        return Proposal(moot=(Moot(key, stop),))
    if key in r.sent:
        return Proposal()
    if planned >= r.settings.max_attempts_per_round or follow_up_at is None:
        return Proposal(moot=(Moot(key, _cap_note(r)),))
    if r.replies.holding is not None:
        # C2: "B3 recomputed": a holding reply after the follow-up pushes the call too.
        day, _ = holding_follow_up(r.replies.holding, r.settings)
        follow_up_at = max(follow_up_at, at(day, r.settings.morning_hour, r.settings))
    due = call_due(follow_up_at, r.settings)
    phone = r.context.contact_phone or Msg("find the number first")
    reason = Msg(
        "B3: call ({phone}) {days} days after the follow-up of {moment} if the recruiter is "
        "still silent; {where}", phone=phone, days=r.settings.call_after_days,
        moment=moment_text(follow_up_at, r.settings), where=where,
    )
    return Proposal(candidates=(r.candidate(StepKind.CALL, due, reason),))
