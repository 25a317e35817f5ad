"""What the commands print: rich tables and short summaries, no logic.

Times are shown in the user's zone, e.g. "Mon 14 Dec 09:00"."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from connectors.tnef import UNREADABLE_TAG
from daemon.apply import Change
from daemon.cycle import CycleReport
from daemon.ledger import StepRecord
from policy.candidate import Moot
from policy.interview_questions import question_application
from policy.model import Action, Application, Message, Step, StepKind, StepStatus
from policy.settings import Settings
from policy.workdays import user_zone


def when(moment: datetime | None, settings: Settings) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(user_zone(settings)).strftime("%a %d %b %Y %H:%M")


def by_next_step(statuses: Sequence[Any]) -> list[Any]:
    """Soonest next step first (a reply to read: its date); nothing to do last."""
    def soonest(s: Any) -> tuple[bool, float, str]:
        unsure = getattr(s, "to_confirm", None)
        pending = getattr(s, "to_send", None)
        moment = unsure.date if unsure is not None else (
            pending.due if pending is not None else s.next_due)
        return (moment is None, moment.timestamp() if moment else 0.0, s.company)

    return sorted(statuses, key=soonest)


_OPEN = (StepStatus.PLANNED, StepStatus.WRITTEN)


def _companies(applications: Sequence[Application]) -> dict[str, str]:
    return {a.key: a.company for a in applications}


def _names(report: CycleReport) -> dict[str, str]:
    names = _companies(report.applications)
    # A1 questions are about an event, not yet an application: named by its title.
    names.update({question_application(e): f"«{e.title}»" for e in report.events})
    return names


def plan_table(report: CycleReport, settings: Settings) -> Table:
    names = _names(report)
    table = Table(title=f"Plan at {when(report.now, settings)} (dry run: nothing written)")
    table.add_column("Due", no_wrap=True)
    table.add_column("Company")
    table.add_column("Step, and why", overflow="fold")
    for step in report.steps:
        what = f"{_kind(step.kind.value)} (round {step.round}): {step.action.value} {_writes(step)}"
        table.add_row(
            when(step.due, settings), names.get(step.application, step.application),
            Text.assemble(what, "\n", (step.reason, "dim")),
        )
    return table


def print_waiting_contacts(
    console: Console, report: CycleReport, records: Sequence[StepRecord]
) -> None:
    """E1: the applications whose drafts wait until the user names a person.

    `records` are the ledger's `StepRecord`s: a question asked at an earlier cycle
    is not in this cycle's steps, and still waits."""
    moot = {s.key for s in report.steps if s.action is Action.CANCEL}
    asked = {
        r.key: r.reason for r in records
        if r.kind is StepKind.CONTACT_NEEDED and r.status in _OPEN and r.key not in moot
    }
    asked |= {
        s.key: s.reason for s in report.steps
        if s.kind is StepKind.CONTACT_NEEDED and s.action is Action.WRITE
    }
    if not asked:
        return
    names = _companies(report.applications)
    console.print("Waiting for a contact (answer: relance contact APPLICATION ADDRESS [NAME]):")
    for key, reason in sorted(asked.items()):
        application = key.split(":", 1)[0]
        console.print(f"  • {names.get(application, application)}: {reason}", markup=False,
                      highlight=False)


def _kind(value: str) -> str:
    return value.replace("_", " ")


def _writes(step: Step) -> str:
    if step.action is Action.CANCEL:
        return "removes what it wrote, if untouched"
    parts = ["event"] if step.event is not None else []
    if step.draft is not None:
        parts.append(f"draft to {', '.join(a.email for a in step.draft.to)}")
    elif step.kind.has_draft and not step.recipients:
        parts.append("draft waits for a contact (relance contact)")
    elif step.kind.has_draft:
        parts.append("draft once due")
    return " + ".join(parts)


