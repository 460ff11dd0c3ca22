"""Distances in a sentence with their bound words: "up to 50 miles", "2,500km to 4,000km", "over 100 nautical miles".

Only the number, its unit and the qualifier words next to it are read here; whether the distance is a
weapon's reach is decided in :mod:`newsfacts_weapons.cues`.
"""

from __future__ import annotations

import attrs
import regex

from newsfacts import RangeQualifier
from newsfacts_weapons.numbers import NUMBER, parse_number
from newsfacts_weapons.units import UNIT, to_km

# A number, an optional unit, an optional second number joined by "to", "and" or a dash, then the unit.
# "1,250-Mile" and "300km" (no space) are one quantity; the lookbehind keeps "121/2" and "F-16" out.
_QUANTITY = regex.compile(
    r"(?<![\w.,/])(?P<lo>" + NUMBER + r")"
    r"(?:\s?-?\s?(?P<lounit>" + UNIT + r")\b)?"
    r"(?:\s?(?P<sep>–|-|\bto\b|\band\b)\s?(?P<q2>(?:about|around|approximately|some|nearly)\s)?(?P<hi>"
    + NUMBER
    + r"))?"
    r"\s?-?\s?(?P<unit>" + UNIT + r")\b",
    regex.IGNORECASE,
)

# Qualifier words right before the number; they belong to the claim's surface.
_ADJACENT = regex.compile(
    r"(?P<q>\b(?:up\s?to(?:\s(?:approximately|about|around|some))?|upto|nearly|almost|close\sto|under|less\sthan"
    r"|as\sfar\sas|no\smore\sthan|did\snot\sexceed|not\sexceeding|more\sthan|over|at\sleast|in\sexcess\sof"
    r"|exceeds?|exceeding|upwards\sof|beyond|about|around|approximately|approx\.|roughly|some|an\sestimated"
    r"|between))\s$",
    regex.IGNORECASE,
)
# Words next to the number that set the bound but stay out of the surface, as the gold set does.
_ADJACENT_SILENT = regex.compile(r"\b(?P<q>maximum|max|peak|just|only)\s$", regex.IGNORECASE)
# Upper bounds said away from the number: "maximum range of", "range can reach", "upto a range of".
_DISTANT_UPPER = regex.compile(
    r"(?:\b(?:maximum|max|peak|top)\s(?:\w+\s)?(?:range|reach|distance)\b(?:\s[\w']+){0,4}?\s(?:of|is|at|was)"
    r"|\brange\s(?:can|could|will|would|may)\s(?:\w+\s)?reach|\bup\s?to\sa\srange\sof|\bupto\sa\srange\sof"
    r"|\b(?:capped|limited)\s(?:at|to)|\bmissiles?\s(?:that\s|which\s)?(?:can\s|could\s)?reach)\s$",
    regex.IGNORECASE,
)
# A range joined by "to" is two values when it reports a change ("extended from 290 km to 450 km").
_CHANGE = regex.compile(
    r"\b(?:extend|increas|rais|boost|upgrad|improv|expand)\w*|\b(?:existing|current|original|previous|earlier)\s$",
    regex.IGNORECASE,
)
_RANGE_OPENER = regex.compile(r"\b(?:between|of|from)\s$", regex.IGNORECASE)
_ALT = regex.compile(r"\s?\((?P<alt>[^()\n]{1,60})\)")

_UPPER = frozenset(
    {"up to", "upto", "nearly", "almost", "close to", "under", "less than", "as far as", "no more than"}
    | {"did not exceed", "not exceeding", "maximum", "max", "peak"}
)
_LOWER = frozenset(
    {"more than", "over", "at least", "in excess of", "exceed", "exceeds", "exceeding", "upwards of", "beyond"}
)
_APPROX = frozenset({"about", "around", "approximately", "approx.", "roughly", "some", "an estimated"})

_WINDOW = 60


@attrs.frozen(kw_only=True)
class Quantity:
    """One distance: ``start``/``end`` is its surface, ``core_start``/``core_end`` the number and unit."""

    start: int
    end: int
    core_start: int
    core_end: int
    min_km: float | None
    max_km: float | None
    qualifier: RangeQualifier


def _qualify(text: str, start: int) -> tuple[RangeQualifier, int]:
    """The bound the words before ``start`` set, and where the surface begins."""
    prefix = text[max(0, start - _WINDOW) : start]
    adjacent = _ADJACENT.search(prefix)
    if adjacent is not None:
        word = " ".join(adjacent["q"].lower().split())
        begin = start - len(prefix) + adjacent.start("q")
        if word.startswith("up to") or word in _UPPER:
            return "upper", begin
        if word in _LOWER:
            return "lower", begin
        if word in _APPROX:
            return "approx", begin
    silent = _ADJACENT_SILENT.search(prefix)
    if silent is not None and silent["q"].lower() in _UPPER:
        return "upper", start
    if _DISTANT_UPPER.search(prefix) is not None:
        return "upper", start
    return "exact", start


def _single(text: str, start: int, core_end: int, value: float | None, unit: str) -> Quantity | None:
    if value is None:
        return None
    km = to_km(value, unit)
    qualifier, begin = _qualify(text, start)
    low = km if qualifier in {"exact", "approx", "lower"} else None
    high = km if qualifier in {"exact", "approx", "upper"} else None
    return Quantity(
        start=begin, end=core_end, core_start=start, core_end=core_end, min_km=low, max_km=high, qualifier=qualifier
    )


def find_quantities(text: str) -> list[Quantity]:
    """Every distance in ``text`` (one sentence), leaving out the conversions given in brackets after one."""
    found: list[Quantity] = []
    skip_until = -1
    for match in _QUANTITY.finditer(text):
        if match.start() < skip_until:
            continue
        unit = match["unit"]
        lo_value = parse_number(match["lo"])
        prefix = text[max(0, match.start() - _WINDOW) : match.start()]
        if match["hi"] is None:
            quantity = _single(text, match.start(), match.end(), lo_value, unit)
            items = [quantity] if quantity else []
        else:
            hi_value = parse_number(match["hi"])
            sep = match["sep"].lower()
            opened = _RANGE_OPENER.search(prefix) is not None
            if sep == "and" and not opened:
                quantity = _single(text, match.start("hi"), match.end(), hi_value, unit)
                items = [quantity] if quantity else []
            elif sep == "to" and (match["q2"] or _CHANGE.search(prefix)) and match["lounit"]:
                first = _single(text, match.start(), match.end("lounit"), lo_value, match["lounit"])
                second = _single(text, match.start("hi"), match.end(), hi_value, unit)
                items = [q for q in (first, second) if q]
            elif lo_value is None or hi_value is None or lo_value >= hi_value:
                quantity = _single(text, match.start("hi"), match.end(), hi_value, unit)
                items = [quantity] if quantity else []
            else:
                low_unit = match["lounit"] or unit
                begin = match.start()
                if prefix[-8:].lower() == "between ":
                    begin -= 8
                items = [
                    Quantity(
                        start=begin,
                        end=match.end(),
                        core_start=match.start(),
                        core_end=match.end(),
                        min_km=to_km(lo_value, low_unit),
                        max_km=to_km(hi_value, unit),
                        qualifier="range",
                    )
                ]
        found.extend(items)
        alt = _ALT.match(text, match.end())
        if alt is not None and _QUANTITY.search(alt["alt"]) is not None:
            skip_until = alt.end()
    return found
