"""RULES.md A1: the evidence of an event's description and of who and where it is.

The weights are listed in `policy.interview_judge`'s docstring, with the
title's; this module reads the description (its first 4,000 characters:
the head says what a meeting is) and the people, links and the user's A3
lines.
"""

from __future__ import annotations

import re

from policy.annotations import parse_annotations
from policy.companies import company_domain, domain_of, registrable_domain
from policy.interview_counter import DESCRIPTION_FAMILIES, INTERVIEWER, counter_evidence
from policy.interview_signals import (
    AGENCY_DOMAINS,
    HIRING_TOOLS,
    JOB_TITLE,
    POST_IN_TEXT,
    RECRUITER,
    ROUND,
    SCHEDULING,
    VIDEO,
)
from policy.interview_verdict import Evidence, Part
from policy.interview_words import find_interview_word
from policy.model import Attendee, CalendarEvent
from policy.settings import Settings
from policy.text import fold, fold_with_map, html_to_text, original_span

RULED_OUT = -6.0


def user_words(settings: Settings) -> str:
    """Who the user is, in words: the name, else the local parts of the addresses."""
    if settings.user_name.strip():
        return settings.user_name
    locals_ = [email.split("@", 1)[0] for email in settings.user_emails[:1]]
    return " ".join(re.split(r"[._+-]+", " ".join(locals_)))


def _span(text: str, where: list[int], match: re.Match[str]) -> str:
    return original_span(text, where, match.start(), match.end())


def shown(text: str, folded: str, where: list[int], words: str) -> str:
    """The words found in folded text, as the user wrote them (accents, case)."""
    start = folded.find(words)
    return original_span(text, where, start, start + len(words)) if start >= 0 else words


def is_user(person: Attendee, settings: Settings) -> bool:
    mine = {address.lower() for address in settings.user_emails}
    return person.is_self or person.email.lower() in mine


def description_evidence(event: CalendarEvent, settings: Settings) -> Part:
    text = html_to_text(event.description)[:4000]  # the head says what the meeting is
    folded, where = fold_with_map(text)
    found: list[Evidence] = []
    word = find_interview_word(folded)
    if word is not None and find_interview_word(fold(event.title)) is None:
        found.append(Evidence(f'its description says "{_span(text, where, word)}"', 1.5))
    for pattern, weight, what in (
        (POST_IN_TEXT, 1.0, "a post or an application"),
        (JOB_TITLE, 1.0, "a job title"),
        (RECRUITER, 1.0, "a recruiter"),
        (ROUND, 1.0, "an assessment round"),
    ):
        match = pattern.search(folded)
        if match is not None:
            found.append(Evidence(f'its description mentions {what}: '
                                  f'"{_span(text, where, match)}"', weight))
    for why, words in counter_evidence(folded, user_words(settings), DESCRIPTION_FAMILIES):
        # An interview kit or a scorecard is sent to interviewers only: it rules out.
        weight = RULED_OUT if why == INTERVIEWER else -2.5
        found.append(Evidence(
            f'its description shows {why}: "{shown(text, folded, where, words)}"', weight))
    return found, 2.5


# -- who and where -----------------------------------------------------------
def context_evidence(event: CalendarEvent, settings: Settings) -> Part:
    people = [p for p in (event.organizer, *event.attendees) if p and not is_user(p, settings)]
    domains = {domain_of(p.email) for p in people if p.email}
    links = fold(" ".join((event.description[:4000], event.location)))
    found: list[Evidence] = []
    agencies = sorted(d for d in domains if registrable_domain(d).split(".")[0] in AGENCY_DOMAINS)
    if agencies:
        found.append(Evidence(f"an address at a recruitment firm ({agencies[0]})", 2.0))
    tools = sorted(d for d in domains if HIRING_TOOLS.search(d)) or [
        m.group(0) for m in [HIRING_TOOLS.search(links)] if m]
    if tools:
        found.append(Evidence(f"a hiring tool ({tools[0]})", 1.5))
    others = sorted(
        d for d in (company_domain(p.email, settings) for p in people if p.email)
        if d and not HIRING_TOOLS.search(d) and not SCHEDULING.search(d)
    )
    if others and not agencies:
        found.append(Evidence(f"someone from another organisation ({others[0]})", 1.0))
    for pattern, what in ((SCHEDULING, "a scheduling link"), (VIDEO, "a video-meeting link")):
        match = pattern.search(links) or next(
            (m for m in (pattern.search(d) for d in domains) if m), None)
        if match is not None:
            found.append(Evidence(f"{what} ({match.group(0)})", 0.5))
    annotations, _ = parse_annotations(event, settings)
    if annotations.present or annotations.company:
        found.append(Evidence("the user noted what comes next (A3 lines)", 1.5))
    if event.recurring:
        found.append(Evidence("it repeats (a series is no interview)", -2.0))
    if _colleagues_only(people, settings):
        found.append(Evidence("only the user's colleagues take part", -1.0))
    return found, 3.0


def _colleagues_only(people: list[Attendee], settings: Settings) -> bool:
    own = {registrable_domain(domain_of(e)) for e in settings.user_emails}
    own -= {registrable_domain(d) for d in settings.webmail_domains}
    domains = {registrable_domain(domain_of(p.email)) for p in people if p.email}
    return bool(domains) and domains <= own
