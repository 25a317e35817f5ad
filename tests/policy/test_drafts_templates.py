"""User templates: what is accepted, what is refused and how the user is told."""

from __future__ import annotations

import re
from types import MappingProxyType

import pytest

from policy.drafts import (
    DraftContext,
    TemplateError,
    check_all,
    check_template,
    render_draft,
    render_event,
)
from policy.drafts.render import builtin_source
from policy.drafts.syntax import TemplateName
from policy.model import Language, StepKind
from policy.settings import Settings

CONTEXT = DraftContext(company="ACME", contact_name="Jeanne Dupont", user_name="Marie Martin")


def with_overrides(**templates: str) -> Settings:
    return Settings(template_overrides=MappingProxyType(templates))


def follow_up(sentence: str) -> str:
    return f"Subject: Ma candidature – $company\n\n$greeting\n\n{sentence}\n\n$signature\n"


@pytest.mark.parametrize("kind", list(StepKind))
@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("is_event", [False, True])
def test_every_builtin_template_passes_its_own_checks(
    kind: StepKind, language: Language, is_event: bool
) -> None:
    if not is_event and not kind.has_draft:
        return
    name = TemplateName(kind, language, is_event)
    check_template(str(name), builtin_source(name))


def test_a_user_template_replaces_the_builtin_one() -> None:
    settings = with_overrides(**{"follow_up.fr": follow_up("Toujours partante pour $company !")})
    draft = render_draft(StepKind.FOLLOW_UP, "fr", CONTEXT, settings)
    assert draft.subject == "Ma candidature – ACME"
    assert draft.body == "Bonjour Jeanne Dupont,\n\nToujours partante pour ACME !\n\nMarie Martin\n"
    english = render_draft(StepKind.FOLLOW_UP, "en", CONTEXT, settings)
    assert english.subject == "My application at ACME"  # the override is for French only


def test_a_user_event_template_replaces_the_builtin_one() -> None:
    settings = with_overrides(**{"event.call.fr": "Title: Téléphoner à $company\n\nCourage.\n"})
    event = render_event(StepKind.CALL, "fr", CONTEXT, settings)
    assert (event.title, event.description) == ("Téléphoner à ACME", "Courage.\n")


def test_windows_line_ends_and_a_bom_are_accepted() -> None:
    source = "\ufeffSubject: Merci – $company\r\n\r\nMerci.\r\n$signature\r\n"
    settings = with_overrides(**{"thank_you.fr": source})
    draft = render_draft(StepKind.THANK_YOU, "fr", CONTEXT, settings)
    assert draft.subject == "Merci – ACME"
    assert draft.body == "Merci.\nMarie Martin\n"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("J'attends votre réponse avec impatience.", "J'attends votre réponse"),
        ("Dans l’attente de votre retour, je vous prie…", "Dans l’attente de"),
        ("DANS L'ATTENTE DE VOTRE REPONSE", "DANS L'ATTENTE DE"),
        ("Je reste dans l'attente d'un signe.", "reste dans l'attente"),
        ("Toujours sans nouvelles de votre part, je me permets…", "sans nouvelles"),
        ("En espérant recevoir de vos nouvelles.", "espérant recevoir de vos nouvelles"),
        ("Une autre entreprise m'a proposé un poste.", "autre entreprise"),
        ("J'ai reçu une autre offre.", "une autre offre"),
        ("I look forward to hearing from you.", "look forward to hearing"),
        ("I am waiting for your answer.", "am waiting"),
        ("I have received a competing offer.", "competing offer"),
        ("Another company offered me a job.", "Another company"),
    ],
)
def test_a_follow_up_template_that_waits_or_cites_another_offer_is_refused(
    sentence: str, phrase: str
) -> None:
    with pytest.raises(TemplateError) as refused:
        check_template("follow_up.fr", follow_up(sentence))
    message = str(refused.value)
    assert message.startswith("template follow_up.fr: forbidden phrase «")
    assert phrase in message
    assert "RULES.md B2" in message


@pytest.mark.parametrize("name", ["thank_you.en", "feedback_request.fr", "reapply.en"])
def test_every_draft_kind_is_checked(name: str) -> None:
    with pytest.raises(TemplateError, match=rf"template {re.escape(name)}: forbidden phrase"):
        check_template(name, follow_up("Looking forward to your reply."))


def test_rendering_with_a_forbidden_override_raises_rather_than_writing_it() -> None:
    settings = with_overrides(**{"follow_up.fr": follow_up("Je reste en attente.")})
    with pytest.raises(TemplateError, match=r"follow_up\.fr"):
        render_draft(StepKind.FOLLOW_UP, "fr", CONTEXT, settings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Je reste disponible pour la suite.",
        "J'ai vu que d'autres offres sont ouvertes chez vous.",
        "Au revoir, et merci.",
        "I remain available for the next steps.",
    ],
)
def test_ordinary_sentences_are_not_mistaken_for_forbidden_ones(sentence: str) -> None:
    check_template("skills_clarification.fr", follow_up(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Pourriez-vous me recevoir à nouveau ?",
        "Je serais ravie de vous revoir.",
        "Un nouvel entretien me permettrait de le montrer.",
        "Could we schedule a new interview?",
        "I would love to meet you again.",
    ],
)
def test_a_skills_clarification_never_asks_for_a_new_interview(sentence: str) -> None:
    with pytest.raises(TemplateError, match=r"RULES\.md D2"):
        check_template("skills_clarification.en", follow_up(sentence))


