"""The one clock of relance: the only place that reads the system time.

Everything else receives `now` as an argument. `--now` on the command line
replaces the system clock by a fixed one, for demos and tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from connectors.errors import UserError


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class SystemClock:
    zone: ZoneInfo

    def now(self) -> datetime:
        return datetime.now(self.zone)


@dataclass(frozen=True)
class FixedClock:
    moment: datetime

    def now(self) -> datetime:
        return self.moment


def parse_now(text: str, timezone: str) -> datetime:
    """`--now 2026-12-07T09:30`: ISO 8601, in the user's zone unless it says one."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"--now: expected an ISO date and time like 2026-12-07T09:30, got {text!r}"
        ) from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=ZoneInfo(timezone))
    return moment


def clock_for(now: str | None, timezone: str) -> Clock:
    return FixedClock(parse_now(now, timezone)) if now else SystemClock(ZoneInfo(timezone))
