"""Concise domain values for the planner's timeline tests (Europe/Paris)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from policy.model import (
    Action,
    Address,
    Annotations,
    Application,
    Attendee,
    CalendarEvent,
    Classification,
    Contact,
    Direction,
    Interview,
    Label,
    Language,
    Ledger,
    LedgerEntry,
    Message,
    Step,
    StepKind,
    StepStatus,
)
from policy.planner import plan
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")
SETTINGS = Settings(user_emails=("camille@example.org",), user_name="Camille Martin")
JEANNE = Contact(name="Jeanne Dupont", email="jeanne@acme.fr", phone="+33 6 12 34 56 78")
_ids = count(1)


def paris(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=PARIS)


def end_of(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 23, 59, 59, 999999, tzinfo=PARIS)


def notes(**values: object) -> Annotations:
    """Annotations; unless told, every A4 line counts as present (no debrief)."""
    values.setdefault("present", frozenset({"delay", "channel", "contact"}))
    return Annotations(**values)  # type: ignore[arg-type]


def interview(
    start: datetime | date, *, minutes: int = 60, annotations: Annotations | None = None,
    contacts: Sequence[Contact] = (JEANNE,), title: str = "Entretien – ACME",
    source_id: str | None = None, end: datetime | date | None = None,
) -> Interview:
    if end is None and isinstance(start, datetime):
        end = start + timedelta(minutes=minutes)
    event = CalendarEvent(
        source_id=source_id or f"ev-{start.isoformat()}", title=title, start=start, end=end,
        attendees=tuple(Attendee(email=c.email or "", name=c.name) for c in contacts),
    )
    return Interview(
        event=event, company="ACME", company_key="acme", contacts=tuple(contacts),
        annotations=annotations or notes(), reason="A1: title says Entretien",
    )


def application(
    *interviews: Interview, key: str = "acme", language: Language | None = None,
    annotations: Annotations | None = None, title_language: Language | None = None,
) -> Application:
    contacts = tuple(dict.fromkeys(c for i in interviews for c in i.contacts))
    return Application(
        key=key, company="ACME", interviews=interviews, contacts=contacts, language=language,
        annotations=annotations or (interviews[-1].annotations if interviews else notes()),
        title_language=title_language,
    )


def inbound(
    when: datetime, label: Label, *, key: str | None = "acme", stated: date | None = None,
    subject: str = "Votre candidature", sender: str = "jeanne@acme.fr",
    language: Language | None = "fr", discriminatory: bool = False, opening_now: bool = False,
    tags: tuple[str, ...] = (), missing_skill: str | None = None, thread: str = "thread-1",
) -> Message:
    n = next(_ids)
    return Message(
        id=f"in-{n}", thread_id=thread, sender=Address(sender, "Jeanne Dupont"),
        recipients=(Address("camille@example.org"),), date=when, direction=Direction.INBOUND,
        subject=subject, message_id=f"<in-{n}@acme.fr>", references=("<first@example.org>",),
        classification=Classification(
            label=label, stated_date=stated, discriminatory=discriminatory, language=language,
            opening_now=opening_now, missing_skill=missing_skill,
        ),
        application_key=key, tags=tags,
    )


def outbound(
    when: datetime, *, to: str = "jeanne@acme.fr", key: str | None = "acme",
    relance_key: str | None = None,
) -> Message:
    n = next(_ids)
    return Message(
        id=f"out-{n}", thread_id="thread-1", sender=Address("camille@example.org"),
        recipients=(Address(to),), date=when, direction=Direction.OUTBOUND,
        subject="Merci", message_id=f"<out-{n}@example.org>", application_key=key,
        relance_key=relance_key,
    )


def run(
    applications: Sequence[Application], messages: Sequence[Message] = (),
    ledger: Ledger | None = None, *, now: datetime, settings: Settings = SETTINGS,
) -> list[Step]:
    return plan(applications, messages, ledger or Ledger(), now, settings)


def by_kind(steps: Iterable[Step], action: Action = Action.WRITE) -> dict[StepKind, Step]:
    return {s.kind: s for s in steps if s.action is action}


def record(steps: Iterable[Step], ledger: Ledger | None = None) -> Ledger:
    """What the daemon would record after applying `steps`."""
    entries = {e.key: e for e in (ledger or Ledger()).entries}
    for step in steps:
        if step.action is Action.CANCEL:
            old = entries[step.key]
            entries[step.key] = LedgerEntry(
                old.key, old.kind, old.application, old.round, StepStatus.CANCELLED, old.due
            )
            continue
        written = step.draft is not None or not step.kind.has_draft
        entries[step.key] = LedgerEntry(
            key=step.key, kind=step.kind, application=step.application, round=step.round,
            status=StepStatus.WRITTEN if written else StepStatus.PLANNED, due=step.due,
            event_written=True, draft_written=step.draft is not None,
        )
    before = ledger or Ledger()
    return Ledger(entries=tuple(entries.values()), skills_requests=before.skills_requests,
                  confirmations=before.confirmations)


def entry(
    key: str, kind: StepKind, due: datetime, status: StepStatus, **flags: bool
) -> LedgerEntry:
    application, round_number, _ = key.split(":")
    return LedgerEntry(
        key=key, kind=kind, application=application, round=int(round_number), status=status,
        due=due, **flags,
    )
