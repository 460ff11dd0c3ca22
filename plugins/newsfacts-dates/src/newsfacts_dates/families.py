"""Every family, in the order the finder tries them, and the word tables the finder reads them through.

The order matters: at one starting point the first family that matches wins,
so a longer reading comes before a shorter one ("Friday, Oct. 23" before
"Friday"). Each family is defined once, in its ``*_families`` module; this
module only lists them, and refuses at import a :class:`~newsfacts_dates.family.Kind`
without a family or a family listed twice.

Extents follow the TimeML/TempEval-3 convention: a determiner and an
approximating modifier belong to the expression ("the past two months",
"at least 18 months", "early 2026"); a preposition does not ("in 2014").
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

import regex

from newsfacts import text
from newsfacts_dates import calendar_families as cal
from newsfacts_dates import clock_families as clock
from newsfacts_dates import relative_families as rel
from newsfacts_dates import span_families as span
from newsfacts_dates.family import Candidate, Family, Kind
from newsfacts_dates.lookback import (
    AFTER_NUMBER,
    after_near_short_long,
    after_pointer,
    after_recent,
    after_stretch_word,
    after_that,
    after_times,
    after_unit,
    counted,
    day_before,
    decade_figure,
)
from newsfacts_dates.lookback import (
    LONGEST as _LONGEST,
)
from newsfacts_dates.pieces import (
    CLOCK_FIGURE,
    COUNTED_UNIT,
    DAY_MONTH,
    DECADE_FIGURE,
    DIGIT,
    HYPHENED_UNIT,
    ISO_FIGURE,
    MONTH_FULL_NAMES,
    POINTED_UNIT,
    RECENT_UNIT,
    REPEATED,
    SIGNAL_AFTER_UNIT,
    START_BEFORE,
    STRETCH_UNIT,
    THAT_UNIT,
    UNIT_PLURAL_WORDS,
    UNIT_TRIGGERS,
    UNIT_WORDS,
    WEEKDAY_NAMES,
    YEAR_FIGURE,
)
from newsfacts_dates.vocabulary import DECADE_WORDS, FREQUENCY_WORDS, MONTHS, SEASONS, WEEKDAYS, word_set

FAMILIES: tuple[Family, ...] = (
    cal.ISO,
    clock.CLOCK,
    clock.NOON,
    cal.MDY,
    cal.DMY,
    cal.WEEKOF,
    cal.MY,
    rel.QUARTER,
    rel.LASTQ,
    rel.EDGEOF,
    span.SPANDUR,
    rel.AGO,
    rel.REL,
    rel.ANAPHOR,
    rel.DAYOF,
    rel.WEEKEND,
    rel.CURRENT,
    rel.PERIOD,
    rel.YEARPERIOD,
    cal.SEASON_FAMILY,
    cal.DECADE,
    cal.CENTURY,
    rel.FISCAL,
    cal.THEYEAR,
    rel.YEARWORD,
    cal.HOLIDAY,
    cal.YEAR_FAMILY,
    cal.SPOKENYEAR,
    span.DUR,
    span.HYPHDUR,
    span.VAGUE,
    span.SET,
    rel.PARTOFDAY,
    rel.WORD,
    cal.WEEKDAY_FAMILY,
    cal.MONTH_FAMILY,
)


def _by_kind(families: Iterable[Family]) -> MappingProxyType[Kind, Family]:
    """Each kind's family; fails when a kind has none, or two."""
    found: dict[Kind, Family] = {}
    for family in families:
        if family.kind in found:
            msg = f"date family {family.kind!r} is defined twice"
            raise RuntimeError(msg)
        found[family.kind] = family
    if missing := [kind.value for kind in Kind if kind not in found]:
        msg = f"date families without a pattern and rule: {', '.join(missing)}"
        raise RuntimeError(msg)
    return MappingProxyType(found)


BY_KIND = _by_kind(FAMILIES)

