"""RULES.md A5: interviews for one company form one application, in rounds.

Two interviews belong together when they share a company key, or a company
domain among their contacts (personal and tracking-system domains never join
two interviews, see `policy.companies`); the relation is transitive.

A shared domain joins interviews only when it is the company's own: its name
and the interview's company key contain one another, letters and digits only
("acme-group.fr" for "ACME", "acme.com" for "ACME France"). A recruitment
agency's domain (jeanne@hays.fr at the interviews with ACME and with Globex)
is shared by different companies and must not make them one application:
else the Globex interview would become ACME's second round and cancel its
pending steps (E3).

Order: by start in the user's time zone; an all-day interview counts from the
start of its day there, so it comes before a timed interview the same day;
ties go by source id, so the order never depends on the input's order.
Round n is interviews[n-1]. Two interviews of one application at the same
start are copies of one meeting (see `_one_per_start`), one round.

`Application.key` is the company key of the earliest interview: stable across
runs as long as that interview stays in the calendar. `company` is that
interview's display name. Contacts: the latest round's first (the person met
last is whom to write to), one per address. Annotations: see
`policy.annotations.merge_annotations`. `title_language` is
`policy.text.guess_language` of the titles, else of the descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, time

from policy.annotations import dedupe_contacts, merge_annotations
from policy.companies import company_domain
from policy.model import Application, Interview, Language
from policy.settings import Settings
from policy.text import guess_language, html_to_text, word_set
from policy.workdays import user_zone


def group_applications(
    interviews: Sequence[Interview], settings: Settings
) -> list[Application]:
    ordered = sorted(interviews, key=lambda i: (start_in_zone(i, settings), i.source_id))
    groups = _connected(ordered, settings)
    applications = [_application(group, settings) for group in groups]
    return sorted(applications, key=lambda a: (start_in_zone(a.interviews[0], settings), a.key))


def start_in_zone(interview: Interview, settings: Settings) -> datetime:
    """When an interview starts, as an aware datetime in the user's zone."""
    start = interview.event.start
    zone = user_zone(settings)
    if isinstance(start, datetime):
        return start.astimezone(zone)
    return datetime.combine(start, time(0, 0), tzinfo=zone)


def _connected(ordered: list[Interview], settings: Settings) -> list[list[Interview]]:
    """Groups of interviews linked by key or company domain, each kept in start order."""
    parent = list(range(len(ordered)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    first_seen: dict[str, int] = {}
    for index, interview in enumerate(ordered):
        links = {f"key:{interview.company_key}"}
        links |= {f"domain:{d}" for d in _domains(interview, settings)}
        for link in sorted(links):
            if link in first_seen:
                parent[root(index)] = root(first_seen[link])
            else:
                first_seen[link] = index
    groups: dict[int, list[Interview]] = {}
    for index, interview in enumerate(ordered):
        groups.setdefault(root(index), []).append(interview)
    return list(groups.values())


def _domains(interview: Interview, settings: Settings) -> set[str]:
    """The company domains of an interview's contacts that are the company's own."""
    found = {company_domain(c.email, settings) for c in interview.contacts if c.email}
    return {d for d in found if d and _related(d.split(".")[0], interview.company_key)}


# Words too common in company names to tie a domain to a company by themselves.
_GENERIC = word_set(
    "group groupe france paris europe international consulting conseil solutions services "
    "partners associes technologies tech digital the les des"
)


def _related(label: str, key: str) -> bool:
    """Whether a domain label names the company: "acme-group" for "acme", "backmarket" for
    "back market", "acme" for "groupe acme"."""
    letters_label = "".join(char for char in label if char.isalnum())
    letters_key = "".join(char for char in key if char.isalnum())
    shorter, longer = sorted((letters_label, letters_key), key=len)
    if len(shorter) >= 3 and shorter in longer:
        return True
    common = set(re.split(r"[^a-z0-9]+", label)) & set(key.split())
    return any(len(word) >= 3 and word not in _GENERIC for word in common)


def _one_per_start(group: list[Interview], settings: Settings) -> list[Interview]:
    """One interview per start time: two copies of one meeting are not two rounds.

    The same interview may sit in two calendars (the invitation and the user's
    own copy); as two rounds it would cancel the first round's steps (E3).
    The copy with the most A3 lines is kept, else the first by source id.
    """
    kept: dict[datetime, Interview] = {}
    for interview in group:
        start = start_in_zone(interview, settings)
        known = kept.get(start)
        if known is None or len(interview.annotations.present) > len(known.annotations.present):
            kept[start] = interview
    return list(kept.values())


def _application(group: list[Interview], settings: Settings) -> Application:
    rounds = _one_per_start(group, settings)
    annotations = merge_annotations([interview.annotations for interview in group])
    contacts = [contact for interview in reversed(group) for contact in interview.contacts]
    return Application(
        key=rounds[0].company_key,
        company=rounds[0].company,
        interviews=tuple(rounds),
        contacts=tuple(dedupe_contacts(contacts)),
        language=annotations.language,
        annotations=annotations,
        title_language=_title_language(rounds, settings.interview_tag),
    )


def _title_language(rounds: list[Interview], tag: str) -> Language | None:
    # The user's tag ("#candidature") says nothing of the recruiter's language.
    untag = re.compile(re.escape(tag), re.IGNORECASE) if tag else None

    def text(raw: str) -> str:
        return untag.sub(" ", raw) if untag else raw

    titles = " ".join(text(interview.event.title) for interview in rounds)
    descriptions = " ".join(text(html_to_text(i.event.description)) for i in rounds)
    return guess_language(titles) or guess_language(descriptions)
