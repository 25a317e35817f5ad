"""No value from a calendar or a mailbox can break a subject, a title or the rendering."""

from __future__ import annotations

from datetime import date, datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from policy.drafts import DraftContext, TemplateError, check_template, render_draft, render_event
from policy.drafts.forbidden import find_forbidden
from policy.model import Language, StepKind
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
DRAFT_KINDS = [k for k in StepKind if k.has_draft]
LINE_BREAKS = ("\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def test_crlf_in_a_company_name_cannot_add_a_header_line() -> None:
    context = DraftContext(company="ACME\r\nBcc: everyone@example.com", contact_name="Jeanne\nX")
    draft = render_draft(StepKind.FOLLOW_UP, "fr", context, Settings())
    assert draft.subject == "Ma candidature chez ACME Bcc: everyone@example.com"
    assert draft.body.startswith("Bonjour Jeanne X,\n")
    event = render_event(StepKind.CALL, "en", context, Settings())
    assert "\n" not in event.title and "\r" not in event.title


def test_control_and_bidi_characters_are_dropped_from_values() -> None:
    context = DraftContext(company="AC\x00ME\u202egnp.exe\x1b[31m")
    subject = render_draft(StepKind.FEEDBACK_REQUEST, "en", context, Settings()).subject
    assert subject == "Your feedback on my application"
    body = render_draft(StepKind.FEEDBACK_REQUEST, "en", context, Settings()).body
    assert "\x00" not in body and "\u202e" not in body and "\x1b" not in body


def test_builtin_texts_with_placeholders_left_in_hold_no_forbidden_phrase() -> None:
    for kind in DRAFT_KINDS:
        for language in ("fr", "en"):
            draft = render_draft(kind, language, DraftContext(company="ACME"), Settings())
            assert find_forbidden(draft.subject + "\n" + draft.body, kind) is None


contexts = st.builds(
    DraftContext,
    company=st.text(),
    user_name=st.text(),
    position=st.none() | st.text(),
    contact_name=st.none() | st.text(),
    contact_phone=st.none() | st.text(),
    interview_date=st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    points=st.none() | st.text(),
    missing_lines=st.lists(st.text(), max_size=4).map(tuple),
    missing_skill=st.none() | st.text(),
    reason=st.text(),
    due=st.none() | st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(PARIS)
    ),
)
languages: st.SearchStrategy[Language] = st.sampled_from(["fr", "en"])


@settings(max_examples=200)
@given(kind=st.sampled_from(DRAFT_KINDS), language=languages, context=contexts)
def test_a_builtin_draft_always_renders_with_a_one_line_subject(
    kind: StepKind, language: Language, context: DraftContext
) -> None:
    draft = render_draft(kind, language, context, Settings())
    assert draft.subject and draft.subject == draft.subject.strip()
    assert not any(mark in draft.subject for mark in LINE_BREAKS)
    assert "\r" not in draft.body


@settings(max_examples=200)
@given(kind=st.sampled_from(list(StepKind)), language=languages, context=contexts)
def test_a_builtin_event_always_renders_with_a_one_line_title(
    kind: StepKind, language: Language, context: DraftContext
) -> None:
    event = render_event(kind, language, context, Settings())
    assert event.title and not any(mark in event.title for mark in LINE_BREAKS)


fragments = st.lists(
    st.sampled_from(["$", "$$", "{", "}", "{{", "}}", "${", "(", ")", ".", "_", " ", "\n", "\r",
                     "company", "greeting", "__class__", "os", "x", "é"])
    | st.text(max_size=5),
    max_size=20,
).map("".join)


@settings(max_examples=300)
@given(head=fragments, body=fragments, context=contexts)
def test_any_user_template_is_either_refused_clearly_or_rendered_on_one_line(
    head: str, body: str, context: DraftContext
) -> None:
    source = f"Subject: {head}\n\n{body}"
    try:
        check_template("reapply.en", source)
    except TemplateError as refused:
        assert str(refused).startswith("template reapply.en: ")
        return
    overrides = MappingProxyType({"reapply.en": source})
    draft = render_draft(StepKind.REAPPLY, "en", context, Settings(template_overrides=overrides))
    assert draft.subject and not any(mark in draft.subject for mark in LINE_BREAKS)
