"""The one error of the drafts package."""

from __future__ import annotations


class TemplateError(ValueError):
    """A template that cannot be used: unknown name, bad syntax, unknown
    placeholder, or a phrase RULES.md forbids. The message names the template
    (e.g. ``follow_up.fr``) and the phrase at fault, so the user can fix it."""
