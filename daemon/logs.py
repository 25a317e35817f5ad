"""Logging setup for the command line: warnings by default, -v info, -vv debug.

Nothing in relance logs a mail body or a token: messages are named by their
file or id, never quoted.

The `relance` logger (one line per cycle of `relance run`, and its stop) is
shown from the default level: it is what a systemd journal should hold."""

from __future__ import annotations

import logging
import sys


def setup_logging(verbosity: int) -> None:
    level = {0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("relance").setLevel(min(level, logging.INFO))
    # Client libraries are chatty at debug level and may print request URLs.
    for noisy in ("googleapiclient", "google_auth_httplib2", "urllib3", "apscheduler"):
        logging.getLogger(noisy).setLevel(max(level, logging.INFO))
