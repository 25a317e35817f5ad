"""The `relance` command line.

Every error of `connectors.errors` becomes a message and an exit code in one
place, `main`: 2 for the user's configuration or files, 3 when the Google
authorisation expired, 4 when a calendar or mailbox answered badly.

The configuration file is, in order: --config, $RELANCE_CONFIG, the user's
config file (`relance init` writes it), else ./config.example.toml when the
command runs from a source tree (the README's first command).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from rich.console import Console

from connectors.errors import AuthExpired, BackendError, ConfigError, UserError
from daemon import __version__, paths, views
from daemon.clock import Clock, clock_for
from daemon.config import Config, load_config
from daemon.cycle import Cycle, CycleReport
from daemon.ledger import LedgerStore
from daemon.lock import LedgerLock
from daemon.logs import setup_logging
from daemon.wiring import build_backends, output_lines
from daemon.writepoints import WritePoints
from policy.application_plan import plan_application
from policy.text import fold

EXIT_USER, EXIT_AUTH, EXIT_BACKEND = 2, 3, 4

Command = Callable[[argparse.Namespace, Console], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relance",
        description="Follow-up bookkeeping after job interviews: drafts and events, never sent.",
    )
    parser.add_argument("--version", action="version", version=f"relance {__version__}")
    parser.add_argument("--config", metavar="PATH", help="configuration file (see relance init)")
    parser.add_argument("--now", metavar="ISO", help="act as if it were this time, e.g. "
                        "2026-12-07T09:30 (in user.timezone unless it says a zone)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="-v info, -vv debug")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    once = sub.add_parser("once", help="run one cycle: read, plan, write drafts and events")
    once.add_argument("--force", action="store_true",
                      help="go on even when a source suddenly looks empty (safety stop)")
    run = sub.add_parser("run", help="run a cycle every daemon.interval_minutes, until stopped")
    run.add_argument("--force", action="store_true", help="as for once")
    sub.add_parser("plan", help="dry run: the steps it would write, and why; writes nothing")
    sub.add_parser("status", help="every application: stage, last contact, next step")
    explain = sub.add_parser("explain", help="the reasons behind one application's steps")
    explain.add_argument("application", help="company name or application key")
    init = sub.add_parser("init", help="write a commented starter configuration file")
    init.add_argument("path", nargs="?", help=f"default: {paths.default_config_path()}")
    clarify = sub.add_parser(
        "clarify", help="D2: ask for a draft that proves a skill a refusal said was missing"
    )
    clarify.add_argument("application", help="company name or application key")
    auth = sub.add_parser("auth", help="Google: grant access and create relance's calendar")
    auth.add_argument("--no-browser", action="store_true",
                      help="print the consent address instead of opening a browser")
    auth.add_argument("--new-calendar", action="store_true",
                      help="create a new calendar for relance's events")
    sub.add_parser("doctor", help="Google: check the token, the APIs and relance's calendar")
    evaluate = sub.add_parser("eval-replies", help="score the reply classifier on a corpus")
    evaluate.add_argument("path", help="a labelled corpus folder or file")
    evaluate.add_argument("--json", metavar="FILE",
                          help="write one JSON line per message (id, expected, got, ...)")
    evaluate.add_argument("--threshold", type=float, default=None,
                          help="confidence below which a reading counts as unsure")
    return parser


def main(
    argv: Sequence[str] | None = None, console: Console | None = None,
    err: Console | None = None,
) -> int:
    """Run one command; `console` and `err` are where output and errors go."""
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    console = console or Console()
    err = err or Console(stderr=True)
    try:
        return COMMANDS[args.command](args, console)
    except ConfigError as error:
        err.print("[bold red]relance: the configuration has problems:[/]")
        for problem in error.problems:
            err.print(f"  • {problem}", markup=False, highlight=False)
        return EXIT_USER
    except UserError as error:
        err.print(f"relance: {error}", markup=False, highlight=False)
        return EXIT_USER
    except AuthExpired as error:
        err.print(f"relance: the Google authorisation expired ({error}): run relance auth",
                  markup=False, highlight=False)
        return EXIT_AUTH
    except BackendError as error:
        err.print(f"relance: a calendar or mailbox failed: {error}", markup=False,
                  highlight=False)
        return EXIT_BACKEND
    except KeyboardInterrupt:
        return 130


# -- shared pieces ------------------------------------------------------------
def _config(args: argparse.Namespace) -> Config:
    found = paths.find_config(args.config, os.environ, Path.cwd())
    if found is None:
        raise UserError(
            f"no configuration file: run `relance init` to write {paths.default_config_path()},"
            " or pass --config PATH"
        )
    return load_config(found)


def _clock(args: argparse.Namespace, config: Config) -> Clock:
    return clock_for(args.now, config.settings.timezone)


def _dry_cycle(args: argparse.Namespace) -> tuple[Config, CycleReport, LedgerStore]:
    """A cycle on a copy of the ledger, applying nothing: the files stay as they are."""
    config = _config(args)
    clock = _clock(args, config)
    store = LedgerStore.copy_of(config.ledger)
    cycle = Cycle(build_backends(config, clock, store), store, config.settings, clock)
    return config, cycle.run(dry_run=True), store


def _find_application(report: CycleReport, name: str) -> str:
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


# -- commands -----------------------------------------------------------------
def cmd_once(args: argparse.Namespace, console: Console) -> int:
    config = _config(args)
    clock = _clock(args, config)
    with LedgerLock(config.ledger):
        store = LedgerStore.open(config.ledger)
        try:
            cycle = Cycle(build_backends(config, clock, store), store, config.settings, clock,
                          points=WritePoints.from_environ(os.environ))
            report = cycle.run(force=args.force)
        finally:
            store.close()
    views.print_cycle(console, report, config.settings, output_lines(config))
    return 0


def cmd_run(args: argparse.Namespace, console: Console) -> int:
    from daemon.scheduler import run_daemon

    config = _config(args)
    with LedgerLock(config.ledger):
        run_daemon(config, _clock(args, config), force=args.force)
    return 0


def cmd_plan(args: argparse.Namespace, console: Console) -> int:
    config, report, _ = _dry_cycle(args)
    if report.paused:
        console.print("Paused (user.paused = true): nothing would be written.")
    console.print(views.plan_table(report, config.settings))
    views.print_problems(console, report)
    return 0


def cmd_status(args: argparse.Namespace, console: Console) -> int:
    from policy.stage import describe

    config, report, store = _dry_cycle(args)
    ledger = store.view()
    statuses = [
        describe(app, report.messages, ledger, report.now, config.settings)
        for app in report.applications
    ]
    console.print(views.status_table(statuses, config.settings, report.now))
    views.print_problems(console, report)
    return 0


def cmd_explain(args: argparse.Namespace, console: Console) -> int:
    config, report, store = _dry_cycle(args)
    key = _find_application(report, args.application)
    application = next(a for a in report.applications if a.key == key)
    records = [r for r in store.steps() if r.application == key]
    views.print_explain(console, application, report, records, config.settings)
    # F4: what the rules decided NOT to plan has a reason too (offer, opt-out, D5 …).
    found = plan_application(application, report.messages, store.view(), report.now,
                             config.settings)
    views.print_not_planned(console, found.closed, found.proposal.moot)
    return 0


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    target = Path(args.path).expanduser() if args.path else paths.default_config_path()
    if target.exists():
        raise UserError(f"{target} exists already: relance init never overwrites a file")
    text = resources.files("daemon").joinpath(paths.EXAMPLE_NAME).read_text(encoding="utf-8")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(starter(text), encoding="utf-8")
    console.print(f"Wrote {target}: edit the [calendar] and [mail] paths, then run "
                  f"`relance --config {target} plan`.", markup=False, highlight=False)
    return 0


# The example's demo values: a user's own file keeps relance's output in the user
# data folder and signs with the user's name, not Camille's.
_DEMO_ONLY = (
    "drafts_maildir = ", "ics = ", 'path = "out/', 'name = "Camille', 'emails = ["camille',
)


def starter(example: str) -> str:
    """The example configuration as a starter: the demo-only values commented out."""
    lines = [
        f"# {line}" if line.startswith(_DEMO_ONLY) else line
        for line in example.splitlines()
    ]
    return "\n".join(lines) + "\n"


def cmd_clarify(args: argparse.Namespace, console: Console) -> int:
    config, report, _ = _dry_cycle(args)
    key = _find_application(report, args.application)
    # No daemon lock: one short transaction, which SQLite serialises with a running daemon.
    store = LedgerStore.open(config.ledger)
    try:
        with store.transaction():
            store.request_clarification(key, report.now)
    finally:
        store.close()
    console.print(f"Recorded: the next cycle writes a skills clarification draft for {key} "
                  "(D2), if a refusal cited a missing skill.", markup=False, highlight=False)
    return 0


def cmd_eval_replies(args: argparse.Namespace, console: Console) -> int:
    from daemon.config import load_settings
    from daemon.eval_replies import run

    found = paths.find_config(args.config, os.environ, Path.cwd())
    settings = load_settings(found) if found is not None else None
    return int(run(Path(args.path), sys.stdout, settings, threshold=args.threshold,
                   json_out=Path(args.json) if args.json else None))


def cmd_auth(args: argparse.Namespace, console: Console) -> int:
    from daemon import google_setup
    from daemon.wiring import CALENDAR_ID, google_settings

    config = _config(args)

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
    return 0


def cmd_doctor(args: argparse.Namespace, console: Console) -> int:
    from daemon import google_setup
    from daemon.wiring import CALENDAR_ID, google_settings

    config = _config(args)
    store = LedgerStore.copy_of(config.ledger)
    known = store.meta(CALENDAR_ID)
    checks = google_setup.doctor(google_settings(config, known), known)
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        fix = f" → {check.fix}" if check.fix and not check.ok else ""
        console.print(f"{mark} {check.name}: {check.detail}{fix}", markup=False,
                      highlight=False)
    return 0 if all(c.ok for c in checks) else EXIT_BACKEND


COMMANDS: dict[str, Command] = {
    "once": cmd_once, "run": cmd_run, "plan": cmd_plan, "status": cmd_status,
    "explain": cmd_explain, "init": cmd_init, "clarify": cmd_clarify,
    "eval-replies": cmd_eval_replies, "auth": cmd_auth, "doctor": cmd_doctor,
}


if __name__ == "__main__":
    sys.exit(main())
