"""Step keys: the idempotency key of every step the planner decides (RULES.md E3).

A key is built from the application key, the round number and the step kind,
e.g. ``acme:1:thank_you``. It never contains a date: a step whose due date
moves keeps its key, so the daemon updates what it wrote instead of writing
a second draft. Refusal steps (section D) take the round of the interview the
refusal answers.
"""

from __future__ import annotations

from policy.model import StepKind


def step_key(application: str, round_number: int, kind: StepKind) -> str:
    return f"{application}:{round_number}:{kind.value}"
