"""Families of stretches of time and of how often: "three years", "the past two months", "every Thursday".

TimeML keeps the modifier in a duration's extent ("at least 18 months") and
reads a signal after it ("three days later") as a word of its own.
"""

from __future__ import annotations

import regex

from newsfacts.text import LazyPattern
from newsfacts_dates import reckoning as rk
from newsfacts_dates.family import Candidate, Context, Family, Kind, Normalized
from newsfacts_dates.pieces import (
    APPROX,
    APPROX_FIRST,
    COUNTED_UNIT,
    DIGIT,
    HYPHENED_UNIT,
    MONTH,
    NUM,
    NUMBER_FIRST,
    NUMWORD_AGAIN,
    NUMWORD_FIRST,
    POINTED_UNIT,
    REPEATED,
    SEASON,
    STRETCH_UNIT,
    UNIT,
    UNIT_PLURAL,
    UNIT_PLURAL_WORDS,
    UNIT_SINGULAR,
    UNIT_WORDS,
    WEEKDAY,
    WEEKDAY_NAME,
    WEEKDAYS_PLURAL,
)
from newsfacts_dates.reading import month_number, unit_of
from newsfacts_dates.vocabulary import (
    COUNT_WORDS,
    FREQUENCY_WORDS,
    PARTS_OF_DAY,
    SEASONS,
    SET_PERIODS,
    WEEKDAYS,
    amount,
    word_set,
)


def _span_duration(candidate: Candidate, context: Context) -> Normalized | None:
    del context
    count = amount(candidate["num"]) if candidate["num"] else None
    return "DURATION", rk.duration_value(count, unit_of(candidate["unit"]))


# "the past two months", "the next few days", "the last twenty four hours", "the first nine months"
SPANDUR = Family(
    Kind.SPANDUR,
    rf"{APPROX}?(?:the\s++)?(?P<ptr>past|last|next|first|coming|final|previous|following|latest|recent)\s++"
    rf"(?:(?P<num>{NUM})\s++)?(?:more\s++|full\s++)?(?P<unit>{UNIT_PLURAL})\b",
    f"{APPROX_FIRST} the past last next first coming final previous following latest recent",
    _span_duration,
    needs=frozenset({POINTED_UNIT}),
)


# "will one day be", "may one day spread": right after a modal, "one day" is some day to come (TimeML's
# FUTURE_REF), not a stretch of one day ("for one day", "by one day"). "some day" in the singular is that
# day wherever it stands ("Some day the rules will change"); "for some days" stays a stretch.
_MODAL_BEFORE = LazyPattern(r"\b(?:will|would|could|may|might|can|shall|must)\s++$", regex.IGNORECASE)
_ONE_DAY = LazyPattern(r"one\s++day", regex.IGNORECASE)
_SOME_DAY = LazyPattern(r"some\s++day", regex.IGNORECASE)


def _duration(candidate: Candidate, context: Context) -> Normalized | None:
    text = candidate.text
    if text[:1] in "oOsS" and (
        _SOME_DAY.compiled.fullmatch(text)
        or (_ONE_DAY.compiled.fullmatch(text) and _MODAL_BEFORE.compiled.search(context.before))
    ):
        return "DATE", "FUTURE_REF"
    if candidate["num"]:
        count = amount(candidate["num"])
    else:  # "day-long" is one day; "several-year", "decades-long" an unknown number
        count = None if candidate["vq"] or candidate["unit"].lower().endswith(("s", "ia")) else 1.0
    if count is not None and candidate["half"]:  # "a minute and a half", "two years and a half"
        count += 0.5
    elif count is not None and candidate["halfof"]:  # "half an hour", "half a year"
        count /= 2
    return "DURATION", rk.duration_value(count, unit_of(candidate["unit"]))


