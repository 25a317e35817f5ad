"""Draft and event texts for every step kind, French and English.

`render_draft` and `render_event` are the entry points; `DraftContext` is
everything a template may use. Built-in templates live in this package as
Python constants; the user's overrides arrive already read, in
`Settings.template_overrides` keyed "follow_up.fr" (drafts) or
"event.call.fr" (events). `check_template` / `check_all` validate them:
syntax, known placeholders, and the phrases RULES.md B2 and D2 forbid.
"""

from policy.drafts.context import DraftContext
from policy.drafts.errors import TemplateError
from policy.drafts.render import (
    RenderedDraft,
    RenderedEvent,
    check_all,
    render_draft,
    render_event,
)
from policy.drafts.syntax import check_template
from policy.drafts.values import FILL_IN_MARKERS, PLACEHOLDERS

__all__ = [
    "FILL_IN_MARKERS",
    "PLACEHOLDERS",
    "DraftContext",
    "RenderedDraft",
    "RenderedEvent",
    "TemplateError",
    "check_all",
    "check_template",
    "render_draft",
    "render_event",
]
