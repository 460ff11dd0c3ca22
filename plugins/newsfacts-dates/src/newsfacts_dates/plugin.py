"""The hook implementations newsfacts loads through the ``dates`` entry point.

Values are read against ``document.published``. Without a publication date
the output is fixed and never depends on the system clock: what the text
leaves out stays a TIMEX3 placeholder ("14 February" is XXXX-02-14, "Thursday"
XXXX-WXX-4, "9am on Thursday" XXXX-WXX-4T09:00, "last week" XXXX-WXX), words
of the present, past and future keep PRESENT_REF, PAST_REF and FUTURE_REF
("two years ago" is PAST_REF), and a span another plugin found that dateparser
can only complete from a reference ("3 days ago") gets no value (see
``newsfacts_dates.explicit``).

Types and values follow TimeML as TempEval-3 annotates it; where that gold
disagrees with itself, its majority decides. So a named day with a part of
day is a DATE with the part-of-day code ("Monday evening" is DATE
2025-03-03TEV; train: DATE 19, TIME 6) but its morning or night is the day
itself ("Friday night" is 2025-02-28; night: day 10, NI 6, EV 3), "a year" after an amount is a SET
("$2 million a year"), and an age ("60 years old", "a 6-year-old") is no
expression (train annotates none of about forty).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

import regex

from newsfacts import DateExpression, Document, Span, hookimpl
from newsfacts.text import LazyPattern
from newsfacts_dates.analysis import analyse
from newsfacts_dates.anaphora import as_date, last_dated_before, within_coarser
from newsfacts_dates.explicit import parse_explicit
from newsfacts_dates.families import fullmatch_family
from newsfacts_dates.family import Candidate, Kind, Normalized
from newsfacts_dates.normalize import context_for, normalize
from newsfacts_dates.reckoning import bounds
from newsfacts_dates.vocabulary import NUMBER_WORD_ALTERNATION, PARTS_OF_DAY

# What may stand between a clock time and the day it is told on: "9 a.m. on Thursday", "noon, May 2".
_DAY_JOIN = LazyPattern(r"\s{0,3}+(?:,\s{0,3}+)?(?:on\s{1,3}+)?", regex.IGNORECASE)
_LONGEST_JOIN = 10
# The day part of a value, known or underspecified: 2025-03-06, XXXX-02-14, XXXX-WXX-4.
_DAY_PART = LazyPattern(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)|XXXX-WXX-[1-7]")
# A rate: an amount, at most one word, then "a year" ("$2 million a year", "four flights a week", "24 hours a
# day"). TimeML reads "a year" there as how often, a SET, not a stretch of time.
_RATE_AMOUNT = LazyPattern(
    rf"(?:\d|%|\b(?:{NUMBER_WORD_ALTERNATION}|million|billion|trillion|percent))\s++(?:[a-z]++\s++)?$",
    regex.IGNORECASE,
)
_PER_UNIT = LazyPattern(r"an?\s++(?:second|minute|hour|day|night|week|month|quarter|year)", regex.IGNORECASE)
_SIGNAL_AFTER = LazyPattern(r"\s++(?:later|earlier|ago|before|after|from|hence|or)\b", regex.IGNORECASE)
_RATE_REACH = 40


@hookimpl
def newsfacts_find_dates(document: Document) -> Iterable[Span]:
    """Temporal expressions found by our own families, with TimeML extents."""
    return [Span(text=c.text, start=c.start, end=c.end) for c in analyse(document).candidates]


def _day_named_after(document: Document, end: int) -> tuple[str, str] | None:
    """The day named right after a clock time ("9am on Thursday"), or None.

    The day part of its value, and the code of the part of the day named with it ("EV" of "Monday evening",
    or ""), which can tell a clock hour's a.m. from p.m.
    """
    text = document.text
    found = analyse(document).after(end)
    if (
        found is None
        or found.start - end > _LONGEST_JOIN
        or _DAY_JOIN.compiled.fullmatch(text, end, found.start) is None
    ):
        return None
    if found.family.clock or found.family.leans(found):
        return None
    named = _reading(document, found)
    if named is None or named[0] not in {"DATE", "TIME"}:
        return None
    day = _DAY_PART.compiled.match(named[1])
    if day is None or day.end() not in {len(named[1]), named[1].find("T")}:
        return None
    part = found["part"]
    return day.group(), PARTS_OF_DAY[part.lower()] if part else ""


# The parts of a named day that are after noon: "7 o'clock on Monday evening" is 19:00.
_AFTERNOON_PARTS = frozenset({"AF", "EV", "NI"})
_NOON_HOUR = 12


def _on_part_of_day(candidate: Candidate, clock: str, part: str) -> str:
    """The clock part of a value (``"T07:00"``) on a day named after it with its part of the day.

    An hour that no "a.m." or "p.m." fixed ("7 o'clock") is after noon when that part is ("on Monday evening").
    """
    hour = int(clock[1:3])
    if candidate.family.kind is not Kind.CLOCK or candidate["ap"] or candidate["dpart"] or hour >= _NOON_HOUR:
        return clock
    return f"T{hour + _NOON_HOUR:02d}{clock[3:]}" if part in _AFTERNOON_PARTS else clock


def _is_rate(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is "a year" (or another unit) after an amount: a rate, not a duration."""
    return (
        _PER_UNIT.compiled.fullmatch(text, start, end) is not None
        and _RATE_AMOUNT.compiled.search(text, max(0, start - _RATE_REACH), start) is not None
        and _SIGNAL_AFTER.compiled.match(text, end, min(len(text), end + _RATE_REACH)) is None
    )


def _reading(document: Document, candidate: Candidate) -> Normalized | None:
    """A candidate's (type, value): its rule in its context, on the date it leans on, with the clock's day.

    The one way a candidate is read, whether for itself or as the date an anaphor or a clock time leans on,
    so that a span has one value whoever asks.
    """
    ref = document.published
    if precision := candidate.family.leans(candidate):
        earlier = last_dated_before(analyse(document), candidate.start, partial(_reading, document))
        anchor = as_date(earlier, precision) if earlier is not None else None
        if anchor is None and earlier is not None and candidate.family.kind is Kind.ANAPHOR:
            # "that same day" after "last October": a day the story does not name, not the publication day.
            return "DATE", within_coarser(earlier, candidate["unit"].lower())
        ref = anchor or ref
    found = normalize(candidate, context_for(document, candidate, ref))
    if found is not None and candidate.family.clock and precision:
        # A clock time without a day of its own is on the day named just after it, if one is.
        named = _day_named_after(document, candidate.end)
        if named is not None:
            day, part = named
            found = found[0], day + _on_part_of_day(candidate, found[1][found[1].index("T") :], part)
    if found is None and candidate.family.explicit:
        found = parse_explicit(candidate.text, document.published)
    return found


@hookimpl(trylast=True)
def newsfacts_normalize_date(document: Document, expression: Span) -> DateExpression | None:
    """TIMEX3 type and value relative to the publication date, with the first and last day covered."""
    start, end = expression.start, expression.end
    candidate = analyse(document).by_span.get((start, end))
    if candidate is None:  # a span another plugin found: the one place a span is matched again
        candidate = fullmatch_family(document.text, start, end)
    found = _reading(document, candidate) if candidate else parse_explicit(expression.text, document.published)
    if found is None:
        return None
    kind, value = found
    if kind == "DURATION" and _is_rate(document.text, start, end):
        kind = "SET"
    first, last = bounds(value) if kind in {"DATE", "TIME"} else (None, None)
    return DateExpression(text=expression.text, start=start, end=end, type=kind, value=value, first=first, last=last)