# "three years", "at least 18 months", "twenty four hours", "the nine months", "half an hour"
DUR = Family(
    Kind.DUR,
    rf"{APPROX}?(?:the\s++|(?P<halfof>half)\s++(?=an?\s++{UNIT_SINGULAR}\b))?(?P<num>{NUM})\s++(?:more\s++|additional\s++|full\s++|straight\s++|consecutive\s++"
    rf"|trading\s++|business\s++|working\s++)?(?P<unit>{UNIT})(?!-)(?P<half>\s++and\s++a\s++half\b)?",
    f"{APPROX_FIRST} the {NUMBER_FIRST}",
    _duration,
    needs=frozenset({COUNTED_UNIT}),
)
# "five-year", "a day-long meeting" (one day); "a decades-long feud", "a years-old slump" (an unknown number)
HYPHDUR = Family(
    Kind.HYPHDUR,
    rf"(?:(?P<num>\d{{1,3}}|{NUMWORD_FIRST}(?:-{NUMWORD_AGAIN})?)|(?P<vq>several|multi|many))-(?P<unit>{UNIT_SINGULAR})"
    r"(?:-long)?\b(?!-)"
    rf"|(?P<unit>{UNIT_SINGULAR})-long\b(?!-)|(?P<unit>{UNIT_PLURAL})-(?:long|old)\b(?!-)",
    f"{DIGIT} {' '.join(COUNT_WORDS)} several multi many {UNIT_WORDS} {UNIT_PLURAL_WORDS}",
    _duration,
    needs=frozenset({HYPHENED_UNIT}),
)


def _vague(candidate: Candidate, context: Context) -> Normalized | None:
    del context
    return "DURATION", rk.duration_value(None, unit_of(candidate["unit"]))


VAGUE = Family(
    Kind.VAGUE,
    r"(?<=\b(?:for|within|in|over)\s)(?P<unit>years|months|weeks|decades|centuries)\b"
    # "over the years", "in the weeks ahead", "in the early years": a stretch of unknown length, unless
    # an event bounds it ("in the days before the vote") or it is a noun's ("the days of")
    r"|(?<=\b(?:for|within|in|over|during)\s)the\s++(?:early\s++|following\s++|intervening\s++)?"
    r"(?P<unit>years|months|weeks|days|decades)\b(?:\s++(?:ahead|to\s++come)\b)?"
    r"(?!\s++(?:ago|before|after|since|earlier|later|of)\b)",
    "years months weeks decades centuries the",
    _vague,
    needs=frozenset({STRETCH_UNIT}),
)


def _set(candidate: Candidate, context: Context) -> Normalized | None:
    del context
    if candidate["adv"]:
        return "SET", SET_PERIODS[candidate["adv"].lower()]
    if candidate["wd"] or candidate["wds"]:
        day = (candidate["wd"] or candidate["wds"].removesuffix("s")).lower()
        part = f"T{PARTS_OF_DAY[candidate['parts'].lower().removesuffix('s')]}" if candidate["parts"] else ""
        return "SET", f"XXXX-WXX-{WEEKDAYS[day] + 1}{part}"
    if candidate["mon"]:
        return "SET", f"XXXX-{month_number(candidate['mon']):02d}"
    if candidate["sea"]:
        return "SET", f"XXXX-{SEASONS[candidate['sea'].lower()]}"
    if candidate["part"]:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[candidate['part'].lower()]}"
    count = amount(candidate["num"]) if candidate["num"] else 1.0
    return "SET", rk.duration_value(count, unit_of(candidate["unit"]))


# Sets: "daily", "every day", "each Thursday", "twice a year", "on Sundays", "Tuesday nights"
SET = Family(
    Kind.SET,
    rf"(?P<adv>{'|'.join(SET_PERIODS)})\b"
    rf"|(?:every|each)\s++(?:other\s++)?(?:(?P<num>{NUM})\s++)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})"
    rf"|(?P<mon>{MONTH})|(?P<sea>{SEASON})|(?P<part>morning|afternoon|evening|night)\b)"
    rf"|(?P<times>once|twice|three\s++times|four\s++times)\s++(?:a|an|per)\s++(?P<unit>{UNIT_SINGULAR})\b"
    # "on Sundays", "Tuesday nights": a named day, or its part, again and again
    rf"|(?P<wds>{WEEKDAYS_PLURAL})\b|(?P<wd>{WEEKDAY})\s++(?P<parts>mornings|afternoons|evenings|nights)\b",
    f"{' '.join(SET_PERIODS)} every each once twice three four {WEEKDAY_NAME}",
    _set,
    # every match holds one of these: an adverb, a plural day or part of day, or what is repeated after
    # "every", "each", "once", "twice" or "times" (see ``families.trigger_mask``)
    needs=FREQUENCY_WORDS
    | word_set("mornings afternoons evenings nights")
    | frozenset(f"{day}s" for day in WEEKDAYS)
    | {REPEATED},
)
