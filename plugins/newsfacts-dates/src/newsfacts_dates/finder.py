"""Finding candidate temporal expressions: one linear scan, then cheap checks of the nearby characters.

The candidate pattern over-generates on purpose; the checks here drop what
the words around a candidate show is no date: a year that is an amount
("$2014", "2014 troops"), a modal "May", a season that modifies a noun
("the winter storms"). Each check looks at a bounded window.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts_dates.patterns import (
    CANDIDATE,
    FAMILIES,
    LEAD_WORD,
    MONEY_OR_NUMBER_BEFORE,
    MONTH_LEAD,
    NOUN_AFTER,
    NUMBER_AFTER,
    YEAR_LEAD,
)

# How many characters either side a check may look at.
LOOK = 24

_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar."})
_NUMERIC_FAMILIES = frozenset({"year", "dur", "hyphdur", "ago", "clock", "iso", "mdy", "dmy"})
_PLURAL_AFTER = regex.compile(r"^\s++(?-i:[a-z]+s)\b")
_APPROX_BEFORE = regex.compile(
    r"\b(?:about|some|nearly|almost|over|than|roughly|around|approximately|least|only|just|all)\s*+$", regex.IGNORECASE
)
_VAGUE_SINGULAR = regex.compile(r"^(?:some|many|several)\s", regex.IGNORECASE)
_AWKWARD_ONE = regex.compile(r"^(?:the\s++)?(?:a|an|one)\s++(?:second|quarter)\b", regex.IGNORECASE)
_DETERMINER_BEFORE = regex.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s*+$|'s\s*+$", regex.IGNORECASE)


def _amount_not_date(before: str, after: str) -> bool:
    return MONEY_OR_NUMBER_BEFORE.search(before) is not None or NUMBER_AFTER.match(after) is not None


def _count_not_year(before: str, after: str) -> bool:
    """A number before a plural noun ("2000 troops"), with no preposition or determiner making it a year."""
    if _APPROX_BEFORE.search(before) and NOUN_AFTER.match(after):
        return True
    return (
        _PLURAL_AFTER.match(after) is not None
        and YEAR_LEAD.search(before) is None
        and _DETERMINER_BEFORE.search(before) is None
    )


def _bad_season(match: regex.Match[str], before: str, after: str) -> bool:
    """A bare season needs "the" or a preposition, and must not modify a noun ("the winter storms")."""
    if match["sea"].lower() == "fall" or NOUN_AFTER.match(after):
        return True
    return not match[0].lower().startswith("the") and not LEAD_WORD.search(before) and not match["edge"]


def _bad_duration(match: regex.Match[str]) -> bool:
    """Not durations: "a second look", "a quarter of", "some day"."""
    if _AWKWARD_ONE.match(match[0]):
        return True
    return bool(_VAGUE_SINGULAR.match(match["num"] or "")) and not match["unit"].lower().endswith("s")


def _keep(text: str, match: regex.Match[str], family: str) -> bool:
    start, end = match.span()
    before = text[max(0, start - LOOK) : start]
    after = text[end : end + LOOK]
    bare = not match["edge"] and not match["ptr"]
    if family in _NUMERIC_FAMILIES and match[0][0].isdigit() and _amount_not_date(before, after):
        return False
    if family == "year" and not match["edge"] and _count_not_year(before, after):
        return False
    if family == "month" and bare and match["mon"].lower() in _AMBIGUOUS_MONTHS:
        return MONTH_LEAD.search(before) is not None
    if family == "season" and bare and not match["yr"] and not match["spoken"]:
        return not _bad_season(match, before, after)
    if family == "dur":
        return not _bad_duration(match)
    return True


def find_candidates(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of the temporal expressions in ``text``, in order, not overlapping."""
    for match in CANDIDATE.finditer(text):
        family = next(name for name in FAMILIES if match.group(name) is not None)
        if _keep(text, match, family):
            yield match.span()
