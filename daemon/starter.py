"""The file `relance init` writes: the example configuration made a starter
for the user's own calendar and mailbox.

Decisions: every key keeps its comment (the example's, which names its rule);
the paths are absolute, so that the file means the same wherever it is moved
or read from (a relative `examples/…` would resolve under the config folder);
relance's own outputs (events file, ledger) go to the user data folder; the
demo's identity and drafts folder are commented out. The calendar and
mailbox are the ones given to `relance init`, else the usual places
(~/calendar.ics, ~/Maildir), for the user to check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

HEADER = """\
# relance configuration for your own calendar and mailbox (written by `relance init`).
#
# Check [calendar] path and [mail] maildir, set [user] name and emails, then
# run `relance doctor` (checks the files) and `relance plan` (a dry run)."""

# The example's demo-only values: a user's own file signs with the user's name,
# not Camille's, and writes drafts to the mailbox's own Drafts folder.
_DEMO_ONLY = frozenset({("user", "name"), ("user", "emails"), ("mail", "drafts_maildir")})
_SECTION = re.compile(r"^\[(\w+)\]")
_KEY = re.compile(r'^(?P<key>\w+)(?P<eq>\s*=\s*)(?P<value>"[^"]*"|\S+)(?P<rest>.*)$')


def starter(example: str, calendar: Path, maildir: Path, data: Path) -> str:
    """`example` (config.example.toml's text) with the user's absolute paths."""
    values = {
        ("calendar", "path"): calendar, ("mail", "maildir"): maildir,
        ("output", "ics"): data / "relance.ics", ("ledger", "path"): data / "ledger.sqlite3",
    }
    _, _, body = example.partition("\n\n")  # the demo header gives way to HEADER
    lines = [HEADER, ""]
    section = ""
    for line in body.splitlines():
        found = _SECTION.match(line)
        section = found.group(1) if found else section
        lines.append(_line(line, section, values))
    return "\n".join(lines) + "\n"


def _line(line: str, section: str, values: Mapping[tuple[str, str], Path]) -> str:
    found = _KEY.match(line)
    if found is None:
        return line
    where = (section, found["key"])
    if where in _DEMO_ONLY:
        return f"# {line}"
    if where not in values:
        return line
    value = '"' + str(values[where]).replace("\\", "\\\\").replace('"', '\\"') + '"'
    rest = found["rest"]
    width = len(found["value"]) + len(rest) - len(rest.lstrip())  # keep the comments aligned
    return f"{found['key']}{found['eq']}{value.ljust(width - 1)} {rest.lstrip()}"
