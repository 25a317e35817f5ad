"""The subcommands that set relance up or measure it: init, doctor, auth,
eval-replies. Each is a `daemon.cli.Command`."""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from rich.console import Console

from connectors.errors import BackendError, UserError
from daemon import paths
from daemon.commands_common import config_of
from daemon.ledger import LedgerStore
from daemon.starter import starter
from policy.readings import relance_labels

EXIT_FAILED_CHECK = 4


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    target = Path(args.path).expanduser() if args.path else paths.default_config_path()
    if target.exists():
        raise UserError(f"{target} exists already: relance init never overwrites a file")
    example = resources.files("daemon").joinpath(paths.EXAMPLE_NAME).read_text(encoding="utf-8")
    home = Path.home()
    calendar = _absolute(args.calendar) or home / "calendar.ics"
    maildir = _absolute(args.maildir) or home / "Maildir"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(starter(example, calendar, maildir, paths.data_dir()), encoding="utf-8")
    console.print(f"Wrote {target}. Check its [calendar] path ({calendar}) and [mail] maildir "
                  f"({maildir}), then run `relance --config {target} doctor`.",
                  markup=False, highlight=False)
    return 0


def _absolute(raw: str | None) -> Path | None:
    return Path(raw).expanduser().resolve() if raw else None


def cmd_doctor(args: argparse.Namespace, console: Console) -> int:
    from daemon.doctor_local import local_checks

    config = config_of(args, backends=False)
    checks: list[Any] = list(local_checks(config))  # and google_setup.Check, same fields
    if "google" in (config.calendar.backend, config.mail.backend):
        from daemon import google_setup
        from daemon.wiring import CALENDAR_ID, google_settings

        store = LedgerStore.copy_of(config.ledger)
        known = store.meta(CALENDAR_ID)
        checks += google_setup.doctor(google_settings(config, known), known)
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        fix = f" → {check.fix}" if check.fix and not check.ok else ""
        console.print(f"{mark} {check.name}: {check.detail}{fix}", markup=False,
                      highlight=False)
    return 0 if all(c.ok for c in checks) else EXIT_FAILED_CHECK


def cmd_auth(args: argparse.Namespace, console: Console) -> int:
    from daemon import google_setup
    from daemon.wiring import CALENDAR_ID, google_settings

    config = config_of(args, backends=False)

    def say(text: str) -> None:
        console.print(text, markup=False, highlight=False)

    google_setup.auth(config.google.client_secret, config.google.token,
                      open_browser=not args.no_browser, say=say)
    # No daemon lock: a running daemon picks the new token up at its next cycle.
    store = LedgerStore.open(config.ledger)
    try:
        settings = google_settings(config, store.meta(CALENDAR_ID))
        calendar_id = google_setup.calendar_after_auth(
            settings, store.meta(CALENDAR_ID), new_calendar=args.new_calendar
        )
        with store.transaction():
            store.set_meta(CALENDAR_ID, calendar_id)
    finally:
        store.close()
    say(f"relance's calendar: {calendar_id} (kept in the ledger; you may also set "
        "google.calendar_id to it)")
    try:
        created = google_setup.labels_after_auth(
            settings, relance_labels(config.settings.default_language))
    except BackendError as error:  # access works: the labels can be made by hand
        say(f"relance could not create its Gmail labels ({error}): create relance/refus, "
            "relance/attente… in Gmail yourself, or use relance confirm")
        return 0
    if created:
        say(f"Gmail labels created: {', '.join(created)} (put one on a reply to tell relance "
            "how to read it; see relance confirm)")
    return 0


def cmd_eval_replies(args: argparse.Namespace, console: Console) -> int:
    from daemon.config import load_settings
    from daemon.eval_replies import run

    found = paths.find_config(args.config, os.environ, Path.cwd())
    settings = load_settings(found) if found is not None else None
    return int(run(Path(args.path), sys.stdout, settings, threshold=args.threshold,
                   json_out=Path(args.json) if args.json else None))
