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
    the user's config file when it exists. None when there is none: the demo's
    ./config.example.toml is never taken silently (it would plan for
    Camille's 14 applications); `no_config_message` says how to proceed."""
    if explicit:
        return Path(explicit).expanduser()
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]).expanduser()
    default = default_config_path()
    return default if default.is_file() else None


def no_config_message(environ: Mapping[str, str], cwd: Path) -> str:
    """Where relance looked, and the ways to give it a configuration."""
    message = (
        f"no configuration file: looked for {default_config_path()} (no --config given, "
        f"${CONFIG_ENV} not set). Run `relance init` to write it, or pass --config PATH"
    )
    if (cwd / EXAMPLE_NAME).is_file():
        message += f"; to try the demo of the source tree: --config {EXAMPLE_NAME}"
    return message


def create_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist yet.

    The mode is set at creation, so the file is never readable by others,
    not even for an instant."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    path.chmod(0o600)  # an existing file created by an older version
