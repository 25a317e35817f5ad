"""The configuration file, read with `tomllib` into typed, checked values.

`config.example.toml` documents every key. Every problem of a file is
collected with its key path (`rules.follow_up_days: expected a positive
integer, got "seven"`) and raised at once as one `ConfigError`, before
anything runs. Secrets never sit in this file: the Google token lives in its
own file, named here.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, cast

from connectors.errors import ConfigError
from daemon import config_fields as f
from daemon import paths
from policy.drafts import check_all
from policy.model import StepKind
from policy.settings import ATS_DOMAINS, WEBMAIL_DOMAINS, Settings

TemplateCheck = Callable[[Settings], list[str]]

_RULE_INTS = (
    "debrief_minutes", "follow_up_days", "follow_up_short_days", "follow_up_long_days",
    "call_after_days", "max_attempts_per_round", "holding_default_days",
    "feedback_window_days", "future_opening_lead_days", "future_opening_min_days",
    "future_opening_default_days", "future_opening_now_business_days", "reapply_months",
    "unanswered_attempts_stop", "event_minutes",
)
_CALENDAR_INTS = ("interview_question_days",)

SCHEMA: Mapping[str, Mapping[str, f.Check]] = {
    "user": {
        "timezone": f.timezone, "country": f.country, "language": f.language,
        "locale": f.language, "name": f.text, "emails": f.emails, "paused": f.boolean,
    },
    "calendar": {
        "backend": f.choice("ics", "google"), "path": f.text, "interview_tag": f.text,
        "not_interview_tag": f.text, "interviews_calendars": f.texts,
        "alarm_minutes": f.minutes_or_off,
        **{name: f.positive_int for name in _CALENDAR_INTS},
    },
    "rules": {
        **dict.fromkeys(_RULE_INTS, f.positive_int),
        "morning_hour": f.clock_time, "call_hour": f.clock_time,
        "confidence_threshold": f.probability,
        "extra_webmail_domains": f.texts, "extra_ats_domains": f.texts,
    },
    "templates": {"dir": f.text},
    "mail": {
        "backend": f.choice("maildir", "google"), "maildir": f.text, "sent_folder": f.text,
        "drafts_folder": f.text, "drafts_maildir": f.text,
    },
    "output": {"ics": f.text},
    "ledger": {"path": f.text},
    "daemon": {"interval_minutes": f.positive_int, "jitter_seconds": f.non_negative_int},
    "google": {
        "client_secret": f.text, "token": f.text, "api_endpoint": f.text,
        "calendars": f.texts, "own_calendar": f.text, "calendar_id": f.text,
    },
}

# Keys that fill `policy.settings.Settings` directly, by field name.
_SETTINGS_FIELDS: Mapping[str, str] = {
    "user.timezone": "timezone", "user.country": "country",
    "user.language": "default_language", "user.locale": "locale", "user.name": "user_name",
    "user.emails": "user_emails", "user.paused": "paused",
    "calendar.interview_tag": "interview_tag",
    "calendar.not_interview_tag": "not_interview_tag",
    **{f"calendar.{name}": name for name in _CALENDAR_INTS},
    "calendar.interviews_calendars": "interviews_calendars",
    "calendar.alarm_minutes": "alarm_minutes",
    "rules.morning_hour": "morning_hour", "rules.call_hour": "call_hour",
    "rules.confidence_threshold": "confidence_threshold",
    **{f"rules.{name}": name for name in _RULE_INTS},
}


@dataclass(frozen=True)
class CalendarConfig:
    backend: Literal["ics", "google"] = "ics"
    path: Path | None = None  # an .ics file or a folder of them


@dataclass(frozen=True)
class MailConfig:
    backend: Literal["maildir", "google"] = "maildir"
    maildir: Path | None = None
    sent_folder: str = "Sent"
    drafts_folder: str = "Drafts"
    drafts_maildir: Path | None = None  # drafts in a Maildir of their own, when set


@dataclass(frozen=True)
class DaemonConfig:
    interval_minutes: int = 30
    jitter_seconds: int = 120


@dataclass(frozen=True)
class GoogleConfig:
    client_secret: Path
    token: Path
    api_endpoint: str | None = None  # a test emulator; None: Google itself
    calendars: tuple[str, ...] = ("primary",)
    own_calendar: str = "relance"
    calendar_id: str | None = None  # relance's calendar; None: the one `relance auth` made


@dataclass(frozen=True)
class Config:
    settings: Settings
    calendar: CalendarConfig
    mail: MailConfig
    output_ics: Path  # relance's own events (never the user's input)
    ledger: Path
    daemon: DaemonConfig
    google: GoogleConfig
    path: Path | None = None  # the file it was read from
    templates_dir: Path | None = None


def load_config(
    path: Path, template_check: TemplateCheck | None = None, *, check_backends: bool = True
) -> Config:
    """Read and check `path`; raise ConfigError listing every problem.

    `template_check` vets the user's draft templates (B2's forbidden phrases);
    by default `policy.drafts.check_all`. `check_backends=False` leaves the
    calendar and mailbox paths unchecked, for commands that read neither."""
    raw = _read_toml(path)
    values, problems = _check(raw)
    base = path.resolve().parent
    overrides, template_problems = _read_templates(values, base)
    problems += template_problems
    settings = _settings(values, overrides)
    config = _build(values, base, settings, problems if check_backends else [])
    if not problems:
        problems += (template_check or _policy_template_check)(settings)
    if problems:
        raise ConfigError(problems)
    return config


def load_settings(path: Path) -> Settings:
    """The judgement settings of `path` alone, for a command that reads no calendar or
    mailbox (eval-replies): the sources' keys are not required; raise ConfigError."""
    raw = _read_toml(path)
    values, problems = _check(raw)
    overrides, template_problems = _read_templates(values, path.resolve().parent)
    if problems + template_problems:
        raise ConfigError(problems + template_problems)
    return _settings(values, overrides)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError([f"{path}: no such file (create one with `relance init`)"]) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError([f"{path}: not valid TOML: {error}"]) from None
    except UnicodeDecodeError as error:
        raise ConfigError([f"{path}: not UTF-8 text (byte {error.object[error.start]:#04x} at "
                           f"position {error.start}): save the file as UTF-8"]) from None
    except OSError as error:
        raise ConfigError([f"{path}: cannot read: {error.strerror}"]) from None


