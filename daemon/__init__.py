"""Runs relance: configuration, the SQLite ledger, the sync → plan → apply
cycle, the scheduler loop and the `relance` command line."""

from __future__ import annotations


def version() -> str:
    """The installed version; read on demand, since importlib.metadata is slow to load."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("relance")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(name)
