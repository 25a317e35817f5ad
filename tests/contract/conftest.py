"""Runs every contract test once per registered backend (see backends.py)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The registry and the backend modules are imported by their bare names, whatever
# pytest's import mode.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from backends import CALENDAR_BACKENDS, MAIL_BACKENDS, CalendarBackend, MailBackend

for _module in sorted(Path(__file__).parent.glob("backend_*.py")):
    importlib.import_module(_module.stem)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "calendar_backend" in metafunc.fixturenames:
        metafunc.parametrize("calendar_backend", sorted(CALENDAR_BACKENDS), indirect=True)
    if "mail_backend" in metafunc.fixturenames:
        metafunc.parametrize("mail_backend", sorted(MAIL_BACKENDS), indirect=True)


@pytest.fixture
def calendar_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CalendarBackend]:
    with CALENDAR_BACKENDS[request.param](tmp_path) as backend:
        yield backend


@pytest.fixture
def mail_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[MailBackend]:
    with MAIL_BACKENDS[request.param](tmp_path) as backend:
        yield backend
