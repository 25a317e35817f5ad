"""A candidate made into a WRITE step: its event always, its draft once due (RULES.md E1, E2).

The event starts at the step's due time in the user's zone and lasts
`event_minutes` (the debrief: `debrief_minutes`, right at the interview's end).
The draft is rendered only when the step falls due today or earlier and its
window is still open. A bad user template raises `TemplateError` from
`policy.drafts`; the daemon checks templates at start-up (`check_all`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta

from policy.addressing import Thread, contact_name, language_of, recipients, thread_of
from policy.candidate import Candidate
from policy.drafts import DraftContext, render_draft, render_event
from policy.model import (
    Action,
    Address,
    Application,
    DraftSpec,
    EventSpec,
    Language,
    Message,
    Step,
    StepKind,
)
from policy.settings import Settings
from policy.workdays import local_date, user_zone


def window_closed(candidate: Candidate, now: datetime) -> bool:
    return candidate.window_end is not None and now > candidate.window_end


def draft_due(candidate: Candidate, now: datetime, settings: Settings) -> bool:
    """E2: a draft is written on the day its step falls due, never after its window.

    A step planned late falls due on its rule's own day: its draft is written at once."""
    if not candidate.kind.has_draft or candidate.waits_contact or window_closed(candidate, now):
        return False
    due = candidate.rule_due or candidate.due
    return local_date(now, settings) >= local_date(due, settings)


def write_step(
    candidate: Candidate, application: Application, messages: Sequence[Message],
    now: datetime, settings: Settings,
) -> Step:
    language = language_of(application, messages, settings)
    to = candidate.recipients
    if to is None:
        to = recipients(application, candidate.interview, candidate.answer_to, messages, settings)
    context = replace(
        candidate.context, contact_name=contact_name(to) or candidate.context.contact_name
    )
    due = candidate.due.astimezone(user_zone(settings))
    thread = thread_of(candidate.answer_to, messages) if candidate.kind.has_draft else None
    draft = None
    if thread is not None and draft_due(candidate, now, settings):
        draft = _draft(candidate, context, language, to, thread, settings)
    return Step(
        key=candidate.key, kind=candidate.kind, action=Action.WRITE,
        application=candidate.application, round=candidate.round, due=due,
        reason=candidate.reason, window_end=candidate.window_end, language=language,
        recipients=to if candidate.kind.has_draft else (),
        thread_id=thread.thread_id if thread else None,
        event=_event(candidate, context, language, due, settings), draft=draft,
    )


def _event(
    candidate: Candidate, context: DraftContext, language: Language, due: datetime,
    settings: Settings,
) -> EventSpec:
    minutes = candidate.event_minutes or settings.event_minutes
    shown = render_event(candidate.kind, language, context, settings)
    return EventSpec(
        title=shown.title, start=due, end=due + timedelta(minutes=minutes),
        description=shown.description,
        alarm_minutes=settings.alarm_minutes if candidate.kind.asks_action else None,
        busy=candidate.kind is StepKind.CALL,  # B3: the call needs the user at that time
    )


def _draft(
    candidate: Candidate, context: DraftContext, language: Language, to: tuple[Address, ...],
    thread: Thread, settings: Settings,
) -> DraftSpec:
    text = render_draft(candidate.kind, language, context, settings)
    return DraftSpec(
        to=to, subject=thread.subject or text.subject, body=text.body, language=language,
        thread_id=thread.thread_id, in_reply_to=thread.in_reply_to,
        references=thread.references,
    )
