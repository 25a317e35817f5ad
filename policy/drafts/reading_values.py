"""Placeholder values of the question on an unsure reading (C2, `confirm_reading`).

See `policy.drafts.values` for the list of placeholders; these are the ones
about the reply whose reading the user is asked for.
"""

from __future__ import annotations

import re

from policy.drafts.context import DraftContext
from policy.drafts.sanitize import one_line
from policy.model import Language

# C2 labels in the user's words, for the question on an unsure reading.
_READINGS: dict[Language, dict[str, str]] = {
    "fr": {
        "holding": "attente", "positive_next_step": "suite (entretien, test…)",
        "offer": "offre", "rejection_generic": "refus",
        "rejection_with_reason_skills": "refus pour une compétence manquante",
        "rejection_future_opening": "refus, porte ouverte", "rejection_categorical":
        "refus définitif", "other": "sans rapport avec la candidature",
    },
    "en": {
        "holding": "wait", "positive_next_step": "next step (interview, test…)",
        "offer": "offer", "rejection_generic": "refusal",
        "rejection_with_reason_skills": "refusal for a missing skill",
        "rejection_future_opening": "refusal, door open", "rejection_categorical":
        "final refusal", "other": "not about the application",
    },
}

_WORD = re.compile(r"\bWORD\b")


def _given(value: str | None) -> str:
    return one_line(value) if value else ""


def _from(company: str, language: Language) -> str:
    if language == "en":
        return f"from {company}"
    elided = company[:1].casefold() in "aeiouyàâäéèêëîïôöùûüh"
    return f"d'{company}" if elided else f"de {company}"


def reply_values(
    ctx: DraftContext, language: Language, reply_date: str, company: str
) -> dict[str, str]:
    """The reply whose reading the user is asked for (C2)."""
    none = "(sans objet)" if language == "fr" else "(no subject)"
    command = _given(ctx.confirm_command)
    confidence = ctx.reading_confidence
    percent = f"{confidence:.0%}" if confidence is not None else ""
    return {
        "reply_subject": _given(ctx.reply_subject) or none,
        "reply_date": reply_date,
        "reading": _READINGS[language].get(ctx.reading or "", _given(ctx.reading)),
        "reading_confidence": percent.replace("%", " %") if language == "fr" else percent,
        "reading_reasons": _given("; ".join(ctx.reading_reasons)),
        # The word to replace, in the words of the text around it.
        "confirm_command": _WORD.sub("MOT", command) if language == "fr" else command,
        "reply_from": _from(company, language),
    }
