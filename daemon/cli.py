"""The `relance` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from daemon import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relance",
        description="Follow-up bookkeeping after job interviews: drafts and events, never sent.",
    )
    parser.add_argument("--version", action="version", version=f"relance {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    parser.parse_args(argv)
    parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
