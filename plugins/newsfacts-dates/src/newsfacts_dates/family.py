"""What a family of temporal expression is: its pattern, first words, rule and the context the rule reads.

A family ("iso", "ago", "weekday"...) is one record, :class:`Family`, written
once beside its rule in a ``*_families`` module: spaCy registers a pattern
with its callback in one call, and so do we. The finder matches a family and
hands on a :class:`Candidate` that carries the family and the matched parts;
the rule reads those parts, with a :class:`Context` of what lies around the
candidate, and never matches again.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, Literal, TypeAlias

import attrs
import regex

from newsfacts.text import LazyPattern
from newsfacts_dates.pieces import START_BEFORE
from newsfacts_dates.tense import Tense

DateType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]
Normalized: TypeAlias = tuple[DateType, str]


class Kind(enum.StrEnum):
    """The name of each family; the finder tries the families in the order of ``families.FAMILIES``."""

    ISO = "iso"
    CLOCK = "clock"
    NOON = "noon"
    MDY = "mdy"
    DMY = "dmy"
    WEEKOF = "weekof"
    MY = "my"
    QUARTER = "quarter"
    LASTQ = "lastq"
    EDGEOF = "edgeof"
    SPANDUR = "spandur"
    AGO = "ago"
    REL = "rel"
    ANAPHOR = "anaphor"
    DAYOF = "dayof"
    WEEKEND = "weekend"
    CURRENT = "current"
    PERIOD = "period"
    YEARPERIOD = "yearperiod"
    SEASON = "season"
    DECADE = "decade"
    CENTURY = "century"
    FISCAL = "fiscal"
    THEYEAR = "theyear"
    YEARWORD = "yearword"
    HOLIDAY = "holiday"
    YEAR = "year"
    SPOKENYEAR = "spokenyear"
    DUR = "dur"
    HYPHDUR = "hyphdur"
    VAGUE = "vague"
    SET = "set"
    PARTOFDAY = "partofday"
    WORD = "word"
    WEEKDAY = "weekday"
    MONTH = "month"


@attrs.frozen
class Context:
    """What a rule may read besides the candidate: the reference date and the text around it.

    ``tense`` is "none" unless the family asks for it; ``quarterly`` is False unless it asks whether the
    passage reports quarterly results. ``before`` and ``after`` are a few characters either side.
    """

    ref: dt.date | None
    tense: Tense = "none"
    before: str = ""
    after: str = ""
    quarterly: bool = False


class Candidate:
    """One family's match in the text: where it is, which family, and its parts by name.

    Built from the ``regex`` match, it keeps only what the rules read: the offsets, the text it was found in
    (the article's own string, not a copy) and where each named part that matched lies, as
    ``(name, from, to, ...)`` counted from the candidate's start. A long article has a candidate every few
    dozen characters; a match object holds the spans of every group of its pattern, and a part kept as a
    string costs a string each, where offsets this short are Python's shared small integers.
    """

    __slots__ = ("_parts", "_text", "end", "family", "start")

    family: Family
    start: int
    end: int

    def __init__(self, family: Family, match: regex.Match[str]) -> None:
        self.family = family
        self.start, self.end = start, _ = match.span()
        self._text: str = match.string
        parts: list[Any] = []
        for name, index in match.re.groupindex.items():
            part_start, part_end = match.span(index)
            if part_start >= 0:
                parts += (name, part_start - start, part_end - start)
        self._parts: tuple[Any, ...] = tuple(parts)

    @property
    def text(self) -> str:
        """The matched text."""
        return self._text[self.start : self.end]

    def __getitem__(self, name: str | int) -> Any:
        """A part by name (None when the family has no such part, or it did not match) or the whole, 0."""
        if name == 0:
            return self.text
        parts = self._parts
        for index in range(0, len(parts), 3):
            if parts[index] == name:
                start = self.start
                return self._text[start + parts[index + 1] : start + parts[index + 2]]
        return None

    def __repr__(self) -> str:
        return f"Candidate({self.family.kind!s}, [{self.start}:{self.end}] {self.text!r})"


Rule: TypeAlias = Callable[[Candidate, Context], Normalized | None]


def _leans_on_nothing(candidate: Candidate) -> int:
    del candidate
    return 0


@attrs.frozen
class Family:
    """One family of temporal expression, all of it in one place.

    ``pattern`` is its regex (parts named as in the other families: ``mon``, ``day``, ``yr``, ``num``,
    ``unit``...), compiled on first use; ``first_words`` the lower-cased words (or ``pieces`` keys such as
    DIGIT) it can begin with, space-separated; ``rule`` its TIMEX3 reading. ``tense``: its value depends on
    the tense around it; ``quarterly``: on whether the passage reports quarterly results; ``explicit``: a
    candidate the rule turns down may still be an explicit date dateparser reads; ``clock``: a clock time,
    which takes the day named after it. ``leans`` tells how precisely an earlier date must be known for the
    candidate to lean on it (see ``anaphora``), 0 when it does not.
    """

    kind: Kind
    pattern: str = attrs.field(repr=False)
    first_words: str = attrs.field(repr=False)
    rule: Rule = attrs.field(validator=attrs.validators.is_callable(), repr=False)
    needs: frozenset[str] = attrs.field(kw_only=True, repr=False)
    tense: bool = attrs.field(default=False, repr=False)
    quarterly: bool = attrs.field(default=False, repr=False)
    explicit: bool = attrs.field(default=False, repr=False)
    clock: bool = attrs.field(default=False, repr=False)
    leans: Callable[[Candidate], int] = attrs.field(default=_leans_on_nothing, repr=False)
    _lazy: LazyPattern = attrs.field(init=False, repr=False, eq=False)

    @_lazy.default
    def _pattern_to_compile(self) -> LazyPattern:
        return LazyPattern(START_BEFORE + f"(?P<{self.kind}>{self.pattern})", regex.IGNORECASE)

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The pattern, compiled the first time the family is tried."""
        return self._lazy.compiled
