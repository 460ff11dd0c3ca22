"""The words temporal expressions are built from, and how to read them as numbers.

Kept apart from the patterns so the finder and the normalizer agree on one
vocabulary.
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

import regex

MONTHS = MappingProxyType(
    {
        "january": 1,
        "jan": 1,
        "february": 2,
        "feb": 2,
        "march": 3,
        "mar": 3,
        "april": 4,
        "apr": 4,
        "may": 5,
        "june": 6,
        "jun": 6,
        "july": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "october": 10,
        "oct": 10,
        "november": 11,
        "nov": 11,
        "december": 12,
        "dec": 12,
    }
)

WEEKDAYS = MappingProxyType(
    {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
)

SEASONS = MappingProxyType({"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"})

PARTS_OF_DAY = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI"}
)

ORDINALS = MappingProxyType(
    {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}
)

# How many of a unit a plural-less unit word stands for, and its TIMEX3 duration letter.
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

_SMALL = MappingProxyType(
    {
        "zero": 0,
        "a": 1,
        "an": 1,
        "one": 1,
        "single": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
    }
)

_SCALES = MappingProxyType({"dozen": 12, "hundred": 100, "thousand": 1000})

VAGUE_QUANTITIES = frozenset({"several", "few", "a few", "some", "many", "couple", "a couple of", "couple of"})

# Alternation of number words for the patterns, longest first so "seventeen" wins over "seven".
NUMBER_WORD_ALTERNATION = "|".join(
    sorted((w for w in (*_SMALL, *_SCALES) if w not in {"a", "an", "single"}), key=len, reverse=True)
)

_TOKEN = regex.compile(r"[a-z]+|\d+/\d+|\d+(?:[.,]\d+)*")
_FRACTION = regex.compile(r"(\d+)/(\d+)")


@lru_cache(maxsize=1024)
def parse_number(text: str) -> float | None:
    """Read "twenty four", "2 1/2", "a hundred", "1,200" as a number; None when it is vague or not a number."""
    total = 0.0
    current = 0.0
    seen = False
    lowered = text.lower().replace("-", " ").strip()
    if " ".join(lowered.split()) == "half a dozen":
        return 6.0
    if lowered.endswith(" and a half"):
        lowered = lowered[: -len(" and a half")]
        total = 0.5
    for word in _TOKEN.findall(lowered):
        fraction = _FRACTION.fullmatch(word)
        if fraction:
            denominator = int(fraction[2])
            if denominator == 0:
                return None
            current += int(fraction[1]) / denominator
        elif word[0].isdigit():
            current += float(word.replace(",", ""))
        elif word in _SMALL:
            current += _SMALL[word]
        elif word in _SCALES:
            current = max(current, 1.0) * _SCALES[word]
            if word == "thousand":
                total += current
                current = 0.0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


@lru_cache(maxsize=256)
def spoken_year(text: str) -> int | None:
    """Read a year said in words: "nineteen ninety-six", "two thousand", "the year two thousand one"."""
    words = text.lower().replace("-", " ").split()
    if len(words) >= 2 and words[0] in _SMALL and 10 <= _SMALL[words[0]] <= 20 and words[1] != "thousand":
        rest = parse_number(" ".join(words[1:]))
        if rest is None or rest >= 100:
            return None
        return _SMALL[words[0]] * 100 + int(rest)
    value = parse_number(" ".join(words))
    return int(value) if value is not None and 1000 <= value <= 2999 and value == int(value) else None
