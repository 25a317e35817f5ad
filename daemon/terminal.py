"""The consoles the commands print to.

On a terminal, rich wraps to its width. Anywhere else (a pipe, a file, the
journal) a line is never cut: a path in a log must stay one piece that can
be copied or grepped, so the width is made as wide as any line can be.
$COLUMNS, when set, still wins (rich reads it)."""

from __future__ import annotations

import os
from typing import TextIO

from rich.console import Console

UNWRAPPED = 10_000  # columns: wider than any line relance prints


def console_for(stream: TextIO) -> Console:
    interactive = stream.isatty() or "COLUMNS" in os.environ
    return Console(file=stream, width=None if interactive else UNWRAPPED)
