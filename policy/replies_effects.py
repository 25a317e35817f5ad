"""What the recruiter's replies do to a round (RULES.md B5, C2 effects table).

Decisions:
- `holding` keeps B1; the latest holding reply of the round moves B2 to the
  business day after its stated date, or to the message's date + the
  holding default, moved to a business day; B3 follows the moved B2.
- `positive_next_step` is sticky for its round: B2 and B3 are cancelled and
  a later holding reply of the same round does not bring them back; the next
  interview event starts a new round.
- `offer` anywhere after the first interview closes the whole application.
- A refusal ends the B sequence of its round (B5); the latest refusal of the
  round is the one section D answers, but a categorical or discriminatory one
  anywhere in the round wins (D5).
- `other` and unclassified inbound messages have no effect.
- A reading below `confidence_threshold` (`policy.readings`) has none of the
  effects of its label: it ends B2/B3 like a refusal would (B5: never a
  follow-up to someone who may have said no) and waits for the user's
  reading; B1 stays, as for any reply that is not a refusal. A later reply of
  the round read with confidence (not `other`) supersedes it; an unsure offer
  closes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from policy.model import Label, Message
from policy.readings import is_unsure
from policy.reason_text import message_text
from policy.settings import Settings
from policy.words import Msg
from policy.workdays import local_date, next_business_day, on_or_next_business_day


@dataclass(frozen=True)
class RoundReplies:
    holding: Message | None = None  # the latest holding reply
    positive: Message | None = None  # the first invitation to a next step
    refusal: Message | None = None  # the latest refusal
    categorical: Message | None = None  # D5, first one
    discriminatory: Message | None = None  # D5, first one
    unsure: Message | None = None  # the latest reply too unsure to read, not superseded

    @property
    def stopped_by(self) -> Message | None:
        """The reply that ends the round's B2/B3 (B5), if any."""
        stops = [m for m in (self.positive, self.refusal, self.unsure) if m is not None]
        return min(stops, key=lambda m: m.date) if stops else None


def _label(message: Message) -> Label:
    return message.classification.label if message.classification else Label.OTHER


def round_replies(replies: Sequence[Message], settings: Settings) -> RoundReplies:
    """Fold the round's labelled inbound replies, oldest first."""
    result = RoundReplies()
    for message in replies:
        label = _label(message)
        if is_unsure(message, settings):
            result = _with(result, unsure=message)
            continue
        if label is not Label.OTHER and result.unsure is not None:
            result = _with(result, unsure=None)
        if label is Label.HOLDING:
            result = _with(result, holding=message)
        elif label is Label.POSITIVE_NEXT_STEP and result.positive is None:
            result = _with(result, positive=message)
        elif label.is_rejection:
            result = _with(result, refusal=message)
            if label is Label.REJECTION_CATEGORICAL and result.categorical is None:
                result = _with(result, categorical=message)
            if message.classification and message.classification.discriminatory:
                result = result if result.discriminatory else _with(result, discriminatory=message)
    return result


def _with(replies: RoundReplies, **changes: Message | None) -> RoundReplies:
    values = {
        "holding": replies.holding, "positive": replies.positive, "refusal": replies.refusal,
        "categorical": replies.categorical, "discriminatory": replies.discriminatory,
        "unsure": replies.unsure,
    }
    values.update(changes)
    return RoundReplies(**values)


def offer_of(replies: Sequence[Message], settings: Settings) -> Message | None:
    return next(
        (m for m in replies if _label(m) is Label.OFFER and not is_unsure(m, settings)), None
    )


def holding_follow_up(holding: Message, settings: Settings) -> tuple[date, str]:
    """C2 holding: the new B2 day and why."""
    stated = holding.classification.stated_date if holding.classification else None
    where = message_text(holding, settings)
    if stated is not None:
        day = next_business_day(stated, settings)
        return day, Msg(
            "C2: holding reply ({where}) announces an answer by {day}: "
            "follow-up the next business day", where=where, day=stated,
        )
    base = local_date(holding.date, settings) + timedelta(days=settings.holding_default_days)
    day = on_or_next_business_day(base, settings)
    return day, Msg(
        "C2: holding reply ({where}) without a date: follow-up {n} days after it",
        where=where, n=settings.holding_default_days,
    )
