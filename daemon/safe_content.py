"""What relance writes, made safe just before it is written (rule E2: drafts
and events are the user's to read; they must show what they say).

Every text a step carries may hold what a recruiter's mail or an event held:
markup, control characters, bidi overrides, a 130 KB subject. The step is
cleaned here, once, before its content hash is taken, so what is written and
what is compared later are the same text (a cleaned draft never reads as
"changed by the user"). The rules themselves live in `policy.safe_text`.
"""

from __future__ import annotations

from dataclasses import replace

from policy.model import Address, DraftSpec, EventSpec, Step
from policy.safe_text import NAME_LIMIT, SUBJECT_LIMIT, TITLE_LIMIT, plain_line, plain_text

BODY_LIMIT = 100_000  # characters: the user's to edit, but bounded like everything written


def safe_step(step: Step) -> Step:
    event = step.event and _safe_event(step.event)
    draft = step.draft and _safe_draft(step.draft)
    if event == step.event and draft == step.draft:
        return step
    return replace(step, event=event, draft=draft)


def _safe_event(spec: EventSpec) -> EventSpec:
    return replace(spec, title=plain_line(spec.title, TITLE_LIMIT),
                   description=plain_text(spec.description))


def _safe_draft(spec: DraftSpec) -> DraftSpec:
    return replace(
        spec, subject=plain_line(spec.subject, SUBJECT_LIMIT),
        body=plain_text(spec.body, BODY_LIMIT), to=tuple(_safe_address(a) for a in spec.to),
    )


def _safe_address(address: Address) -> Address:
    name = plain_line(address.name, NAME_LIMIT) if address.name else None
    return Address(address.email, name or None)
