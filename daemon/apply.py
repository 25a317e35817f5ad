"""Applying the planner's steps to the user's calendar and mailbox (E2-E4).

One step at a time. Before any remote write an intent row is committed, and
after it the step's record and the intent's completion are committed
together: a crash in between leaves the intent, which `reconcile` settles on
the next start by looking for the item (found: recorded; not found: the
cycle writes it again), never by repeating the write blindly.

What the user did with an item comes first: deleted (E4) → the step is
dismissed for good; sent → done; changed → left as it is and reported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TypeVar

from connectors.base import DraftSink, EventSink, ItemState, Written, draft_hash, event_hash
from daemon.draft_guard import REFUSED, refusal
from daemon.ledger import Intent, LedgerStore, StepRecord
from daemon.safe_content import safe_step
from daemon.writepoints import WritePoints
from policy.model import Step, StepStatus
from policy.settings import Settings

log = logging.getLogger(__name__)

EVENT, DRAFT = "event", "draft"
_FINAL = (StepStatus.DISMISSED, StepStatus.SENT)
_T = TypeVar("_T")


@dataclass(frozen=True)
class Change:
    """One thing written to (or removed from) the user's accounts, or left alone."""

    key: str
    application: str
    kind: str
    what: str  # "event written", "draft removed", "left as you changed it" …
    due: datetime


@dataclass
class ApplyLog:
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # decisions the user should know


class Applier:
    def __init__(
        self, store: LedgerStore, events: EventSink, drafts: DraftSink, points: WritePoints,
        settings: Settings | None = None,
    ) -> None:
        self._store = store
        self._events = events
        self._drafts = drafts
        self._points = points
        self._settings = settings or Settings()

    # -- WRITE ------------------------------------------------------------
    def write(self, step: Step, now: datetime, out: ApplyLog) -> None:
        old = self._store.step(step.key)
        if old is not None and old.status in _FINAL:
            return
        step = safe_step(step)
        record = _record_for(step, old, now)
        record, event_ok = self._check_event(record, out)
        record, draft_ok = self._check_draft(record, out)
        if record.status in _FINAL:
            if record.event is not None and event_ok:
                # The draft was deleted or sent: its "send the draft" reminder is moot.
                item = record.event
                state = self._remote(record, EVENT, "remove", now,
                                     lambda: self._events.remove_event(item))
                record = self._after_remove(record, EVENT, state, out)
            self._save(record)
            return
        if step.event is not None and event_ok:
            record = self._ensure_event(step, record, now, out)
        if record.status not in _FINAL and draft_ok:
            try:
                if step.draft is not None:
                    record = self._ensure_draft(step, record, now, out)
                elif record.draft is not None:
                    record = self._withdraw_draft(record, now, out)
            except Exception:
                self._save(record)  # the event is written: recorded, the draft tried again
                raise
        self._save(record)

    def _withdraw_draft(self, record: StepRecord, now: datetime, out: ApplyLog) -> StepRecord:
        """The step moved later: its draft is not due any more (written again then)."""
        item = record.draft
        assert item is not None
        state = self._remote(record, DRAFT, "remove", now, lambda: self._drafts.remove_draft(item))
        record = self._after_remove(record, DRAFT, state, out)
        return replace(record, status=_status_of(record))

    def _check_event(self, record: StepRecord, out: ApplyLog) -> tuple[StepRecord, bool]:
        if record.event is None:
            return record, True
        return self._judge(record, self._events.event_state(record.event), EVENT, out)

    def _check_draft(self, record: StepRecord, out: ApplyLog) -> tuple[StepRecord, bool]:
        if record.draft is None or record.status in _FINAL:
            return record, True
        return self._judge(record, self._drafts.draft_state(record.draft), DRAFT, out)

    def _judge(
        self, record: StepRecord, state: ItemState, artifact: str, out: ApplyLog
    ) -> tuple[StepRecord, bool]:
        """What the user did with an item decides what happens to the step."""
        if state in (ItemState.DELETED, ItemState.ABSENT):
            out.changes.append(_change(record, f"{artifact} deleted by you: dismissed (E4)"))
            return replace(record, status=StepStatus.DISMISSED), False
        if state is ItemState.SENT:
            out.changes.append(_change(record, "draft sent by you"))
            return replace(record, status=StepStatus.SENT), False
        if state is ItemState.CHANGED:
            # The planner asks again only when the step moved: say once that it did not.
            out.changes.append(_change(record, f"{artifact} left as you changed it"))
            out.notes.append(f"{record.kind.value} for {record.application}: the step moved, "
                             f"but its {artifact} was left as you changed it (E3)")
            return record, False
        return record, True

    def _ensure_event(
        self, step: Step, record: StepRecord, now: datetime, out: ApplyLog
    ) -> StepRecord:
        assert step.event is not None
        spec = step.event
        if record.event is not None and record.event.content_hash == event_hash(spec):
            return record
        written = self._remote(
            record, EVENT, "ensure", now,
            lambda: self._events.ensure_event(step.key, spec, record.event),
        )
        return self._after_ensure(record, EVENT, written, out)

    def _ensure_draft(
        self, step: Step, record: StepRecord, now: datetime, out: ApplyLog
    ) -> StepRecord:
        assert step.draft is not None
        spec = step.draft
        why = refusal(spec, self._settings)
        if why is not None:
            log.error("%s: %s for %s (%s)", REFUSED, step.kind.value, step.application, why)
            out.notes.append(f"{step.kind.value} for {step.application}: {REFUSED}: {why}")
            return record
        if record.draft is not None and record.draft.content_hash == draft_hash(spec):
            return record
        written = self._remote(
            record, DRAFT, "ensure", now,
            lambda: self._drafts.ensure_draft(step.key, spec, record.draft),
        )
        return self._after_ensure(record, DRAFT, written, out)

    def _after_ensure(
        self, record: StepRecord, artifact: str, written: Written, out: ApplyLog
    ) -> StepRecord:
        if written.state is ItemState.CHANGED:
            out.changes.append(_change(record, f"{artifact} left as you changed it"))
            return record
        if written.state in (ItemState.DELETED, ItemState.SENT):
            return self._judge(record, written.state, artifact, out)[0]
        updated = record.event if artifact == EVENT else record.draft
        out.changes.append(
            _change(record, f"{artifact} {'updated' if updated else 'written'}")
        )
        record = _with(record, artifact, written)
        return replace(record, status=_status_of(record))

    # -- CANCEL -----------------------------------------------------------
    def cancel(self, step: Step, now: datetime, out: ApplyLog) -> None:
        record = self._store.step(step.key)
        if record is None or (record.event is None and record.draft is None):
            return
        record = replace(record, reason=step.reason, updated=now)
        if record.event is not None:
            item = record.event
            state = self._remote(record, EVENT, "remove", now,
                                 lambda: self._events.remove_event(item))
            record = self._after_remove(record, EVENT, state, out)
        if record.draft is not None:
            item = record.draft
            state = self._remote(record, DRAFT, "remove", now,
                                 lambda: self._drafts.remove_draft(item))
            record = self._after_remove(record, DRAFT, state, out)
        if record.status not in _FINAL:
            record = replace(record, status=StepStatus.CANCELLED)
        self._save(record)

    def _after_remove(
        self, record: StepRecord, artifact: str, state: ItemState, out: ApplyLog
    ) -> StepRecord:
        if state is ItemState.UNTOUCHED:
            out.changes.append(_change(record, f"{artifact} removed"))
        elif state is ItemState.CHANGED:
            out.changes.append(_change(record, f"{artifact} left as you changed it"))
            out.notes.append(
                f"{record.kind.value} for {record.application}: its {artifact} was left "
                "as you changed it (E3)"
            )
        elif state is ItemState.SENT:
            record = replace(record, status=StepStatus.SENT)
        elif state in (ItemState.DELETED, ItemState.ABSENT) and record.status not in _FINAL:
            # Deleted by the user before the step became moot: a decision (E4), kept as one.
            out.changes.append(_change(record, f"{artifact} deleted by you: dismissed (E4)"))
            record = replace(record, status=StepStatus.DISMISSED)
        # Forgotten either way: a changed item is the user's now, reported once.
        return _with(record, artifact, None)

    # -- intents ----------------------------------------------------------
    def _remote(
        self, record: StepRecord, artifact: str, operation: str, now: datetime,
        call: Callable[[], _T],
    ) -> _T:
        with self._store.transaction():
            self._store.begin_intent(Intent(record.key, artifact, operation, now, record))
        self._points.reached(f"before {operation} {artifact} {record.key}")
        result = call()
        self._points.reached(f"after {operation} {artifact} {record.key}")
        return result

    def _save(self, record: StepRecord) -> None:
        with self._store.transaction():
            self._store.save_step(record)
            self._store.complete_intent(record.key, EVENT)
            self._store.complete_intent(record.key, DRAFT)

    def reconcile(self) -> list[str]:
        """Settle the intents a crash left: look, never repeat blindly."""
        settled: list[str] = []
        for intent in self._store.pending_intents():
            find = self._events.find_event if intent.artifact == EVENT else self._drafts.find_draft
            stored = self._store.step(intent.key)
            record = _settle(stored or intent.step, intent, find(intent.key))
            with self._store.transaction():
                if stored is not None or record != intent.step:
                    self._store.save_step(record)
                self._store.complete_intent(intent.key, intent.artifact)
            log.info("settled the %s %s of %s after an interruption",
                     intent.operation, intent.artifact, intent.key)
            settled.append(f"{intent.key}: {intent.operation} {intent.artifact} settled")
        return settled