def status_table(statuses: Sequence[Any], settings: Settings, now: datetime) -> Table:
    """`statuses` are `policy.stage.ApplicationStatus` values."""
    table = Table(title=f"Applications at {when(now, settings)}")
    for column in ("Company", "Stage", "Last contact", "Next step", "When"):
        table.add_column(column, overflow="fold")
    for status in by_next_step(statuses):
        table.add_row(
            status.company, status.stage, when(status.last_contact, settings),
            *_next_cells(status, settings),
        )
    return table


def _next_cells(status: Any, settings: Settings) -> tuple[Text | str, str]:
    """A reply to read, then a draft waiting to be sent, come first: the user's move."""
    unsure = getattr(status, "to_confirm", None)
    if unsure is not None:
        return (
            Text(f"read the reply «{unsure.subject or '(no subject)'}» and confirm it",
                 style="bold"),
            f"now: relance confirm {shlex.quote(status.application)} WORD",
        )
    pending = getattr(status, "to_send", None)
    if pending is not None:
        deadline = pending.window_end
        return (
            Text(f"send the {_kind(pending.kind.value)} draft", style="bold"),
            f"by {deadline.astimezone(user_zone(settings)):%a %d %b}" if deadline else "now",
        )
    step = status.next_step
    if step is not None and step.kind is StepKind.CONTACT_NEEDED:
        return Text("name the person to write to (relance contact)", style="bold"), "now"
    return (_kind(step.kind.value) if step is not None else "—", when(status.next_due, settings))


def changes_table(changes: Sequence[Change], report: CycleReport, settings: Settings) -> Table:
    names = _names(report)
    table = Table(title="Written in your accounts")
    table.add_column("Due", no_wrap=True)
    table.add_column("Company")
    table.add_column("Step")
    table.add_column("What", overflow="fold")
    grouped: dict[str, list[Change]] = {}
    for change in changes:
        grouped.setdefault(change.key, []).append(change)
    for group in grouped.values():
        first = group[0]
        table.add_row(when(first.due, settings),
                      names.get(first.application, first.application), _kind(first.kind),
                      _what(group))
    return table


def _what(group: Sequence[Change]) -> str:
    whats = [c.what for c in group]
    if len(whats) == 2 and all(w.endswith(" written") for w in whats):
        return "event + draft written"
    return "; ".join(whats)


def print_problems(console: Console, report: CycleReport) -> None:
    # Each problem line says what relance did with it (skipped, read as…): the
    # heading does not presume.
    if report.problems:
        console.print(f"[bold yellow]{len(report.problems)} problem(s) in what was read:[/]")
        for problem in report.problems:
            console.print(f"  • {problem}", markup=False, highlight=False)
    if report.repeated_problems:
        console.print(f"{report.repeated_problems} problem(s) already reported in the last day, "
                      "not repeated (`relance plan` lists them all).", markup=False,
                      highlight=False)
    for note in report.notes:
        console.print(f"  ℹ {note}", markup=False, highlight=False)


def print_cycle(
    console: Console, report: CycleReport, settings: Settings, outputs: Sequence[str]
) -> None:
    console.print(
        f"relance: cycle at {when(report.now, settings)} ({settings.timezone}): "
        f"{len(report.applications)} application(s), {len(report.interviews)} interview(s), "
        f"{report.new_messages} new message(s) about them, {len(report.steps)} step(s) planned."
    )
    if report.paused:
        console.print("[bold]Paused[/] (user.paused = true): nothing was written.")
    elif report.changes:
        console.print(changes_table(report.changes, report, settings))
    elif report.interviews:
        console.print("Nothing new to write: everything planned is already in place.")
    print_empty_hint(console, report, settings)
    print_problems(console, report)
    for line in outputs:
        console.print(line, markup=False, highlight=False)
    console.print("Next: `relance status` lists every application; `relance explain COMPANY` "
                  "says why each step was planned. Nothing is ever sent: you send the drafts.",
                  markup=False, highlight=False)


