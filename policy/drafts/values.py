"""The placeholder values a template may use, computed from a DraftContext.

Every value is a plain string, flattened to one line (see `sanitize`), so no
value can add a header line to a subject or smuggle markup. Missing facts
become a marked placeholder the user must fill ("[À COMPLÉTER : …]" /
"[TO FILL IN: …]") rather than a guess. What a user template may write:

  $company           ACME
  $position          Data Analyst (to fill if unknown)
  $position_phrase   le poste de Data Analyst / the Data Analyst position
  $contact_name      Jeanne Dupont (empty if unknown)
  $contact_phone     +33 6 12 34 56 78 (empty if unknown)
  $greeting          Bonjour Jeanne Dupont, / Dear Jeanne Dupont, (Bonjour, / Hello,)
  $signature         the user's name, or a placeholder to fill
  $user_name         the user's name (empty if unknown)
  $interview_date    lundi 7 décembre / Monday 7 December (year added when not the
                     year the text is due)
  $interview_ref     notre entretien du lundi 7 décembre / our interview on Monday 7 December
  $the_interview     l'entretien du lundi 7 décembre / the interview on Monday 7 December
  $round             1, 2, … the interview round
  $points            the `Points` line, or a placeholder (B1)
  $recap $strengths $news $skill_proof $changes $attach_reminder
                     placeholders for what only the user knows (B1, B2, D2, D4)
  $missing_skill     what the refusal said was missing, or a placeholder (D2, D4)
  $refusal_date $opening_date  dates, or a placeholder
  $due               lundi 7 décembre 2026 à 09:00 (empty if unknown)
  $deadline          the last day to send (empty if none); $deadline_line a sentence
  $opening_line      a sentence on the announced opening (D3), or empty
  $reason            why relance planned the step (F4); $reason_line a sentence
  $missing_lines     the A3 lines the interview lacks, one "- …" line each (A4)
  $call_target       Jeanne Dupont (+33 6 12 34 56 78) (B3)
  $step              the step's name: remerciement, relance… / thank-you, follow-up…
  $reply_subject $reply_date  the reply relance is not sure how to read (C2)
  $reading           its tentative reading in words: refus, attente… / refusal, wait…
  $reading_confidence  how likely that reading is: 50 % / 50%
  $reading_reasons   what the reading rests on
  $confirm_command   the command that records the user's reading
  $reply_from        d'ACME, de Solvéo / from ACME: who replied, for a title
  $event_title       the title of the event asked about (A1 question), or empty
  $event_ref         its id, quoted for a shell: relance confirm-interview $event_ref oui
  $addresses_seen    E1: the addresses seen and why each was set aside, one "- …" line each
  $waiting_steps     E1: the steps whose drafts wait for a contact (remerciement, relance)
  $contact_command   E1: the command that names the person to write to
"""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from datetime import date, timedelta

from policy.drafts.context import DraftContext
from policy.drafts.dates import date_and_time, long_date
from policy.drafts.reading_values import reply_values
from policy.drafts.sanitize import one_line
from policy.model import Language, StepKind
from policy.words import in_language

_FILL: dict[Language, str] = {"fr": "[À COMPLÉTER : {}]", "en": "[TO FILL IN: {}]"}
# How a text still holding a placeholder can be told (e.g. before the user sends it).
FILL_IN_MARKERS: tuple[str, ...] = ("[À COMPLÉTER", "[TO FILL IN")

