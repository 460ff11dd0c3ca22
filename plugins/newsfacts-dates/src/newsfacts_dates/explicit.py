"""A fallback for explicit dates our own rules do not read, through dateparser.

dateparser is good at explicit calendar dates in many spellings and poor at
the relative and vague expressions our rules handle, so only two kinds of span
reach it: spans another plugin found that are no candidate of ours, and our
own explicit calendar forms (the families marked ``explicit``: ISO, month-day,
day-month, month-year) that our rules turned down. A candidate of any other family that our rules reject
("13 p.m.", "the 45th century") is no date, and dateparser would only give it
a wrong value. dateparser is imported on first use, and one parser is built
per reference date, because the reference is part of a parser's settings.

dateparser fills what a text leaves out from its reference, and without one
from the system clock. It is never left without one: with no publication date,
a span is read against two fixed reference days that differ in year, month and
day, and only what both readings share is kept, the rest written as TIMEX3 X
placeholders ("2/14" is XXXX-02-14, "1:30 p.m." XXXX-XX-XXT13:30); a span whose
day itself comes from the reference ("Tuesday", "3 days ago") gets no value.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, TypeAlias

import regex

from newsfacts.text import LazyPattern

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

DateType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]

# Something a reader would call explicit: a digit or a month name.
_EXPLICIT = LazyPattern(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", regex.IGNORECASE)
# An hour before a.m./p.m.; dateparser reads "13:00 p.m." as 13:00 where the text is simply wrong.
_TWELVE_HOUR = LazyPattern(r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.]\d\d)?\s{0,3}+[ap]\.?m\b", regex.IGNORECASE)
_LONGEST = 60


def _impossible_clock(text: str) -> bool:
    return any(not 1 <= int(match["h"]) <= 12 for match in _TWELVE_HOUR.compiled.finditer(text))


# The reference days a span is read against when there is no publication date: they differ in year, month and
# day, so whatever the two readings share came from the text.
_PROBES = (dt.date(2001, 3, 7), dt.date(1986, 11, 24))


@lru_cache(maxsize=16)
def _parser(ref: dt.date) -> DateDataParser:
    """One parser per reference date: its settings fix the date that incomplete dates are read against."""
    from dateparser.date import DateDataParser  # noqa: PLC0415 - heavy import, only when needed

    # The end of the day, so that "1 p.m." on the publication day is not pushed to the day before. An
    # explicit reference also keeps dateparser from ever reading the system clock.
    relative_base = dt.datetime.combine(ref, dt.time(23, 59, 59))
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": relative_base}
    return DateDataParser(languages=["en"], settings=settings)


def _read(text: str, ref: dt.date) -> tuple[str, dt.datetime] | None:
    """How dateparser reads ``text`` against ``ref``: its period ("day", "time"...) and its datetime."""
    try:
        data = _parser(ref).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data.date_obj is None:
        return None
    return data.period or "day", data.date_obj


def _value(period: str, when: dt.datetime) -> tuple[DateType, str]:
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


def _shared_value(period: str, one: dt.datetime, other: dt.datetime) -> tuple[DateType, str] | None:
    """The value of what two readings against different references share, X where they differ; None if too little."""
    kind, value = _value(period, one)
    other_value = _value(period, other)[1]
    if value == other_value:
        return kind, value
    if period in {"month", "day", "time"} and value[4:] == other_value[4:]:
        return kind, "XXXX" + value[4:]  # "2/14", "March": all but the year
    if period == "time" and value[10:] == other_value[10:]:
        return kind, "XXXX-XX-XX" + value[10:]  # a clock time stands without its day
    return None  # the day, week or year itself came from the reference


@lru_cache(maxsize=1024)
def parse_explicit(text: str, ref: dt.date | None) -> tuple[DateType, str] | None:
    """TIMEX3 (type, value) of an explicit date such as "the 3rd of Feb, 2021"; None when it is not one.

    Without ``ref`` the value is what the text itself says, never completed from the clock (see the module).
    """
    if len(text) > _LONGEST or not _EXPLICIT.compiled.search(text) or _impossible_clock(text):
        return None
    if ref is not None:
        read = _read(text, ref)
        return _value(*read) if read is not None else None
    readings = [_read(text, probe) for probe in _PROBES]
    first, second = readings
    if first is None or second is None or first[0] != second[0]:
        return None
    return _shared_value(first[0], first[1], second[1])
