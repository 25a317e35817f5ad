"""The subcommands that run the cycle or look at its result: once, run, plan,
status, explain, clarify. Each is a `daemon.cli.Command`."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime

from rich.console import Console

from connectors.errors import UserError
from daemon import event_views, views
from daemon.commands_common import (
    clock_of,
    config_of,
    dry_cycle,
    find_application,
    statuses_of,
)
from daemon.config import Config
from daemon.cycle import Cycle, CycleReport
from daemon.ledger import LedgerStore
from daemon.leftovers import remove_draft_leftovers, remove_leftovers
from daemon.lock import LedgerLock
from daemon.progress import ProgressDisplay
from daemon.terminal import console_for
from daemon.wiring import build_backends, drafts_location, output_lines
from daemon.writepoints import WritePoints
from policy.application_plan import plan_application
from policy.reading_question import confirm_command
from policy.text import fold


def cmd_once(args: argparse.Namespace, console: Console) -> int:
    config = config_of(args)
    clock = clock_of(args, config)
    with LedgerLock(config.ledger):
        remove_all_leftovers(config, clock.now())
        store = LedgerStore.open(config.ledger)
        try:
            with ProgressDisplay(console_for(sys.stderr)) as progress:
                cycle = Cycle(build_backends(config, clock, store, progress), store,
                              config.settings, clock,
                              points=WritePoints.from_environ(os.environ), progress=progress)
                report = cycle.run(force=args.force)
        finally:
            store.close()
    views.print_cycle(console, report, config.settings, output_lines(config))
    return 0


def cmd_run(args: argparse.Namespace, console: Console) -> int:
    from daemon.scheduler import run_daemon

    config = config_of(args)
    clock = clock_of(args, config)
    with LedgerLock(config.ledger):
        remove_all_leftovers(config, clock.now())
        run_daemon(config, clock, force=args.force)
    return 0


def remove_all_leftovers(config: Config, now: datetime) -> None:
    """What a killed run left beside relance's events file and in its drafts folder."""
    remove_leftovers(config.output_ics.parent)
    drafts = drafts_location(config)
    if drafts is not None:
        remove_draft_leftovers(drafts, now)


def cmd_plan(args: argparse.Namespace, console: Console) -> int:
    config, report, store = dry_cycle(args)
    if report.paused:
        console.print("Paused (user.paused = true): nothing would be written.")
    console.print(views.plan_table(report, config.settings))
    views.print_waiting_contacts(console, report, store.steps())
    views.print_empty_hint(console, report, config.settings)
    views.print_problems(console, report)
    return 0


def cmd_status(args: argparse.Namespace, console: Console) -> int:
    config, report, store = dry_cycle(args)
    statuses = statuses_of(report, store, config.settings)
    console.print(views.status_table(statuses, config.settings, report.now))
    views.print_empty_hint(console, report, config.settings)
    views.print_problems(console, report)
    return 0


def cmd_explain(args: argparse.Namespace, console: Console) -> int:
    config, report, store = dry_cycle(args)
    if not args.application or not _names_application(report, args.application):
        verdicts = event_views.verdicts(report.events, config.settings)
        if args.application:  # not an application: the events of that title, if any
            wanted = fold(args.application).strip()
            verdicts = [v for v in verdicts if wanted in fold(v.event.title)]
            if not verdicts:
                find_application(report, args.application)  # says what is known
        event_views.print_verdicts(console, verdicts, config.settings)
        return 0
    key = find_application(report, args.application)
    application = next(a for a in report.applications if a.key == key)
    records = [r for r in store.steps() if r.application == key]
    found = plan_application(application, report.messages, store.view(), report.now,
                             config.settings)
    views.print_explain(console, application, report, records, config.settings,
                        found.messages)
    unsure = found.last_replies.unsure if found.closed is None else None
    if unsure is not None:
        views.print_waiting(console, unsure, confirm_command(key, unsure))
    # F4: what the rules decided NOT to plan has a reason too (offer, opt-out, D5 …).
    views.print_not_planned(console, found.closed, found.proposal.moot)
    return 0


def _names_application(report: CycleReport, name: str) -> bool:
    try:
        find_application(report, name)
    except UserError:
        return False
    return True


def cmd_clarify(args: argparse.Namespace, console: Console) -> int:
    config, report, _ = dry_cycle(args)
    key = find_application(report, args.application)
    company = next(a.company for a in report.applications if a.key == key)
    refused = any(
        m.application_key == key and m.classification is not None
        and m.classification.label.is_rejection
        for m in report.messages
    )
    if not refused:
        # D2 answers a refusal: recording a request without one would wait forever.
        raise UserError(f"no refusal from {company} in your mailbox: D2's clarification "
                        "answers a refusal that says a skill is missing; nothing recorded")
    # No daemon lock: one short transaction, which SQLite serialises with a running daemon.
    store = LedgerStore.open(config.ledger)
    try:
        with store.transaction():
            store.request_clarification(key, report.now)
    finally:
        store.close()
    console.print(f"Recorded: the next cycle writes a skills clarification draft for {company} "
                  "(D2), if its refusal cited a missing skill.", markup=False, highlight=False)
    return 0
