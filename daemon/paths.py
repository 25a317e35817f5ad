"""Where relance keeps its files, and how a configured path is read.

Defaults come from `platformdirs`, so they follow each system's conventions
(XDG on Linux, ~/Library on macOS). A relative path in the configuration is
read against the folder of the configuration file, never the working
directory: the same file gives the same paths wherever the command runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP = "relance"
CONFIG_ENV = "RELANCE_CONFIG"
EXAMPLE_NAME = "config.example.toml"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP))


def default_config_path() -> Path:
    return config_dir() / "config.toml"


def resolve(base: Path, raw: str) -> Path:
    """`raw` as written in the config file, read against the file's folder."""
    path = Path(raw).expanduser()
    return path if path.is_absolute() else base / path


def lock_path(ledger: Path) -> Path:
    """The lock file sits next to the ledger it protects."""
    return ledger.with_name(ledger.name + ".lock")


def find_config(explicit: str | None, environ: Mapping[str, str], cwd: Path) -> Path | None:
    """The configuration file to use, in order: --config, $RELANCE_CONFIG,
    the user's config file when it exists, ./config.example.toml when it
    exists (a fresh clone runs as is). None when there is none."""
    if explicit:
        return Path(explicit).expanduser()
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]).expanduser()
    for candidate in (default_config_path(), cwd / EXAMPLE_NAME):
        if candidate.is_file():
            return candidate
    return None


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist yet.

    The mode is set at creation, so the file is never readable by others,
    not even for an instant."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    path.chmod(0o600)  # an existing file created by an older version
