"""Business days and local times (RULES.md B6, E5).

A business day is Monday to Friday, minus the public holidays of the user's
country, as the maintained `holidays` package knows them. All times are in the
user's time zone, given by name in the settings.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from policy.settings import Settings


@lru_cache(maxsize=64)
def _holidays(country: str) -> holidays.HolidayBase:
    # Years are filled lazily by the package as dates are looked up.
    return holidays.country_holidays(country)


def is_business_day(day: date, settings: Settings) -> bool:
    return day.weekday() < 5 and day not in _holidays(settings.country)


def next_business_day(day: date, settings: Settings) -> date:
    """The first business day strictly after `day`."""
    day += timedelta(days=1)
    while not is_business_day(day, settings):
        day += timedelta(days=1)
    return day


def on_or_next_business_day(day: date, settings: Settings) -> date:
    """`day` itself if it is a business day, else the next one."""
    return day if is_business_day(day, settings) else next_business_day(day, settings)


def add_business_days(day: date, count: int, settings: Settings) -> date:
    """The `count`-th business day after `day` (count >= 1)."""
    for _ in range(count):
        day = next_business_day(day, settings)
    return day


def user_zone(settings: Settings) -> ZoneInfo:
    return ZoneInfo(settings.timezone)


def at(day: date, hour: time, settings: Settings) -> datetime:
    """`hour` o'clock on `day`, in the user's time zone."""
    return datetime.combine(day, hour, tzinfo=user_zone(settings))


def end_of_day(day: date, settings: Settings) -> datetime:
    """The last instant of `day` in the user's zone (windows close then)."""
    return datetime.combine(day, time.max, tzinfo=user_zone(settings))


def local_date(moment: datetime | date, settings: Settings) -> date:
    """The calendar day of `moment` for the user; a date is its own day."""
    if isinstance(moment, datetime):
        return moment.astimezone(user_zone(settings)).date()
    return moment
