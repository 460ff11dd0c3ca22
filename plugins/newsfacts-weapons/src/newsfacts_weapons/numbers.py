"""Numbers as news copy writes them: digits with thousands separators, decimals, and number words."""

from __future__ import annotations

import math

import regex

_SMALL = {
    "one": 1,
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
_SCALES = {"hundred": 100, "thousand": 1000}

_WORD = "(?:" + "|".join(sorted(_SMALL, key=len, reverse=True)) + ")"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"

# A spelled number is at most "ninety-nine thousand"-sized: a tens word, an optional unit word,
# an optional scale word; each piece is a fixed word, so there is nothing to backtrack over.
NUMBER = (
    rf"(?:{_DIGITS}(?:[ -](?:hundred|thousand))?"
    rf"|{_WORD}(?:[ -]{_WORD})?(?:[ -](?:hundred|thousand))?)"
)

_TOKEN = regex.compile(r"[a-z]+|[\d.]+")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None when it is not one."""
    raw = text.lower().replace(",", "")
    total = 0.0
    current = 0.0
    seen = False
    for token in _TOKEN.findall(raw):
        if token[0].isdigit():
            try:
                current += float(token)
            except ValueError:
                return None
            seen = True
        elif token in _SMALL:
            current += _SMALL[token]
            seen = True
        elif token in _SCALES:
            current = (current or 1.0) * _SCALES[token]
            if _SCALES[token] >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    value = total + current
    # float() turns a run of a few hundred digits into inf; no such figure is a distance.
    return value if seen and math.isfinite(value) else None
