"""The `relance` command line: the table of subcommands, the parser, the exit codes.

Every error of `connectors.errors` becomes a message and an exit code in one
place, `main`: 2 for the user's configuration or files (a damaged or
unwritable ledger, a full or read-only disk included), 3 when the Google
authorisation expired, 4 when a calendar or mailbox answered badly, 1 for
anything unexpected. Each is one line; the traceback only with -vv.

Adding a subcommand is one row of `SUBCOMMANDS`: its name, a one-line summary,
an example, its arguments (a function adding them to its parser) and its
handler as "module:function", a `Command` imported only when it runs. Nothing
heavy is imported here, so that `relance --help` answers at once: no rich,
no Google client, no cryptography, no HTTP library (see bench/bench_startup.py).

The global options (--config, --now, -v) are accepted before or after the
subcommand: they are declared on both parsers, the subcommand's copy without
a default so that it only overrides what was given.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from connectors.errors import AuthExpired, BackendError, ConfigError, UserError
from connectors.problem_words import in_words
from daemon.ledger_errors import ledger_problem

if TYPE_CHECKING:
    from rich.console import Console

EXIT_BUG, EXIT_USER, EXIT_AUTH, EXIT_BACKEND = 1, 2, 3, 4

Command = Callable[[argparse.Namespace, "Console"], int]
Arguments = Callable[[argparse.ArgumentParser], None]


def _none(parser: argparse.ArgumentParser) -> None:
    """A subcommand without arguments of its own."""


def _force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="go on even when a source suddenly looks empty (safety stop)")


def _application(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("application", help="company name (or a part of it) or application key")


def _event_or_application(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("application", nargs="?",
                        help="company name or application key (or part of an event's title); "
                        "without it, whether each calendar event is a job interview, and why")


def _confirm(parser: argparse.ArgumentParser) -> None:
    _application(parser)
    parser.add_argument("label", help="refus, attente, suite, offre, autre, refus-competences, "
                        "refus-porte-ouverte, refus-definitif (or in English)")
    parser.add_argument("--message", metavar="ID",
                        help="the message to read (default: the latest reply)")


def _confirm_interview(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("event", help="the event's id, or a unique part of its title")
    parser.add_argument("answer", help="yes or no (oui or non)")


def _contact(parser: argparse.ArgumentParser) -> None:
    _application(parser)
    parser.add_argument("address", help="the person's mail address")
    parser.add_argument("name", nargs="*", help="the person's name (optional)")


def _init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?",
                        help="where to write it (default: the user config folder)")
    parser.add_argument("--calendar", metavar="ICS",
                        help="your calendar export: an .ics file or a folder of them")
    parser.add_argument("--maildir", metavar="DIR", help="your mailbox, a Maildir folder")


def _auth(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-browser", action="store_true",
                        help="print the consent address instead of opening a browser")
    parser.add_argument("--new-calendar", action="store_true",
                        help="create a new calendar for relance's events")


def _corpus(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="a labelled corpus folder or file (JSON Lines)")
    parser.add_argument("--json", metavar="FILE",
                        help="write one JSON line per message (id, expected, got, ...)")
    parser.add_argument("--threshold", type=float, default=None,
                        help="confidence below which a reading counts as unsure "
                        "(default: rules.confidence_threshold)")


def _export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--csv", metavar="FILE", required=True, help="the file to write")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="its language (default: user.language); French uses ';'")


def _report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", metavar="FILE.html", default="relance-report.html",
                        help="the file to write (default: relance-report.html)")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="its language (default: user.language)")


@dataclass(frozen=True)
class Subcommand:
    name: str
    summary: str  # one line: the list of `relance --help` and the top of `relance NAME --help`
    example: str  # a command line to paste
    handler: str  # "module:function", imported only when the command runs
    arguments: Arguments = _none


SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand("once", "run one cycle: read, plan, write drafts and events",
               "relance once", "daemon.commands_cycle:cmd_once", _force),
    Subcommand("run", "run a cycle every daemon.interval_minutes, until stopped",
               "relance run", "daemon.commands_cycle:cmd_run", _force),
    Subcommand("plan", "dry run: the steps it would write, and why; writes nothing",
               "relance plan --now 2026-12-16T09:30", "daemon.commands_cycle:cmd_plan"),
    Subcommand("status", "every application: stage, last contact, next step",
               "relance status", "daemon.commands_cycle:cmd_status"),
    Subcommand("explain", "the reasons behind one application's steps; without a name, "
               "whether each calendar event is a job interview, and why",
               "relance explain acme", "daemon.commands_cycle:cmd_explain",
               _event_or_application),
    Subcommand("clarify", "D2: ask for a draft that proves a skill a refusal said was missing",
               "relance clarify nordlys", "daemon.commands_cycle:cmd_clarify", _application),
    Subcommand("confirm", "C2: say how to read a reply (refus, attente, suite, offre, autre…)",
               "relance confirm acme refus", "daemon.commands_answers:cmd_confirm", _confirm),
    Subcommand("confirm-interview", "A1: answer relance's question: is this event a job "
               "interview?", "relance confirm-interview 'Entretien Acme' oui",
               "daemon.commands_answers:cmd_confirm_interview", _confirm_interview),
    Subcommand("contact", "E1: name the person relance writes to for an application",
               "relance contact acme jeanne@acme.fr Jeanne Dupont",
               "daemon.commands_answers:cmd_contact", _contact),
    Subcommand("stats", "how the search goes: stages reached, answers, days to answer, silences",
               "relance stats", "daemon.commands_stats:cmd_stats"),
    Subcommand("export", "a CSV of every contact made or received, for a job adviser",
               "relance export --csv recherche.csv", "daemon.commands_stats:cmd_export",
               _export),
    Subcommand("report", "the search on one page: an HTML file with charts, offline",
               "relance report --out recherche.html", "daemon.commands_stats:cmd_report",
               _report),
    Subcommand("init", "write a commented starter configuration for your own files",
               "relance init --calendar ~/calendar.ics --maildir ~/Maildir",
               "daemon.commands_setup:cmd_init", _init),
    Subcommand("doctor", "check the calendar, mailbox and outputs configured (and Google if used)",
               "relance doctor", "daemon.commands_setup:cmd_doctor"),
    Subcommand("auth", "Google: grant access and create relance's calendar",
               "relance auth --no-browser", "daemon.commands_setup:cmd_auth", _auth),
    Subcommand("eval-replies", "score the reply reader on mail you labelled",
               "relance eval-replies my-replies.jsonl",
               "daemon.commands_setup:cmd_eval_replies", _corpus),
)


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On a subcommand's parser the defaults are SUPPRESS: an option given before
    # the subcommand is not reset by the subcommand's parser.
    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument("--config", metavar="PATH", default=default(None),
                        help="configuration file (see relance init)")
    parser.add_argument("--now", metavar="ISO", default=default(None),
                        help="act as if it were this time, e.g. 2026-12-07T09:30 "
                        "(in user.timezone unless it says a zone)")
    parser.add_argument("-v", "--verbose", action="count", default=default(0),
                        help="-v info, -vv debug")


class _Version(argparse.Action):
    """--version reads the installed metadata only when asked (it costs 60 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from daemon import version

        print(f"relance {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    examples = "\n".join(f"  {c.example}" for c in SUBCOMMANDS)
    parser = argparse.ArgumentParser(
        prog="relance",
        description="Follow-up bookkeeping after job interviews: drafts and events, never sent.",
        epilog=f"examples:\n{examples}\n\n`relance COMMAND --help` tells more about each.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version)
    _global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in SUBCOMMANDS:
        child = sub.add_parser(command.name, help=command.summary, description=command.summary,
                               epilog=f"example: {command.example}",
                               formatter_class=argparse.RawDescriptionHelpFormatter)
        command.arguments(child)
        _global_options(child, top=False)
    return parser


def _handler(name: str) -> Command:
    row = next(c for c in SUBCOMMANDS if c.name == name)
    module, function = row.handler.split(":")
    return cast(Command, getattr(importlib.import_module(module), function))


def main(
    argv: Sequence[str] | None = None, console: Console | None = None,
    err: Console | None = None,
) -> int:
    """Run one command; `console` and `err` are where output and errors go."""
    args = build_parser().parse_args(argv)  # --help and --version exit here, before rich
    from daemon.logs import setup_logging
    from daemon.terminal import console_for

    setup_logging(args.verbose)
    console = console or console_for(sys.stdout)
    err = err or console_for(sys.stderr)
    try:
        return _handler(args.command)(args, console)
    except ConfigError as error:
        err.print("[bold red]relance: the configuration has problems:[/]")
        for problem in error.problems:
            err.print(f"  • {problem}", markup=False, highlight=False)
        return EXIT_USER
    except UserError as error:
        err.print(f"relance: {error}", markup=False, highlight=False)
        return EXIT_USER
    except AuthExpired as error:
        said = str(error) if "relance auth" in str(error) else (
            f"the Google authorisation expired ({error}): run `relance auth`")
        err.print(f"relance: {said}", markup=False, highlight=False)
        return EXIT_AUTH
    except BackendError as error:
        err.print(f"relance: a calendar or mailbox failed: {error}", markup=False,
                  highlight=False)
        return EXIT_BACKEND
    except KeyboardInterrupt:
        return 130
    except (sqlite3.Error, OSError) as error:
        # A ledger or a file that failed mid-cycle: one line; the traceback with -vv.
        if args.verbose >= 2:
            raise
        err.print(f"relance: {_environment_words(error)}", markup=False, highlight=False)
        return EXIT_USER
    except Exception as error:  # a bug of relance's: a line to report, the traceback with -vv
        if args.verbose >= 2:
            raise
        err.print(f"relance: unexpected error: {in_words(error)}; run the same command with "
                  "-vv and report what it prints", markup=False, highlight=False)
        return EXIT_BUG


def _environment_words(error: sqlite3.Error | OSError) -> str:
    if isinstance(error, sqlite3.Error):
        return str(ledger_problem(error, None))
    return f"{in_words(error)}: check that path and its permissions, then run relance again"


if __name__ == "__main__":
    sys.exit(main())
