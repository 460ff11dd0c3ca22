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
# Digits: comma groups ("2,500"), groups split by a space or a no-break space ("2 500"), or a plain run.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})++(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))++|\d++(?:\.\d+)?)"

# A spelled number up to "nine hundred and ninety-nine thousand nine hundred and ninety-nine": below a
# hundred ("twenty-five"), hundreds ("three hundred and twenty"), thousands of those. Each piece is a fixed
# word in a fixed order and every repeat is bounded, so there is nothing to backtrack over.
_BELOW_HUNDRED = rf"{_WORD}(?:[ -]{_WORD})?"
_BELOW_THOUSAND = rf"(?:(?:{_BELOW_HUNDRED}|a)[ -]hundred(?:\s(?:and\s)?{_BELOW_HUNDRED})?|{_BELOW_HUNDRED})"
_SPELLED = rf"(?:(?:{_BELOW_THOUSAND}|a)[ -]thousand(?:,?\s(?:and\s)?{_BELOW_THOUSAND})?|{_BELOW_THOUSAND})"
NUMBER = rf"(?:{_DIGITS}(?:[ -](?:hundred|thousand))?|{_SPELLED})"

_TOKEN = regex.compile(r"[a-z]+|[\d.]+")
_DOT_GROUPS = regex.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
# "2 500" with a space or no-break space between digit groups is one number.
_GROUP_SPACE = regex.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3})")


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words; None when it is not one."""
    raw = _GROUP_SPACE.sub("", text.lower().replace(",", ""))
    if _DOT_GROUPS.fullmatch(raw):
        # "1.200 km" in copy written with continental separators: three digits after a point are a group,
        # not a fraction nobody would write to the metre.
        raw = raw.replace(".", "")
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
        elif token in {"a", "and"}:
            continue
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
