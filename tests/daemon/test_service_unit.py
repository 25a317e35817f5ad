"""The systemd user unit: parsable, complete, and accepted by systemd-analyze."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest

UNIT = Path(__file__).resolve().parents[2] / "contrib" / "relance.service"


def test_the_unit_has_the_keys_a_user_service_needs() -> None:
    parser = configparser.ConfigParser(strict=True, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNIT, encoding="utf-8")
    assert parser["Unit"]["Description"]
    assert parser["Service"]["ExecStart"].endswith("relance run")
    assert parser["Service"]["Type"] == "simple"
    # A config error (2) or a revoked token (3) needs the user: no restart loop.
    assert parser["Service"]["RestartPreventExitStatus"].split() == ["2", "3"]
    assert parser["Install"]["WantedBy"] == "default.target"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_accepts_the_unit(tmp_path: Path) -> None:
    # ExecStart must exist for verify: point it at an executable of the test's own.
    binary = tmp_path / "relance"
    binary.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    binary.chmod(0o755)
    unit = tmp_path / "relance.service"
    text = UNIT.read_text(encoding="utf-8")
    unit.write_text(text.replace("%h/.local/bin/relance", str(binary)), encoding="utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", str(unit)],
        capture_output=True, text=True, check=False,
    )
    complaints = [
        line for line in result.stderr.splitlines()
        if "relance.service" in line and "network-online" not in line
    ]
    assert result.returncode == 0 or not complaints, result.stderr
    assert complaints == [], result.stderr
