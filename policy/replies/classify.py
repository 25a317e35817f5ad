"""One label per recruiter message (RULES.md C2), with the phrases that decided.

Phrases of each reading are weighed (refusal_phrases.py, progress_phrases.py);
a good-news phrase inside a refusal ("we won't be able to offer you the
role") counts for the refusal only. Then a fixed precedence decides, tilted
against the costly mistake of reading a refusal as good news:

1. an out-of-office or auto-reply, with no decision in it: `other`;
2. any refusal phrase: a refusal, whatever else the message says; then
   final words ("notre décision est définitive") make it categorical, else
   an open door (CV kept, similar post later, other posts open now) makes it
   a future opening, else a missing skill or level makes it a skills refusal,
   else it is generic;
3. an offer, when offer phrases outweigh next-step phrases;
4. a next step (interview, test, meeting);
5. job alerts, newsletters, surveys, practical notes: `other`;
6. a wait ("still reviewing", "we will answer by X"): `holding`; good news
   said under a condition ("if your profile matches we will invite you")
   is dropped first, and counts as a wait;
7. weaker evidence: the reading with the most weight, a refusal winning ties;
8. no phrase at all: the label whose corpus messages use the same words
   (fallback.py); never an offer (it closes the application: it needs a
   deciding phrase), never good news when a word of regret or a missing
   skill is there.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import datetime

from policy.model import Classification, Label
from policy.replies import progress_phrases as progress
from policy.replies import refusal_phrases as refusal
from policy.replies.dates import stated_date
from policy.replies.discrimination import forbidden_reasons
from policy.replies.fallback import guess
from policy.replies.language import detect_language
from policy.replies.skills import missing_skill
from policy.replies.text import Hit, find_hits, fold
from policy.settings import Settings

_TABLES = (
    refusal.REJECTION + refusal.REJECTION_MEDIUM + refusal.REJECTION_HINTS + refusal.CATEGORICAL
    + refusal.SKILLS + refusal.FUTURE + refusal.OPENING_NOW + progress.OFFER
    + progress.OFFER_MEDIUM + progress.POSITIVE + progress.POSITIVE_HINTS + progress.HOLDING
    + progress.AUTOMATIC + progress.BULK + progress.CONDITION
)
_GOOD_NEWS = ("offer", "next step", "good news")
_GOOD_NEWS_LABELS = (Label.OFFER, Label.POSITIVE_NEXT_STEP)
# "Re: …" repeats the user's own subject: only an auto-reply prefix in it counts.
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|tr|fw|fwd|aw|ref)\s*:", re.IGNORECASE)
_DATED_LABELS = (Label.HOLDING, Label.REJECTION_FUTURE_OPENING)
_AUTO_HEADERS = ("x-autoreply", "x-autorespond")
_MAX_QUOTED = 4
_SENTENCE_END = re.compile(r"[.!?\n]")
# Provisional confidences, until a calibrated reader replaces the phrase tables: a
# deciding phrase is trusted; a reading made from word counts alone is a guess.
_DECIDED, _GUESSED = 0.9, 0.5


def classify(
    subject: str,
    text: str,
    received: datetime,
    settings: Settings,
    headers: Mapping[str, str] | None = None,
) -> Classification:
    """What the message says, its stated date and why (C2, C3, D5, F4).

    `headers`, when the backend has them, lets an RFC 3834 auto-reply
    (Auto-Submitted: auto-replied, X-Autoreply) read as `other` at once.
    """
    folded_text = fold(text)
    hits = _unconditional(_uncovered(list(find_hits(text, folded_text, _TABLES))), folded_text)
    hits += _subject_hits(subject)
    score: Counter[str] = Counter()
    for hit in hits:
        score[hit.kind] += hit.weight
    if _auto_reply_header(headers):
        score["auto-reply"] += 3
    label = _decide(score)
    reasons = _reasons(label, hits, score)
    confidence = _DECIDED
    if label is Label.OTHER and not reasons:
        label, reasons = _by_words(subject, text, score)
        confidence = _GUESSED
    date = stated_date(text, folded_text, received, settings) if label in _DATED_LABELS else None
    if date is not None:
        reasons.append(f'date {date.day.isoformat()}: "{date.phrase}"')
    forbidden = forbidden_reasons(text, folded_text) if label.is_rejection else ()
    reasons.extend(f'forbidden reason (D5): "{hit.phrase}"' for hit in forbidden[:2])
    return Classification(
        label=label,
        stated_date=date.day if date else None,
        discriminatory=bool(forbidden),
        language=detect_language(f"{subject}\n{text}"),
        reasons=tuple(reasons),
        opening_now=label is Label.REJECTION_FUTURE_OPENING and score["open now"] >= 3,
        missing_skill=_skill(text, folded_text, hits) if label.is_rejection else None,
        confidence=confidence,
    )


def _uncovered(hits: list[Hit]) -> list[Hit]:
    """Good news said under a refusal ("pas en mesure de vous proposer un entretien") is not."""
    refusals = [(h.start, h.end) for h in hits if h.kind == "refusal"]
    return [
        h for h in hits
        if h.kind not in _GOOD_NEWS or not any(s <= h.start < e for s, e in refusals)
    ]


def _unconditional(hits: list[Hit], folded: str) -> list[Hit]:
    """Good news under a condition ("we'll invite you to interview if your profile matches")
    is an acknowledgement, not a next step."""
    ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
    sentence = [sum(1 for end in ends if end < h.start) for h in hits]
    conditional = {s for s, h in zip(sentence, hits, strict=True) if h.kind == "condition"}
    return [h for s, h in zip(sentence, hits, strict=True)
            if h.kind not in _GOOD_NEWS or s not in conditional]


def _subject_hits(subject: str) -> list[Hit]:
    folded = fold(subject)
    table = progress.AUTOMATIC if _REPLY_SUBJECT.match(subject) else _TABLES
    return [Hit(h.kind, h.weight, -1, -1, h.phrase) for h in find_hits(subject, folded, table)]


def _auto_reply_header(headers: Mapping[str, str] | None) -> bool:
    if not headers:
        return False
    lowered = {name.lower(): value.lower() for name, value in headers.items()}
    return lowered.get("auto-submitted", "no").startswith("auto-replied") or any(
        name in lowered for name in _AUTO_HEADERS
    )


def _decide(score: Counter[str]) -> Label:
    refusal = score["refusal"] + score["final"]
    if score["skills"] >= 2 and score["refusal hint"] >= 1:
        refusal += 3  # "vos connaissances étaient insuffisantes… désolée": a refusal
    decisive = max(refusal, score["offer"], score["next step"])
    if score["auto-reply"] >= 3 and decisive < 3:
        return Label.OTHER
    if refusal >= 3:
        return _refusal_kind(score)
    good_news = max(score["offer"], score["next step"])
    if score["bulk mail"] >= 3 and score["bulk mail"] > good_news:
        return Label.OTHER
    if score["offer"] >= 3 and score["offer"] >= score["next step"]:
        return Label.OFFER
    if score["next step"] >= 3:
        return Label.POSITIVE_NEXT_STEP
    if score["auto-reply"] >= 3:
        return Label.OTHER
    if score["waiting"] + score["condition"] >= 2:
        return Label.HOLDING
    return _weakly(score, refusal)


def _weakly(score: Counter[str], refusal: int) -> Label:
    """No phrase decides alone: the reading with the most weight, if any has some."""
    readings = [
        (refusal + min(score["refusal hint"], 1), 3, Label.REJECTION_GENERIC),
        # An offer needs one deciding phrase: "salary" alone is not one.
        (score["offer"] if score["offer"] >= 3 else 0, 1, Label.OFFER),
        (score["next step"] + score["good news"], 2, Label.POSITIVE_NEXT_STEP),
    ]
    weight, _, label = max(readings)
    if weight < 2:
        return Label.OTHER
    return _refusal_kind(score) if label is Label.REJECTION_GENERIC else label


def _refusal_kind(score: Counter[str]) -> Label:
    if score["final"] >= 3:
        return Label.REJECTION_CATEGORICAL
    if score["door open"] >= 3 or score["open now"] >= 3:
        return Label.REJECTION_FUTURE_OPENING
    if score["skills"] >= 2:
        return Label.REJECTION_WITH_REASON_SKILLS
    return Label.REJECTION_GENERIC


_DECIDING: dict[Label, tuple[str, ...]] = {
    Label.HOLDING: ("waiting", "condition"),
    Label.POSITIVE_NEXT_STEP: ("next step", "good news"),
    Label.OFFER: ("offer",),
    Label.REJECTION_GENERIC: ("refusal", "refusal hint"),
    Label.REJECTION_WITH_REASON_SKILLS: ("refusal", "skills"),
    Label.REJECTION_FUTURE_OPENING: ("refusal", "door open", "open now"),
    Label.REJECTION_CATEGORICAL: ("final", "refusal"),
    Label.OTHER: ("auto-reply", "bulk mail"),
}


def _reasons(label: Label, hits: list[Hit], score: Counter[str]) -> list[str]:
    kinds = _DECIDING[label]
    ordered = sorted((h for h in hits if h.kind in kinds), key=lambda h: (kinds.index(h.kind),
                                                                          h.start))
    seen: set[str] = set()
    reasons: list[str] = []
    for hit in ordered:
        if hit.phrase.lower() not in seen and len(reasons) < _MAX_QUOTED:
            seen.add(hit.phrase.lower())
            where = "subject" if hit.start < 0 else hit.kind
            reasons.append(f'{label.value}: {where} "{hit.phrase}"')
    if not reasons and score["auto-reply"]:
        reasons.append(f"{label.value}: auto-reply headers")
    return reasons


def _by_words(subject: str, text: str, score: Counter[str]) -> tuple[Label, list[str]]:
    shown = "" if _REPLY_SUBJECT.match(subject) else subject
    # A guess never closes a door: an offer, or a refusal "firm and final" (D5,
    # which silences relance for good), must be said in so many words.
    allowed = tuple(
        label for label in Label
        if label not in (Label.OFFER, Label.REJECTION_CATEGORICAL)
    )
    if score["refusal hint"] or score["skills"]:
        allowed = tuple(label for label in allowed if label not in _GOOD_NEWS_LABELS)
    label, words = guess(shown, text, allowed)
    if not words:
        return Label.OTHER, [f"{Label.OTHER.value}: nothing about the application's outcome"]
    quoted = ", ".join(f'"{word}"' for word in words)
    return label, [f"{label.value}: no deciding phrase; words like {quoted} (corpus evidence)"]


def _skill(text: str, folded: str, hits: list[Hit]) -> str | None:
    spots = sorted(h.start for h in hits if h.kind == "skills" and h.start >= 0)
    if not spots:
        return None
    return missing_skill(text, folded, max(0, spots[0] - 60), min(len(text), spots[0] + 160))
