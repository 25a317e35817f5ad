"""The command line a newcomer meets: options anywhere, help with examples,
doctor on the backends in use, no silent demo, empty states with a next step,
logs of `run`, no hard wrap in a pipe, a fast --help."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from daemon_world import NOW, ROOT, add_refusal, setup_world
from test_cli_local import Screen, run

from daemon.cli import SUBCOMMANDS, main
from daemon.config import load_config
from daemon.ledger import LedgerStore

EMPTY_CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nEND:VCALENDAR\r\n"


def test_global_options_are_accepted_after_the_subcommand(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    assert screen.run("plan", "--config", str(config), "--now", NOW) == 0
    assert "Plan at Wed 09 Dec 2026 09:30" in screen.read()
    assert screen.run("--config", str(config), "status", "-v", "--now", NOW) == 0
    assert "Acme Industrie" in screen.read()


def test_every_subcommand_has_a_description_and_an_example_in_its_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    overview = capsys.readouterr().out
    for command in SUBCOMMANDS:
        assert command.summary in " ".join(overview.split()), command.name
        assert f"relance {command.name}" in overview
        with pytest.raises(SystemExit):
            main([command.name, "--help"])
        shown = capsys.readouterr().out
        assert command.summary in " ".join(shown.split())
        assert f"example: {command.example}" in shown, command.name
        assert command.example.startswith(f"relance {command.name}")


def test_doctor_checks_the_local_backends_and_never_google(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    assert screen.run("--config", str(config), "doctor") == 0
    out = screen.read()
    for name in ("calendar", "mailbox", "drafts", "events file", "ledger"):
        assert f"ok   {name}" in out, out
    assert "token" not in out and "Google" not in out
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Maildir" / sub).rmdir()
    (tmp_path / "calendar" / "agenda.ics").unlink()
    (tmp_path / "calendar").rmdir()
    assert screen.run("--config", str(config), "doctor") == 4
    out = screen.read()
    assert f"FAIL calendar: no such file or folder: {tmp_path / 'calendar'}" in out
    assert "FAIL mailbox" in out and "cur" in out


def test_a_command_that_needs_no_calendar_does_not_check_it(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[calendar]\npath = "nowhere.ics"\n[mail]\nmaildir = "nowhere"\n',
                      encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "a", "lang": "en", "label": "holding", "subject": "Update", '
                      '"body": "We are still reviewing applications and will revert next '
                      'week."}\n', encoding="utf-8")
    out = tmp_path / "out.txt"
    with out.open("w", encoding="utf-8") as handle:
        result = subprocess.run(
            [sys.executable, "-m", "daemon.cli", "--config", str(config), "eval-replies",
             str(corpus)], stdout=handle, stderr=subprocess.PIPE, text=True, cwd=ROOT,
            check=False, timeout=120,
        )
    assert "calendar.path" not in result.stderr
    assert "macro" in out.read_text(encoding="utf-8").lower()


def test_init_writes_a_starter_for_the_users_own_files(tmp_path: Path) -> None:
    target = tmp_path / "conf" / "config.toml"
    calendar, maildir = tmp_path / "agenda.ics", tmp_path / "Mail"
    assert main(["init", str(target), "--calendar", str(calendar),
                 "--maildir", str(maildir)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "examples" not in text and "runs as is" not in text
    starter = tomllib.loads(text)
    assert starter["calendar"]["path"] == str(calendar)
    assert starter["mail"]["maildir"] == str(maildir)
    for path in (starter["output"]["ics"], starter["ledger"]["path"]):
        assert Path(path).is_absolute()
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            assert "#" in line, f"a key without its comment: {line}"
    calendar.write_text(EMPTY_CALENDAR, encoding="utf-8")
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    assert load_config(target).calendar.path == calendar


def test_without_a_config_relance_says_where_it_looked_and_never_uses_the_demo(
    tmp_path: Path,
) -> None:
    (tmp_path / "config.example.toml").write_text((ROOT / "config.example.toml").read_text(
        encoding="utf-8"), encoding="utf-8")
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    env.pop("RELANCE_CONFIG", None)
    result = subprocess.run([sys.executable, "-m", "daemon.cli", "status"], cwd=tmp_path,
                            env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True,
                            text=True, check=False, timeout=60)
    assert result.returncode == 2
    err = " ".join(result.stderr.split())
    assert str(home / ".config" / "relance" / "config.toml") in err
    assert "relance init" in err and "--config config.example.toml" in err
    assert "RELANCE_CONFIG" in err


def test_run_logs_one_line_per_cycle_and_a_stop_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    from daemon.clock import clock_for
    from daemon.logs import setup_logging
    from daemon.scheduler import cycle_job, stop_line

    config = load_config(setup_world(tmp_path))
    setup_logging(0)  # the default level: warnings, and the cycle line
    cycle_job(config, clock_for(NOW, "Europe/Paris"), force=False)()
    (line,) = [x for x in capsys.readouterr().err.splitlines() if " relance: " in x]
    assert "2 interview(s)" in line and "written" in line and "for you" in line
    assert "calendar " in line and "wrote 6 steps" in line  # what the first sync took
    assert "stopped" in stop_line(15)


def test_empty_states_say_what_makes_an_interview(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    (tmp_path / "calendar" / "agenda.ics").write_text(EMPTY_CALENDAR, encoding="utf-8")
    for command in ("once", "status"):
        assert run(config, command, screen=screen) == 0
        out = " ".join(screen.read().split())
        assert "No interview found" in out, command
        assert "entretien" in out and "#candidature" in out


def test_piped_output_is_never_hard_wrapped(tmp_path: Path) -> None:
    deep = tmp_path / ("a-rather-long-folder-name-" * 4)
    config = setup_world(deep)
    result = subprocess.run(
        [sys.executable, "-m", "daemon.cli", "--config", str(config), "--now", NOW, "once"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=60,
        env={k: v for k, v in os.environ.items() if k != "COLUMNS"},
    )
    assert result.returncode == 0, result.stderr
    assert f"Ledger: {deep / 'out' / 'ledger.sqlite3'}" in result.stdout.splitlines()


def _without_end(uid: str, title: str) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{uid}\r\nDTSTAMP:20261120T080000Z\r\nDTSTART:20261208T080000Z\r\n"
            f"SUMMARY:{title}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_an_event_without_end_matters_only_if_it_is_an_interview(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    (tmp_path / "calendar" / "dentist.ics").write_text(_without_end("d@t", "Dentist"),
                                                       encoding="utf-8")
    assert run(config, "once", screen=screen) == 0
    out = screen.read()
    assert "Dentist" not in out and "skipped" not in out and "problem" not in out
    (tmp_path / "calendar" / "wonka.ics").write_text(
        _without_end("w@t", "Entretien Wonka"), encoding="utf-8")
    assert run(config, "once", screen=screen) == 0
    out = " ".join(screen.read().split())
    assert "Entretien Wonka" in out and "an interview with no end time" in out
    assert "Dentist" not in out and "skipped" not in out


def test_clarify_without_a_refusal_says_so_and_fails(tmp_path: Path) -> None:
    config, screen = setup_world(tmp_path), Screen()
    assert run(config, "clarify", "Brightwave", screen=screen) == 2
    assert "no refusal" in screen.err.getvalue()
    assert not (tmp_path / "out" / "ledger.sqlite3").exists() or not LedgerStore.open(
        tmp_path / "out" / "ledger.sqlite3").clarifications()
    add_refusal(tmp_path)
    assert run(config, "clarify", "acme", screen=screen) == 0


_HEAVY = ("google", "googleapiclient", "cryptography", "httplib2", "google_auth_httplib2",
          "requests", "urllib3")


def _imported_by(argv: list[str], cwd: Path) -> list[str]:
    probe = (
        "import sys\nfrom daemon.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {_HEAVY!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True,
                            text=True, check=False, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    return result.stdout.strip().splitlines()[-1:]


def test_help_and_local_commands_import_no_google_crypto_or_http(tmp_path: Path) -> None:
    assert _imported_by(["--help"], ROOT) == ["[]"]
    config = setup_world(tmp_path)
    assert _imported_by(["--config", str(config), "--now", NOW, "plan"], ROOT) == ["[]"]