def _check(raw: Mapping[str, Any]) -> tuple[dict[str, object], list[str]]:
    values: dict[str, object] = {}
    problems: list[str] = []
    for section, table in raw.items():
        known = SCHEMA.get(section)
        if known is None:
            problems.append(f"{section}: unknown section{_hint(section, SCHEMA)}")
            continue
        if not isinstance(table, dict):
            problems.append(f"{section}: expected a [{section}] table, got {f.shown(table)}")
            continue
        for key, value in table.items():
            where = f"{section}.{key}"
            check = known.get(key)
            if check is None:
                problems.append(f"{where}: unknown key{_hint(key, known)}")
                continue
            checked, problem = check(value)
            if problem:
                problems.append(f"{where}: {problem}")
            else:
                values[where] = checked
    return values, problems


def _hint(name: str, known: Mapping[str, object]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _settings(values: Mapping[str, object], overrides: Mapping[str, str]) -> Settings:
    kwargs: dict[str, Any] = {
        name: values[key] for key, name in _SETTINGS_FIELDS.items() if key in values
    }
    extra_webmail = cast(tuple[str, ...], values.get("rules.extra_webmail_domains", ()))
    extra_ats = cast(tuple[str, ...], values.get("rules.extra_ats_domains", ()))
    kwargs["webmail_domains"] = WEBMAIL_DOMAINS + tuple(d.lower() for d in extra_webmail)
    kwargs["ats_domains"] = ATS_DOMAINS + tuple(d.lower() for d in extra_ats)
    kwargs["template_overrides"] = MappingProxyType(dict(overrides))
    return Settings(**kwargs)


def _path(values: Mapping[str, object], key: str, base: Path) -> Path | None:
    raw = values.get(key)
    return paths.resolve(base, raw) if isinstance(raw, str) and raw else None


def _build(
    values: Mapping[str, object], base: Path, settings: Settings, problems: list[str]
) -> Config:
    data = paths.data_dir()
    calendar = CalendarConfig(
        backend=cast(Literal["ics", "google"], values.get("calendar.backend", "ics")),
        path=_path(values, "calendar.path", base),
    )
    mail = MailConfig(
        backend=cast(Literal["maildir", "google"], values.get("mail.backend", "maildir")),
        maildir=_path(values, "mail.maildir", base),
        sent_folder=str(values.get("mail.sent_folder", "Sent")),
        drafts_folder=str(values.get("mail.drafts_folder", "Drafts")),
        drafts_maildir=_path(values, "mail.drafts_maildir", base),
    )
    problems += _backend_problems(calendar, mail, values)
    problems += _path_problems(values, base)
    return Config(
        settings=settings,
        calendar=calendar,
        mail=mail,
        output_ics=_path(values, "output.ics", base) or data / "relance.ics",
        ledger=_path(values, "ledger.path", base) or data / "ledger.sqlite3",
        daemon=DaemonConfig(
            interval_minutes=cast(int, values.get("daemon.interval_minutes", 30)),
            jitter_seconds=cast(int, values.get("daemon.jitter_seconds", 120)),
        ),
        google=GoogleConfig(
            client_secret=_path(values, "google.client_secret", base)
            or paths.config_dir() / "client_secret.json",
            token=_path(values, "google.token", base) or data / "google-token.json",
            api_endpoint=cast(str | None, values.get("google.api_endpoint")),
            calendars=cast(tuple[str, ...], values.get("google.calendars", ("primary",))),
            own_calendar=str(values.get("google.own_calendar", "relance")),
            calendar_id=cast(str | None, values.get("google.calendar_id")),
        ),
        templates_dir=_path(values, "templates.dir", base),
    )


# Where relance writes: a file where it needs a folder, or the reverse, is told at
# start with its key, not met as an OSError in the middle of a cycle.
_FILES = {"ledger.path": "ledger.sqlite3", "output.ics": "relance.ics"}
_FOLDERS = ("mail.drafts_maildir", "mail.maildir")


def _path_problems(values: Mapping[str, object], base: Path) -> list[str]:
    problems: list[str] = []
    for key, name in _FILES.items():
        path = _path(values, key, base)
        if path is not None and path.is_dir():
            problems.append(f"{key}: {path} is a folder; give the path of a file in it, "
                            f"e.g. {path / name}")
    for key in _FOLDERS:
        path = _path(values, key, base)
        if path is not None and path.exists() and not path.is_dir():
            problems.append(f"{key}: {path} is a file, not a folder; give a Maildir folder")
    return problems


def _backend_problems(
    calendar: CalendarConfig, mail: MailConfig, values: Mapping[str, object]
) -> list[str]:
    problems: list[str] = []
    if calendar.backend == "ics":
        if calendar.path is None:
            problems.append('calendar.path: required when backend = "ics" (an .ics file or folder)')
        elif not calendar.path.exists():
            problems.append(f"calendar.path: no such file or folder: {calendar.path}")
    if mail.backend == "maildir":
        if mail.maildir is None:
            problems.append('mail.maildir: required when backend = "maildir"')
        elif not mail.maildir.is_dir():
            problems.append(f"mail.maildir: no such folder: {mail.maildir}")
    return problems


def _read_templates(
    values: Mapping[str, object], base: Path
) -> tuple[dict[str, str], list[str]]:
    """User templates: drafts as `kind.lang.txt` (follow_up.fr.txt), events as
    `event.kind.lang.txt` (event.call.fr.txt)."""
    folder = _path(values, "templates.dir", base)
    if folder is None:
        return {}, []
    if not folder.is_dir():
        return {}, [f"templates.dir: no such folder: {folder}"]
    found: dict[str, str] = {}
    problems: list[str] = []
    for file in sorted(folder.glob("*.txt")):
        name = file.name.removesuffix(".txt")
        if not _is_template_name(name):
            kinds = ", ".join(k.value for k in StepKind)
            problems.append(
                f"templates.dir: {file.name}: expected a name like follow_up.fr.txt or "
                f"event.call.en.txt (kinds: {kinds}; languages: fr, en)"
            )
            continue
        try:
            found[name] = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(f"templates.dir: {file.name}: cannot read: {error}")
    return found, problems


def _is_template_name(name: str) -> bool:
    parts = name.removeprefix("event.").split(".")
    kinds = {k.value for k in StepKind}
    return len(parts) == 2 and parts[0] in kinds and parts[1] in f.LANGUAGES


def _policy_template_check(settings: Settings) -> list[str]:
    return [f"templates.dir: {problem}" for problem in check_all(settings)]
