"""RULES.md A1, F4: the value `policy.interview_judge` gives each event.

A `Verdict` holds the outcome (an interview, not one, unsure), the evidence
for and against with their weights, and `likelihood`, the probability the
judge gives that the event is a job interview.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from policy.model import CalendarEvent


class Outcome(StrEnum):
    INTERVIEW = "interview"
    NOT_INTERVIEW = "not an interview"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Evidence:
    says: str  # readable: 'its title says "Entretien"'
    weight: float  # > 0 for an interview, < 0 against


@dataclass(frozen=True)
class Verdict:
    event: CalendarEvent
    outcome: Outcome
    likelihood: float  # the probability that the event is a job interview
    evidence: tuple[Evidence, ...]
    settled_by: str = ""  # set when a rule of step 1 or 2 decided, not the score
    score: float = 0.0  # the evidence summed, each part's evidence for capped

    @property
    def for_(self) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.weight > 0)

    @property
    def against(self) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.weight < 0)

    @property
    def confidence(self) -> float:
        """The probability that the outcome is right (unsure: of the likelier side)."""
        if self.outcome is Outcome.INTERVIEW:
            return self.likelihood
        if self.outcome is Outcome.NOT_INTERVIEW:
            return 1.0 - self.likelihood
        return max(self.likelihood, 1.0 - self.likelihood)

    @property
    def reason(self) -> str:
        """F4: why, in one line: what settled it, else the evidence for and against."""
        if self.settled_by:
            return self.settled_by
        pro = "; ".join(e.says for e in self.for_) or "no job word"
        con = "; ".join(e.says for e in self.against)
        return f"{pro}; but {con}" if con else pro


Part = tuple[list[Evidence], float]  # the evidence of one part of an event, and its cap
