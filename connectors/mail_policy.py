"""The `email` policy relance reads mail with: `email.policy.default`, faster.

Every `message["Content-Type"]`, `get_content_type()` or `get_param()` of the
default policy parses the header again through the header registry; reading
one message asked for its Content-Type a dozen times, and a first sync of
5,000 messages spent most of its time there (bench/bench_first_sync.py). The
parsed headers are immutable values, so each (name, raw value) is parsed once
and shared: within a message and across a mailbox, whose headers repeat
(`Content-Type: text/plain; charset="utf-8"`, `MIME-Version: 1.0`). Long
values (a hostile 130 KB subject) are never remembered, so the cache stays
small: at most `_REMEMBERED` values of at most `_SHORT` characters.
"""

from __future__ import annotations

from email.policy import EmailPolicy, default
from functools import lru_cache
from typing import Any

_REMEMBERED = 256
_SHORT = 300


class _RememberingPolicy(EmailPolicy):
    def header_fetch_parse(self, name: str, value: str) -> Any:
        if isinstance(value, str) and not hasattr(value, "name") and len(value) <= _SHORT:
            return _parsed(name, value)
        return super().header_fetch_parse(name, value)


@lru_cache(maxsize=_REMEMBERED)
def _parsed(name: str, value: str) -> Any:
    return default.header_fetch_parse(name, value)


READING = _RememberingPolicy()  # the same settings as `email.policy.default`
