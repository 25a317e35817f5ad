"""Per-item isolation for the cycle: one bad event, message or application
becomes a problem line naming it, and everything else goes on.

The policy's batch functions (read every interview, match every message, plan
every application) are called as they are; only when one raises is the batch
done again item by item, so a normal cycle costs the same as before and gives
the same answers, and a bad item is found and named instead of stopping all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TypeVar

from connectors.problem_words import in_words
from daemon import records
from daemon.policy_api import Policy
from policy.model import Action, Application, CalendarEvent, Interview, Ledger, Message, Step
from policy.settings import Settings

log = logging.getLogger(__name__)

_T = TypeVar("_T")


def event_name(event: CalendarEvent) -> str:
    title = event.title[:80]
    return f"{event.origin or 'calendar'}: event {event.source_id[:120]} «{title}»"


def message_name(message: Message) -> str:
    where = message.origin or f"message {message.id}"
    return f"{where} (from {message.sender.email[:120]})"


def storable(items: Iterable[_T], encode: Callable[[_T], object], name: Callable[[_T], str],
             problems: list[str]) -> list[_T]:
    """The items the ledger can hold; the others named in `problems`."""
    kept: list[_T] = []
    for item in items:
        try:
            encode(item)
        except Exception as error:  # one unstorable item must not lose the others
            problems.append(f"{name(item)}: not kept: {in_words(error)}")
            continue
        kept.append(item)
    return kept


def storable_messages(messages: Iterable[Message], problems: list[str]) -> list[Message]:
    def encode(m: Message) -> None:
        records.message_to_json(m).encode("utf-8")
        m.date.isoformat().encode("utf-8")
    return storable(messages, encode, message_name, problems)


def storable_events(events: Iterable[CalendarEvent], problems: list[str]) -> list[CalendarEvent]:
    def encode(e: CalendarEvent) -> None:
        records.event_to_json(e).encode("utf-8")
        (e.source_id + e.origin).encode("utf-8")
    return storable(events, encode, event_name, problems)


def read_interviews(policy: Policy, events: Sequence[CalendarEvent], settings: Settings,
                    problems: list[str]) -> list[Interview]:
    try:
        found, faults = policy.read_interviews(events, settings)
        problems.extend(str(p) for p in faults)
        return list(found)
    except Exception:
        log.info("reading the interviews failed: reading them one event at a time")
    interviews: list[Interview] = []
    for event in events:
        try:
            found, faults = policy.read_interviews([event], settings)
        except Exception as error:
            problems.append(f"{event_name(event)}: skipped: {in_words(error)}")
            continue
        problems.extend(str(p) for p in faults)
        interviews.extend(found)
    return interviews


def match_keys(policy: Policy, messages: Sequence[Message],
               applications: Sequence[Application], linked: Sequence[Message],
               settings: Settings, problems: list[str]) -> list[str | None]:
    if policy.match_all is not None:
        try:
            return policy.match_all(messages, applications, linked, settings)
        except Exception:
            log.info("matching the mailbox failed: matching it one message at a time")
    keys: list[str | None] = []
    for message in messages:
        try:
            keys.append(policy.match_application(message, applications, linked, settings))
        except Exception as error:
            problems.append(f"{message_name(message)}: not matched: {in_words(error)}")
            keys.append(None)
    return keys


def plan(policy: Policy, applications: Sequence[Application], messages: Sequence[Message],
         ledger: Ledger, now: datetime, settings: Settings, problems: list[str]) -> list[Step]:
    try:
        return list(policy.plan(applications, messages, ledger, now, settings))
    except Exception:
        log.info("planning failed: planning one application at a time")
    steps: list[Step] = []
    for application in applications:
        mine = [m for m in messages if m.application_key == application.key]
        try:
            found = policy.plan([application], mine, ledger, now, settings)
        except Exception as error:
            problems.append(f"application {application.company}: nothing planned this time: "
                            f"{in_words(error)}")
            continue
        steps += [s for s in found if s.application == application.key]
    known = {a.key for a in applications}
    try:  # what the ledger holds for applications gone from the calendar
        steps += [s for s in policy.plan([], [], ledger, now, settings)
                  if s.action is Action.CANCEL and s.application not in known]
    except Exception as error:
        problems.append(f"the steps of removed applications: not cancelled: {in_words(error)}")
    return sorted(steps, key=lambda s: (s.due, s.key, s.action is Action.WRITE))


def questions(ask: Callable[[Sequence[CalendarEvent], Ledger, datetime, Settings], Sequence[Step]],
              events: Sequence[CalendarEvent], ledger: Ledger, now: datetime,
              settings: Settings, problems: list[str]) -> list[Step]:
    """The A1 questions ("is this a job interview?"); on a failure, none this time."""
    try:
        return list(ask(events, ledger, now, settings))
    except Exception as error:
        problems.append(f"the questions about calendar events: not asked this time: "
                        f"{in_words(error)}")
        return []


def group(policy: Policy, interviews: Sequence[Interview], settings: Settings,
          problems: list[str]) -> list[Application]:
    """Applications from interviews; on a failure, company by company (interviews of
    different companies never join one application), the failing company named."""
    try:
        return list(policy.group_applications(interviews, settings))
    except Exception:
        log.info("grouping the interviews failed: grouping them company by company")
    companies: dict[str, list[Interview]] = {}
    for interview in interviews:
        companies.setdefault(interview.company_key, []).append(interview)
    applications: list[Application] = []
    for found in companies.values():
        try:
            applications += policy.group_applications(found, settings)
        except Exception as error:
            problems.append(f"application {found[0].company}: its interviews were not read "
                            f"this time: {in_words(error)}")
    return applications


def printable(line: str) -> str:
    """A problem line any terminal, log and SQLite can take: one line, bounded."""
    line = line.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return " ".join(line.split())[:1000]


def step_problem(step: Step, error: Exception) -> str:
    log.warning("step %s failed: %s", step.key, error)
    what = "not written" if step.action is Action.WRITE else "not removed"
    return f"{step.kind.value} for {step.application}: {what} this time: {in_words(error)}"