# What to fill in when the context does not know it.
_MISSING: dict[Language, dict[str, str]] = {
    "fr": {
        "company": "nom de l'entreprise",
        "position": "intitulé du poste",
        "name": "votre nom",
        "date": "date",
        "recap": "en une phrase, l'enjeu principal du poste tel que vous l'avez compris",
        "points": "une compétence ou une expérience utile au poste, que l'entretien n'a pas "
        "abordée",
        "strengths": "deux atouts qui répondent aux besoins du poste",
        "news": "un élément nouveau : une réalisation récente, une référence, ou un point que "
        "l'entretien n'a pas abordé",
        "missing_skill": "la compétence que le refus dit manquer",
        "skill_proof": "un exemple concret qui prouve cette compétence : projet, résultat "
        "chiffré, certificat",
        "changes": "ce que vous avez acquis depuis : formation, certification, expérience, "
        "projet",
        "attach": "joignez votre CV à jour à ce message, puis supprimez cette ligne",
    },
    "en": {
        "company": "company name",
        "position": "job title",
        "name": "your name",
        "date": "date",
        "recap": "in one sentence, the main challenge of the role as you understood it",
        "points": "a skill or experience useful for the role that the interview did not cover",
        "strengths": "two strengths that meet the needs of the role",
        "news": "something new: a recent achievement, a reference, or a point the interview "
        "did not cover",
        "missing_skill": "the skill the refusal says is missing",
        "skill_proof": "a concrete example that proves this skill: project, figures, "
        "certificate",
        "changes": "what you have gained since: training, certification, experience, project",
        "attach": "attach your updated CV to this message, then delete this line",
    },
}

_STEP_NAMES: dict[Language, dict[StepKind, str]] = {
    "fr": {
        StepKind.DEBRIEF: "suite annoncée",
        StepKind.THANK_YOU: "remerciement",
        StepKind.FOLLOW_UP: "relance",
        StepKind.CALL: "appel",
        StepKind.FEEDBACK_REQUEST: "demande de retour",
        StepKind.SKILLS_CLARIFICATION: "précision sur une compétence",
        StepKind.FUTURE_OPENING: "nouvelle prise de contact",
        StepKind.REAPPLY: "nouvelle candidature",
        StepKind.DISCRIMINATION_INFO: "information",
        StepKind.CONFIRM_READING: "réponse à lire",
        StepKind.INTERVIEW_QUESTION: "question",
        StepKind.CONTACT_NEEDED: "destinataire à choisir",
    },
    "en": {
        StepKind.DEBRIEF: "next steps",
        StepKind.THANK_YOU: "thank-you",
        StepKind.FOLLOW_UP: "follow-up",
        StepKind.CALL: "call",
        StepKind.FEEDBACK_REQUEST: "feedback request",
        StepKind.SKILLS_CLARIFICATION: "skill clarification",
        StepKind.FUTURE_OPENING: "new contact",
        StepKind.REAPPLY: "new application",
        StepKind.DISCRIMINATION_INFO: "information",
        StepKind.CONFIRM_READING: "reply to read",
        StepKind.INTERVIEW_QUESTION: "question",
        StepKind.CONTACT_NEEDED: "recipient to choose",
    },
}

# A3 lines by the names the reader gives them (Annotations.present), as examples to copy.
_LINE_EXAMPLES: dict[Language, dict[str, str]] = {
    "fr": {
        "delay": "Réponse : sous 10 jours (ou : Réponse avant le 15/12)",
        "channel": "Canal : mail ou téléphone",
        "contact": "Contact : Prénom Nom <adresse> téléphone",
        "process": "Processus : court ou long",
        "position": "Poste : intitulé du poste",
        "points": "Points : ce que le remerciement devra rappeler",
    },
    "en": {
        "delay": "Answer by: 2026-12-15 (or: Answer: within 10 days)",
        "channel": "Channel: email or phone",
        "contact": "Contact: First Last <address> phone",
        "process": "Process: short or long",
        "position": "Position: job title",
        "points": "Points: what the thank-you should recall",
    },
}
_LINE_ALIASES = {"answer": "delay", "answer_by": "delay", "reponse": "delay", "délai": "delay"}

