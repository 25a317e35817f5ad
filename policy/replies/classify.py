"""One label per recruiter message (C2), its confidence, and why (F4).

A learned reader decides: a logistic regression over the message's words as
each clause means them (features.py: negated and conditional words are seen
as such), trained on labelled mail (tests/corpus/train_reader.py), shipped as
package data (reader_model.py). Rules stay only where a rule is certain:

1. an RFC 3834 auto-reply (Auto-Submitted: auto-replied, X-Autoreply) is
   `other`, whatever its text says;
2. the decision first (refusal, wait, next step, offer, other), by one
   model; then, for a refusal, which refusal, by a second model trained on
   refusals alone (a named skill, final words or a kept CV tell the kinds
   apart, they do not make a message a refusal); good news (a next step, an
   offer) must be half again as likely as a refusal, else the close call is
   read as a refusal, with that lower confidence (the costly mistake of C2);
3. a refusal that states a ground the law forbids (D5 lexicon) is
   categorical, with the D5 flag; otherwise a refusal is categorical or a
   future opening only when the rules saw it said (final words, a door kept
   open) or when the reader finds that kind more likely than not: it decides what
   relance does next (D5 silences it for good), so it is not guessed;
4. the date (C3) of a wait or a future opening, the skill a skills refusal
   names (D2), and whether other posts are open now (D3).

`confidence` is the calibrated probability that the decision is right (out-of-
fold calibration at training time); below the user's threshold relance asks
instead of acting. The reasons quote the sentence that weighed most for the
label, with the confidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from policy.model import Classification, Label
from policy.replies.dates import stated_date
from policy.replies.discrimination import forbidden_reasons
from policy.replies.features import Sentence, features, rule_flags, sentences
from policy.replies.language import detect_language
from policy.replies.opening import opens_now
from policy.replies.reader_model import COARSE, Model, load
from policy.replies.skills import missing_skill
from policy.replies.text import fold
from policy.settings import Settings

_DATED_LABELS = (Label.HOLDING, Label.REJECTION_FUTURE_OPENING)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond")
_QUOTED = 140
_LONGEST = 50_000
_D5_REFUSAL = 0.2
_GOOD_NEWS = ("next step", "offer")
_TILT = 1.5  # good news must be half again as likely as a refusal
_KIND_SURE = 0.5  # more likely than not

_SINGLE = {COARSE[label.value]: label for label in Label if not label.is_rejection}
_SAID: dict[Label, frozenset[str]] = {
    Label.REJECTION_CATEGORICAL: frozenset({"flag:final", "flag:d5"}),
    Label.REJECTION_FUTURE_OPENING: frozenset({"flag:door"}),
}


def classify(
    subject: str,
    text: str,
    received: datetime,
    settings: Settings,
    headers: Mapping[str, str] | None = None,
) -> Classification:
    """What the message says, how sure the reader is, its stated date and why (C2, C3, D5, F4).

    `headers`, when the backend has them, lets an RFC 3834 auto-reply read as
    `other` at once.
    """
    text = text[:_LONGEST]  # a decision is not said after a book's length of text
    language = detect_language(f"{subject}\n{text}")
    if _auto_reply_header(headers):
        return Classification(label=Label.OTHER, language=language,
                              reasons=(f"{Label.OTHER.value}: auto-reply headers (RFC 3834)",))
    model = load()
    folded = fold(text)
    forbidden = forbidden_reasons(text, folded)
    parts = sentences(text)
    values = features(subject, text, parts, rule_flags(text, folded, bool(forbidden)))
    if not model.knows(values):
        # Nothing the reader has ever seen: no evidence for any decision.
        return Classification(label=Label.OTHER, language=language, confidence=0.5,
                              reasons=(f"{Label.OTHER.value}: nothing about the application",))
    decisions = model.decisions(values)
    decision = max(decisions, key=lambda name: (decisions[name], name == "refusal"))
    if decision in _GOOD_NEWS and decisions[decision] < _TILT * decisions["refusal"]:
        # Reading a refusal as good news is the costly mistake: a close call is a refusal.
        decision = "refusal"
    label = _kind(model.kinds(values), values) if decision == "refusal" else _SINGLE[decision]
    if forbidden and (label.is_rejection or decisions["refusal"] >= _D5_REFUSAL):
        # A ground the law forbids, said beside some refusal: categorical (D5).
        decision, label = "refusal", Label.REJECTION_CATEGORICAL
    else:
        forbidden = ()
    confidence = round(decisions[decision], 3)
    reasons = [_reason(model, decision, label, confidence, text, parts)]
    date = stated_date(text, folded, received, settings) if label in _DATED_LABELS else None
    if date is not None:
        reasons.append(f'date {date.day.isoformat()}: "{date.phrase}"')
    reasons.extend(f'forbidden reason (D5): "{hit.phrase}"' for hit in forbidden[:2])
    skill = (missing_skill(text, folded, 0, len(text))
             if label is Label.REJECTION_WITH_REASON_SKILLS else None)
    return Classification(
        label=label,
        stated_date=date.day if date else None,
        discriminatory=bool(forbidden),
        language=language,
        reasons=tuple(reasons),
        opening_now=label is Label.REJECTION_FUTURE_OPENING and opens_now(folded),
        missing_skill=skill,
        confidence=confidence,
    )


def _auto_reply_header(headers: Mapping[str, str] | None) -> bool:
    if not headers:
        return False
    lowered = {name.lower(): value.lower() for name, value in headers.items()}
    return lowered.get("auto-submitted", "no").startswith("auto-replied") or any(
        name in lowered for name in _AUTO_HEADERS
    )


def _kind(kinds: dict[Label, float], values: dict[str, float]) -> Label:
    """Which refusal. A kind the rules did not see said ("décision définitive", a kept CV)
    must be the reader's clear view: it decides what relance does next (D2-D5)."""
    allowed = [kind for kind in kinds if kind not in _SAID or kinds[kind] >= _KIND_SURE
               or bool(_SAID[kind] & values.keys())]
    return max(allowed or kinds, key=lambda kind: kinds[kind])


def _reason(model: Model, decision: str, label: Label, confidence: float, text: str,
            parts: list[Sentence]) -> str:
    """The sentence that speaks most for the decision, in the recruiter's own words."""
    best: tuple[float, str] = (0.0, "")
    for part in parts:
        weight = model.decision.weight(part.names, decision)
        if weight > best[0]:
            best = (weight, " ".join(text[part.start:part.end].split()))
    quoted = best[1]
    if len(quoted) > _QUOTED:
        quoted = quoted[: _QUOTED - 1].rstrip() + "…"
    where = f'"{quoted}"' if quoted else "no sentence speaks for it"
    return f"{label.value} ({int(confidence * 100)}% sure): {where}"
