"""RULES.md A1 and A2: which calendar events are interviews, with whom.

A1: an event is an interview when `policy.interview_judge` says so with
certainty: the user's word (an answer to relance's question, a tag, the
interviews calendar), or enough evidence for and none that rules it out.
An event it is unsure about is no interview here: relance asks the user
(`policy.interview_questions`) and plans nothing for it until answered.
`Interview.reason` is the verdict's evidence (F4).

A2: the company comes from an `Entreprise:` / `Company:` line, else from the
title: the words that spell a company domain of its people ("Back Market" for
backmarket.com), else the title's patterns ("Entretien – ACME", "Interview
with ACME", "ACME interview"; a part that reads as a job title, the `Poste`
line or a person's name is skipped), else the company domain of the
organizer, then of the other attendees (see `policy.companies`). An
interview whose company cannot be found is reported as a Problem, never
guessed: a title without an interview word ("ACME #candidature") gives no
company by itself.

Contacts: `Contact:` lines first (the user chose them), then the organizer,
then the attendees, never the user; addresses that cannot receive a reply
(no-reply, calendar resources) are left out; one contact per person (see
`policy.annotations.dedupe_contacts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from policy.annotations import dedupe_contacts, event_name, parse_annotations
from policy.companies import (
    company_domain,
    company_from_domain,
    company_from_title,
    company_in_title,
    company_key,
)
from policy.interview_judge import Outcome, is_user, judge
from policy.model import Annotations, Attendee, CalendarEvent, Contact, Interview, Problem
from policy.personal import is_room
from policy.settings import Settings
from policy.text import fold

_EPOCH = date(1970, 1, 1)
_UNREACHABLE = re.compile(
    r"^(?:no-?reply|do-?not-?reply|ne-?pas-?repondre|notifications?|calendar|invitations?)[@+.]"
    r"|@(?:resource\.|group\.)?calendar\.google\.com$"
)


def read_interviews(
    events: Sequence[CalendarEvent], settings: Settings
) -> tuple[list[Interview], list[Problem]]:
    interviews: list[Interview] = []
    problems: list[Problem] = []
    # The instances of a weekly series differ only by when they are and their ids: the
    # judge reads neither, so each series is judged once (bench/bench_first_sync.py).
    reasons: dict[CalendarEvent, str | None] = {}
    for event in events:
        same = replace(event, source_id="", start=_EPOCH, end=None, origin="", revision=0)
        if same not in reasons:
            reasons[same] = interview_reason(event, settings)
        reason = reasons[same]
        if reason is None:
            continue
        annotations, line_problems = parse_annotations(event, settings)
        problems.extend(line_problems)
        found = _interview(event, annotations, reason, settings)
        if isinstance(found, Interview):
            interviews.append(found)
        else:
            problems.append(found)
    return interviews, problems


def _interview(
    event: CalendarEvent, annotations: Annotations, reason: str, settings: Settings
) -> Interview | Problem:
    company = find_company(event, annotations, settings)
    key = company_key(company) if company else ""
    if company is None or not key:
        return Problem(
            where=event_name(event),
            what=f"an interview ({reason}) whose company cannot be found: "
            "add a line \"Entreprise : …\" (or \"Company: …\") to its description",
        )
    return Interview(
        event=event,
        company=company,
        company_key=key,
        contacts=contacts_of(event, annotations, settings),
        annotations=annotations,
        reason=reason,
    )


def interview_reason(event: CalendarEvent, settings: Settings) -> str | None:
    """Why `event` is an interview (F4), or None when it is not one for sure."""
    verdict = judge(event, settings)
    return verdict.reason if verdict.outcome is Outcome.INTERVIEW else None


def _others(event: CalendarEvent, settings: Settings) -> list[Attendee]:
    """Organizer first, then attendees, never the user."""
    people = [event.organizer] if event.organizer else []
    people.extend(event.attendees)
    return [p for p in people if not is_user(p, settings)]


def find_company(
    event: CalendarEvent, annotations: Annotations, settings: Settings
) -> str | None:
    if annotations.company:
        return annotations.company
    avoid = frozenset(
        fold(name)
        for name in (*(p.name for p in _others(event, settings)),
                     *(c.name for c in annotations.contacts), annotations.position)
        if name
    )
    emails = [p.email for p in _others(event, settings)]
    emails += [c.email for c in annotations.contacts if c.email]
    domains = [d for d in (company_domain(email, settings) for email in emails) if d]
    from_title = company_in_title(event.title, domains) or company_from_title(
        event.title, settings.interview_tag, avoid
    )
    if from_title:
        return from_title
    return company_from_domain(domains[0]) if domains else None


def contacts_of(
    event: CalendarEvent, annotations: Annotations, settings: Settings
) -> tuple[Contact, ...]:
    mine = {address.lower() for address in settings.user_emails}
    contacts = [c for c in annotations.contacts if c.email not in mine or not c.email]
    contacts += [
        Contact(name=person.name or None, email=person.email.lower())
        for person in _others(event, settings)
        if person.email and not _UNREACHABLE.search(person.email.lower())
        and not is_room(person)  # E1: a meeting room is no contact (CUTYPE, "Salle …")
    ]
    return tuple(dedupe_contacts(contacts))
