"""Calendar arithmetic on TIMEX3 values: shifting by units and naming the days a value covers.

Pure functions on ``datetime.date``; every TIMEX3 granularity the normalizer
produces (day, ISO week, month, quarter, half, season, year, decade, century)
has a shift and a bounds rule here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache

from newsfacts.text import LazyPattern
from newsfacts_dates.tense import Tense
from newsfacts_dates.vocabulary import FIXED_HOLIDAYS, MOVABLE_HOLIDAYS, UNIT_CODES

SEASON_ORDER = ("SP", "SU", "FA", "WI")
# Meteorological seasons: the month each starts in. Winter runs December to February.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_DAY = LazyPattern(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = LazyPattern(r"(\d{4})-(\d{2})")
_WEEK = LazyPattern(r"(\d{4})-W(\d{2})(?:-WE)?")
_QUARTER = LazyPattern(r"(\d{4})-Q([1-4])")
_HALF = LazyPattern(r"(\d{4})-H([12])")
_SEASON = LazyPattern(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR = LazyPattern(r"\d{4}")
_DECADE = LazyPattern(r"\d{3}")
_CENTURY = LazyPattern(r"\d{2}")


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def add_years(day: dt.date, years: int) -> dt.date:
    """Shift by whole years; Feb 29 becomes Feb 28 in a common year."""
    return add_months(day, 12 * years)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` ``weekday`` (0 = Monday) of a month; ``nth`` -1 is the last one."""
    if nth < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def day_value(day: dt.date) -> str:
    """YYYY-MM-DD."""
    return day.isoformat()


def month_value(day: dt.date) -> str:
    """YYYY-MM."""
    return f"{day.year:04d}-{day.month:02d}"


def week_value(day: dt.date) -> str:
    """The ISO week: the year is the ISO year, so 2021-01-01 is in 2020-W53."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    """1 to 4."""
    return (day.month - 1) // 3 + 1


def season_of(day: dt.date) -> tuple[int, str]:
    """The season containing ``day``; January and February belong to the winter of the year before."""
    if day.month in {1, 2}:
        return day.year - 1, "WI"
    if day.month == 12:
        return day.year, "WI"
    return day.year, SEASON_ORDER[(day.month - 3) // 3]


def season_bounds(year: int, season: str) -> tuple[dt.date, dt.date]:
    """First and last day of a meteorological season."""
    start = dt.date(year, _SEASON_START[season], 1)
    return start, add_months(start, 3) - dt.timedelta(days=1)


def previous_season(ref: dt.date, season: str) -> tuple[int, str]:
    """The most recent ``season`` that ended before ``ref`` (so "last summer" in February is the summer before)."""
    year = ref.year
    while season_bounds(year, season)[1] >= ref:
        year -= 1
    return year, season


def next_season(ref: dt.date, season: str) -> tuple[int, str]:
    """The first ``season`` that starts after ``ref``."""
    year = ref.year - 1
    while season_bounds(year, season)[0] <= ref:
        year += 1
    return year, season


def this_season(ref: dt.date, season: str) -> tuple[int, str]:
    """The ``season`` containing ``ref``, or else the one of the same calendar year."""
    year, current = season_of(ref)
    if current == season:
        return year, season
    return ref.year, season


def shift(ref: dt.date, unit: str, amount: int) -> dt.date:
    """``ref`` moved by ``amount`` of a unit (singular, lower case: "day", "week", "quarter"...)."""
    if unit in {"day", "night"}:
        return ref + dt.timedelta(days=amount)
    if unit in {"week", "weekend"}:
        return ref + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return ref + dt.timedelta(weeks=2 * amount)
    if unit == "month":
        return add_months(ref, amount)
    if unit == "quarter":
        return add_months(ref, 3 * amount)
    if unit == "decade":
        return add_years(ref, 10 * amount)
    if unit == "century":
        return add_years(ref, 100 * amount)
    return add_years(ref, amount)


def at_granularity(day: dt.date | None, unit: str) -> str:
    """The value naming the ``unit`` that contains ``day`` (X placeholders without a day)."""
    if unit in {"day", "night", "hour", "minute", "second"}:
        return day_value(day) if day else "XXXX-XX-XX"
    if unit in {"week", "fortnight"}:
        return week_value(day) if day else "XXXX-WXX"
    if unit == "weekend":
        return week_value(day) + "-WE" if day else "XXXX-WXX-WE"
    if unit == "month":
        return month_value(day) if day else "XXXX-XX"
    if unit == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}" if day else "XXXX-QX"
    if unit == "decade":
        return f"{day.year // 10:03d}" if day else "XXX"
    if unit == "century":
        return f"{day.year // 100:02d}" if day else "XX"
    return f"{day.year:04d}" if day else "XXXX"


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P3Y, P18M, PT24H, P2Y6M; X for a vague amount."""
    letter, is_time = UNIT_CODES.get(unit, ("X", False))
    prefix = "PT" if is_time else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    scale = {"DE": (10, "Y"), "CE": (100, "Y"), "L": (1000, "Y")}
    if letter in scale:
        factor, letter = scale[letter]
        amount *= factor
    if unit == "fortnight":
        amount *= 2
    whole = int(amount)
    rest = amount - whole
    if rest == 0:
        return f"{prefix}{whole}{letter}"
    smaller = {"Y": (12, "M", ""), "M": (30, "D", ""), "W": (7, "D", ""), "D": (24, "H", "T"), "H": (60, "M", "")}
    if is_time:  # after the T, M is minutes: "a minute and a half" is PT1M30S
        smaller = {"H": (60, "M", ""), "M": (60, "S", "")}
    if letter in smaller:
        factor, small, joint = smaller[letter]
        head = f"{prefix}{whole}{letter}" if whole else prefix
        return f"{head}{joint}{round(rest * factor)}{small}"
    return f"{prefix}{amount:g}{letter}"


