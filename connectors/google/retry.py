"""The one retry policy for every Google call, as data, applied in one place.

Only TransientError (5xx, network, 429 and rate-limit 403s as RateLimited) is
retried, with bounded exponential backoff and full jitter, or exactly the
server's Retry-After when it gave one. A write is retried only when the caller
says it carries its idempotency key (a client-chosen event id, a PUT of the
whole item, a draft found again by its X-Relance-Key before re-creating):
blindly retrying a POST is how duplicate follow-ups are born (GOOGLE-NOTES #5).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from connectors.errors import RateLimited, TransientError

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5  # tries in all, the first included
    base_delay: float = 1.0  # seconds before the first retry, doubled each time
    max_delay: float = 32.0
    max_retry_after: float = 120.0  # a longer Retry-After is obeyed up to this

    def delay(self, retry: int, error: TransientError, rng: random.Random) -> float:
        """Seconds to wait before retry number `retry` (0 for the first)."""
        if isinstance(error, RateLimited) and error.retry_after is not None:
            return min(error.retry_after, self.max_retry_after)
        return rng.uniform(0, min(self.max_delay, self.base_delay * 2**retry))


@dataclass
class Retrier:
    """Applies a RetryPolicy; `sleep` is injected so that tests never wait."""

    sleep: Callable[[float], None]  # time.sleep in the daemon
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    rng: random.Random = field(default_factory=random.Random)
    retries: int = 0  # how many retries happened, for logs and the benchmark

    def run(self, call: Callable[[], T], *, idempotent: bool, what: str) -> T:
        retry = 0
        while True:
            try:
                return call()
            except TransientError as error:
                if not idempotent or retry + 1 >= self.policy.attempts:
                    raise
                wait = self.policy.delay(retry, error, self.rng)
                log.info("%s failed (%s); retry %d in %.1fs", what, error, retry + 1, wait)
                self.sleep(wait)
                retry += 1
                self.retries += 1
