"""Fault injection: per path pattern and/or by ratio, drawn from a seeded RNG."""

from __future__ import annotations

import random
import re
import threading
from dataclasses import dataclass

from tests.google_emulator.wire import ApiError

_REASONS = {429: "rateLimitExceeded", 403: "rateLimitExceeded", 500: "backendError",
            503: "backendError"}


@dataclass
class Fault:
    status: int  # 429, 500, 503, 403 (rate limit)
    pattern: str = ""  # regex searched in "METHOD /path" or in the discovery method id
    ratio: float = 1.0  # share of matching requests that fail
    times: int | None = None  # stop after this many failures (None: no limit)
    retry_after: int | None = None  # seconds, sent as a Retry-After header
    delay: float = 0.0  # answer slowly (seconds) instead of failing, when status is 0
    after: bool = False  # fail after doing the work: the write lands, its answer is lost

    def error(self) -> ApiError:
        headers = {"Retry-After": str(self.retry_after)} if self.retry_after is not None else {}
        message = "Rate Limit Exceeded" if self.status in (403, 429) else "Backend Error"
        return ApiError(self.status, message, _REASONS.get(self.status, "backendError"), headers)


class FaultPlan:
    def __init__(self, seed: int = 0) -> None:
        self._rng = random.Random(seed)
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.injected = 0

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def draw(self, described: str, method_id: str) -> Fault | None:
        """The fault that hits this request, if any."""
        with self._lock:
            for fault in self._faults:
                if fault.times is not None and fault.times <= 0:
                    continue
                if fault.pattern and not (re.search(fault.pattern, described)
                                          or re.search(fault.pattern, method_id)):
                    continue
                if self._rng.random() >= fault.ratio:
                    continue
                if fault.times is not None:
                    fault.times -= 1
                self.injected += 1
                return fault
        return None
