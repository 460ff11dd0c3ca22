"""The date an anaphoric expression leans on: "that year", "the following month", "the previous Friday".

TimeML reads these relative to the last date the story mentioned before them,
not to the publication date. The last explicit-enough date within a bounded
window before the expression is that anchor; with none, the publication date is.
How precisely a family needs its anchor is its ``leans`` (see ``family``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsfacts.text import LazyPattern
from newsfacts_dates.analysis import Analysis
from newsfacts_dates.family import Candidate, Normalized

# How far back to look for the date an expression leans on, in characters and in expressions read: both
# bounds keep the cost of one anaphor constant, whatever the text around it.
WINDOW = 800
MAX_READ = 12

# A dated value: a day, a month or a year, or a quarter, half or season, which names its year.
_VALUE = LazyPattern(r"(?P<yr>\d{4})(?:-(?P<mo>\d\d)(?:-(?P<day>\d\d))?|-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?(?:T.*)?")


def as_date(value: str, precision: int) -> dt.date | None:
    """The day a dated value stands for, if it is known to ``precision`` (1 its year, 2 its month, 3 its day)."""
    found = _VALUE.compiled.fullmatch(value)
    if found is None:
        return None
    if precision >= 2 and not found["mo"]:  # a quarter, a half or a season names its year only
        return None
    if precision >= 3 and not found["day"]:
        return None
    try:
        return dt.date(int(found["yr"]), int(found["mo"] or 1), int(found["day"] or 1))
    except ValueError:
        return None


def last_dated_before(analysis: Analysis, start: int, read: Callable[[Candidate], Normalized | None]) -> str | None:
    """The value of the last dated expression in the window before ``start`` ("1998-10", "1989-10-27"), or None.

    ``read`` gives an earlier candidate's value, the way the plugin gives it to that candidate itself.
    """
    earlier = analysis.ending_by(start)
    lo = max(0, start - WINDOW)
    # Read from the last candidate back, up to the first dated one.
    for candidate in reversed(earlier[max(0, len(earlier) - MAX_READ) :]):
        if candidate.start < lo:
            break
        if candidate.family.leans(candidate):
            continue  # itself leans on an earlier date, which it does not know here
        found = read(candidate)
        if found is not None and found[0] in {"DATE", "TIME"} and _VALUE.compiled.fullmatch(found[1]):
            return found[1]
    return None


def within_coarser(value: str, unit: str) -> str:
    """The ``unit`` of an earlier date known only more coarsely: TimeML's X for the part the story leaves out.

    "that same day" after "last October" is a day of October 1998 the story does not name, 1998-10-XX;
    "that month" after "in 1998" is 1998-XX; "that week" after "in October 1998" is 1998-WXX.
    """
    found = _VALUE.compiled.fullmatch(value)
    if found is None:
        raise ValueError(value)
    if unit == "week":
        return f"{found['yr']}-WXX"
    if unit == "month":
        return f"{found['yr']}-XX"
    return f"{found['yr']}-{found['mo'] or 'XX'}-XX"
