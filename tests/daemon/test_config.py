"""The configuration file: typed values, every problem listed at once."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from connectors.errors import ConfigError
from daemon.config import load_config
from policy.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def no_template_check(settings: Settings) -> list[str]:
    return []


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "cal.ics").write_text("BEGIN:VCALENDAR\nEND:VCALENDAR\n", encoding="utf-8")
    (tmp_path / "Mail").mkdir(exist_ok=True)
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = '[calendar]\npath = "cal.ics"\n[mail]\nmaildir = "Mail"\n'


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path, no_template_check)
    return caught.value.problems


def test_a_minimal_file_gets_every_default_and_paths_relative_to_it(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL), no_template_check)
    assert config.settings == Settings()
    assert config.calendar.path == tmp_path / "cal.ics"
    assert config.mail.maildir == tmp_path / "Mail"
    assert config.daemon.interval_minutes == 30


def test_values_reach_the_settings(tmp_path: Path) -> None:
    text = MINIMAL + (
        '[user]\ntimezone = "America/Montreal"\ncountry = "ca"\nlanguage = "en"\n'
        'emails = ["Me@Example.org"]\npaused = true\n'
        '[rules]\nfollow_up_days = 10\nmorning_hour = "08:30"\nconfidence_threshold = 0.6\n'
        'extra_webmail_domains = ["Mailbox.org"]\n'
        '[ledger]\npath = "state/ledger.db"\n'
    )
    config = load_config(write(tmp_path, text), no_template_check)
    s = config.settings
    assert (s.timezone, s.country, s.default_language) == ("America/Montreal", "CA", "en")
    assert s.user_emails == ("me@example.org",)
    assert s.paused is True
    assert s.follow_up_days == 10
    assert s.morning_hour == time(8, 30)
    assert s.confidence_threshold == 0.6
    assert "mailbox.org" in s.webmail_domains and "gmail.com" in s.webmail_domains
    assert config.ledger == tmp_path / "state" / "ledger.db"


def test_every_problem_is_listed_at_once_with_its_key_path(tmp_path: Path) -> None:
    text = (
        '[user]\ntimezone = "Europe/Pariss"\ncountry = "XX"\nlanguage = "de"\n'
        '[rules]\nfollow_up_days = "seven"\nfolow_up_long_days = 14\nmorning_hour = "9h"\n'
        'confidence_threshold = 1.5\n'
        '[daemon]\ninterval_minutes = 0\n'
        '[calendar]\nbackend = "outlook"\n'
        '[mail]\nmaildir = "nowhere"\n'
        '[colours]\nred = 1\n'
    )
    problems = problems_of(write(tmp_path, text))
    assert 'rules.follow_up_days: expected a positive integer, got "seven"' in problems
    assert (
        'rules.folow_up_long_days: unknown key (did you mean "follow_up_long_days"?)'
        in problems
    )
    expected_prefixes = [
        "user.timezone: invalid time zone name",
        "user.country: unknown country",
        'user.language: unknown language "de"',
        "rules.morning_hour: expected a time of day",
        "rules.confidence_threshold: expected a number between 0 and 1, like 0.7, got 1.5",
        "daemon.interval_minutes: expected a positive integer, got 0",
        'calendar.backend: expected "ics" or "google", got "outlook"',
        "mail.maildir: no such folder",
        "colours: unknown section",
    ]
    for prefix in expected_prefixes:
        assert any(p.startswith(prefix) for p in problems), (prefix, problems)


def test_a_toml_syntax_error_names_the_file(tmp_path: Path) -> None:
    problems = problems_of(write(tmp_path, "[user\n"))
    assert problems[0].startswith(f"{tmp_path / 'config.toml'}: not valid TOML")


def test_templates_are_read_by_kind_and_language_and_bad_names_reported(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "follow_up.fr.txt").write_text("Bonjour {contact_name}", encoding="utf-8")
    path = write(tmp_path, MINIMAL + '[templates]\ndir = "templates"\n')
    assert load_config(path, no_template_check).settings.template_overrides == {
        "follow_up.fr": "Bonjour {contact_name}"
    }
    (folder / "relance.de.txt").write_text("x", encoding="utf-8")
    assert any("relance.de.txt" in p for p in problems_of(path))


def test_the_template_check_of_policy_is_reported_as_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL)
    with pytest.raises(ConfigError) as caught:
        load_config(path, lambda settings: ["templates.dir: follow_up.fr.txt: says you wait"])
    assert caught.value.problems == ["templates.dir: follow_up.fr.txt: says you wait"]


def test_the_example_file_documents_every_key_of_the_schema() -> None:
    from daemon.config import SCHEMA

    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    for section, keys in SCHEMA.items():
        assert f"[{section}]" in text
        for key in keys:
            assert f"{key} =" in text, f"{section}.{key} is not documented"


def test_every_settings_field_is_reachable_from_the_file() -> None:
    from dataclasses import fields

    from daemon.config import _SETTINGS_FIELDS

    reachable = set(_SETTINGS_FIELDS.values()) | {
        "webmail_domains", "ats_domains", "template_overrides",
    }
    assert {f.name for f in fields(Settings)} <= reachable


def test_the_example_config_runs_as_is_from_the_source_tree() -> None:
    config = load_config(ROOT / "config.example.toml", no_template_check)
    assert config.calendar.path == ROOT / "examples" / "calendar"
    assert config.mail.drafts_maildir == ROOT / "out" / "Drafts"
    assert config.output_ics == ROOT / "out" / "relance.ics"
    assert config.ledger == ROOT / "out" / "ledger.sqlite3"
    assert config.settings.user_emails == ("camille.martin@gmail.com",)


def test_google_backends_need_no_local_paths(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[calendar]\nbackend = "google"\n[mail]\nbackend = "google"\n'
        '[google]\ntoken = "token.json"\ncalendar_id = "x@group.calendar.google.com"\n',
        encoding="utf-8",
    )
    config = load_config(path, no_template_check)
    assert config.google.token == tmp_path / "token.json"
    assert config.google.calendar_id == "x@group.calendar.google.com"
