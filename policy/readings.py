"""The user's reading of a message, and readings too unsure to act on (RULES.md C2, F1).

A recruiter's reply is read with a confidence (`Classification.confidence`,
the probability that the label is right). Below `confidence_threshold`
relance does not guess: the message still counts as an answer (B5: no
follow-up to someone who may have said no), but no refusal, offer or next
step is drawn from it, and the user is asked (`policy.reading_question`).

The user answers, or corrects a confident mistake, in one of two ways:
- `relance confirm APPLICATION LABEL [--message ID]`: the ledger's
  `confirmations`, by message id;
- a label (Gmail) or keyword (Maildir) `relance/WORD` on the message, WORD
  one of `LABEL_WORDS` (``relance/refus``, ``relance/attente``…). `relance
  auth` creates the Gmail labels; Gmail reports a label added later, and so
  does a Maildir for a Dovecot keyword (the message file's flags), so the
  next cycle sees it. An `X-Keywords:` header is read when relance first
  sees the message only.

Decisions:
- The command wins over a tag: it is the explicit act, and the way to
  correct a wrong tag without touching the mailbox.
- A message carrying relance tags that disagree (``relance/refus`` and
  ``relance/suite``) has no reading from its tags.
- A reading the user gave has confidence 1 and only the facts of the
  classifier that fit its label: the stated date for a wait or an open door,
  the missing skill for a skills refusal, the D5 flag for a refusal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from policy.model import Classification, Direction, Label, Ledger, Message
from policy.settings import Settings
from policy.text import fold

TAG_PREFIXES = ("relance/", "relance:")

# Every word a user may give for a label, folded (no accents, lower case), fr and en.
LABEL_WORDS: Mapping[str, Label] = MappingProxyType({
    **{label.value: label for label in Label},
    **{label.value.replace("_", "-"): label for label in Label},
    "refus": Label.REJECTION_GENERIC, "refusal": Label.REJECTION_GENERIC,
    "rejection": Label.REJECTION_GENERIC, "rejected": Label.REJECTION_GENERIC,
    "attente": Label.HOLDING, "wait": Label.HOLDING, "waiting": Label.HOLDING,
    "suite": Label.POSITIVE_NEXT_STEP, "entretien": Label.POSITIVE_NEXT_STEP,
    "next": Label.POSITIVE_NEXT_STEP, "next-step": Label.POSITIVE_NEXT_STEP,
    "interview": Label.POSITIVE_NEXT_STEP,
    "offre": Label.OFFER, "autre": Label.OTHER,
    "refus-competences": Label.REJECTION_WITH_REASON_SKILLS,
    "skills": Label.REJECTION_WITH_REASON_SKILLS,
    "refus-porte-ouverte": Label.REJECTION_FUTURE_OPENING,
    "opening": Label.REJECTION_FUTURE_OPENING,
    "refus-definitif": Label.REJECTION_CATEGORICAL,
    "categorical": Label.REJECTION_CATEGORICAL,
})

# The words shown to the user and created as Gmail labels, in each language, one per
# reading, in the same order; with what each means when the word alone is not clear.
TAG_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": ("refus", "attente", "suite", "offre", "autre", "refus-competences",
           "refus-porte-ouverte", "refus-definitif"),
    "en": ("refusal", "wait", "next", "offer", "other", "skills", "opening", "categorical"),
})
_MEANINGS = ("", "", "an interview, a test", "", "not about the application",
             "a refusal for a missing skill", "a refusal, door open", "a final refusal")

_DATED = (Label.HOLDING, Label.REJECTION_FUTURE_OPENING)


def relance_labels(language: str) -> tuple[str, ...]:
    """The Gmail labels to create: the parent, then one per reading."""
    words = TAG_WORDS.get(language, TAG_WORDS["fr"])
    return ("relance", *(f"{TAG_PREFIXES[0]}{word}" for word in words))


def label_for_word(word: str) -> Label | None:
    """The label a user's word names (accents, case, `_`/`-` and spaces ignored)."""
    folded = "-".join(fold(word).replace("_", "-").split())
    return LABEL_WORDS.get(folded)


def accepted_words() -> str:
    """The words `relance confirm` takes, for a message to the user."""
    shown = ", ".join(
        f"{fr} or {en}" + (f" ({meaning})" if meaning else "")
        for fr, en, meaning in zip(TAG_WORDS["fr"], TAG_WORDS["en"], _MEANINGS, strict=True)
    )
    return f"{shown}; or a label name ({', '.join(Label)})"


def tag_reading(tags: Iterable[str]) -> tuple[Label, str] | None:
    """The label the message's relance tags give, with the tag; None when none or they differ."""
    found: dict[Label, str] = {}
    for tag in tags:
        folded = fold(tag).strip()
        prefix = next((p for p in TAG_PREFIXES if folded.startswith(p)), None)
        if prefix is None:
            continue
        label = label_for_word(folded[len(prefix):])
        if label is not None:
            found.setdefault(label, tag)
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def user_reading(message: Message, ledger: Ledger) -> tuple[Label, str] | None:
    """The user's reading of `message` and how it was given, if the user gave one."""
    confirmed = ledger.confirmations.get(message.id)
    if confirmed is not None:
        return confirmed, "relance confirm"
    tagged = tag_reading(message.tags)
    return (tagged[0], f'label "{tagged[1]}"') if tagged else None


def with_user_reading(message: Message, ledger: Ledger) -> Message:
    """`message` as the user read it, when the user did; else as it is."""
    if message.direction is not Direction.INBOUND:
        return message
    found = user_reading(message, ledger)
    if found is None:
        return message
    label, how = found
    base = message.classification or Classification(label=Label.OTHER, confidence=0.0)
    was = f"relance had read {base.label.value} at {base.confidence:.0%}"
    return replace(message, classification=replace(
        base, label=label, confidence=1.0,
        stated_date=base.stated_date if label in _DATED else None,
        opening_now=base.opening_now and label is Label.REJECTION_FUTURE_OPENING,
        missing_skill=base.missing_skill if label is Label.REJECTION_WITH_REASON_SKILLS else None,
        discriminatory=base.discriminatory and label.is_rejection,
        reasons=(f"{label.value}: your reading ({how}); {was}",),
    ))


def unknown_reading(why: str) -> Classification:
    """A reply relance could not read (its text unreadable, or the reader failed on it):
    an answer of unknown meaning, never `other`. With confidence 0 it is unsure at any
    threshold but 0, so its round's follow-ups stop and the user is asked (C2, B5)."""
    return Classification(label=Label.OTHER, confidence=0.0, reasons=(why,))


def is_unsure(message: Message, settings: Settings) -> bool:
    """An inbound reading too unsure to act on: the user is asked (C2)."""
    found = message.classification
    return (
        message.direction is Direction.INBOUND and found is not None
        and found.confidence < settings.confidence_threshold
    )
