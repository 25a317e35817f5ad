"""An exception raised while handling one item, said in words a user can act on.

relance's own errors already speak to the user. Anything else (a library's
`TypeError: '<' not supported between instances of 'datetime.datetime' and
'datetime.date'`, `ValueError: not enough values to unpack`) says nothing to a
job seeker: it becomes what it means for the item, and the technical text goes
to the debug log (`-vv`), never to the problem line. Library warnings met while
reading a file become that file's problem lines the same way.
"""

from __future__ import annotations

import errno
import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from connectors.errors import RelanceError
from policy.model import Problem

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


def in_words(error: BaseException, detail: bool = False) -> str:
    """What went wrong, for a problem line. With `detail`, an error none of the
    cases below knows is told by its own first line (a parser's "Content line
    could not be parsed" names the line); without, by its kind only."""
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
    if detail and text:
        return text.splitlines()[0][:200]
    return f"it could not be handled ({type(error).__name__}; run with -vv for details)"



@contextmanager
def warnings_as_problems(origin: str, problems: list[Problem]) -> Iterator[None]:
    """Library warnings raised while reading `origin` become its problem lines
    (icalendar warns on stderr about a time zone it guessed), not stderr noise."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        if issubclass(warning.category, DeprecationWarning):
            log.debug("%s: %s", origin, warning.message)  # ours to fix, not the user's
            continue
        problems.append(Problem(origin, _warning_words(str(warning.message))))


def _warning_words(text: str) -> str:
    guessed = re.match(r"Timezone '([^']*)' is a globally unique TZID; guessing it means "
                       r"'([^']*)'", text)
    if guessed:
        return (f"the time zone {guessed[1]!r} is not a standard name: read as "
                f"{guessed[2]!r}; check this calendar's times")
    if " repeats " in text:
        return text
    return f"note while reading it: {text.splitlines()[0][:200] if text else 'a warning'}"
