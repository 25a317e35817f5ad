"""Tiny stand-ins for the policy, injected into the cycle by constructor.

They follow the shape of the real policy (an interview per "Entretien – X"
event, one application per company, a thank-you step per interview whose
draft appears once due, cancelled when a refusal arrives) and nothing more:
the cycle's tests are about wiring, ledger and idempotence, not judgement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from connectors.memory import MemoryCalendar, MemoryMailbox
from daemon.backends import Backends
from daemon.policy_api import Policy
from policy.model import (
    Action,
    Address,
    Annotations,
    Application,
    CalendarEvent,
    Classification,
    Contact,
    Direction,
    DraftSpec,
    EventSpec,
    Interview,
    Label,
    Ledger,
    Message,
    Problem,
    Step,
    StepKind,
    StepStatus,
)
from policy.settings import Settings

PARIS = ZoneInfo("Europe/Paris")


def interview_event(company: str, day: int, source_id: str | None = None) -> CalendarEvent:
    start = datetime(2026, 12, day, 14, 0, tzinfo=PARIS)
    domain = f"{company.lower()}.fr"
    return CalendarEvent(
        source_id=source_id or f"{company.lower()}-interview",
        title=f"Entretien – {company}",
        start=start,
        end=start + timedelta(hours=1),
        organizer=None,
        description=f"Contact : rh@{domain}",
        origin=f"calendar/{company.lower()}.ics",
    )


def reply(company: str, text: str, day: int, number: int = 1) -> Message:
    return Message(
        id=f"{company.lower()}-{number}",
        thread_id=None,
        sender=Address(f"rh@{company.lower()}.fr"),
        recipients=(Address("me@example.org"),),
        date=datetime(2026, 12, day, 11, 0, tzinfo=PARIS),
        direction=Direction.INBOUND,
        subject="Votre candidature",
        text=text,
        origin=f"Maildir/cur/{company.lower()}-{number}",
    )


def read_interviews(
    events: Sequence[CalendarEvent], settings: Settings
) -> tuple[list[Interview], list[Problem]]:
    found: list[Interview] = []
    problems: list[Problem] = []
    for event in events:
        if event.relance_key or not event.title.startswith("Entretien"):
            continue
        if event.title.endswith("???"):
            problems.append(Problem(event.origin, "unreadable annotation line: skipped"))
            continue
        company = event.title.split("– ", 1)[1]
        contact = Contact(email=f"rh@{company.lower()}.fr")
        found.append(Interview(event, company, company.lower(), (contact,), Annotations(),
                               "A1: title says Entretien"))
    return found, problems


def group_applications(
    interviews: Sequence[Interview], settings: Settings
) -> list[Application]:
    return [
        Application(i.company_key, i.company, (i,), i.contacts, None, i.annotations)
        for i in interviews
    ]


def classify(subject: str, text: str, received: datetime, settings: Settings) -> Classification:
    if "BOOM" in text:
        raise ValueError("unknown charset x-boom")
    label = Label.REJECTION_GENERIC if "regret" in text else Label.HOLDING
    return Classification(label, reasons=(f"fake: {label.value}",))


def match_application(
    message: Message, applications: Sequence[Application], known: Sequence[Message],
    settings: Settings,
) -> str | None:
    domain = message.sender.email.rsplit("@", 1)[1]
    return next((a.key for a in applications if domain in a.domains), None)


def plan(
    applications: Sequence[Application], messages: Sequence[Message], ledger: Ledger,
    now: datetime, settings: Settings,
) -> list[Step]:
    steps: list[Step] = []
    for app in applications:
        interview = app.interviews[0]
        assert isinstance(interview.event.start, datetime)
        due = (interview.event.start + timedelta(days=1)).replace(hour=9)
        key = f"{app.key}/1/thank_you"
        refused = any(
            m.application_key == app.key and m.classification
            and m.classification.label.is_rejection
            for m in messages
        )
        if refused:
            steps.append(Step(key, StepKind.THANK_YOU, Action.CANCEL, app.key, 1, due,
                              "C2: a refusal arrived"))
            continue
        entry = ledger.get(key)
        if entry is not None and entry.status in (StepStatus.DISMISSED, StepStatus.SENT):
            continue
        if entry is not None and entry.due == due and (entry.draft_written or now < due):
            continue  # as the real planner: a WRITE only when something is new
        to = (Address(f"rh@{app.key}.fr"),)
        steps.append(Step(
            key, StepKind.THANK_YOU, Action.WRITE, app.key, 1, due, "B1: the day after",
            recipients=to,
            event=EventSpec(f"Remerciement – {app.company}", due, due + timedelta(minutes=15),
                            "Envoyer le brouillon de remerciement"),
            draft=DraftSpec(to, f"Merci – {app.company}", "Bonjour,\nmerci pour l'entretien.",
                            "fr") if now >= due else None,
        ))
    return steps


POLICY = Policy(read_interviews, group_applications, classify, match_application, plan)


def memory_backends() -> tuple[Backends, MemoryCalendar, MemoryMailbox]:
    calendar = MemoryCalendar()
    mailbox = MemoryMailbox()
    return Backends(calendar, mailbox, calendar, mailbox), calendar, mailbox
