"""The question on a reply relance cannot read with confidence (RULES.md C2, F1, F4).

Decisions:
- One question per round, for the latest unsure reply of the application's
  last round that no confident reply superseded (`policy.replies_effects`).
  A round the next interview started needs no answer any more: the new
  interview says what the reply was.
- An event for the user alone (no draft), due at the reply's own time, or
  right away when relance reads the reply later (`policy.catch_up`). It
  carries the reply's subject and date, the tentative reading with its
  probability and reasons, and the exact command line that answers it.
- The command names the message (`--message ID`): an answer given after a
  newer reply arrived still reads the message it was asked about.
- Once the user's reading is in (`policy.readings`), the question is moot
  and removed (E3); the plan follows the reading from then on.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from policy.candidate import Candidate, Moot, Proposal
from policy.catch_up import caught_up
from policy.contact_log import RoundPeriod
from policy.drafts.context import DraftContext
from policy.keys import step_key
from policy.model import Ledger, Message, StepKind
from policy.reason_text import message_text
from policy.settings import Settings
from policy.words import Msg
from policy.workdays import local_date, user_zone

KIND = StepKind.CONFIRM_READING


def confirm_command(application: str, message: Message) -> str:
    """The command line that records the user's reading of `message`; WORD to replace."""
    return (
        f"relance confirm {shlex.quote(application)} WORD --message {shlex.quote(message.id)}"
    )


def question_proposal(
    application: str, periods: Sequence[RoundPeriod], unsure: Message | None,
    context: DraftContext, ledger: Ledger, now: datetime, settings: Settings,
) -> Proposal:
    """The question for the last round's unsure reply, and why the other rounds need none."""
    if not periods:
        return Proposal()
    last = periods[-1]
    moot = tuple(
        Moot(step_key(application, p.number, KIND),
             f"A5: round {p.number + 1} started: no reply of round {p.number} waits for you")
        for p in periods[:-1]
    )
    key = step_key(application, last.number, KIND)
    if unsure is None:
        done = f"C2: no reply of round {last.number} waits for your reading"
        return Proposal(moot=(*moot, Moot(key, done)))
    found = unsure.classification
    assert found is not None
    command = confirm_command(application, unsure)
    reason = Msg(
        "C2: relance is not sure how to read the {message}: {label} at {confidence}%, below "
        "the {threshold}% threshold; B5: no follow-up until you say what it means: {command}",
        message=message_text(unsure, settings), label=found.label.value,
        confidence=round(found.confidence * 100),
        threshold=round(settings.confidence_threshold * 100), command=command,
    )
    due = unsure.date.astimezone(user_zone(settings))
    asked = replace(
        context, reason=reason, due=due, reply_subject=unsure.subject,
        reply_date=local_date(unsure.date, settings), reading=found.label.value,
        reading_confidence=found.confidence, reading_reasons=found.reasons,
        confirm_command=command,
    )
    candidate = caught_up(Candidate(
        key=key, kind=KIND, application=application, round=last.number, due=due,
        reason=reason, context=asked, interview=last.interview,
    ), ledger.get(key), now, settings)
    return Proposal(candidates=(candidate,), moot=moot)
