"""Template names, layout and placeholders, checked before any rendering.

Templates use `string.Template` ($company, ${interview_date}, $$ for a
dollar): substitution only, no attribute access, no calls, no loops, so a
user template cannot run code. Anything else after a `$` is refused with the
phrase at fault; `{{ … }}` or `{% … %}` is plain text.

Layout: first line `Subject: …` (draft) or `Title: …` (event), a blank
line, then the body. Names: "follow_up.fr" for a draft, "event.call.fr" for
an event, as keyed in `Settings.template_overrides`.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from policy.drafts.errors import TemplateError
from policy.drafts.forbidden import find_forbidden
from policy.drafts.values import PLACEHOLDERS
from policy.model import Language, StepKind

_LANGUAGES: tuple[Language, ...] = ("fr", "en")


@dataclass(frozen=True)
class TemplateName:
    kind: StepKind
    language: Language
    is_event: bool

    @property
    def header(self) -> str:
        return "Title:" if self.is_event else "Subject:"

    def __str__(self) -> str:
        prefix = "event." if self.is_event else ""
        return f"{prefix}{self.kind.value}.{self.language}"


def parse_name(name: str) -> TemplateName:
    parts = name.split(".")
    is_event = len(parts) == 3 and parts[0] == "event"
    if is_event:
        parts = parts[1:]
    kinds = {k.value: k for k in StepKind}
    if len(parts) != 2 or parts[0] not in kinds or parts[1] not in _LANGUAGES:
        raise TemplateError(
            f"template {name}: unknown template name; expected <kind>.<fr|en> for a draft "
            f"or event.<kind>.<fr|en> for an event, kind one of {', '.join(kinds)}"
        )
    kind = kinds[parts[0]]
    if not is_event and not kind.has_draft:
        raise TemplateError(
            f"template {name}: {kind.value} has no draft, only an event: "
            f"name it event.{kind.value}.{parts[1]}"
        )
    language: Language = "fr" if parts[1] == "fr" else "en"
    return TemplateName(kind, language, is_event)


def normalise(source: str) -> str:
    """Files written on any system: BOM and CR/LF line ends removed."""
    return source.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split(name: TemplateName, source: str) -> tuple[str, str]:
    """(subject or title, body) of a template laid out as the module says."""
    first, _, rest = normalise(source).partition("\n")
    if not first.casefold().startswith(name.header.casefold()):
        raise TemplateError(
            f"template {name}: the first line must be «{name.header} …», found «{first[:60]}»"
        )
    head = first[len(name.header):].strip()
    if not head:
        raise TemplateError(f"template {name}: the {name.header[:-1].lower()} line is empty")
    blank, _, body = rest.partition("\n")
    if blank.strip():
        raise TemplateError(
            f"template {name}: the line after «{name.header} …» must be blank, "
            f"found «{blank[:60]}»"
        )
    if not body.strip():
        raise TemplateError(f"template {name}: the body is empty")
    return head, body


def _check_placeholders(name: TemplateName, source: str) -> None:
    for match in Template.pattern.finditer(source):
        if match.group("invalid") is not None:
            phrase = source[match.start():match.start() + 30].split("\n")[0]
            raise TemplateError(
                f"template {name}: «{phrase}»: after $ write a placeholder name such as "
                f"$company or ${{company}}, or $$ for a dollar sign"
            )
        identifier = match.group("named") or match.group("braced")
        if identifier is not None and identifier not in PLACEHOLDERS:
            raise TemplateError(
                f"template {name}: unknown placeholder ${{{identifier}}}; known: "
                f"{', '.join(sorted(PLACEHOLDERS))}"
            )


def check_template(name: str, source: str) -> None:
    """Raise TemplateError naming the template and the phrase at fault, if any."""
    parsed = parse_name(name)
    head, body = split(parsed, source)
    _check_placeholders(parsed, head + "\n" + body)
    if parsed.is_event:
        return  # events speak to the user, who may be told what not to write
    found = find_forbidden(head + "\n" + body, parsed.kind)
    if found:
        phrase, rule = found
        raise TemplateError(f"template {parsed}: forbidden phrase «{phrase}»: {rule}")
