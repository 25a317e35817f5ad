"""Errors of the environment (a full or read-only disk, a refused permission):
no one item's fault, so the cycle stops with what to do instead of failing
each item alike. The words of other errors are `connectors.problem_words`."""

from __future__ import annotations

import errno

from connectors.errors import UserError
from connectors.problem_words import in_words

_ENVIRONMENT = {
    errno.ENOSPC: "free some space on that disk, then run relance again",
    errno.EDQUOT: "free some space within your quota, then run relance again",
    errno.EROFS: "relance needs to write there: choose a writable place in the configuration",
    errno.EACCES: "give your user the right to write there (or choose another place in the "
                  "configuration)",
    errno.EPERM: "give your user the right to write there (or choose another place in the "
                 "configuration)",
}


class EnvironmentProblem(UserError):
    """The disk or the file system refused a write: every item would fail alike."""


def raise_if_environment(error: OSError) -> None:
    """A full or read-only disk is no one item's fault: stop with what to do."""
    advice = _ENVIRONMENT.get(error.errno or 0)
    if advice is None:
        return
    where = f"{error.filename}: " if error.filename else ""
    raise EnvironmentProblem(f"{where}cannot write: {in_words(error).split(' (')[0]}; "
                             f"{advice}") from error
