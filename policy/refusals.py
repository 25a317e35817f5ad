"""Section D: after a refusal (RULES.md D1-D5, C2 rejection labels).

Decisions:
- The refusal answered is the latest refusal of the application's last round
  (a refusal followed by a new interview is superseded by it). Its steps take
  that round's number in their keys.
- Labels: generic → D1; future opening → D1 and D3; missing skills → D2 (on
  request) and D4; categorical → nothing (D5).
- D1 is due at the refusal's own time (the draft is ready at once); its window
  closes at the end of the refusal's day + `feedback_window_days`. relance
  reads a refusal after its time: D1, D2 and the D5 information event are
  planned late and moved to their catch-up time (`policy.catch_up`): D1 and D2
  to the next morning slot, the D5 event to `now`.
- D2 is asked for with `relance clarify` (the ledger's `skills_requests`) or
  by the user tag `CLARIFY_TAG` on the refusal message (case-insensitive, the
  same in French and English). It is due at the refusal's time, so that its key
  and due stay stable whenever the request arrives.
- D3/D4 fall on the morning of a business day (moved forward when needed). D4
  counts calendar months, the day clamped to the month's length.
- D5: a categorical refusal, or `unanswered_attempts_stop` attempts of the
  user since the refusal without a reply after them, end everything. A
  discriminatory refusal gets no draft at all, only the information event for
  the user, due at the refusal's time.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from policy.candidate import Candidate, Moot, Proposal
from policy.catch_up import caught_up
from policy.contact_log import RoundPeriod
from policy.drafts.context import DraftContext
from policy.keys import step_key
from policy.model import Label, Ledger, Message, StepKind
from policy.reason_text import message_text
from policy.settings import Settings
from policy.words import Msg
from policy.workdays import (
    add_business_days,
    at,
    end_of_day,
    local_date,
    on_or_next_business_day,
    user_zone,
)

CLARIFY_TAG = "relance:clarify"

D_KINDS = (
    StepKind.FEEDBACK_REQUEST, StepKind.SKILLS_CLARIFICATION, StepKind.FUTURE_OPENING,
    StepKind.REAPPLY, StepKind.DISCRIMINATION_INFO,
)


@dataclass(frozen=True)
class RefusalInput:
    application: str
    period: RoundPeriod
    refusal: Message
    categorical: Message | None
    discriminatory: Message | None
    unanswered_attempts: int  # the user's contact attempts since the refusal, unanswered
    clarify_requested: bool  # the application is in the ledger's skills_requests
    context: DraftContext
    settings: Settings
    now: datetime
    ledger: Ledger  # for steps planned late (policy.catch_up)

    def key(self, kind: StepKind) -> str:
        return step_key(self.application, self.period.number, kind)

    def candidate(
        self, kind: StepKind, due: datetime, reason: str, window_end: datetime | None = None
    ) -> Candidate:
        answer_to = self.refusal if kind in _ANSWERS else None
        return caught_up(Candidate(
            key=self.key(kind), kind=kind, application=self.application,
            round=self.period.number, due=due, reason=reason,
            context=replace(self.context, reason=reason, due=due),
            interview=self.period.interview, window_end=window_end, answer_to=answer_to,
        ), self.ledger.get(self.key(kind)), self.now, self.settings)


_ANSWERS = (StepKind.FEEDBACK_REQUEST, StepKind.SKILLS_CLARIFICATION)


def add_months(day: date, months: int) -> date:
    years, month0 = divmod(day.month - 1 + months, 12)
    year = day.year + years
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def refusal_proposal(r: RefusalInput) -> Proposal:
    stop = _never_again(r)
    if stop is not None:
        kinds = [k for k in D_KINDS if k is not StepKind.DISCRIMINATION_INFO]
        moot = tuple(Moot(r.key(k), stop) for k in kinds)
        return Proposal(candidates=_discrimination_info(r), moot=moot)
    label = r.refusal.classification.label if r.refusal.classification else Label.OTHER
    wanted = _WANTED.get(label, ())
    candidates = tuple(c for kind in wanted for c in _BUILDERS[kind](r))
    where = message_text(r.refusal, r.settings)
    not_wanted = Msg("D: not a step for a {label} refusal ({where})", label=label.value,
                     where=where)
    moot = tuple(Moot(r.key(k), not_wanted) for k in D_KINDS if k not in wanted)
    return Proposal(candidates=candidates, moot=moot)


def _never_again(r: RefusalInput) -> str | None:
    s = r.settings
    if r.discriminatory is not None:
        return Msg("D5: the refusal may give a discriminatory reason ({where})",
                   where=message_text(r.discriminatory, s))
    if r.categorical is not None:
        return Msg("D5: categorical refusal ({where}): never re-contact",
                   where=message_text(r.categorical, s))
    if r.unanswered_attempts >= s.unanswered_attempts_stop:
        return Msg("D5: {n} contact attempts since the refusal of {day} got no answer: "
                   "never re-contact", n=r.unanswered_attempts, day=local_date(r.refusal.date, s))
    return None


def _refused_at(r: RefusalInput, message: Message | None = None) -> datetime:
    return (message or r.refusal).date.astimezone(user_zone(r.settings))


def _discrimination_info(r: RefusalInput) -> tuple[Candidate, ...]:
    if r.discriminatory is None:
        return ()
    reason = Msg(
        "D5: the refusal ({where}) may give a reason forbidden by law: no draft to the "
        "recruiter; the Défenseur des droits can be referred to "
        "(www.defenseurdesdroits.fr, 3928)", where=message_text(r.discriminatory, r.settings),
    )
    due = _refused_at(r, r.discriminatory)
    return (r.candidate(StepKind.DISCRIMINATION_INFO, due, reason),)


def _feedback(r: RefusalInput) -> tuple[Candidate, ...]:
    day = local_date(r.refusal.date, r.settings)
    closes = day + timedelta(days=r.settings.feedback_window_days)
    reason = Msg("D1: ask for feedback on the refusal ({where}); never proposed after {day}",
                 where=message_text(r.refusal, r.settings), day=closes)
    window_end = end_of_day(closes, r.settings)
    return (r.candidate(StepKind.FEEDBACK_REQUEST, _refused_at(r), reason, window_end),)


def _clarify(r: RefusalInput) -> tuple[Candidate, ...]:
    tagged = any(t.casefold() == CLARIFY_TAG for t in r.refusal.tags)
    if not (tagged or r.clarify_requested):
        return ()
    how: str = Msg('tag "{tag}"', tag=CLARIFY_TAG) if tagged else "relance clarify"
    reason = Msg(
        "D2: you asked ({how}) to state the skill the refusal says is missing ({where}); "
        "no new interview is asked", how=how, where=message_text(r.refusal, r.settings),
    )
    return (r.candidate(StepKind.SKILLS_CLARIFICATION, _refused_at(r), reason),)


def _future_opening(r: RefusalInput) -> tuple[Candidate, ...]:
    s, refusal = r.settings, r.refusal
    day = local_date(refusal.date, s)
    found = refusal.classification
    where = message_text(refusal, s)
    if found is not None and found.opening_now:
        when = add_business_days(day, s.future_opening_now_business_days, s)
        why = Msg("other posts are open now: {n} business days",
                  n=s.future_opening_now_business_days)
    elif found is not None and found.stated_date is not None:
        lead = found.stated_date - timedelta(days=s.future_opening_lead_days)
        when = max(lead, day + timedelta(days=s.future_opening_min_days))
        why = Msg(
            "{lead} days before the opening of {day}, at least {least} days after the refusal",
            lead=s.future_opening_lead_days, day=found.stated_date,
            least=s.future_opening_min_days,
        )
    else:
        when = day + timedelta(days=s.future_opening_default_days)
        why = Msg("no date stated: {n} days after the refusal", n=s.future_opening_default_days)
    due = at(on_or_next_business_day(when, s), s.morning_hour, s)
    reason = Msg("D3: the refusal keeps the door open ({where}); reminder {why}",
                 where=where, why=why)
    return (r.candidate(StepKind.FUTURE_OPENING, due, reason),)


def _reapply(r: RefusalInput) -> tuple[Candidate, ...]:
    s = r.settings
    when = add_months(local_date(r.refusal.date, s), s.reapply_months)
    due = at(on_or_next_business_day(when, s), s.morning_hour, s)
    reason = Msg("D4: re-apply {n} months after the skills refusal ({where}), to the person met",
                 n=s.reapply_months, where=message_text(r.refusal, s))
    return (r.candidate(StepKind.REAPPLY, due, reason),)


_WANTED: dict[Label, tuple[StepKind, ...]] = {
    Label.REJECTION_GENERIC: (StepKind.FEEDBACK_REQUEST,),
    Label.REJECTION_FUTURE_OPENING: (StepKind.FEEDBACK_REQUEST, StepKind.FUTURE_OPENING),
    Label.REJECTION_WITH_REASON_SKILLS: (StepKind.SKILLS_CLARIFICATION, StepKind.REAPPLY),
}

_BUILDERS = {
    StepKind.FEEDBACK_REQUEST: _feedback,
    StepKind.SKILLS_CLARIFICATION: _clarify,
    StepKind.FUTURE_OPENING: _future_opening,
    StepKind.REAPPLY: _reapply,
}


def unanswered_attempts(
    refusal: Message, attempts: Sequence[Message], replies: Sequence[Message], sent_unseen: int
) -> int:
    """D5: the user's attempts since the refusal that no reply followed.

    `sent_unseen` counts relance drafts the ledger marks SENT for the refusal's
    steps whose mail was not read: they count as unanswered unless a reply came
    after the refusal."""
    answered_at = max((m.date for m in replies if m.date > refusal.date), default=None)
    since = answered_at or refusal.date
    count = sum(1 for m in attempts if m.date > since)
    return count + (sent_unseen if answered_at is None else 0)
