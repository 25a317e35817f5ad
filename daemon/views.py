"""What the commands print: rich tables and short summaries, no logic.

Times are shown in the user's zone, e.g. "Mon 14 Dec 09:00"."""

from __future__ import annotations

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
from policy.model import Action, Application, Message, Step
from policy.settings import Settings
from policy.workdays import user_zone


def when(moment: datetime | None, settings: Settings) -> str:
    if moment is None:
        return "—"
    return moment.astimezone(user_zone(settings)).strftime("%a %d %b %Y %H:%M")


def _sorted(statuses: Sequence[Any]) -> list[Any]:
    """Soonest next step first; applications with nothing to do last."""
    def soonest(s: Any) -> tuple[bool, float, str]:
        pending = getattr(s, "to_send", None)
        moment = pending.due if pending is not None else s.next_due
        return (moment is None, moment.timestamp() if moment else 0.0, s.company)

    return sorted(statuses, key=soonest)


def _companies(applications: Sequence[Application]) -> dict[str, str]:
    return {a.key: a.company for a in applications}


def plan_table(report: CycleReport, settings: Settings) -> Table:
    names = _companies(report.applications)
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


def _kind(value: str) -> str:
    return value.replace("_", " ")


def _writes(step: Step) -> str:
    if step.action is Action.CANCEL:
        return "removes what it wrote, if untouched"
    parts = ["event"] if step.event is not None else []
    if step.draft is not None:
        parts.append(f"draft to {', '.join(a.email for a in step.draft.to)}")
    elif step.kind.has_draft:
        parts.append("draft once due")
    return " + ".join(parts)


def status_table(statuses: Sequence[Any], settings: Settings, now: datetime) -> Table:
    """`statuses` are `policy.stage.ApplicationStatus` values."""
    table = Table(title=f"Applications at {when(now, settings)}")
    for column in ("Company", "Stage", "Last contact", "Next step", "When"):
        table.add_column(column, overflow="fold")
    for status in _sorted(statuses):
        table.add_row(
            status.company, status.stage, when(status.last_contact, settings),
            *_next_cells(status, settings),
        )
    return table


def _next_cells(status: Any, settings: Settings) -> tuple[Text | str, str]:
    """A draft waiting to be sent comes first: it is the user's move."""
    pending = getattr(status, "to_send", None)
    if pending is not None:
        deadline = pending.window_end
        return (
            Text(f"send the {_kind(pending.kind.value)} draft", style="bold"),
            f"by {deadline.astimezone(user_zone(settings)):%a %d %b}" if deadline else "now",
        )
    step = status.next_step
    return (_kind(step.kind.value) if step is not None else "—", when(status.next_due, settings))


def changes_table(changes: Sequence[Change], report: CycleReport, settings: Settings) -> Table:
    names = _companies(report.applications)
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
    if report.problems:
        console.print(f"[bold yellow]{len(report.problems)} problem(s), skipped:[/]")
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
    else:
        console.print("Nothing new to write: everything planned is already in place.")
    print_problems(console, report)
    for line in outputs:
        console.print(line, markup=False, highlight=False)
    console.print("Next: `relance status` lists every application; `relance explain COMPANY` "
                  "says why each step was planned. Nothing is ever sent: you send the drafts.",
                  markup=False, highlight=False)


def print_explain(
    console: Console, application: Application, report: CycleReport,
    records: Sequence[StepRecord], settings: Settings,
) -> None:
    console.print(f"[bold]{application.company}[/] (key: {application.key})")
    console.print("Interviews:")
    for number, interview in enumerate(application.interviews, start=1):
        start = interview.event.start
        shown = when(start, settings) if isinstance(start, datetime) else start.isoformat()
        _line(console, f"  round {number}: {shown} «{interview.event.title}»: {interview.reason}")
    messages = [m for m in report.messages if m.application_key == application.key]
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
    return f"{head} «{message.subject}»: {c.label.value} ({reasons})"


def _line(console: Console, text: str) -> None:
    console.print(text, markup=False, highlight=False)