PLACEHOLDERS: frozenset[str] = frozenset({
    "company", "position", "position_phrase", "contact_name", "contact_phone", "greeting",
    "signature", "user_name", "interview_date", "interview_ref", "round", "points", "recap",
    "strengths", "news", "missing_skill", "skill_proof", "changes", "attach_reminder",
    "refusal_date", "opening_date", "due", "reason", "reason_line", "missing_lines",
    "call_target", "step", "deadline", "deadline_line", "opening_line", "the_interview",
    "reply_subject", "reply_date", "reading", "reading_confidence", "reading_reasons",
    "confirm_command", "reply_from",
    "event_title", "event_ref",
    "addresses_seen", "waiting_steps", "contact_command",
})


def fill(language: Language, what: str) -> str:
    """A marked placeholder the user must replace before sending."""
    return _FILL[language].format(_MISSING[language].get(what, what))


def step_name(kind: StepKind, language: Language) -> str:
    """A step as the user calls it: "relance", "follow-up"."""
    return _STEP_NAMES[language][kind]


def _given(value: str | None) -> str:
    return one_line(value) if value else ""


def _date_or_fill(day: date | None, language: Language, written_on: date | None) -> str:
    return long_date(day, language, written_on) if day else fill(language, "date")


_INTERVIEW_REFS: dict[tuple[Language, bool], tuple[str, str]] = {
    # (language, told to the recruiter): (with a date, without)
    ("fr", True): ("notre entretien du {}", "notre entretien"),
    ("fr", False): ("l'entretien du {}", "l'entretien"),
    ("en", True): ("our interview on {}", "our interview"),
    ("en", False): ("the interview on {}", "the interview"),
}


def _interview_ref(
    ctx: DraftContext, language: Language, written_on: date | None, *, ours: bool
) -> str:
    dated, undated = _INTERVIEW_REFS[language, ours]
    day = ctx.interview_date
    return dated.format(long_date(day, language, written_on)) if day else undated


def _position_phrase(position: str, language: Language) -> str:
    if language == "en":
        return f"the {position} position" if position else "the position"
    if not position:
        return "le poste"
    elided = position[0].casefold() in "aeiouyàâäéèêëîïôöùûü"
    return f"le poste d'{position}" if elided else f"le poste de {position}"


def _display_name(name: str) -> str:
    """'Jeanne Dupont' from '"Dupont, Jeanne"' (directory style); '' for an address."""
    name = name.strip("\"' ")
    if "@" in name:
        return ""  # an address is no name to greet someone by
    last, comma, first = name.partition(",")
    if comma and first.strip() and "," not in first:
        return f"{first.strip()} {last.strip()}"
    return name


def _people(ctx: DraftContext, language: Language, user_name: str) -> dict[str, str]:
    name, phone = _display_name(_given(ctx.contact_name)), _given(ctx.contact_phone)
    hello = {"fr": ("Bonjour", "Bonjour,"), "en": ("Dear", "Hello,")}[language]
    someone = name or ("le recruteur" if language == "fr" else "the recruiter")
    return {
        "contact_name": name,
        "contact_phone": phone,
        "greeting": f"{hello[0]} {name}," if name else hello[1],
        "user_name": user_name,
        "signature": user_name or fill(language, "name"),
        "call_target": f"{someone} ({phone})" if phone else someone,
    }


def _missing_lines(lines: tuple[str, ...], language: Language) -> str:
    if not lines:
        return "- " + ("(aucune)" if language == "fr" else "(none)")
    examples = _LINE_EXAMPLES[language]
    shown = []
    for line in lines:
        key = one_line(line).casefold()
        shown.append("- " + examples.get(_LINE_ALIASES.get(key, key), one_line(line)))
    return "\n".join(shown)


def _contact_question(ctx: DraftContext, language: Language) -> dict[str, str]:
    """E1: what relance saw, which drafts wait, and the command that answers."""
    seen = "\n".join(f"- {one_line(line)}" for line in ctx.addresses_seen)
    steps = ", ".join(_STEP_NAMES[language][StepKind(k)] for k in ctx.waiting_steps)
    address, name = ("ADRESSE", "Prénom Nom") if language == "fr" else ("ADDRESS", "First Last")
    key = shlex.quote(one_line(ctx.application_key)) if ctx.application_key else "APPLICATION"
    return {"addresses_seen": seen or _missing_lines((), language), "waiting_steps": steps,
            "contact_command": f'relance contact {key} {address} "{name}"'}


