"""To whom, in which language and in which thread a draft goes (RULES.md E1).

Decisions:
- Language: the A3 `Langue` line; else the language of the recruiter's latest
  inbound message labelled other than `other` that has one; else the language guessed from
  the interview titles; else the user's default.
- Recipients: the person the user named with `relance contact`, alone;
  else the people met at the round's interview and its `Contact`
  lines, in that order; if none has an address, the application's contacts;
  if still none, the human sender of the message answered (or of the latest
  inbound message). Only persons (`policy.personal`): no-reply addresses,
  applicant-tracking notification senders, rooms and resources and the
  user's own addresses are never recipients. A draft answering a refusal
  (D1, D2) goes first to the refusal's human sender. When nobody is left,
  the draft waits and relance asks (`policy.contact_question`).
- Thread: the message answered (D1, D2), else the application's latest
  inbound message with a label other than `other` (never an out-of-office
  or a job alert): same thread id, In-Reply-To its Message-ID, References
  its references + its Message-ID, subject "Re: <its subject>" without
  doubling "Re:". Without one, the template's subject and a new thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from policy.model import (
    Address,
    Application,
    Contact,
    Direction,
    Interview,
    Label,
    Language,
    Message,
)
from policy.personal import is_personal, rooms_of, set_aside
from policy.settings import Settings

_RE = re.compile(r"^(\s*(re|tr|fwd?|aw)\s*:\s*)+", re.IGNORECASE)


def language_of(
    application: Application, messages: Sequence[Message], settings: Settings
) -> Language:
    if application.annotations.language is not None:
        return application.annotations.language
    if application.language is not None:
        return application.language
    spoken = [
        m.classification.language for m in messages
        if m.direction is Direction.INBOUND and m.classification is not None
        and m.classification.label is not Label.OTHER and m.classification.language
    ]
    if spoken:
        return spoken[-1]
    return application.title_language or settings.default_language


def is_reachable(email: str, settings: Settings) -> bool:
    """A human address the user may write to (see `policy.personal`)."""
    return is_personal(email, settings)


def _addresses(
    contacts: Iterable[Contact], settings: Settings, rooms: frozenset[str]
) -> list[Address]:
    found: list[Address] = []
    for contact in contacts:
        email = (contact.email or "").lower()
        if (
            email and set_aside(email, contact.name, settings, rooms) is None
            and email not in {a.email for a in found}
        ):
            found.append(Address(email=email, name=contact.name))
    return found


def application_rooms(application: Application) -> frozenset[str]:
    return rooms_of(i.event for i in application.interviews)


def recipients(
    application: Application, interview: Interview, answer_to: Message | None,
    messages: Sequence[Message], settings: Settings, chosen: Address | None = None,
) -> tuple[Address, ...]:
    """Who a draft goes to; () when no person is known (E1: then relance asks)."""
    if chosen is not None:
        return (chosen,)  # the user named the person (`relance contact`)
    rooms = application_rooms(application)
    met = [*interview.contacts, *interview.annotations.contacts]
    found = _addresses(met, settings, rooms) or _addresses(application.contacts, settings, rooms)
    sender = answer_to or latest_inbound(messages)
    if sender is not None and set_aside(
        sender.sender.email, sender.sender.name, settings, rooms
    ) is None:
        human = Address(email=sender.sender.email.lower(), name=sender.sender.name)
        if answer_to is not None:
            found = [human, *(a for a in found if a.email != human.email)]
        elif not found:
            found = [human]
    return tuple(found)


def addresses_seen(
    application: Application, interview: Interview, messages: Sequence[Message],
    settings: Settings, language: Language = "en",
) -> tuple[tuple[Address, str], ...]:
    """Every address relance saw for a round, with why it was set aside (E1 question)."""
    rooms = application_rooms(application)
    event = interview.event
    people = [*(p for p in (event.organizer, *event.attendees) if p is not None and not p.is_self)]
    seen: list[tuple[str, str | None]] = [(p.email, p.name) for p in people]
    seen += [
        (c.email, c.name)
        for c in (*interview.annotations.contacts, *application.contacts) if c.email
    ]
    seen += [
        (m.sender.email, m.sender.name) for m in messages if m.direction is Direction.INBOUND
    ]
    found: dict[str, tuple[Address, str]] = {}
    for email, name in seen:
        email = email.strip().lower()
        if email and email not in found:
            why = set_aside(email, name, settings, rooms, language) or (
                "une personne" if language == "fr" else "a person"
            )
            found[email] = (Address(email, name), why)
    return tuple(found.values())


def latest_inbound(messages: Sequence[Message]) -> Message | None:
    """The recruiter's latest real message: auto-replies and newsletters (`other`) aside."""
    inbound = [
        m for m in messages
        if m.direction is Direction.INBOUND
        and m.classification is not None
        and m.classification.label is not Label.OTHER
    ]
    return max(inbound, key=lambda m: (m.date, m.id)) if inbound else None


@dataclass(frozen=True)
class Thread:
    thread_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    subject: str | None = None  # None: the template's subject


def thread_of(answer_to: Message | None, messages: Sequence[Message]) -> Thread:
    message = answer_to or latest_inbound(messages)
    if message is None:
        return Thread()
    references = message.references
    if message.message_id and message.message_id not in references:
        references = (*references, message.message_id)
    base = _RE.sub("", message.subject).strip()
    subject = f"Re: {base}" if base else None
    return Thread(message.thread_id, message.message_id, references, subject)


def contact_phone(interview: Interview, application: Application) -> str | None:
    for contact in (*interview.contacts, *interview.annotations.contacts, *application.contacts):
        if contact.phone:
            return contact.phone
    return None


def contact_name(people: Sequence[Address]) -> str | None:
    return next((a.name for a in people if a.name), None)
