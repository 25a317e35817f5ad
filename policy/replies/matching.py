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
from collections.abc import Callable, Sequence
from datetime import datetime

from policy.model import Address, Application, Direction, Message
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

Way = Callable[[Message, Sequence[Application], Sequence[Message], Settings], set[str]]


def match_application(
    message: Message,
    applications: Sequence[Application],
    known: Sequence[Message],
    settings: Settings,
) -> str | None:
    """The key of the application `message` belongs to, or None."""
    eligible = [a for a in applications if _after_first_interview(message.date, a, settings)]
    for way in (_same_thread, _contact, _same_domain, _tracking_system):
        keys = way(message, eligible, known, settings)
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None


def _after_first_interview(when: datetime, application: Application, settings: Settings) -> bool:
    if not application.interviews:
        return False
    first = min(local_date(i.event.start, settings) for i in application.interviews)
    starts = [i.event.start for i in application.interviews if isinstance(i.event.start, datetime)]
    if starts and local_date(min(starts), settings) == first:
        return when > min(starts)
    return local_date(when, settings) >= first


def _parties(message: Message) -> tuple[Address, ...]:
    return message.recipients if message.direction is Direction.OUTBOUND else (message.sender,)


def _domain(email: str) -> str:
    return email.rsplit("@", 1)[-1].lower() if "@" in email else ""


def _same_or_sub(domain: str, other: str) -> bool:
    return domain == other or domain.endswith("." + other) or other.endswith("." + domain)


def _same_thread(message: Message, apps: Sequence[Application], known: Sequence[Message],
                 settings: Settings) -> set[str]:
    keys = {a.key for a in apps}
    found: set[str] = set()
    for other in known:
        if other.application_key not in keys or other.id == message.id:
            continue
        if (message.thread_id is not None and other.thread_id == message.thread_id) or (
            other.message_id is not None and other.message_id in message.references
        ) or (message.message_id is not None and message.message_id in other.references):
            found.add(other.application_key)
    return found


def _contact(message: Message, apps: Sequence[Application], known: Sequence[Message],
             settings: Settings) -> set[str]:
    emails = {p.email.lower() for p in _parties(message)}
    return {a.key for a in apps if any(c.email and c.email.lower() in emails for c in a.contacts)}


def _is_webmail(domain: str, settings: Settings) -> bool:
    return any(_same_or_sub(domain, w) for w in settings.webmail_domains)


def is_tracking_system(address: Address, settings: Settings) -> bool:
    """An applicant-tracking sender: a listed domain, a known brand, or a bulk
    sender ("no-reply", "careers"…) writing on a company's behalf ("X via Y")."""
    domain = _domain(address.email)
    if any(_same_or_sub(domain, d) for d in settings.ats_domains):
        return True
    if any(brand in domain.split(".") or domain.startswith(brand) or f".{brand}" in domain
           for brand in _ATS_BRANDS):
        return True
    local = address.email.split("@", 1)[0].lower()
    return bool(_BULK_LOCAL.match(local) and address.name and _ATS_NAME.search(address.name))


def _same_domain(message: Message, apps: Sequence[Application], known: Sequence[Message],
                 settings: Settings) -> set[str]:
    domains = {
        _domain(p.email) for p in _parties(message)
        if not _is_webmail(_domain(p.email), settings) and not is_tracking_system(p, settings)
    }
    return {
        a.key for a in apps
        if any(_same_or_sub(d, mine) for d in a.domains for mine in domains
               if d and not _is_webmail(d, settings))
    }


def _names(application: Application) -> set[str]:
    return {fold(n).strip() for n in (application.company, application.key) if len(n.strip()) >= 3}


def _tracking_system(message: Message, apps: Sequence[Application], known: Sequence[Message],
                     settings: Settings) -> set[str]:
    if not any(is_tracking_system(p, settings) for p in _parties(message)):
        return set()
    said = fold(" ".join([message.subject, message.text, message.sender.name or ""]))
    return {
        a.key for a in apps
        if any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", said) for n in _names(a))
    }
