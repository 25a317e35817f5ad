"""Is this a mail address a draft can be written to? (pure)

An address read from an event or a mail may be anything (`jeanne"@zeta.example`,
`jeanne@zeta..example`, `jeanne@@zeta.example`). Only the common form is
accepted: a dot-atom local part (RFC 5322 3.2.3; quoted local parts, legal but
never used by a recruiter, are refused) and a domain of dot-separated labels,
at most 254 characters in all (RFC 5321 4.5.3.1.3). Non-ASCII letters are
allowed (RFC 6531). What is refused is reported by the caller, never guessed.
"""

from __future__ import annotations

import re

_ATOM = r"[\w!#$%&'*+/=?^`{|}~-]+"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@{_LABEL}(?:\.{_LABEL})+")


def is_mail_address(text: str) -> bool:
    return len(text) <= 254 and _ADDRESS.fullmatch(text) is not None