def _settle(record: StepRecord, intent: Intent, found: Written | None) -> StepRecord:
    """The record as the remote side shows it after an interrupted write."""
    if intent.operation == "ensure" and found is not None:
        item = replace(found, state=ItemState.UNTOUCHED)
        record = _with(record, intent.artifact, item)
        if found.state is ItemState.SENT:
            return replace(record, status=StepStatus.SENT)
        return replace(record, status=_status_of(record))
    if intent.operation == "remove" and found is None:
        record = _with(record, intent.artifact, None)
        if record.event is None and record.draft is None and record.status not in _FINAL:
            return replace(record, status=StepStatus.CANCELLED)
    return record


def _record_for(step: Step, old: StepRecord | None, now: datetime) -> StepRecord:
    if old is None:
        return StepRecord(
            key=step.key, kind=step.kind, application=step.application, round=step.round,
            status=StepStatus.PLANNED, due=step.due, reason=step.reason, updated=now,
        )
    status = old.status if old.status not in (StepStatus.CANCELLED, StepStatus.EXPIRED) \
        else StepStatus.PLANNED
    return replace(old, due=step.due, reason=step.reason, round=step.round, updated=now,
                   status=status)


def _status_of(record: StepRecord) -> StepStatus:
    if record.status in _FINAL:
        return record.status
    done = record.draft is not None or not record.kind.has_draft
    return StepStatus.WRITTEN if done else StepStatus.PLANNED


def _change(record: StepRecord, what: str) -> Change:
    return Change(record.key, record.application, record.kind.value, what, record.due)


def _with(record: StepRecord, artifact: str, item: Written | None) -> StepRecord:
    return replace(record, event=item) if artifact == EVENT else replace(record, draft=item)
