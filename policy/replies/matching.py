"""RULES.md C1: which application a message answers, or none.

Four ways, strongest first: the same thread as a message already matched;
a sender (recipient, for the user's own messages) among the contacts; the
same non-webmail domain as a contact; an applicant-tracking system whose
mail names the company. The first way that finds exactly one application
decides; a way that finds several gives up (ambiguous, never guessed), and
a message that matches nothing is ignored. Only messages dated after the
application's first interview count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from policy.model import Address, Application, Direction, Message
from policy.replies.match_index import (
    ApplicationIndex,
    Link,
    dotted_suffixes,
    index_applications,
    is_webmail,
    same_or_sub,
    words,
)
from policy.replies.text import fold
from policy.settings import Settings
from policy.workdays import local_date

# Tracking systems not in the settings list still show in their sender.
_ATS_BRANDS = (
    "workday", "greenhouse", "lever", "smartrecruiters", "teamtailor", "welcometothejungle",
    "welcomekit", "taleo", "icims", "jobvite", "ashby", "recruitee", "successfactors",
    "breezy", "personio", "flatchr", "jobaffinity", "digitalrecruiters", "talentsoft",
    "talent-soft", "beetween", "werecruit", "bamboohr", "workable", "pinpoint", "jazzhr",
)
_BULK_LOCAL = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|jobs|careers|"
                         r"recrutement|recruiting|recruitment|talent|hiring)\b")
_ATS_NAME = re.compile(r"\bvia\b|recruiting|hiring team|talent acquisition|recrutement", re.I)


def match_application(
    message: Message,
    applications: Sequence[Application],
    known: Sequence[Message],
    settings: Settings,
) -> str | None:
    """The key of the application `message` belongs to, or None."""
    return match_with(message, index_applications(applications, known, settings))


def match_all(
    messages: Sequence[Message],
    applications: Sequence[Application],
    known: Sequence[Message],
    settings: Settings,
) -> list[str | None]:
    """`match_application` for each message, the applications indexed once."""
    index = index_applications(applications, known, settings)
    return [match_with(m, index) for m in messages]


def match_with(message: Message, index: ApplicationIndex) -> str | None:
    """`match_application` against an index built by `index_applications`."""
    day = local_date(message.date, index.settings)
    for way in (_same_thread, _contact, _same_domain, _tracking_system):
        keys = {k for k in way(message, index) if index.eligible(k, message.date, day)}
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None


def _parties(message: Message) -> tuple[Address, ...]:
    return message.recipients if message.direction is Direction.OUTBOUND else (message.sender,)


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower() if "@" in email else ""


def _same_thread(message: Message, index: ApplicationIndex) -> set[str]:
    links: list[Link] = []
    if message.thread_id is not None:
        links += index.by_thread.get(message.thread_id, ())
    for reference in message.references:
        links += index.by_message_id.get(reference, ())
    if message.message_id is not None:
        links += index.by_reference.get(message.message_id, ())
    return {link.key for link in links if link.message_id != message.id}


def _contact(message: Message, index: ApplicationIndex) -> set[str]:
    emails = {p.email.lower() for p in _parties(message)}
    return {k for email in emails for k in index.by_contact.get(email, ())}


def is_tracking_system(address: Address, settings: Settings) -> bool:
    """An applicant-tracking sender: a listed domain, a known brand, or a bulk
    sender ("no-reply", "careers"…) writing on a company's behalf ("X via Y")."""
    if _tracking_domain(_domain(address.email), settings.ats_domains):
        return True
    local = address.email.split("@", 1)[0].lower()
    return bool(_BULK_LOCAL.match(local) and address.name and _ATS_NAME.search(address.name))


@lru_cache(maxsize=4096)
def _tracking_domain(domain: str, ats_domains: tuple[str, ...]) -> bool:
    # Cached: a mailbox repeats a few hundred domains over tens of thousands of messages.
    if any(same_or_sub(domain, d) for d in ats_domains):
        return True
    return any(brand in domain.split(".") or domain.startswith(brand) or f".{brand}" in domain
               for brand in _ATS_BRANDS)


def _same_domain(message: Message, index: ApplicationIndex) -> set[str]:
    settings = index.settings
    domains = {
        _domain(p.email) for p in _parties(message)
        if not is_webmail(_domain(p.email), settings.webmail_domains)
        and not is_tracking_system(p, settings)
    }
    found: set[str] = set()
    for mine in domains:
        # An application's domain equals this one, is one of its parents, or is under it.
        found.update(index.by_domain.get(mine, ()), index.by_parent.get(mine, ()))
        for parent in dotted_suffixes(mine):
            found.update(index.by_domain.get(parent, ()))
    return found


def _tracking_system(message: Message, index: ApplicationIndex) -> set[str]:
    if not any(is_tracking_system(p, index.settings) for p in _parties(message)):
        return set()
    said = fold(" ".join([message.subject, message.text, message.sender.name or ""]))
    candidates = [n for w in words(said) for n in index.by_first_word.get(w, ())]
    return {n.key for n in (*candidates, *index.unworded) if n.pattern.search(said)}