# How far a month-day or a month may lie on the "wrong" side of the reference
# before the tense of the sentence overrides nearness.
SLACK_DAYS = 75


def nearest_in_tense(options: list[dt.date], ref: dt.date, tense: Tense, slack: int = SLACK_DAYS) -> dt.date:
    """The option nearest ``ref``, unless the tense points the other way and it lies beyond ``slack`` days."""
    nearest = min(options, key=lambda day: (abs((day - ref).days), day > ref))
    if tense == "past" and (nearest - ref).days > slack:
        earlier = [day for day in options if day <= ref]
        return max(earlier) if earlier else nearest
    if tense == "future" and (ref - nearest).days > slack:
        later = [day for day in options if day >= ref]
        return min(later) if later else nearest
    return nearest


def nearest_month_year(month: int, ref: dt.date, tense: Tense) -> int:
    """The year of the ``month`` nearest ``ref`` (the year before, of, or after it), as the tense allows."""
    firsts = [dt.date(year, month, 1) for year in (ref.year - 1, ref.year, ref.year + 1)]
    return nearest_in_tense(firsts, ref.replace(day=1), tense).year


def nearest_weekday(ref: dt.date, weekday: int, direction: int, tense: Tense) -> dt.date:
    """The ``weekday`` (0 = Monday) before ``ref`` (direction -1), after it (+1), or as the tense says (0)."""
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if direction < 0:
        return ref - dt.timedelta(days=back or 7)
    if direction > 0:
        return ref + dt.timedelta(days=ahead or 7)
    if tense in {"future", "present"}:
        return ref + dt.timedelta(days=ahead)
    return ref - dt.timedelta(days=back)


def holiday_on(name: str, year: int) -> dt.date:
    """The day of a holiday in ``year`` (United States usage for the movable ones)."""
    words = " ".join(name.lower().replace("'s", "").split())
    if words in FIXED_HOLIDAYS:
        return dt.date(year, *FIXED_HOLIDAYS[words])
    month, weekday, nth = MOVABLE_HOLIDAYS[words]
    day = nth_weekday(year, month, weekday, nth)
    if words == "election day":  # the Tuesday after the first Monday of November
        day += dt.timedelta(days=1)
    return day


@lru_cache(maxsize=4096)
def bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    """The first and last calendar day a DATE or TIME value covers; (None, None) when it names no days."""
    try:
        return _bounds(value)
    except ValueError:
        return None, None


def _bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    if match := _DAY.compiled.fullmatch(value):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        return day, day
    if match := _WEEK.compiled.fullmatch(value):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if value.endswith("-WE"):
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if match := _MONTH.compiled.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if match := _QUARTER.compiled.fullmatch(value):
        start = dt.date(int(match[1]), 3 * int(match[2]) - 2, 1)
        return start, add_months(start, 3) - dt.timedelta(days=1)
    if match := _HALF.compiled.fullmatch(value):
        start = dt.date(int(match[1]), 6 * int(match[2]) - 5, 1)
        return start, add_months(start, 6) - dt.timedelta(days=1)
    if match := _SEASON.compiled.fullmatch(value):
        return season_bounds(int(match[1]), match[2])
    if _YEAR.compiled.fullmatch(value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if _DECADE.compiled.fullmatch(value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    if _CENTURY.compiled.fullmatch(value):
        return dt.date(int(value) * 100, 1, 1), dt.date(int(value) * 100 + 99, 12, 31)
    return None, None
