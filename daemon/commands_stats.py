"""The subcommands that look back at the search: stats, export. Each is a
`daemon.cli.Command`; both read like `plan` (a dry cycle: nothing written
but the export file)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import cast

from rich.console import Console
from rich.table import Table

from connectors.errors import UserError
from daemon.commands_common import dry_cycle, statuses_of
from daemon.export import contact_rows, write_csv
from daemon.stats import FEW, Stats, search_stats
from policy.model import Language


def cmd_stats(args: argparse.Namespace, console: Console) -> int:
    config, report, _ = dry_cycle(args)
    stats = search_stats(report.applications, report.messages, report.now, config.settings)
    print_stats(console, stats)
    return 0


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    config, report, _ = dry_cycle(args)
    language = cast(Language, args.lang or config.settings.default_language)
    rows = contact_rows(report.applications, report.messages, config.settings, language)
    target = Path(args.csv).expanduser()
    try:
        write_csv(target, rows, language)
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror}") from None
    console.print(f"Wrote {target}: {len(rows)} contact(s) of {len(report.applications)} "
                  "application(s).", markup=False, highlight=False)
    return 0


def cmd_report(args: argparse.Namespace, console: Console) -> int:
    from daemon.report import report_html
    from daemon.views import by_next_step

    config, report, store = dry_cycle(args)
    settings = config.settings
    language = cast(Language, args.lang or settings.default_language)
    stats = search_stats(report.applications, report.messages, report.now, settings)
    statuses = by_next_step(statuses_of(report, store, settings))
    target = Path(args.out).expanduser()
    try:
        target.write_text(report_html(stats, statuses, report.now, settings, language),
                          encoding="utf-8")
    except OSError as error:
        raise UserError(f"cannot write {target}: {error.strerror}") from None
    console.print(f"Wrote {target}: open it in a browser (it needs no network).",
                  markup=False, highlight=False)
    return 0


def print_stats(console: Console, stats: Stats) -> None:
    if stats.applications == 0:
        console.print("No application yet: the figures come with the first interview found.")
        return
    if stats.few:
        console.print(f"[bold yellow]Only {stats.applications} application(s): under {FEW}, "
                      "these figures say little.[/]")
    funnel = Table(title="Stages reached")
    funnel.add_column("Stage")
    funnel.add_column("Applications", justify="right")
    for stage, count in stats.funnel:
        funnel.add_row(stage, f"{count} ({count / stats.applications:.0%})")
    console.print(funnel)
    rate = stats.response_rate or 0.0
    median = _days(stats.median_days_to_first_answer)
    _line(console, f"Answered: {stats.answered} of {stats.applications} ({rate:.0%}); "
                   f"median time to the first answer: {median}.")
    if stats.answers:
        _line(console, "Answers: " + ", ".join(
            f"{count} {label.value.replace('_', ' ')}" for label, count in
            stats.answers.most_common()))
    rounds = Table(title="Days to an answer, per round")
    for column in ("Round", "Reached", "Answered", "Median days", "Still waiting"):
        rounds.add_column(column, justify="right")
    for r in stats.rounds:
        rounds.add_row(str(r.number), str(r.reached), str(r.answered), _days(r.median_days),
                       str(r.waiting))
    console.print(rounds)
    if stats.silent:
        _line(console, "Silent (no answer since your last contact): " + ", ".join(
            f"{s.company} ({_days(s.days)}, since {s.since:%d/%m})" for s in stats.silent))
    months = Table(title="Per month")
    for column in ("Month", "New applications", "Answers"):
        months.add_column(column, justify="right")
    for month, started, answered in stats.months:
        months.add_row(month, str(started), str(answered))
    console.print(months)


def _days(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:g} day" if value == 1 else f"{value:g} days"


def _line(console: Console, text: str) -> None:
    console.print(text, markup=False, highlight=False)
