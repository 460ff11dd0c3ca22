"""A fallback for explicit dates our own rules do not read, through dateparser.

dateparser is good at explicit calendar dates in many spellings and poor at
the relative and vague expressions our rules handle, so only two kinds of span
reach it: spans another plugin found that are no candidate of ours, and our
own explicit calendar forms (ISO, month-day, day-month, month-year) that our
rules turned down. A candidate of any other family that our rules reject
("13 p.m.", "the 45th century") is no date, and dateparser would only give it
a wrong value. dateparser is imported on first use, and one parser is built
per reference date, because the reference is part of a parser's settings.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, TypeAlias

import regex

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

DateType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]

# Families of our candidate pattern whose rejected candidates dateparser may still read.
EXPLICIT_FAMILIES = frozenset({"iso", "mdy", "dmy", "my"})

# Something a reader would call explicit: a digit or a month name.
_EXPLICIT = regex.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", regex.IGNORECASE)
# An hour before a.m./p.m.; dateparser reads "13:00 p.m." as 13:00 where the text is simply wrong.
_TWELVE_HOUR = regex.compile(r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.]\d\d)?\s{0,3}+[ap]\.?m\b", regex.IGNORECASE)
_LONGEST = 60


def worth_asking(family: str | None) -> bool:
    """Whether a span our rules did not read goes to dateparser: foreign spans (None) and explicit forms."""
    return family is None or family in EXPLICIT_FAMILIES


def _impossible_clock(text: str) -> bool:
    return any(not 1 <= int(match["h"]) <= 12 for match in _TWELVE_HOUR.finditer(text))


@lru_cache(maxsize=16)
def _parser(ref: dt.date | None) -> DateDataParser:
    """One parser per reference date: its settings fix the date that incomplete dates are read against."""
    from dateparser.date import DateDataParser  # noqa: PLC0415 - heavy import, only when needed

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if ref is not None:
        # The end of the day, so that "1 p.m." on the publication day is not pushed to the day before.
        settings["RELATIVE_BASE"] = dt.datetime.combine(ref, dt.time(23, 59, 59))
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=1024)
def parse_explicit(text: str, ref: dt.date | None) -> tuple[DateType, str] | None:
    """TIMEX3 (type, value) of an explicit date such as "the 3rd of Feb, 2021"; None when it is not one."""
    if len(text) > _LONGEST or not _EXPLICIT.search(text) or _impossible_clock(text):
        return None
    try:
        data = _parser(ref).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    when = data.date_obj
    if when is None:
        return None
    period = data.period or "day"
    if period == "year":
        return "DATE", f"{when.year:04d}"
    if period == "month":
        return "DATE", f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return "DATE", f"{year:04d}-W{week:02d}"
    if period == "time":
        return "TIME", f"{when.date().isoformat()}T{when.hour:02d}:{when.minute:02d}"
    return "DATE", when.date().isoformat()