# The finder does not run the families over the whole text. One cheap pass over the words (``WORD``, with
# set look-ups) finds the trigger words, which every expression holds (a unit, a month, a digit...), and
# the word starts that may begin an expression; at a start with a trigger at most TRIGGER_REACH
# characters after it, only the families that can begin with that first word are tried, in order.
START = regex.compile(START_BEFORE)
WORD = text.WORD
# The date words among the triggers: what a name check counts as a date ("Sunday Morning" is no name).
DATE_TRIGGER_WORDS = frozenset(
    (
        *UNIT_WORDS.split(),
        *UNIT_PLURAL_WORDS.split(),
        "half",
        *SEASONS,
        *word_set("noon midnight midday today yesterday tomorrow tonight overnight morning afternoon evening"),
        *word_set("now currently current nowadays present presently recently lately past future term"),
        *DECADE_WORDS,
        *word_set("nineteen thousand fiscal period thanksgiving christmas halloween"),
        *MONTHS,
        *WEEKDAYS,
        *(f"{day}s" for day in WEEKDAYS),
        *FREQUENCY_WORDS,
    )
)
# Triggers that are no date words but narrow the families a start calls for, each held by every match of
# a family whose other needed words are common: the signal of "ago", the edge of "the end of", the
# repetition of a set. A family not called is never compiled, which is most of a short article's cost.
SIGNAL_WORDS = word_set("ago earlier later end beginning start middle close every each once twice times") | word_set(
    "mornings afternoons evenings m am pm clock"
)
TRIGGER_WORDS = DATE_TRIGGER_WORDS | SIGNAL_WORDS


# Trigger keys the finder gives a word by what stands around it (see ``trigger_mask``).
_CONTEXT_KEYS = frozenset(
    {
        DIGIT,
        CLOCK_FIGURE,
        COUNTED_UNIT,
        HYPHENED_UNIT,
        SIGNAL_AFTER_UNIT,
        REPEATED,
        POINTED_UNIT,
        STRETCH_UNIT,
        RECENT_UNIT,
        THAT_UNIT,
        DECADE_FIGURE,
        YEAR_FIGURE,
        ISO_FIGURE,
        DAY_MONTH,
    }
)


def _check_needs(families: Iterable[Family]) -> None:
    """Fail when a family needs a word the finder does not note as a trigger: it would never be tried."""
    for family in families:
        if unknown := sorted(family.needs - TRIGGER_WORDS - _CONTEXT_KEYS):
            msg = f"date family {family.kind!r} needs words that are no trigger: {', '.join(unknown)}"
            raise RuntimeError(msg)
        if not family.needs:
            msg = f"date family {family.kind!r} needs no trigger word: the finder could never try it"
            raise RuntimeError(msg)


_check_needs(FAMILIES)
# The longest stretch from the start of an expression to its first trigger ("approximately twenty four
# and a half consecutive hours" reaches 49), with room for odd spacing.
TRIGGER_REACH = 100
# The longest expression the finder reads, in characters (the bound of the look-backs too).
LONGEST = _LONGEST

# Month and weekday names as the finder accepts them (case-sensitive), with their first-word keys.
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
NAME_KEYS = MappingProxyType(
    {
        **dict.fromkeys((*MONTH_FULL_NAMES, *_ABBREVIATIONS), "#month"),
        **dict.fromkeys((*WEEKDAY_NAMES, *(f"{day}s" for day in WEEKDAY_NAMES)), "#weekday"),
    }
)
# The key of a lower-cased word that is a month or weekday name: its kind depends on how it is written.
NAME = "#name"


def _choices() -> dict[str, tuple[tuple[int, Family], ...]]:
    """For each first word, its families with their bits, in FAMILIES' order (each list split once)."""
    choices: dict[str, list[tuple[int, Family]]] = {}
    for index, family in enumerate(FAMILIES):
        for key in dict.fromkeys(family.first_words.split()):
            choices.setdefault(key, []).append((1 << index, family))
    return {key: tuple(families) for key, families in choices.items()}


_CHOICES = _choices()
# For each first word, the families that can begin with it, in FAMILIES' order.
FAMILIES_BY_FIRST_WORD = MappingProxyType(
    {key: tuple(family for _, family in families) for key, families in _CHOICES.items()}
)


def _needed_by() -> dict[str, int]:
    """For each trigger word (and DIGIT), the bits (1 << index in FAMILIES) of the families that need it."""
    masks: dict[str, int] = {}
    for index, family in enumerate(FAMILIES):
        for word in family.needs:
            masks[word] = masks.get(word, 0) | 1 << index
    return masks


