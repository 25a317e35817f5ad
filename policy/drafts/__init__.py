"""Draft and event texts for every step kind, French and English.

`render_draft` and `render_event` are the entry points; `DraftContext` is
everything a template may use. Built-in templates live in this package as
data; the user's overrides arrive already read, in the settings.
"""

from policy.drafts.context import DraftContext

__all__ = ["DraftContext"]
