"""Render a step's draft or event from the user's override or the built-in text."""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from policy.drafts import builtin_en, builtin_fr
from policy.drafts.context import DraftContext
from policy.drafts.errors import TemplateError
from policy.drafts.sanitize import clean_body, subject_line
from policy.drafts.syntax import TemplateName, check_template, split
from policy.drafts.values import placeholder_values
from policy.model import Language, StepKind
from policy.settings import Settings


@dataclass(frozen=True)
class RenderedDraft:
    subject: str  # one line
    body: str  # plain text, LF line ends


@dataclass(frozen=True)
class RenderedEvent:
    title: str  # one line
    description: str


_BUILTIN: dict[tuple[Language, bool], dict[str, str]] = {
    ("fr", False): builtin_fr.DRAFTS,
    ("fr", True): builtin_fr.EVENTS,
    ("en", False): builtin_en.DRAFTS,
    ("en", True): builtin_en.EVENTS,
}


def builtin_source(name: TemplateName) -> str:
    return _BUILTIN[name.language, name.is_event][name.kind.value]


def _render(name: TemplateName, context: DraftContext, settings: Settings) -> tuple[str, str]:
    source = settings.template_overrides.get(str(name))
    if source is None:
        source = builtin_source(name)
    check_template(str(name), source)
    head, body = split(name, source)
    values = placeholder_values(name.kind, name.language, context, settings.user_name)
    subject = subject_line(Template(head).substitute(values))
    if not subject:  # a user subject made only of placeholders the context lacks
        builtin_head, _ = split(name, builtin_source(name))
        subject = subject_line(Template(builtin_head).substitute(values))
    return subject, clean_body(Template(body).substitute(values))


def render_draft(
    kind: StepKind, language: Language, context: DraftContext, settings: Settings
) -> RenderedDraft:
    """The draft of a step kind that has one (B1, B2, D1-D4), in `language`."""
    if not kind.has_draft:
        raise TemplateError(f"template {kind.value}.{language}: {kind.value} has no draft")
    subject, body = _render(TemplateName(kind, language, is_event=False), context, settings)
    return RenderedDraft(subject=subject, body=body)


def render_event(
    kind: StepKind, language: Language, context: DraftContext, settings: Settings
) -> RenderedEvent:
    """The calendar event of any step kind, in `language` (E2, A4, B3, D5)."""
    title, description = _render(TemplateName(kind, language, is_event=True), context, settings)
    return RenderedEvent(title=title, description=description)


def check_all(settings: Settings) -> list[str]:
    """A readable problem for every user override that cannot be used."""
    problems = []
    for name, source in sorted(settings.template_overrides.items()):
        try:
            check_template(name, source)
        except TemplateError as error:
            problems.append(str(error))
    return problems