# Which families a trigger word lets the finder try, as bits; and each first word's families with their bits.
NEEDED_BY = MappingProxyType(_needed_by())
_DIGIT_MASK = NEEDED_BY.get(DIGIT, 0)
_CLOCK_FIGURE_MASK = _DIGIT_MASK | NEEDED_BY.get(CLOCK_FIGURE, 0)
_HYPHENED_UNIT_MASK = NEEDED_BY.get(HYPHENED_UNIT, 0)
_SIGNAL_AFTER_UNIT_MASK = NEEDED_BY.get(SIGNAL_AFTER_UNIT, 0)
_REPEATED_MASK = NEEDED_BY.get(REPEATED, 0)
_COUNTED_UNIT_MASK = NEEDED_BY.get(COUNTED_UNIT, 0)
(
    _POINTED_UNIT_MASK,
    _STRETCH_UNIT_MASK,
    _RECENT_UNIT_MASK,
    _THAT_UNIT_MASK,
    _DECADE_FIGURE_MASK,
    _YEAR_FIGURE_MASK,
    _ISO_FIGURE_MASK,
    _DAY_MONTH_MASK,
) = (
    NEEDED_BY.get(key, 0)
    for key in (POINTED_UNIT, STRETCH_UNIT, RECENT_UNIT, THAT_UNIT, DECADE_FIGURE, YEAR_FIGURE, ISO_FIGURE, DAY_MONTH)
)
# The words a set repeats with, and what they repeat: "every" and "each" a unit, day, month, season or part of
# day at some distance ("every week", "each Monday", "every other two weeks"); "once", "twice" and "times" only a
# unit in the singular after "a", "an" or "per" ("twice a year"), so "twice since last spring ... last week"
# calls for no set.
EVERY_WORDS = word_set("every each")
_REPEATED_WORDS = (
    UNIT_TRIGGERS | frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(SEASONS) | word_set("morning afternoon evening")
)
_UNITS_AFTER_TIMES = word_set(UNIT_WORDS)
_CLOCK_ENDINGS = ("am", "pm")
_YEAR_DIGITS = 4
_MONTH_WORDS = frozenset(MONTHS)
_YEAR_FIRST_DIGITS = frozenset("12")
_SIGNALS_AFTER_UNIT = frozenset({"earlier", "later"})
# The units whose words before them may call for SPANDUR, VAGUE, WORD ("recent years") and ANAPHOR ("that day").
_PLURAL_UNITS = frozenset(UNIT_PLURAL_WORDS.split())
_STRETCH_UNITS = word_set("years months weeks days decades centuries")
_RECENT_UNITS = word_set("years months weeks days")
_THAT_UNITS = word_set("year month week day")


