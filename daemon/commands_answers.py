"""The subcommands that record the user's answer to one of relance's questions:
confirm (C2, how to read a reply), confirm-interview (A1, is this event a job
interview?) and contact (E1, who to write to). Each is a `daemon.cli.Command`.

Like `clarify`, each writes one row into the ledger in one short transaction
and takes no daemon lock: SQLite serialises it with a running daemon, whose
next cycle gives the answer to the planner.
"""

from __future__ import annotations

import argparse

from rich.console import Console

from daemon import event_views
from daemon.commands_common import config_of, dry_cycle, find_application
from daemon.confirming import record_reading, wanted_label
from daemon.contact_answer import chosen_contact
from daemon.interview_answers import answer_id
from daemon.ledger import LedgerStore


def cmd_confirm(args: argparse.Namespace, console: Console) -> int:
    label = wanted_label(args.label)
    config, report, _ = dry_cycle(args)
    key = find_application(report, args.application)
    store = LedgerStore.open(config.ledger)
    try:
        said = record_reading(store, report, key, label, args.message, config.settings)
    finally:
        store.close()
    console.print(said, markup=False, highlight=False)
    return 0


def cmd_confirm_interview(args: argparse.Namespace, console: Console) -> int:
    answer = event_views.read_answer(args.answer)
    config, report, _ = dry_cycle(args)
    event = event_views.find_event(report.events, args.event)
    store = LedgerStore.open(config.ledger)
    try:
        with store.transaction():
            store.answer_interview(answer_id(event), answer, event.title, report.now)
    finally:
        store.close()
    what = "a job interview" if answer else "not a job interview"
    console.print(f"Recorded: «{event.title}» is {what}; the next cycle follows your answer "
                  "(A1).", markup=False, highlight=False)
    return 0


def cmd_contact(args: argparse.Namespace, console: Console) -> int:
    config = config_of(args)
    person = chosen_contact(args.address, " ".join(args.name), config.settings)
    _, report, _ = dry_cycle(args)
    key = find_application(report, args.application)
    store = LedgerStore.open(config.ledger)
    try:
        with store.transaction():
            store.set_contact(key, person, report.now)
    finally:
        store.close()
    named = f"{person.name} <{person.email}>" if person.name else person.email
    console.print(f"Recorded: relance writes to {named} for {key} (E1); the waiting drafts "
                  "are written at the next cycle.", markup=False, highlight=False)
    return 0
