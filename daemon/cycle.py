"""One cycle: sync → classify → match → plan → apply.

Sources are read into the ledger first (each sync with its cursor, in one
transaction); the planner then sees the ledger's whole picture, so running a
cycle twice plans the same steps and writes nothing new. Steps are applied
one at a time; a bad event, message or step is reported by name and the
others go on (`daemon.isolation`: a policy batch that raises is done again
item by item). Only what no item can get past stops a cycle: a revoked
token, a full or read-only disk, a damaged ledger, a safety stop. A problem
line already told in the last day is not told again (the ledger's `problems`
table); dry runs list them all. A reply whose text cannot be read (tagged
`relance:unreadable` by the mail reader), or that the reader failed on, is an
answer of unknown meaning (`policy.readings.unknown_reading`), never `other`:
its round's follow-ups stop and the user is asked how to read it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import cast

from connectors.base import CalendarChanges, MailChanges, MailQuery, Progress, no_progress
from connectors.errors import AuthExpired, CursorExpired, UserError
from connectors.problem_words import in_words
from connectors.tnef import UNREADABLE_TAG
from daemon import isolation
from daemon.apply import Applier, ApplyLog, Change
from daemon.backends import Backends
from daemon.clock import Clock
from daemon.interview_answers import with_answers
from daemon.ledger import LedgerStore
from daemon.policy_api import Policy, default_policy
from daemon.problem_words import raise_if_environment
from daemon.writepoints import WritePoints
from policy.invitations import invitation_label, matching_view, with_invitations
from policy.model import (
    Action,
    Application,
    CalendarEvent,
    Direction,
    Interview,
    Message,
    Problem,
    Step,
)
from policy.readings import unknown_reading
from policy.settings import Settings
from policy.workdays import user_zone

log = logging.getLogger(__name__)

SAFETY_MINIMUM = 5  # a source that suddenly lists nothing while the ledger knows this many


class SafetyStop(UserError):
    """A source suddenly looks empty: stop before cancelling everything."""


@dataclass
class CycleReport:
    now: datetime
    dry_run: bool = False
    paused: bool = False
    events_seen: int = 0
    new_messages: int = 0
    events: list[CalendarEvent] = field(default_factory=list)  # with the user's A1 answers
    interviews: list[Interview] = field(default_factory=list)
    applications: list[Application] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    repeated_problems: int = 0  # problems already reported in the last day, not repeated


class Cycle:
    def __init__(
        self,
        backends: Backends,
        store: LedgerStore,
        settings: Settings,
        clock: Clock,
        policy: Policy | None = None,
        points: WritePoints | None = None,
        progress: Progress = no_progress,
    ) -> None:
        self._backends = backends
        self._progress = progress  # told of the writing; the sources tell their reading
        self._store = store
        self._settings = settings
        self._clock = clock
        self._policy = policy or default_policy()
        self._if_interview: list[Problem] = []
        self._applier = Applier(store, backends.events, backends.drafts, points or WritePoints(),
                                settings)

    def run(self, *, dry_run: bool = False, force: bool = False) -> CycleReport:
        """One cycle. With `dry_run` the steps are planned, not applied: give
        it a `LedgerStore.copy_of` so the ledger file is not touched either."""
        report = CycleReport(now=self._clock.now(), dry_run=dry_run, paused=self._settings.paused)
        if not dry_run:
            report.notes += self._applier.reconcile()
        self._sync_calendar(report, force)
        self._read_applications(report)
        self._sync_mail(report, force)
        report.messages = self._store.messages()
        view = self._store.view()
        if any(m.invitations for m in report.messages):
            # Invitations in matched mail count as calendar events (policy.invitations).
            self._read_applications(report, with_invitations(
                self._store.events(), report.messages, report.applications, self._settings
            ))
        report.steps = isolation.plan(
            self._policy, report.applications, report.messages, view,
            report.now, self._settings, report.problems,
        )
        if self._policy.plan_questions is not None:
            report.steps += isolation.questions(self._policy.plan_questions, report.events,
                                                view, report.now, self._settings,
                                                report.problems)
            report.steps.sort(key=lambda s: (s.due, s.key, s.action is Action.WRITE))
        if not dry_run and not self._settings.paused:
            self._apply(report)
        report.problems = [isolation.printable(p) for p in dict.fromkeys(report.problems)]
        if not dry_run:
            # The daemon runs every few minutes: a problem is said once a day, not each time.
            fresh = self._store.new_problems(report.problems, report.now)
            report.repeated_problems = len(report.problems) - len(fresh)
            report.problems = fresh
        return report

    # -- calendar -----------------------------------------------------------
    def _sync_calendar(self, report: CycleReport, force: bool) -> None:
        cursor = self._store.cursor("calendar")
        try:
            changes = self._backends.calendar.changes(cursor)
        except CursorExpired:
            log.info("calendar cursor expired: reading the whole window again")
            changes = self._backends.calendar.changes(None)
        report.problems += [str(p) for p in changes.problems if p.if_interview is None]
        self._if_interview = [p for p in changes.problems if p.if_interview is not None]
        self._check_calendar(changes, force)
        events = isolation.storable_events(changes.events, report.problems)
        with self._store.transaction():
            if changes.full:
                self._store.replace_events(events)
            else:
                self._store.put_events(events)
                self._store.remove_events(changes.removed)
            self._store.set_cursor("calendar", changes.cursor)
        report.events_seen = len(changes.events)

    def _check_calendar(self, changes: CalendarChanges, force: bool) -> None:
        # relance's own events may sit in the same calendar: only the user's count.
        listed = [e for e in changes.events if e.relance_key is None]
        known = sum(1 for e in self._store.events() if e.relance_key is None)
        if changes.full and not listed and known >= SAFETY_MINIMUM and not force:
            raise SafetyStop(
                f"safety stop: the calendar now lists none of your events, while the ledger "
                f"knows {known}; nothing was written or cancelled. Check the calendar's path "
                f"or account; if you really emptied it, run `relance once --force`."
            )

    def _read_applications(
        self, report: CycleReport, events: Sequence[CalendarEvent] | None = None
    ) -> None:
        events = self._store.events() if events is None else events
        report.events = with_answers(events, self._store.interview_answers())
        interviews = isolation.read_interviews(self._policy, report.events, self._settings,
                                               report.problems)
        # A problem of an event that is not an interview (a dentist's appointment
        # without an end) is none of the user's business here.
        ids = {i.event.source_id for i in interviews}
        report.problems += [str(p) for p in self._if_interview if any(
            found == p.if_interview or found.startswith(f"{p.if_interview}/") for found in ids)]
        # A second reading (with the mail's invitations) repeats problems: the end of the
        # cycle keeps each once.
        report.interviews = interviews
        report.applications = isolation.group(self._policy, interviews, self._settings,
                                              report.problems)

    # -- mail -----------------------------------------------------------------
    def _sync_mail(self, report: CycleReport, force: bool) -> None:
        query = mail_query(report.applications, self._settings)
        cursor = self._store.cursor("mail")
        if cursor is not None and self._store.cursor("mail_query") != query_key(query):
            # New contacts or domains: their older mail was never asked for. Read again
            # with the new query; the ledger absorbs the messages it already holds.
            log.info("the applications' contacts changed: reading the mailbox again")
            cursor = None
        try:
            changes = self._backends.mail.changes(cursor, query)
        except CursorExpired:
            log.info("mail cursor expired: reading the mailbox again")
            cursor = None
            changes = self._backends.mail.changes(None, query)
        report.problems += [str(p) for p in changes.problems]
        self._check_mail(changes, cursor, force)
        known = {m.id: m for m in self._store.messages()}
        fresh = [m for m in changes.messages if m.id not in known]
        # A known message comes back when the user labels it (D2 asks by label).
        retagged = {
            m.id: replace(known[m.id], tags=m.tags)
            for m in changes.messages if m.id in known and m.tags != known[m.id].tags
        }
        keep = self._matched([*{**known, **retagged}.values(), *fresh],
                             report.applications, known, report.problems)
        # A source may leave out the text of mail it took for no application's
        # (daemon.mail_bodies): the few matched anyway are read in full.
        keep = [m if m.id in known else self._full(m, report) for m in keep]
        # Classified once matched: most of a mailbox is about no application and never
        # stored, so reading its words would be wasted (bench/bench_cycle.py).
        keep = [m if m.id in known else self._classified(m, report) for m in keep]
        kept = {m.id for m in keep}
        keep += [m for m in retagged.values() if m.id not in kept]
        keep = isolation.storable_messages(keep, report.problems)
        report.new_messages = len({m.id for m in keep} - set(known))
        with self._store.transaction():
            self._store.put_messages(keep)
            self._store.set_cursor("mail", changes.cursor)
            self._store.set_cursor("mail_query", query_key(query))

    def _check_mail(self, changes: MailChanges, cursor: str | None, force: bool) -> None:
        known = self._store.message_count()
        if cursor is None and not changes.messages and known >= SAFETY_MINIMUM and not force:
            raise SafetyStop(
                f"safety stop: the mailbox now shows no message at all, while the ledger "
                f"knows {known}; nothing was written or cancelled. Check the mailbox's path "
                f"or account; if you really emptied it, run `relance once --force`."
            )

    def _full(self, message: Message, report: CycleReport) -> Message:
        full = getattr(self._backends.mail, "full_message", None)
        if full is None:
            return message
        found, problems = full(message)
        report.problems.extend(str(p) for p in problems)
        return cast(Message, found)

    def _classified(self, message: Message, report: CycleReport) -> Message:
        if message.direction is not Direction.INBOUND or message.classification is not None:
            return message
        if UNREADABLE_TAG in message.tags:
            return replace(message, classification=unknown_reading(
                "its text cannot be read by relance: read it yourself"))
        try:
            label = self._policy.classify(
                message.subject, message.text, message.date, self._settings
            )
        except Exception as error:  # one unreadable message must not stop the cycle
            report.problems.append(f"{isolation.message_name(message)}: cannot tell what it says: "
                                   f"{in_words(error)}")
            return replace(message, classification=unknown_reading(
                f"relance could not read it ({in_words(error)}): read it yourself"))
        return replace(message, classification=invitation_label(message, label))

    def _matched(
        self, messages: Sequence[Message], applications: Sequence[Application],
        known: dict[str, Message], problems: list[str],
    ) -> list[Message]:
        """Messages that concern an application, with their key; stored ones
        whose match did not change are left out (nothing to write)."""
        keys = self._thread_closure(messages, applications, problems)
        keep: list[Message] = []
        for message in messages:
            key = keys.get(message.id) or message.application_key
            if key is None:
                continue  # not about an application: not kept (privacy)
            if message.id in known and known[message.id].application_key == key:
                continue
            keep.append(replace(message, application_key=key))
        return keep

    def _thread_closure(
        self, messages: Sequence[Message], applications: Sequence[Application],
        problems: list[str],
    ) -> dict[str, str]:
        """Each message's application, found again while a pass ties new threads.

        Only a message already tied to an application can link another one by its
        thread (passing the rest made matching quadratic in the mailbox's size), but
        on a first sync the message that ties a thread is as new as its replies: a
        second pass sees it. Passes stop when nothing new is tied (at most three:
        a thread is tied by its first matched message)."""
        keys: dict[str, str] = {}
        faults: list[str] = []
        for _ in range(3):
            linked = [
                replace(m, application_key=keys.get(m.id) or m.application_key)
                for m in messages if keys.get(m.id) or m.application_key
            ]
            found = {
                m.id: key
                for m, key in zip(messages, isolation.match_keys(
                    self._policy, [matching_view(m, self._settings) for m in messages],
                    applications, linked, self._settings, faults), strict=True)
                if key is not None
            }
            if found == keys:
                break
            keys = found
        problems.extend(dict.fromkeys(faults))  # each pass meets the same faults
        return keys

    # -- apply ----------------------------------------------------------------
    def _apply(self, report: CycleReport) -> None:
        for done, step in enumerate(report.steps):
            self._progress("writing", done, len(report.steps))
            out = ApplyLog()
            try:
                if step.action is Action.WRITE:
                    self._applier.write(step, report.now, out)
                else:
                    self._applier.cancel(step, report.now, out)
            except AuthExpired:
                raise
            except OSError as error:
                raise_if_environment(error)
                report.problems.append(isolation.step_problem(step, error))
            except Exception as error:  # one step must not stop the others
                report.problems.append(isolation.step_problem(step, error))
            report.changes += out.changes
            report.notes += out.notes
        self._progress("writing", len(report.steps), len(report.steps))


def mail_query(applications: Sequence[Application], settings: Settings) -> MailQuery:
    """C1: what a first mail sync needs to read, no more."""
    webmail = set(settings.webmail_domains)
    firsts = [a.interviews[0].event.start for a in applications if a.interviews]
    starts = [
        s if isinstance(s, datetime) else datetime.combine(s, datetime.min.time(),
                                                           tzinfo=user_zone(settings))
        for s in firsts
    ]
    return MailQuery(
        addresses=frozenset(c.email for a in applications for c in a.contacts if c.email),
        domains=frozenset(d for a in applications for d in a.domains if d not in webmail),
        ats_domains=frozenset(settings.ats_domains),
        since=min(starts) if starts else None,
    )


def query_key(query: MailQuery) -> str:
    """A fingerprint of what a first mail sync asked for."""
    parts = [*sorted(query.addresses), "|", *sorted(query.domains), "|",
             *sorted(query.ats_domains), "|", query.since.isoformat() if query.since else ""]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:24]

