"""RULES.md A3: the lines the user writes in an interview's description.

A line is `key separator value`, French or English, in any order, keys read
accent- and case-insensitively, the separator being `:`, `=` or `-` with any
spacing ("Réponse :", "Réponse:", "Reponse -"). Answer lines may also read
without a separator when a connector follows the key, maybe after a word
like "attendue"/"expected" ("Réponse avant le 15/12", "Answer by 18 December",
"Réponse attendue sous 10 jours", "Answer expected by Friday"), or when the
value starts with a digit ("Délai 2 semaines"). Other lines are ordinary prose
and are ignored.

"Retour" ("Retour sous 10 jours", "Retour : le 15/12") is read as an answer
line only when its value holds a date or a delay: "Retour : très positif" is
a note and is left alone.

A known key with an empty value (a template not yet filled, "Réponse : ?") is
ignored. A known key whose value cannot be read gives a Problem naming the
event and the line, and the field stays unset: never guessed. `present` names
only the lines that were read: "delay", "channel", "contact", "process",
"position", "points", "language"; so an unreadable answer line is asked for
again by the debrief (A4). A `Contact` line names one person, or several when
it holds several addresses. Several lines of one key: the last one wins, and
contacts add up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from policy.answer_dates import Unreadable, read_answer_delay
from policy.model import Annotations, CalendarEvent, Contact, Problem
from policy.settings import Settings
from policy.text import fold, fold_with_map, html_to_text, original_span
from policy.workdays import local_date

DEBRIEF_LINES: tuple[str, ...] = ("delay", "channel", "contact")

_KEYS = (
    ("opt_out", r"relance|relancer|follow[ -]?up|followup"),
    ("delay", r"(?:delais?|date) de reponse|reponses?|delais?|answer|response|reply|decision"),
    ("soft_delay", r"retour"),
    ("process", r"processus|process|procedure"),
    ("channel", r"canal|channel"),
    ("contact", r"contacts?|interlocut(?:eur|rice)|recrut(?:eur|euse)|recruiter"),
    ("position", r"intitule(?: du poste)?|poste|position|role|job title"),
    ("points", r"points?(?: a rappeler| to recall)?|a rappeler"),
    ("language", r"langue|language"),
    ("company", r"entreprise|company|societe|employeur|employer"),
)
_KEY_NAMES = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _KEYS)
_FILLER = r"attendue?s?|prevue?s?|annoncee?s?|promise?s?|expected|promised|due"
_CONNECTOR = r"by|before|avant|within|sous|d'ici|until|dans|le"
_LINE = re.compile(
    rf"^[\s*•·>→-]*(?:\d{{1,2}}[.)]\s+)?(?:{_KEY_NAMES})\b(?:\s+(?:{_FILLER})\b)?"
    rf"(?P<conn>\s+(?:{_CONNECTOR})\b)?"
    rf"\s*(?P<sep>[:=-])?\s*(?P<value>.*)"
)
_HAS_CONTENT = re.compile(r"\w")


@dataclass
class _Found:
    """Fields gathered line by line before the frozen Annotations is built."""

    values: dict[str, Any] = field(default_factory=dict)
    contacts: list[Contact] = field(default_factory=list)
    present: set[str] = field(default_factory=set)


def parse_annotations(
    event: CalendarEvent, settings: Settings
) -> tuple[Annotations, list[Problem]]:
    found = _Found()
    problems: list[Problem] = []
    day = local_date(event.start, settings)
    for line in html_to_text(event.description).splitlines():
        try:
            _read_line(line, day, settings, found)
        except Unreadable as error:
            what = f'line "{line.strip()}": {error}'
            problems.append(Problem(where=event_name(event), what=what))
    annotations = Annotations(
        contacts=tuple(found.contacts), present=frozenset(found.present), **found.values
    )
    return annotations, problems


def missing_for_debrief(annotations: Annotations) -> tuple[str, ...]:
    """RULES.md A4: the answer lines still missing, in a fixed order; empty means no debrief."""
    return tuple(name for name in DEBRIEF_LINES if name not in annotations.present)


def event_name(event: CalendarEvent) -> str:
    """How an event is named in messages to the user: its title and where it was read."""
    return f'event "{event.title}" ({event.origin})' if event.origin else f'event "{event.title}"'


def _read_line(line: str, day: date, settings: Settings, found: _Found) -> None:
    folded, where = fold_with_map(line)
    match = _LINE.match(folded)
    if match is None:
        return
    key = next(name for name, _ in _KEYS if match[name] is not None)
    value = match["value"].rstrip()
    if not _HAS_CONTENT.search(value):
        return
    is_delay = key in ("delay", "soft_delay")
    if match["sep"] is None and not (is_delay and (match["conn"] or value[0].isdigit())):
        return  # prose that happens to start with a key word
    original = original_span(line, where, match.start("value"), match.start("value") + len(value))
    if is_delay:
        _read_delay(value, key, day, settings, found)
    elif key == "contact":
        found.contacts.extend(parse_contacts(original))
        found.present.add("contact")
    else:
        found.values[key] = _READERS[key](value, original)
        if key in ("process", "channel", "position", "points", "language"):
            found.present.add(key)


def _read_delay(value: str, key: str, day: date, settings: Settings, found: _Found) -> None:
    try:
        delay = read_answer_delay(value, day, settings.locale)
    except Unreadable:
        if key == "soft_delay":
            return  # "Retour : très positif" is a note, not an unreadable delay
        raise
    # A later line overrides only what it states: a date line keeps an earlier delay.
    if delay.answer_by is not None:
        found.values["answer_by"] = delay.answer_by
    if delay.within_days is not None:
        found.values["answer_within_days"] = delay.within_days
    found.present.add("delay")


def _one_of(value: str, sides: dict[str, str], what: str) -> str:
    hits = [name for name, pattern in sides.items() if re.search(pattern, value)]
    if len(hits) != 1:
        raise Unreadable(f"expected {what}")
    return hits[0]


_PROCESS = {"short": r"\b(?:court|courte|short|rapide|quick|fast)\b",
            "long": r"\b(?:long|longue|lent|slow)\b"}
_CHANNEL = {"email": r"\b(?:e-?mails?|mails?|courriels?|ecrit)\b",
            "phone": r"\b(?:telephone|tel|phone|appel|call|portable|mobile)\b"}
_LANGUAGE = {"fr": r"\b(?:fr|francais|french)\b", "en": r"\b(?:en|anglais|english)\b"}
_OPT_OUT = {"yes": r"\b(?:non|no|pas|aucune|jamais|never|false|off|stop)\b",
            "no": r"\b(?:oui|yes|true|on|ok)\b"}

_READERS: dict[str, Callable[[str, str], object]] = {
    "process": lambda v, _: _one_of(v, _PROCESS, "court/long or short/long"),
    "channel": lambda v, _: _one_of(v, _CHANNEL, "mail/téléphone or email/phone"),
    "language": lambda v, _: _one_of(v, _LANGUAGE, "fr or en"),
    "opt_out": lambda v, _: _one_of(v, _OPT_OUT, "non/no (or oui/yes)") == "yes",
    "position": lambda _, o: o,
    "points": lambda _, o: o,
    "company": lambda _, o: o,
}

_EMAIL = re.compile(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?:\+|\b)\d[\d\s.()/-]{6,}\d\b")
_LABELS = re.compile(r"\b(?:mailto|t[ée]l|phone|mobile|e-?mail|mail|courriel)\b\.?\s*:?", re.I)


def parse_contacts(text: str) -> list[Contact]:
    """One contact, or several when the line names several addresses, split at , ; et and."""
    if len(_EMAIL.findall(text)) < 2:
        return [parse_contact(text)]
    parts = re.split(r"[;,]|\s(?:et|and|&)\s", text)
    return [parse_contact(part) for part in parts if _HAS_CONTENT.search(part)]


def parse_contact(text: str) -> Contact:
    """`Jeanne Dupont <jeanne@acme.fr> +33 6 12 34 56 78`, any part optional but one."""
    email_match = _EMAIL.search(text)
    email = email_match.group(0).lower() if email_match else None
    rest = _EMAIL.sub(" ", text)
    phone = None
    for candidate in _PHONE.finditer(rest):
        if 8 <= sum(char.isdigit() for char in candidate.group(0)) <= 15:
            phone = " ".join(candidate.group(0).split())
            rest = rest.replace(candidate.group(0), " ")
            break
    name = _LABELS.sub(" ", rest)
    name = re.sub(r"[<>()\[\]]", " ", name)
    name = " ".join(name.split()).strip(" ,;/|-.")
    if not (email or phone or any(char.isalpha() for char in name)):
        raise Unreadable("expected a name, an email address or a phone number")
    return Contact(name=name or None, email=email, phone=phone)


def merge_annotations(rounds: list[Annotations]) -> Annotations:
    """RULES.md A5: the latest round's lines win for single values; contacts are united."""
    merged = Annotations()
    contacts: list[Contact] = []
    for notes in rounds:
        changes = {
            name: getattr(notes, name)
            for name in ("answer_by", "answer_within_days", "process", "channel", "position",
                         "points", "language", "company")
            if getattr(notes, name) is not None
        }
        merged = replace(
            merged,
            opt_out=merged.opt_out or notes.opt_out,  # an opt-out is for the application
            present=merged.present | notes.present,
            **changes,
        )
        contacts.extend(notes.contacts)
    return replace(merged, contacts=tuple(dedupe_contacts(contacts)))


def dedupe_contacts(contacts: list[Contact]) -> list[Contact]:
    """One contact per person, in order of first appearance, details merged.

    The same address is the same person. A contact noted without an address
    ("Contact : Jeanne Dupont 06 12 34 56 78") is the one of the same name, or
    of the same phone number; two different addresses are two people.
    """
    merged: list[Contact] = []
    for contact in contacts:
        index = _same_person(merged, contact)
        if index is None:
            merged.append(contact)
            continue
        known = merged[index]
        merged[index] = Contact(
            name=known.name or contact.name,
            email=known.email or contact.email,
            phone=known.phone or contact.phone,
        )
    return merged


def _same_person(known: list[Contact], contact: Contact) -> int | None:
    for index, other in enumerate(known):
        if contact.email and other.email:
            if contact.email == other.email:
                return index
            continue
        if contact.name and other.name and fold(contact.name) == fold(other.name):
            return index
        if contact.phone and other.phone and _digits(contact.phone) == _digits(other.phone):
            return index
    return None


def _digits(phone: str) -> str:
    # The last nine digits: "+33 6 12 34 56 78" and "06 12 34 56 78" are one number.
    return "".join(char for char in phone if char.isdigit())[-9:]
