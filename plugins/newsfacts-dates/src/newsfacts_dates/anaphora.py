"""The date an anaphoric expression leans on: "that year", "the following month", "the previous Friday".

TimeML reads these relative to the last date the story mentioned before them,
not to the publication date. The last explicit-enough date within a bounded
window before the expression is that anchor; with none, the publication date is.
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache

import regex

from newsfacts_dates.finder import find_candidates
from newsfacts_dates.normalize import CONTEXT, normalize
from newsfacts_dates.patterns import fullmatch_family
from newsfacts_dates.tense import tense_near

# How far back to look for the date an expression leans on, in characters and in expressions read: both
# bounds keep the cost of one anaphor constant, whatever the text around it.
WINDOW = 800
MAX_READ = 12

# How precisely the anchor must be known for each unit: 1 = a year, 2 = a month, 3 = a day.
_PRECISION = {"year": 1, "quarter": 1, "decade": 1, "century": 1, "month": 2, "week": 3, "day": 3, "night": 3}
_CLOCKS = frozenset({"clock", "noon"})
_LEANING = frozenset({"following", "previous", "the following", "the previous"})
_VALUE = regex.compile(r"(?P<yr>\d{4})(?:-(?P<mo>\d\d)(?:-(?P<day>\d\d))?)?(?:T.*)?")


@lru_cache(maxsize=4096)
def precision_needed(text: str, before: str) -> int:
    """How precise an anchor the expression needs (see _PRECISION), or 0 when it does not lean on one."""
    match = fullmatch_family(before + text, len(before))
    if match is None:
        return 0
    if match.family == "anaphor":
        return _PRECISION[match["unit"].lower()]
    pointer = " ".join((match["ptr"] or "").lower().split())
    if match.family == "rel" and (pointer in _LEANING or (pointer == "next" and text.lower().startswith("the"))):
        return _PRECISION.get(match["unit"].lower(), 0)
    if match.family == "weekday" and pointer in _LEANING:
        return 3
    if match.family == "partofday" and (match["that"] or match["lean"] or match["the"]):
        return 3  # "that night", "the next morning": a part of the day the story is telling about
    if match.family in _CLOCKS and not (match["wd"] or match["dw"] or match["mon"]):
        # "at 10 p.m." with no day of its own is a time of the day the story is telling about.
        return 3
    return 0


def _as_date(value: str, precision: int) -> dt.date | None:
    found = _VALUE.fullmatch(value)
    if found is None:
        return None
    if precision >= 2 and not found["mo"]:
        return None
    if precision >= 3 and not found["day"]:
        return None
    try:
        return dt.date(int(found["yr"]), int(found["mo"] or 1), int(found["day"] or 1))
    except ValueError:
        return None


@lru_cache(maxsize=8)
def _candidates(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]:
    """The document's candidates, found once per text however many anaphors it has, their ends and starts."""
    found = tuple(find_candidates(text))
    return found, tuple(end for _, end in found), tuple(start for start, _ in found)


def clear_document_cache() -> None:
    """Forget the candidates kept for the last few documents (for benchmarks that time a cold start)."""
    _candidates.cache_clear()


def candidate_after(text: str, position: int) -> tuple[int, int] | None:
    """The first candidate of ``text`` that starts at or after ``position``, or None."""
    candidates, _, starts = _candidates(text)
    index = bisect.bisect_left(starts, position)
    return candidates[index] if index < len(candidates) else None


def anchor_before(text: str, start: int, ref: dt.date | None, precision: int) -> dt.date | None:
    """The last date mentioned in the window before ``start`` known to ``precision``; None if the last is not."""
    candidates, ends, _ = _candidates(text)
    lo = max(0, start - WINDOW)
    last = bisect.bisect_right(ends, start)
    # Read from the last candidate back, up to the first dated one.
    for begin, end in reversed(candidates[max(0, last - MAX_READ) : last]):
        if begin < lo:
            break
        before = text[max(0, begin - CONTEXT) : begin]
        if precision_needed(text[begin:end], before):
            continue  # itself leans on an earlier date, which it does not know here
        tense = tense_near(text, begin, end)
        found = normalize(text[begin:end], before, ref, tense)
        if found is not None and found[0] in {"DATE", "TIME"} and _VALUE.fullmatch(found[1]):
            return _as_date(found[1], precision)
    return None