def _facts(ctx: DraftContext, language: Language) -> dict[str, str]:
    """Values the context may hold; a marked placeholder when it does not."""
    def given_or_fill(value: str | None, what: str) -> str:
        return _given(value) or fill(language, what)

    return {
        "points": given_or_fill(ctx.points, "points"),
        "missing_skill": given_or_fill(ctx.missing_skill, "missing_skill"),
        "recap": fill(language, "recap"),
        "strengths": fill(language, "strengths"),
        "news": fill(language, "news"),
        "skill_proof": fill(language, "skill_proof"),
        "changes": fill(language, "changes"),
        "attach_reminder": fill(language, "attach"),
    }


def _timing(ctx: DraftContext, language: Language, written_on: date | None) -> dict[str, str]:
    """The last day to send (window_end is exclusive or the last instant: both
    fall on the right day once a microsecond is taken off) and the opening."""
    last = (ctx.window_end - timedelta(microseconds=1)).date() if ctx.window_end else None
    deadline = long_date(last, language, written_on) if last else ""
    opening = long_date(ctx.opening_date, language, written_on) if ctx.opening_date else ""
    if language == "fr":
        deadline_line = f"\nÀ envoyer au plus tard le {deadline}." if deadline else ""
        opening_line = f"\nOuverture annoncée par le recruteur : {opening}." if opening else ""
    else:
        deadline_line = f"\nSend it by {deadline} at the latest." if deadline else ""
        opening_line = f"\nOpening announced by the recruiter: {opening}." if opening else ""
    return {"deadline": deadline, "deadline_line": deadline_line, "opening_line": opening_line}


def placeholder_values(
    kind: StepKind, language: Language, ctx: DraftContext, user_name: str
) -> Mapping[str, str]:
    """Every placeholder of PLACEHOLDERS, as one-line strings (missing_lines and
    addresses_seen are lists, one line each)."""
    written_on = ctx.due.date() if ctx.due else None
    position = _given(ctx.position)
    reason = _given(in_language(ctx.reason, language)) if ctx.reason else ""
    why = "Pourquoi : " if language == "fr" else "Why: "
    values = {
        "company": _given(ctx.company) or fill(language, "company"),
        "position": position or fill(language, "position"),
        "position_phrase": _position_phrase(position, language),
        "interview_date": _date_or_fill(ctx.interview_date, language, written_on),
        "interview_ref": _interview_ref(ctx, language, written_on, ours=True),
        "the_interview": _interview_ref(ctx, language, written_on, ours=False),
        "round": str(ctx.interview_round),
        "refusal_date": _date_or_fill(ctx.refusal_date, language, written_on),
        "opening_date": _date_or_fill(ctx.opening_date, language, written_on),
        "due": date_and_time(ctx.due, language) if ctx.due else "",
        "reason": reason,
        "reason_line": f"\n{why}{reason}" if reason else "",
        "missing_lines": _missing_lines(ctx.missing_lines, language),
        "step": _STEP_NAMES[language][kind],
        "event_title": _given(ctx.event_title),
        "event_ref": shlex.quote(_given(ctx.event_id)) if ctx.event_id else "EVENT",
        **_timing(ctx, language, written_on),
        **_people(ctx, language, _given(ctx.user_name) or _given(user_name)),
        **_facts(ctx, language),
        **reply_values(ctx, language, _date_or_fill(ctx.reply_date, language, written_on),
                       _given(ctx.company) or fill(language, "company")),
        **_contact_question(ctx, language),
    }
    assert values.keys() == PLACEHOLDERS
    return values
