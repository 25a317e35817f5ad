"""The one exception tree of relance.

    RelanceError
    ├── UserError                 the user must fix something (config, files)
    │   └── ConfigError           a malformed configuration, with key paths
    └── BackendError              a calendar or mailbox answered badly
        ├── TransientError        try again later (5xx, network)
        │   └── RateLimited       429 / rate-limit 403, maybe with Retry-After
        ├── AuthExpired           token revoked or expired: run `relance auth`
        ├── NotFound              the thing is gone (404)
        ├── Conflict              it exists already (409): a write that is done
        └── CursorExpired         sync cursor too old (Calendar 410, Gmail 404):
                                  resync a bounded window

Backends map their own errors into this tree in one function each; the CLI
turns the tree into messages and exit codes in one place.
"""

from __future__ import annotations


class RelanceError(Exception):
    """Root of every error relance raises on purpose."""


class UserError(RelanceError):
    """Something the user must fix; the message says what and where."""


class ConfigError(UserError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid configuration:\n" + "\n".join(f"  - {p}" for p in problems))


class BackendError(RelanceError):
    pass


class TransientError(BackendError):
    pass


class RateLimited(TransientError):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class AuthExpired(BackendError):
    pass


class NotFound(BackendError):
    pass


class Conflict(BackendError):
    pass


class CursorExpired(BackendError):
    pass
