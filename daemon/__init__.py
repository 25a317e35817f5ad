"""Runs relance: configuration, the SQLite ledger, the sync → plan → apply
cycle, the scheduler loop and the `relance` command line."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("relance")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"
