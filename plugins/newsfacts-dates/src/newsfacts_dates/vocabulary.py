"""The words temporal expressions are built from, as data, and how to read them as numbers.

Month, weekday and number names come from the core (``newsfacts.text``); this
module adds what only dates need (seasons, parts of the day, holidays,
frequency adverbs, unit codes), so that the patterns and the rules agree on
one vocabulary.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

from newsfacts import text

# The core's names, and its helpers for word lists, which the other modules of the plugin take from here.
MONTHS = text.MONTHS
WEEKDAYS = text.WEEKDAYS
NUMBER_WORDS = text.NUMBER_WORDS
alternation = text.alternation
word_set = text.word_set

__all__ = [
    "CENTURY_WORDS",
    "DECADE_WORDS",
    "FIXED_HOLIDAYS",
    "FREQUENCY_WORDS",
    "MONTHS",
    "MOVABLE_HOLIDAYS",
    "NUMBER_WORD_ALTERNATION",
    "ORDINALS",
    "ORDINAL_WORDS",
    "PARTS_OF_DAY",
    "SEASONS",
    "SET_PERIODS",
    "UNIT_CODES",
    "WEEKDAYS",
    "alternation",
    "amount",
    "spoken_year",
    "word_set",
]

SEASONS = MappingProxyType({"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"})

PARTS_OF_DAY = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI"}
)

ORDINALS = MappingProxyType(
    {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
)
ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
CENTURY_WORDS = MappingProxyType({"nineteenth": 19, "twentieth": 20, "twenty first": 21, "twenty-first": 21})
DECADE_WORDS = MappingProxyType(
    {
        "twenties": 2,
        "thirties": 3,
        "forties": 4,
        "fifties": 5,
        "sixties": 6,
        "seventies": 7,
        "eighties": 8,
        "nineties": 9,
    }
)

# Frequency adverbs: SETs ("twice daily"), written in lower case in running text, and their periods.
SET_PERIODS = MappingProxyType(
    {
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "biweekly": "P2W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
    }
)
FREQUENCY_WORDS = frozenset(SET_PERIODS)

# Holidays: (month, day) of the fixed ones; (month, weekday, which one: 1 = first, -1 = last) of the
# movable ones (United States usage). Keys are lower-cased, without "'s". Election Day is the Tuesday
# after the first Monday of November: the reckoning module counts it from that Monday.
FIXED_HOLIDAYS = MappingProxyType(
    {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new year day": (1, 1),
        "new year eve": (12, 31),
        "independence day": (7, 4),
        "veterans day": (11, 11),
        "valentine day": (2, 14),
        "halloween": (10, 31),
    }
)
MOVABLE_HOLIDAYS = MappingProxyType(
    {
        "thanksgiving": (11, 3, 4),
        "thanksgiving day": (11, 3, 4),
        "memorial day": (5, 0, -1),
        "labor day": (9, 0, 1),
        "election day": (11, 0, 1),
    }
)

# The TIMEX3 duration letter of each unit word (singular, lower case), and whether it is a time unit (PT...).
UNIT_CODES = MappingProxyType(
    {
        "second": ("S", True),
        "minute": ("M", True),
        "hour": ("H", True),
        "day": ("D", False),
        "night": ("D", False),
        "week": ("W", False),
        "weekend": ("WE", False),
        "fortnight": ("W", False),
        "month": ("M", False),
        "quarter": ("Q", False),
        "year": ("Y", False),
        "decade": ("DE", False),
        "century": ("CE", False),
        "centurie": ("CE", False),
        "millennium": ("L", False),
        "millennia": ("L", False),
    }
)

# The number words a count of units is written with: below a hundred, and the scales dates need.
COUNT_WORDS = (*NUMBER_WORDS, "dozen", "hundred", "thousand")
NUMBER_WORD_ALTERNATION = alternation(COUNT_WORDS)
# Words our durations count with that are no number to the core: "a single day".
_EXTRA_WORDS = MappingProxyType({"single": 1.0})


@lru_cache(maxsize=1024)
def amount(words: str | None) -> float | None:
    """How many units a count says: "a" and "a single" one, "a couple of" two (as TimeML reads it), else the number."""
    lowered = " ".join((words or "").lower().split())
    if lowered in {"a", "an", "one", "a single"}:
        return 1.0
    if lowered in {"a couple of", "couple of", "a couple"}:
        return 2.0
    return text.parse_number(lowered, extra_words=_EXTRA_WORDS)


@lru_cache(maxsize=256)
def spoken_year(said: str) -> int | None:
    """Read a year said in words: "nineteen ninety-six", "two thousand", "the year two thousand one"."""
    words = said.lower().replace("-", " ").split()
    first = NUMBER_WORDS.get(words[0], 0) if words else 0
    if len(words) >= 2 and 10 <= first <= 20 and words[1] != "thousand":
        rest = text.parse_number(" ".join(words[1:]))
        if rest is None or rest >= 100:
            return None
        return first * 100 + int(rest)
    value = text.parse_number(" ".join(words))
    return int(value) if value is not None and 1000 <= value <= 2999 and value == int(value) else None