def trigger_mask(lowered: str, start: int, end: int, since_repeat: int = LONGEST + 1) -> int:
    """The families the trigger word ``lowered[start:end]`` (lower-cased text) calls for, as bits.

    A figure calls for years only when it has four characters and begins with 1 or 2, for ISO dates only when
    it has four and a hyphen follows, for decades only when it ends in 0 and then "s" or "'s", and for clock
    times when "am"/"pm" is glued to it or a colon and minutes follow ("9:30"); a unit
    word calls for the hyphenated durations only when a hyphen joins it to a word ("five-year", "day-long");
    a unit calls for plain durations only right after a count ("two years", not "last year");
    "earlier"/"later" call for AGO only right after a unit ("two years earlier", not "Earlier this month");
    a unit, day, month, season or part of day calls for sets only when one of EVERY_WORDS began at most
    LONGEST characters before it (``since_repeat``: how many), a unit in the singular also right after
    "once a", "twice per", "three times a"... (one of TIMES_WORDS, then "a", "an" or "per").
    """
    word = lowered[start:end]
    if word[0].isdigit():
        glued = word.endswith(_CLOCK_ENDINGS) or (
            lowered[end : end + 1] == ":" and lowered[end + 1 : end + 2].isdigit()
        )
        mask = _CLOCK_FIGURE_MASK if glued else _DIGIT_MASK
        if end - start == _YEAR_DIGITS:  # a year ("2014") and an ISO date's ("2014-03-05") are a figure of four
            if word[0] in _YEAR_FIRST_DIGITS:
                mask |= _YEAR_FIGURE_MASK
            if lowered[end : end + 1] == "-":
                mask |= _ISO_FIGURE_MASK
        return mask | _DECADE_FIGURE_MASK if decade_figure(lowered, start) else mask
    mask = NEEDED_BY.get(word, 0)
    if word in UNIT_TRIGGERS:
        if (start and lowered[start - 1] == "-") or lowered[end : end + 1] == "-":
            mask |= _HYPHENED_UNIT_MASK
        if counted(lowered, start):
            mask |= _COUNTED_UNIT_MASK
        if word in _PLURAL_UNITS and after_pointer(lowered, start):
            mask |= _POINTED_UNIT_MASK
        if word in _STRETCH_UNITS and after_stretch_word(lowered, start):
            mask |= _STRETCH_UNIT_MASK
        if word in _RECENT_UNITS and after_recent(lowered, start):
            mask |= _RECENT_UNIT_MASK
        if word in _THAT_UNITS and after_that(lowered, start):
            mask |= _THAT_UNIT_MASK
    elif word in _MONTH_WORDS and day_before(lowered, start):
        mask |= _DAY_MONTH_MASK
    elif word == "term" and after_near_short_long(lowered, start):
        mask |= _RECENT_UNIT_MASK
    elif word in _SIGNALS_AFTER_UNIT and after_unit(lowered, start):
        mask |= _SIGNAL_AFTER_UNIT_MASK
    if (since_repeat <= LONGEST and word in _REPEATED_WORDS) or (
        word in _UNITS_AFTER_TIMES and after_times(lowered, start)
    ):
        mask |= _REPEATED_MASK
    return mask


ALL_FAMILIES = (1 << len(FAMILIES)) - 1
CHOICES_BY_FIRST_WORD = MappingProxyType(_CHOICES)

# Articles (and "that"), and the words other than first words and triggers that may follow one in an expression.
ARTICLE_NEXT_WORDS = MappingProxyType(
    {
        "the": frozenset({"distant", "near", "foreseeable", "immediate", "short", "long"}),
        "a": AFTER_NUMBER,
        "an": AFTER_NUMBER,
        "that": frozenset({"same", "very"}),
    }
)


def _word_kinds(triggers: frozenset[str]) -> dict[str, tuple[str, bool]]:
    kinds = dict.fromkeys(triggers, ("", True))
    for key in FAMILIES_BY_FIRST_WORD:
        if not key.startswith("#"):
            kinds[key] = (key, key in triggers)
    for name in NAME_KEYS:
        kinds[name.lower()] = (NAME, name.lower() in triggers)
    return kinds


# What a lower-cased word is to the finder: (its first-word key, "" when no family begins with it, or
# NAME for a month or weekday name; whether it is a trigger).
WORD_KINDS = MappingProxyType(_word_kinds(TRIGGER_WORDS))
# The words that begin an expression or are dates themselves: a capitalised one carries no name.
DATE_WORDS = frozenset(_word_kinds(DATE_TRIGGER_WORDS))


def match_family(text: str, position: int, families: Iterable[Family]) -> Candidate | None:
    """The first of ``families`` (in order) that matches at ``position``."""
    # The regex module scans ahead for a pattern's required letters before matching, so an unbounded
    # match would cost the length of the rest of the text at every start: bound it.
    end = min(len(text), position + LONGEST)
    for family in families:
        match = family.compiled.match(text, position, end)
        if match is not None:
            return Candidate(family, match)
    return None


def fullmatch_family(text: str, start: int, end: int) -> Candidate | None:
    """The first family that reads all of ``text[start:end]``: for a span another plugin found.

    Only the families whose needed words the span holds are tried, so a foreign span compiles few patterns.
    """
    called = 0
    lowered = text[start:end].lower()
    repeat = -LONGEST - 1
    for word in WORD.finditer(lowered):
        if word.group() in EVERY_WORDS:
            repeat = word.start()
        called |= trigger_mask(lowered, word.start(), word.end(), word.start() - repeat)
    for index, family in enumerate(FAMILIES):
        if not called >> index & 1:
            continue
        match = family.compiled.fullmatch(text, start, end)
        if match is not None:
            return Candidate(family, match)
    return None
