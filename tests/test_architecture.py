"""The folders are the architecture: policy is pure, connectors never reach
into the daemon. Checked on the import graph of the source, so a stray import
fails here before it fails in review."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Modules whose import means I/O, a clock, a network or a subprocess.
IMPURE = {
    "os", "io", "pathlib", "shutil", "socket", "subprocess", "sqlite3", "time", "urllib",
    "http", "requests", "httplib2", "mailbox", "tempfile", "glob", "logging", "asyncio",
    "threading", "multiprocessing", "random", "secrets", "uuid", "googleapiclient", "google",
    "icalendar", "platformdirs", "apscheduler", "rich", "builtins",
}


def imports_of(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_policy_imports_neither_connectors_nor_daemon_nor_io() -> None:
    offenders = {
        module: sorted(names & ({"connectors", "daemon"} | IMPURE))
        for module, names in imports_of("policy").items()
        if names & ({"connectors", "daemon"} | IMPURE)
    }
    assert offenders == {}


def test_policy_never_reads_the_clock_or_opens_files() -> None:
    calls = ("datetime.now(", "date.today(", "time.time(", ".utcnow(", "open(", "read_text(")
    offenders = [
        f"{path.relative_to(ROOT)}: {needle}"
        for path in (ROOT / "policy").rglob("*.py")
        for needle in calls
        if needle in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_connectors_do_not_import_the_daemon() -> None:
    offenders = {m: n for m, n in imports_of("connectors").items() if "daemon" in n}
    assert offenders == {}
