"""An exception raised while handling one item, said in words a user can act on.

relance's own errors already speak to the user. Anything else (a library's
`TypeError: '<' not supported between instances of 'datetime.datetime' and
'datetime.date'`, `ValueError: not enough values to unpack`) says nothing to a
job seeker: it becomes what it means for the item, and the technical text goes
to the debug log (`-vv`), never to the problem line.
"""

from __future__ import annotations

import errno
import logging

from connectors.errors import RelanceError, UserError

log = logging.getLogger(__name__)

_OS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "a file or folder is missing",
    errno.EISDIR: "a folder is where a file should be",
    errno.ENOTDIR: "a file is where a folder should be",
}


def in_words(error: BaseException) -> str:
    """What went wrong, for a problem line."""
    log.debug("details of the problem", exc_info=error)
    if isinstance(error, RelanceError):
        return str(error)
    if isinstance(error, OSError):
        what = _OS.get(error.errno or 0, error.strerror or "the file system refused")
        where = f" ({error.filename})" if error.filename else ""
        return f"{what}{where}"
    if isinstance(error, OverflowError):
        return "it holds a date too far in the past or the future to be real"
    if isinstance(error, UnicodeError):
        return "it holds text in a character set that cannot be read"
    if isinstance(error, RecursionError):
        return "it is nested too deeply to be read"
    if isinstance(error, MemoryError):
        return "it is too large to be read"
    text = str(error)
    if isinstance(error, TypeError) and "not supported between" in text:
        return ("it mixes a whole-day date with a date and time (or a time with and "
                "without a zone), which cannot be compared")
    if isinstance(error, ValueError) and "values to unpack" in text:
        return "a value in it does not have the expected form"
    return f"it could not be handled ({type(error).__name__}; run with -vv for details)"


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
