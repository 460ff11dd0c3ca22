"""Reading a candidate's parts as the rules need them: plain words, pointers, months, years, units, days.

Small pure helpers shared by the rules of every family module.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from newsfacts.text import LazyPattern
from newsfacts_dates.family import Candidate
from newsfacts_dates.vocabulary import MONTHS, spoken_year

_BACK = frozenset({"last", "past", "previous", "this past", "the previous"})
_AHEAD = frozenset({"next", "coming", "following", "this coming", "the following"})
# Pointers that count from the date the story told of before, not from publication: "the following Friday".
LEANING = frozenset({"following", "previous", "the following", "the previous"})
# How precisely an earlier date must be known for an expression to lean on it: 1 = its year, 2 = its month,
# 3 = its day (see ``anaphora``).
PRECISION = MappingProxyType(
    {"year": 1, "quarter": 1, "decade": 1, "century": 1, "month": 2, "week": 3, "day": 3, "night": 3}
)
DAY_PRECISION = 3
_ORDINAL_NUMBER = LazyPattern(r"(\d+)(?:st|nd|rd|th)")


def words(text: str | None) -> str:
    """Lower case, one space between words; "" for a part that did not match."""
    return " ".join((text or "").lower().split())


def direction(pointer: str | None) -> int:
    """-1 for "last"/"past", +1 for "next"/"coming", 0 for "this" or none."""
    word = words(pointer)
    if word in _BACK:
        return -1
    if word in _AHEAD:
        return 1
    return 0


def month_number(name: str) -> int:
    """1 to 12 for a month name or abbreviation ("Sept." is 9)."""
    return MONTHS[name.lower().rstrip(".")]


def year_of(candidate: Candidate) -> int | None:
    """The year a candidate writes, in digits (``yr``) or in words (``spoken``); None without one."""
    if candidate["yr"]:
        return int(candidate["yr"])
    if candidate["spoken"]:
        return spoken_year(candidate["spoken"])
    return None


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_number(text: str) -> int:
    """The day of the month: "3rd" is 3."""
    return int(_ORDINAL_NUMBER.compiled.sub(r"\1", text))


def ordinal_number(text: str) -> int | None:
    """The number of an ordinal in digits ("21st" is 21), or None."""
    found = _ORDINAL_NUMBER.compiled.fullmatch(text)
    return int(found[1]) if found else None


def unit_of(word: str | None) -> str:
    """Singular, lower-case unit name: "Centuries" -> "century"."""
    lowered = words(word)
    if lowered == "centuries":
        return "century"
    if lowered == "millennia":
        return "millennium"
    return lowered.removesuffix("s")


def day_word(word: str, ref: dt.date | None) -> dt.date | None:
    """The day "yesterday", "last" (night), "tomorrow" or another word (today) names, or None without ``ref``."""
    offset = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(word, 0)
    return ref + dt.timedelta(days=offset) if ref else None
