"""What the subcommands share: the configuration they run on, the clock,
a dry cycle, and finding the application a user names."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from connectors.errors import UserError
from daemon import paths
from daemon.clock import Clock, clock_for
from daemon.config import Config, load_config
from daemon.cycle import Cycle, CycleReport
from daemon.ledger import LedgerStore
from daemon.wiring import build_backends
from policy.settings import Settings
from policy.stage import ApplicationStatus, describe
from policy.text import fold


def config_of(args: argparse.Namespace, *, backends: bool = True) -> Config:
    """The configuration the command runs on; `backends=False` for the commands
    that read no calendar nor mailbox (their paths are then not checked)."""
    found = paths.find_config(args.config, os.environ, Path.cwd())
    if found is None:
        raise UserError(paths.no_config_message(os.environ, Path.cwd()))
    return load_config(found, check_backends=backends)


def clock_of(args: argparse.Namespace, config: Config) -> Clock:
    return clock_for(args.now, config.settings.timezone)


def dry_cycle(args: argparse.Namespace) -> tuple[Config, CycleReport, LedgerStore]:
    """A cycle on a copy of the ledger, applying nothing: the files stay as they are."""
    config = config_of(args)
    clock = clock_of(args, config)
    store = LedgerStore.copy_of(config.ledger)
    cycle = Cycle(build_backends(config, clock, store), store, config.settings, clock)
    return config, cycle.run(dry_run=True), store


def statuses_of(
    report: CycleReport, store: LedgerStore, settings: Settings
) -> list[ApplicationStatus]:
    """Every application's stage, last contact and next step (`relance status`)."""
    ledger = store.view()
    return [describe(app, report.messages, ledger, report.now, settings)
            for app in report.applications]


def find_application(report: CycleReport, name: str) -> str:
    """The application a user names: its key, its company, or a unique part of it."""
    wanted = _folded(name)
    apps = report.applications
    exact = [a.key for a in apps if wanted in (_folded(a.key), _folded(a.company))]
    partial = [a.key for a in apps if wanted and wanted in _folded(a.company)]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    known = ", ".join(sorted(a.company for a in apps)) or "none"
    what = "several applications match" if found else "no application named"
    raise UserError(f"{what} {name!r} (known: {known})")


def _folded(text: str) -> str:
    # "helio" finds "Hélio Énergies": people type company names without accents.
    return fold(text).strip()
