"""[calendar] alarm_minutes: the steps the user acts on ring, the others do not."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from daemon_world import NOW, setup_world
from icalendar import Calendar
from test_cli_local import Screen

from connectors.errors import ConfigError
from daemon.config import load_config
from policy.model import StepKind


def _events(folder: Path) -> dict[str, object]:
    calendar = Calendar.from_ical((folder / "out" / "relance.ics").read_bytes())
    return {str(e["X-RELANCE-KEY"]).rsplit(":", 1)[-1] + ":" + str(e["UID"]): e
            for e in calendar.walk("VEVENT")}


def _with_alarm(config: Path, value: str) -> Path:
    text = config.read_text(encoding="utf-8")
    old = '[calendar]\npath = "calendar"\n'
    config.write_text(text.replace(old, f"{old}alarm_minutes = {value}\n"), encoding="utf-8")
    return config


def _once(config: Path) -> None:
    assert Screen().run("--config", str(config), "--now", NOW, "once") == 0


def test_steps_to_act_on_ring_at_the_configured_time(tmp_path: Path) -> None:
    config = _with_alarm(setup_world(tmp_path), "20")
    _once(config)
    kinds = set()
    for name, event in _events(tmp_path).items():
        kind = StepKind(name.split(":")[0])
        kinds.add(kind)
        alarms = event.walk("VALARM")  # type: ignore[attr-defined]
        if kind.asks_action:
            assert [a["TRIGGER"].dt for a in alarms] == [timedelta(minutes=-20)], name
        else:
            assert alarms == [], name
        busy = str(event["TRANSP"]) == "OPAQUE"  # type: ignore[index]
        assert busy == (kind is StepKind.CALL), name
    assert StepKind.THANK_YOU in kinds and StepKind.FOLLOW_UP in kinds


def test_alarms_can_be_turned_off(tmp_path: Path) -> None:
    config = _with_alarm(setup_world(tmp_path), '"off"')
    assert load_config(config).settings.alarm_minutes is None
    _once(config)
    events = _events(tmp_path).values()
    assert all(e.walk("VALARM") == [] for e in events)  # type: ignore[attr-defined]


@pytest.mark.parametrize("value", ['-5', '"soon"', "true"])
def test_a_bad_alarm_is_named(tmp_path: Path, value: str) -> None:
    config = _with_alarm(setup_world(tmp_path), value)
    with pytest.raises(ConfigError, match=r"calendar\.alarm_minutes: expected minutes"):
        load_config(config)
