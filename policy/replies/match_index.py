"""RULES.md C1 made cheap for a whole mailbox: the applications indexed once.

Comparing every message with every application made a cycle quadratic
(bench/bench_cycle.py: 6 ms a message at 1,000 applications). The index maps
what a message can show (a thread, an address, a domain, a word naming a
company) to the few applications it can point to; `matching.py` then applies
the same four ways, in the same order, to those candidates only. Every lookup
is a necessary condition: the final test is the one `matching.py` always made,
so the answers do not change.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from policy.model import Application, Message
from policy.replies.text import fold
from policy.settings import Settings
from policy.workdays import local_date

_TOKEN = re.compile(r"[\w-]+")
_KeysOf = Callable[[Message], Iterable[str]]  # what a known message is filed under


@dataclass(frozen=True)
class Since:
    """From when an application reads mail: after its first interview's
    instant, or from its first day when that day starts with an all-day event."""

    instant: datetime | None
    day: date

    def admits(self, when: datetime, day: date) -> bool:
        return when > self.instant if self.instant is not None else day >= self.day


@dataclass(frozen=True)
class Link:
    """A known message already tied to an application, as a thread sees it."""

    message_id: str
    key: str


@dataclass(frozen=True)
class Name:
    """A company name (or key) as the tracking-system way looks for it."""

    key: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ApplicationIndex:
    settings: Settings
    since: Mapping[str, tuple[Since, ...]]  # application key -> each homonym's threshold
    by_thread: Mapping[str, tuple[Link, ...]]
    by_message_id: Mapping[str, tuple[Link, ...]]
    by_reference: Mapping[str, tuple[Link, ...]]
    by_contact: Mapping[str, frozenset[str]]  # lower-cased email -> keys
    by_domain: Mapping[str, frozenset[str]]  # a contact's domain, as written -> keys
    by_parent: Mapping[str, frozenset[str]]  # every dotted suffix of those domains -> keys
    by_first_word: Mapping[str, tuple[Name, ...]]
    unworded: tuple[Name, ...]  # names that do not start with a word character

    def eligible(self, key: str, when: datetime, day: date) -> bool:
        return any(s.admits(when, day) for s in self.since.get(key, ()))


def index_applications(
    applications: Sequence[Application], known: Sequence[Message], settings: Settings,
) -> ApplicationIndex:
    """Everything C1 needs from the applications and the linked messages, once."""
    reading = [a for a in applications if a.interviews]
    since: dict[str, list[Since]] = defaultdict(list)
    contacts: dict[str, set[str]] = defaultdict(set)
    domains: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, set[str]] = defaultdict(set)
    for app in reading:
        since[app.key].append(first_interview(app, settings))
        for contact in app.contacts:
            if contact.email:
                contacts[contact.email.lower()].add(app.key)
        for domain in app.domains:
            if domain and not is_webmail(domain, settings.webmail_domains):
                domains[domain].add(app.key)
                for suffix in dotted_suffixes(domain):
                    parents[suffix].add(app.key)
    worded, unworded = _names(reading)
    return ApplicationIndex(
        settings=settings,
        since={k: tuple(v) for k, v in since.items()},
        by_thread=_links(known, lambda m: (m.thread_id,) if m.thread_id is not None else ()),
        by_message_id=_links(known, lambda m: (m.message_id,) if m.message_id is not None else ()),
        by_reference=_links(known, lambda m: m.references),
        by_contact=_frozen(contacts),
        by_domain=_frozen(domains),
        by_parent=_frozen(parents),
        by_first_word=worded,
        unworded=unworded,
    )


def first_interview(application: Application, settings: Settings) -> Since:
    first = min(local_date(i.event.start, settings) for i in application.interviews)
    starts = [i.event.start for i in application.interviews if isinstance(i.event.start, datetime)]
    if starts and local_date(min(starts), settings) == first:
        return Since(min(starts), first)
    return Since(None, first)


def same_or_sub(domain: str, other: str) -> bool:
    return domain == other or domain.endswith("." + other) or other.endswith("." + domain)


@lru_cache(maxsize=4096)
def is_webmail(domain: str, webmail_domains: tuple[str, ...]) -> bool:
    # Cached: a mailbox repeats a few hundred domains over tens of thousands of messages.
    return any(same_or_sub(domain, w) for w in webmail_domains)


def dotted_suffixes(domain: str) -> list[str]:
    """What follows each dot: "a.b.fr" -> ["b.fr", "fr"] (a trailing dot gives "")."""
    return [domain[i + 1:] for i, char in enumerate(domain) if char == "."]


def words(text: str) -> set[str]:
    return set(_TOKEN.findall(text))


def _links(known: Sequence[Message], by: _KeysOf) -> dict[str, tuple[Link, ...]]:
    found: dict[str, list[Link]] = defaultdict(list)
    for other in known:
        if other.application_key is None:
            continue
        for value in by(other):
            found[value].append(Link(other.id, other.application_key))
    return {k: tuple(v) for k, v in found.items()}


def _frozen(table: Mapping[str, set[str]]) -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in table.items()}


def _names(
    applications: Iterable[Application],
) -> tuple[dict[str, tuple[Name, ...]], tuple[Name, ...]]:
    # A name found between non-word characters starts where a word of the text
    # starts and its first word is that whole word: looking up the text's words
    # finds every candidate, and the pattern still decides.
    worded: dict[str, list[Name]] = defaultdict(list)
    unworded: list[Name] = []
    for app in applications:
        for name in {fold(n).strip() for n in (app.company, app.key) if len(n.strip()) >= 3}:
            entry = Name(app.key, re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])"))
            head = _TOKEN.match(name)
            if head is None:
                unworded.append(entry)
            else:
                worded[head.group()].append(entry)
    return {k: tuple(v) for k, v in worded.items()}, tuple(unworded)
