"""A fallback for explicit dates in spans that our own pattern does not read, through dateparser.

Only spans another plugin found reach this: dateparser is good at explicit
calendar dates in many spellings, so it is asked about the span alone, in
English, relative to the publication date, and its answer is cut to the
granularity it reports. dateparser is imported here, on first use only.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Literal, TypeAlias

import regex

DateType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]

# Something a reader would call explicit: a digit or a month name.
_EXPLICIT = regex.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", regex.IGNORECASE)
_LONGEST = 60


@lru_cache(maxsize=1024)
def parse_explicit(text: str, ref: dt.date | None) -> tuple[DateType, str] | None:
    """TIMEX3 (type, value) of an explicit date such as "the 3rd of Feb, 2021"; None when it is not one."""
    if len(text) > _LONGEST or not _EXPLICIT.search(text):
        return None
    from dateparser.date import DateDataParser  # noqa: PLC0415 - heavy import, only when needed

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if ref is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(ref, dt.time())
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
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
