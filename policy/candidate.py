"""What a section of the rulebook proposes, before the ledger is consulted.

A `Candidate` is a step the rules want to exist now (with its due date,
window and texts' context); a `Moot` note says why a step of the same key no
longer applies, so that a CANCEL carries a reason the user can read (F4).
The planner turns both into `Step` values against the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from policy.drafts.context import DraftContext
from policy.model import Address, Interview, Message, StepKind


@dataclass(frozen=True)
class Candidate:
    key: str
    kind: StepKind
    application: str
    round: int
    due: datetime
    reason: str
    context: DraftContext
    interview: Interview  # the interview of the round: recipients, phone
    window_end: datetime | None = None  # after it, never written (B1, D1)
    event_minutes: int | None = None  # None: settings.event_minutes
    answer_to: Message | None = None  # the message a draft answers first (D1, D2)
    # The rule's own due when the step was planned late (policy.catch_up): its draft
    # falls due then, while `due` (its event) is the catch-up time.
    rule_due: datetime | None = None
    # E1: who the draft goes to, when already worked out (policy.contact_question);
    # () means nobody personal is known: the draft waits for `relance contact`.
    recipients: tuple[Address, ...] | None = None

    @property
    def waits_contact(self) -> bool:
        return self.kind.has_draft and self.recipients == ()


@dataclass(frozen=True)
class Moot:
    key: str
    reason: str


@dataclass(frozen=True)
class Proposal:
    candidates: tuple[Candidate, ...] = ()
    moot: tuple[Moot, ...] = field(default=())

    def __add__(self, other: Proposal) -> Proposal:
        return Proposal(self.candidates + other.candidates, self.moot + other.moot)