def print_empty_hint(console: Console, report: CycleReport, settings: Settings) -> None:
    """With no interview found, the next step: what makes an event an interview (A1)."""
    if report.interviews:
        return
    tag = settings.interview_tag or "#candidature"
    calendars = "calendar.interviews_calendars" if not settings.interviews_calendars else (
        ", ".join(settings.interviews_calendars))
    _line(console, (
        f"No interview found among {report.events_seen} calendar event(s). relance takes an "
        "event for an interview when its title or description says \"entretien\", "
        f"\"interview\", \"phone screen\"…, or carries the tag {tag} (add it to the title), "
        f"or sits in a calendar named in {calendars}."
    ))


def print_explain(
    console: Console, application: Application, report: CycleReport,
    records: Sequence[StepRecord], settings: Settings, read: Sequence[Message] = (),
) -> None:
    """`read`: the application's messages as the planner reads them (the user's
    readings applied); they replace the ledger's copies of the same messages."""
    console.print(f"[bold]{application.company}[/] (key: {application.key})")
    console.print("Interviews:")
    for number, interview in enumerate(application.interviews, start=1):
        start = interview.event.start
        shown = when(start, settings) if isinstance(start, datetime) else start.isoformat()
        _line(console, f"  round {number}: {shown} «{interview.event.title}»: {interview.reason}")
    as_read = {m.id: m for m in read}
    messages = [
        as_read.get(m.id, m) for m in report.messages if m.application_key == application.key
    ]
    console.print("Messages:" if messages else "Messages: none matched yet.")
    for message in messages:
        _line(console, "  " + _message_line(message, settings))
    steps = [s for s in report.steps if s.application == application.key]
    console.print("Planned now:" if steps else "Planned now: nothing.")
    for step in steps:
        _line(console, f"  {step.action.value} {step.kind.value} due {when(step.due, settings)}:"
                       f" {step.reason}")
    if records:
        console.print("Already handled:")
    for record in records:
        _line(console, f"  {record.kind.value} (round {record.round}): {record.status.value},"
                       f" due {when(record.due, settings)}: {record.reason}")


def print_not_planned(console: Console, closed: str | None, moot: Sequence[Moot]) -> None:
    """The steps the rules decided against, each with its rule (F4)."""
    if closed is None and not moot:
        return
    console.print("Not planned, and why:")
    if closed is not None:
        _line(console, f"  everything: {closed}")
    for item in moot:
        _, number, kind = item.key.rsplit(":", 2)
        _line(console, f"  {kind} (round {number}): {item.reason}")


def _message_line(message: Message, settings: Settings) -> str:
    head = f"{when(message.date, settings)} {message.direction.value} {message.sender.email}"
    c = message.classification
    if c is None and UNREADABLE_TAG in message.tags:
        return f"{head} «{message.subject}»: not read (its text cannot be read: read it yourself)"
    if c is None:
        return f"{head} «{message.subject}»"
    reasons = "; ".join(c.reasons) or "no reason given"
    unsure = (
        f", below the {settings.confidence_threshold:.0%} threshold: waits for your reading"
        if c.confidence < settings.confidence_threshold else ""
    )
    return (
        f"{head} «{message.subject}»: {c.label.value} at {c.confidence:.0%}{unsure} "
        f"({reasons})"
    )


def print_waiting(console: Console, unsure: Message | None, command: str) -> None:
    """C2: the reply whose reading the plan waits for, and how to give it."""
    if unsure is None:
        return
    _line(console, f"Waits for your reading: «{unsure.subject or '(no subject)'}» from "
                   f"{unsure.sender.email}; no follow-up and no consequence until then.")
    _line(console, f"  Answer: {command}  (WORD: refus, attente, suite, offre, autre, "
                   "refus-competences, refus-porte-ouverte, refus-definitif)")


def _line(console: Console, text: str) -> None:
    console.print(text, markup=False, highlight=False)
