"""Whether an address is a person the user may write to (RULES.md E1), and if not, why.

A draft goes only to a person. Set aside, each with the reason the user is
shown (`relance plan`, the E1 question event):
- the user's own addresses (settings and the attendee the calendar marks as self);
- robots: no-reply and its spellings anywhere in the local part (`noreply`,
  `jobs-noreply`, `ne-pas-repondre`…), mailer-daemon, postmaster, bounces,
  notification, calendar and invitation senders;
- applicant-tracking systems (`settings.ats_domains` and their sub-domains):
  their addresses relay notifications, a reply reaches no recruiter;
- rooms and resources: an attendee whose CUTYPE is ROOM or RESOURCE (Google's
  `resource` flag), a resource or group calendar address
  (`…@resource.calendar.google.com`), or a display name that names a room
  ("Salle Seine", "Meeting Room 3").
A malformed address (no local part or no dotted domain) is set aside too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from policy.model import Attendee, CalendarEvent, Language
from policy.settings import Settings
from policy.text import fold

_ROBOT = re.compile(
    r"(?:^|[-_.+])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|"
    r"ne[-_.]?repondez[-_.]?pas)(?:$|[-_.+])"
    r"|^(?:noreply|mailer[-_.]?daemon|postmaster|bounces?|notifications?|notify|"
    r"calendar(?:[-_.]notification)?|invitations?|auto[-_.]?reply|automated)(?:$|[-_.+])",
    re.IGNORECASE,
)
_CALENDAR_DOMAINS = ("resource.calendar.google.com", "group.calendar.google.com")
_ROOM_NAME = re.compile(
    r"^(?:salle|room|meeting room|conference room|boardroom|board room|salle de reunion)\b"
    r"|\b(?:meeting room|conference room|salle de reunion|salle de conference)\b"
)
_ROOM_TYPES = frozenset({"ROOM", "RESOURCE"})
_VALID = re.compile(r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")


def rooms_of(events: Iterable[CalendarEvent]) -> frozenset[str]:
    """The addresses that the events' attendee lists mark as rooms or resources."""
    return frozenset(
        a.email.lower()
        for e in events for a in (*e.attendees, *([e.organizer] if e.organizer else ()))
        if is_room(a)
    )


def is_room(attendee: Attendee) -> bool:
    return attendee.cutype in _ROOM_TYPES or _room_name(attendee.name)


def _room_name(name: str | None) -> bool:
    return bool(name) and _ROOM_NAME.search(fold(name or "")) is not None


_WHY: dict[str, dict[Language, str]] = {
    "invalid": {"en": "not a complete mail address", "fr": "pas une adresse complète"},
    "self": {"en": "your own address", "fr": "votre propre adresse"},
    "room": {"en": "a meeting room or resource, not a person",
             "fr": "une salle ou une ressource, pas une personne"},
    "ats": {"en": "an applicant-tracking system's notification address ({})",
            "fr": "une adresse de notification d'un logiciel de recrutement ({})"},
    "robot": {"en": "an automatic sender (no-reply, notifications)",
              "fr": "un expéditeur automatique (no-reply, notifications)"},
}


def set_aside(
    email: str, name: str | None, settings: Settings, rooms: frozenset[str] = frozenset(),
    language: Language = "en",
) -> str | None:
    """Why `email` is no person to write to (user-readable), or None when it is one."""
    email = email.strip().lower()
    if not _VALID.match(email):
        return _WHY["invalid"][language]
    if email in {e.lower() for e in settings.user_emails}:
        return _WHY["self"][language]
    local, _, domain = email.rpartition("@")
    if email in rooms or _room_name(name) or _under(domain, _CALENDAR_DOMAINS):
        return _WHY["room"][language]
    ats = _ats(domain, settings.ats_domains)
    if ats:
        return _WHY["ats"][language].format(ats)
    if _ROBOT.search(local):
        return _WHY["robot"][language]
    return None


def is_personal(email: str, settings: Settings, rooms: frozenset[str] = frozenset()) -> bool:
    return set_aside(email, None, settings, rooms) is None


def _under(domain: str, parents: Iterable[str]) -> bool:
    return any(domain == p or domain.endswith("." + p) for p in parents)


@lru_cache(maxsize=4096)
def _ats(domain: str, ats_domains: tuple[str, ...]) -> str | None:
    return next((d for d in ats_domains if domain == d or domain.endswith("." + d)), None)