def test_a_future_opening_may_propose_a_new_meeting() -> None:
    sentence = "Pourrions-nous convenir d'un nouveau rendez-vous ?"
    check_template("future_opening.fr", follow_up(sentence))


def test_an_unknown_placeholder_is_named() -> None:
    with pytest.raises(TemplateError) as refused:
        check_template("thank_you.fr", follow_up("Merci $recruteur."))
    assert str(refused.value).startswith("template thank_you.fr: unknown placeholder ${recruteur}")


@pytest.mark.parametrize(
    "attempt",
    ["${company.__class__}", "${__import__('os').system('ls')}", "$ {company}", "Prix : 50$"],
)
def test_code_like_dollar_expressions_are_refused(attempt: str) -> None:
    with pytest.raises(TemplateError, match=r"template follow_up\.en: «\$"):
        check_template("follow_up.en", follow_up(attempt))


def test_attribute_access_after_a_placeholder_is_plain_text() -> None:
    settings = with_overrides(**{"follow_up.en": follow_up("$company.__class__ costs $$50")})
    body = render_draft(StepKind.FOLLOW_UP, "en", CONTEXT, settings).body
    assert "ACME.__class__ costs $50" in body


def test_jinja_and_format_syntax_stay_inert_text() -> None:
    source = follow_up("{{ company.__init__.__globals__ }} {company} {% for x in y %}")
    settings = with_overrides(**{"follow_up.en": source})
    body = render_draft(StepKind.FOLLOW_UP, "en", CONTEXT, settings).body
    assert "{{ company.__init__.__globals__ }} {company} {% for x in y %}" in body


@pytest.mark.parametrize(
    ("name", "source", "expected"),
    [
        ("follow_up.de", "Subject: x\n\nbody\n", "unknown template name"),
        ("call.fr", "Subject: x\n\nbody\n", "call has no draft, only an event"),
        ("follow_up.fr", "Objet: x\n\nbody\n", "the first line must be «Subject: …»"),
        ("event.call.fr", "Subject: x\n\nbody\n", "the first line must be «Title: …»"),
        ("follow_up.fr", "Subject:   \n\nbody\n", "the subject line is empty"),
        ("follow_up.fr", "Subject: x\nbody\n", "must be blank"),
        ("follow_up.fr", "Subject: x\n\n\n", "the body is empty"),
    ],
)
def test_badly_laid_out_templates_are_refused_with_a_reason(
    name: str, source: str, expected: str
) -> None:
    with pytest.raises(TemplateError) as refused:
        check_template(name, source)
    assert str(refused.value).startswith(f"template {name}: ")
    assert expected in str(refused.value)


def test_check_all_reports_every_bad_override_and_nothing_for_good_ones() -> None:
    settings = with_overrides(**{
        "follow_up.fr": follow_up("Dans l'attente de votre retour."),
        "thank_you.en": follow_up("Thanks, $nobody."),
        "reapply.fr": follow_up("Mon profil a changé."),
    })
    problems = check_all(settings)
    assert len(problems) == 2
    assert problems[0].startswith("template follow_up.fr: forbidden phrase")
    assert problems[1].startswith("template thank_you.en: unknown placeholder ${nobody}")
    assert check_all(Settings()) == []


def test_a_kind_without_draft_cannot_be_rendered_as_a_draft() -> None:
    with pytest.raises(TemplateError, match="call has no draft"):
        render_draft(StepKind.CALL, "fr", CONTEXT, Settings())
    assert issubclass(TemplateError, ValueError)


def test_an_empty_override_is_an_error_not_a_silent_fallback() -> None:
    settings = with_overrides(**{"thank_you.fr": ""})
    with pytest.raises(TemplateError, match=r"template thank_you\.fr: the first line"):
        render_draft(StepKind.THANK_YOU, "fr", CONTEXT, settings)


def test_a_user_template_keeps_its_indentation_and_loses_empty_holes() -> None:
    source = "Title: $company\n\nÀ faire :\n  - relire\n  - envoyer\n\n\n\n$reason_line\n"
    settings = with_overrides(**{"event.follow_up.fr": source})
    event = render_event(StepKind.FOLLOW_UP, "fr", CONTEXT, settings)
    assert event.description == "À faire :\n  - relire\n  - envoyer\n"


def test_a_user_subject_that_renders_empty_falls_back_to_the_builtin_one() -> None:
    settings = with_overrides(**{"thank_you.en": "Subject: $contact_phone\n\nThanks.\n"})
    draft = render_draft(StepKind.THANK_YOU, "en", CONTEXT, settings)
    assert draft.subject == "Thank you for our interview"
