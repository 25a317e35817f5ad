"""The last check before a draft is written: a person in To:, or no draft (RULES.md E1).

The planner already leaves a draft unwritten when nobody personal is known
(`policy.contact_question`); this guard is the apply layer's own check, so
that no path (a user template, a future rule, a bug) can put an empty or
impersonal To: into the user's Drafts folder. A refused draft is logged with
REFUSED in the message and reported; its step waits like a step whose draft
is not due, and the test suite fails on any such log record.
"""

from __future__ import annotations

from policy.model import DraftSpec
from policy.personal import set_aside
from policy.settings import Settings

REFUSED = "draft refused: no personal recipient"


def refusal(spec: DraftSpec, settings: Settings) -> str | None:
    """Why this draft must not be written, or None when every recipient is a person."""
    if not spec.to:
        return "its To: is empty"
    for address in spec.to:
        why = set_aside(address.email, address.name, settings)
        if why is not None:
            return f"{address.email} is {why}"
    return None
