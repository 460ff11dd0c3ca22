"""Families read against the publication date or a date told before: "last week", "two years ago", "that year".

Also the words of business reporting ("the latest quarter", "the year-ago
period", "fiscal 1989"), parts of the day ("this morning", "that night") and
the words of the present, past and future ("today", "now", "the past").
"""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts.text import LazyPattern
from newsfacts_dates import reckoning as rk
from newsfacts_dates.family import Candidate, Context, Family, Kind, Normalized
from newsfacts_dates.pieces import (
    APPROX,
    APPROX_FIRST,
    DIGIT,
    EDGE,
    EDGE_FIRST,
    MONTH,
    NUM,
    NUMBER_FIRST,
    ORDWORD,
    PART_OF_DAY,
    PTR,
    PTR_FIRST,
    RECENT_UNIT,
    SIGNAL_AFTER_UNIT,
    THAT_UNIT,
    UNIT,
    UNIT_SINGULAR,
    UNIT_TRIGGERS,
    YEAR,
)
from newsfacts_dates.reading import (
    DAY_PRECISION,
    LEANING,
    PRECISION,
    day_word,
    direction,
    month_number,
    unit_of,
    words,
    year_of,
)
from newsfacts_dates.vocabulary import ORDINALS, PARTS_OF_DAY, amount, word_set

_PRESENT = frozenset({"now", "right now", "currently", "nowadays", "these days", "at present", "presently"})
_FUTURE_WORDS = ("soon", "future", "term", "coming")
_VAGUE_SPANS = ("recent ", "coming ")
# "the year ended/ending ..." is the year-long span up to a date, not a calendar year.
_ENDED = LazyPattern(r"\s++end(?:ed|ing)\b", regex.IGNORECASE)
# Until which month a past "year-end" is the end of the year before.
_EARLY_IN_YEAR = 4


def _quarter_year(ref: dt.date, number: int, per_year: int, context: Context) -> int:
    current = (ref.month - 1) * per_year // 12 + 1
    if number <= current or context.tense == "future":
        return ref.year
    return ref.year - 1


def _quarter(candidate: Candidate, context: Context) -> Normalized | None:
    half = candidate["qh"].lower() == "half"
    ordinal = candidate["ord"].lower()
    number = (2 if half else 4) if ordinal in {"last", "final"} else ORDINALS[ordinal]
    if half and number > 2:
        return None
    letter = "H" if half else "Q"
    year = year_of(candidate)
    text = candidate[0].lower()
    ref = context.ref
    if year is None and ref is not None:
        if candidate["ptr"]:
            year = ref.year + {"last": -1, "next": 1}.get(candidate["ptr"].lower(), 0)
        else:
            year = _quarter_year(ref, number, 2 if half else 4, context)
            if "year-ago" in text or "year-earlier" in text or "year ago" in text:
                year -= 1
    return "DATE", f"{year:04d}-{letter}{number}" if year is not None else f"XXXX-{letter}{number}"


# "this year's third quarter", "the third quarter of 1990", "third-quarter"
QUARTER = Family(
    Kind.QUARTER,
    rf"(?:(?P<ptr>this|last|next)\s++year's\s++|(?:the\s++(?!(?:{ORDWORD}|1st|2nd|3rd|4th)-))?(?:(?:latest|current|past|last|previous|most\s++recent"
    rf"|year-ago|year-earlier|comparable|same|fiscal|corresponding|recent)[\s-]++){{0,3}}(?:(?P<yr>{YEAR})\s++)?)"
    r"(?:fiscal[\s-]++)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]++(?P<qh>quarter|half)\b"
    rf"(?:\s++of\s++(?:fiscal\s++)?(?P<yr>{YEAR}))?"
    # "the last half of 1989", "the final quarter of 2024": the last one of a year it names
    rf"|(?P<ord>last|final)\s++(?P<qh>quarter|half)\s++of\s++(?:fiscal\s++)?(?P<yr>{YEAR}))",
    "this last next the latest current past previous most year comparable same fiscal corresponding recent"
    f" {DIGIT} first second third fourth",
    _quarter,
    tense=True,
    needs=word_set("quarter half"),
)


def _latest_quarter(candidate: Candidate, context: Context) -> Normalized | None:
    if context.ref is None:
        return "DATE", "XXXX-QX"
    modifier = words(candidate["qmod"])
    day = context.ref if modifier == "current" else rk.add_months(context.ref, -3)
    if modifier in {"year-ago", "year-earlier"}:
        day = rk.add_years(day, -1)
    return "DATE", rk.at_granularity(day, "quarter")


# "the latest quarter", "the last fiscal quarter", "the quarter"
LASTQ = Family(
    Kind.LASTQ,
    r"the\s++(?:(?P<qmod>latest|current|past|last|previous|most\s++recent|same|year-ago|year-earlier)\s++)?"
    r"(?:fiscal\s++)?quarter\b(?!-)",
    "the",
    _latest_quarter,
    needs=word_set("quarter"),
)


def _edge_of(candidate: Candidate, context: Context) -> Normalized | None:
    ref = context.ref
    if candidate["mon"]:
        # "the end of March": the year it names, else the nearest March, as a bare month is read
        month = month_number(candidate["mon"])
        year = year_of(candidate) or (rk.nearest_month_year(month, ref, context.tense) if ref else None)
        return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
    if candidate["unit"]:
        unit = candidate["unit"].lower()
        day = rk.shift(ref, unit, direction(candidate["ptr"])) if ref else None
        return "DATE", rk.at_granularity(day, unit)
    return "DATE", f"{int(candidate['yr']):04d}"


# "the end of the year", "the beginning of October", "the middle of 1990"
EDGEOF = Family(
    Kind.EDGEOF,
    r"(?:the\s++)?(?P<edgeword>end|beginning|start|middle|close)\s++of\s++(?:"
    r"(?:the\s++|this\s++)(?:current\s++)?(?P<unit>year|month|week|quarter|decade|century)\b"
    r"|(?P<ptr>last|next)\s++(?P<unit>year|month|week|quarter|decade)\b"
    rf"|(?P<mon>{MONTH})(?:,?\s++(?P<yr>{YEAR}))?|(?P<yr>{YEAR}))",
    "the end beginning start middle close",
    _edge_of,
    tense=True,
    needs=word_set("end beginning start middle close"),
)


def _year_before_latest_quarter(candidate: Candidate, ref: dt.date | None) -> Normalized | None:
    """In quarterly results, "a year ago" is the same quarter of the year before."""
    if ref is None or candidate["dir"].lower() not in {"ago", "earlier"}:
        return None
    if unit_of(candidate["unit"]) != "year" or amount(candidate["num"]) != 1:
        return None
    return "DATE", rk.at_granularity(rk.add_years(rk.add_months(ref, -3), -1), "quarter")


def _ago(candidate: Candidate, context: Context) -> Normalized | None:
    ref = context.ref
    if context.quarterly and (found := _year_before_latest_quarter(candidate, ref)):
        return found
    unit = unit_of(candidate["unit"])
    count = amount(candidate["num"])
    sign = -1 if words(candidate["dir"]) in {"ago", "earlier"} else 1
    if ref is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if count is None:
        if unit == "year":
            return "DATE", f"{ref.year // 10:03d}X"
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit in {"hour", "minute", "second"}:
        return "DATE", rk.day_value(ref)
    return "DATE", rk.at_granularity(rk.shift(ref, unit, sign * round(count)), unit)


# "two years ago", "a year earlier", "about a decade ago"; "three days later" is a duration
# ("three days") followed by a signal word, as TimeML reads it, and so are "ten years from now" and
# "ten years hence": TimeML keeps the duration, and "now" is an expression of its own.
AGO = Family(
    Kind.AGO,
    rf"{APPROX}?(?P<num>{NUM})\s++(?P<unit>{UNIT})\s++(?:or\s++so\s++(?=ago\b))?(?P<dir>ago"
    r"|(?<=(?:months?|quarters?|years?|decades?|century|centuries|millennium|millennia)\s++)(?:earlier|later))\b",
    f"{APPROX_FIRST} {NUMBER_FIRST}",
    _ago,
    quarterly=True,
    needs=word_set("ago") | {SIGNAL_AFTER_UNIT},
)


def _relative(candidate: Candidate, context: Context) -> Normalized | None:
    unit = candidate["unit"].lower()
    if unit in {"hour", "minute", "second"}:
        return "DURATION", rk.duration_value(1, unit)
    day = rk.shift(context.ref, unit, direction(candidate["ptr"])) if context.ref else None
    if unit == "night":
        return "TIME", rk.at_granularity(day, "day") + "TNI"
    return "DATE", rk.at_granularity(day, unit)


def _relative_leans(candidate: Candidate) -> int:
    """Units after "the following", "the next" ("the next day") count from the date the story told of before."""
    pointer = words(candidate["ptr"])
    if pointer in LEANING or (pointer == "next" and candidate[0].lower().startswith("the")):
        return PRECISION.get(candidate["unit"].lower(), 0)
    return 0


# "last week", "earlier this month", "the following year", "early next year", "the weekend"
REL = Family(
    Kind.REL,
    rf"(?P<edge>{EDGE})?(?:the\s++)?(?P<ptr>{PTR})\s++(?P<unit>{UNIT_SINGULAR})\b(?!-)",
    f"{EDGE_FIRST} the {PTR_FIRST}",
    _relative,
    leans=_relative_leans,
    needs=UNIT_TRIGGERS,
)


def _at_reference(candidate: Candidate, context: Context) -> Normalized | None:
    """The unit that holds the reference: for "that year", the date the story told of before."""
    return "DATE", rk.at_granularity(context.ref, candidate["unit"].lower())


def _anaphor_leans(candidate: Candidate) -> int:
    return PRECISION[candidate["unit"].lower()]


# "that year", "later that day", "that same month": the unit of a date the story mentioned before
ANAPHOR = Family(
    Kind.ANAPHOR,
    rf"(?P<edge>{EDGE})?that\s++(?:same\s++|very\s++)?(?P<unit>year|month|week|day)\b(?![-'])",
    f"{EDGE_FIRST} that",
    _at_reference,
    leans=_anaphor_leans,
    needs=frozenset({THAT_UNIT}),
)


def _this_day(candidate: Candidate, context: Context) -> Normalized | None:
    del candidate
    return "DATE", rk.day_value(context.ref) if context.ref else "PRESENT_REF"


# "(It's) the second day (of the strike)": the day the story is told on. The finder keeps it only right
# after "today is", "it's", "this is": elsewhere ("on the first day of the talks") the day is the event's.
DAYOF = Family(
    Kind.DAYOF,
    rf"the\s++(?:{ORDWORD}|\d{{1,3}}(?:st|nd|rd|th))\s++(?:straight\s++|consecutive\s++)?day\b(?![-'])",
    "the",
    _this_day,
    needs=word_set("day"),
)


def _weekend(candidate: Candidate, context: Context) -> Normalized | None:
    del candidate
    ref = context.ref
    if ref is None:
        return "DATE", "XXXX-WXX-WE"
    day = ref
    if context.tense not in {"future", "present"} and ref.weekday() < 5:
        day = ref - dt.timedelta(weeks=1)
    return "DATE", rk.week_value(day) + "-WE"


WEEKEND = Family(
    Kind.WEEKEND,
    r"the\s++weekend\b",
    "the",
    _weekend,
    tense=True,
    needs=word_set("weekend"),
)
# "the full year", "the current month"
CURRENT = Family(
    Kind.CURRENT,
    r"(?:the\s++)?(?:current|full|entire|whole)\s++(?P<unit>year|month|week)\b",
    "the current full entire whole",
    _at_reference,
    needs=word_set("year month week"),
)


def _period(candidate: Candidate, context: Context) -> Normalized | None:
    if context.ref is None:
        return "DATE", "XXXX-QX"
    latest = rk.add_months(context.ref, -3)
    if "year" in candidate["pmod"].lower():
        latest = rk.add_years(latest, -1)
    return "DATE", rk.at_granularity(latest, "quarter")


# "the year-earlier period", "the year-ago quarter", "the latest period"
PERIOD = Family(
    Kind.PERIOD,
    r"(?:the\s++(?=latest|most|comparable|same|year-\w+\s++(?:period|quarter)))?"
    r"(?P<pmod>(?:comparable\s++|same\s++)?(?:year-earlier|year-ago)|latest|most\s++recent)"
    r"(?:\s++(?:period|quarter)\b)?(?<!latest|recent)",
    "the comparable same year latest most",
    _period,
    needs=word_set("year period quarter"),
)


def _year_period(candidate: Candidate, context: Context) -> Normalized | None:
    """Results compare like with like: "the 1988 period" is the quarter just reported, in 1988."""
    if context.ref is None:
        return "DATE", f"{int(candidate['yr']):04d}-QX"
    return "DATE", f"{int(candidate['yr']):04d}-Q{rk.quarter_of(rk.add_months(context.ref, -3))}"


# "the 1988 period", "the 1989 quarter": in results, the latest quarter of that year
YEARPERIOD = Family(
    Kind.YEARPERIOD,
    rf"the\s++(?P<yr>{YEAR})\s++(?:period|quarter)\b(?!-)",
    "the",
    _year_period,
    needs=word_set("period quarter"),
)


def _fiscal(candidate: Candidate, context: Context) -> Normalized | None:
    if candidate["yr"]:
        return "DATE", candidate["yr"]
    if not candidate["ptr"] and _ENDED.compiled.match(context.after):
        # "the fiscal year ended Jan. 31" is the year-long stretch, like "the year ended March 31" (train:
        # "the (fiscal) year ended/ending" DURATION 7, DATE 1)
        return "DURATION", "P1Y"
    if context.ref is None:
        return "DATE", "XXXX"
    return "DATE", f"{context.ref.year + direction(candidate['ptr']):04d}"


# "fiscal 1989", "the current fiscal year"
FISCAL = Family(
    Kind.FISCAL,
    rf"(?:fiscal\s++(?:year\s++)?(?P<yr>{YEAR})|(?:the\s++)?(?:(?P<ptr>current|latest|next|last|previous|this)\s++)?"
    r"fiscal\s++year\b)",
    "fiscal the current latest next last previous this",
    _fiscal,
    needs=word_set("fiscal"),
)


def _year_word(candidate: Candidate, context: Context) -> Normalized | None:
    """Read "the year" and "year-end" as the year of the reference date ("since year-end": the one before)."""
    if candidate["yend"] is None and _ENDED.compiled.match(context.after):
        return "DURATION", "P1Y"
    if context.ref is None:
        return "DATE", "XXXX"
    back = candidate["yend"] is not None and context.tense == "past" and context.ref.month < _EARLY_IN_YEAR
    return "DATE", f"{context.ref.year - back:04d}"


# Year words: "year-end", "by year's end", and "the year" unless an anaphoric or adjectival word
# follows ("the year before", "the year-ago quarter").
YEARWORD = Family(
    Kind.YEARWORD,
    r"(?:the\s++)?(?P<yend>year(?:-end|\s++end|'s\s++end))\b(?!-)"
    r"|the\s++year\b(?!-|\s++(?:before|after|earlier|later|ago|of|in|when|that|which)\b)",
    "the year",
    _year_word,
    tense=True,
    needs=word_set("year"),
)


def _part_of_day(candidate: Candidate, context: Context) -> Normalized | None:
    ref = context.ref
    part = candidate["part"].lower()
    code = PARTS_OF_DAY[part]
    pointer = words(candidate["ptr"]) or words(candidate["dw"])
    day = ref - dt.timedelta(days=1) if ref and part == "overnight" else day_word(pointer, ref)
    if day is not None and candidate["lean"]:  # "the next morning", after the day the story told of
        day += dt.timedelta(days=-1 if candidate["lean"].lower() == "previous" else 1)
    return "TIME", rk.at_granularity(day, "day") + f"T{code}"


def _part_of_day_leans(candidate: Candidate) -> int:
    """A part of the day after "that" or "the next" ("that night") is of the day the story is telling about."""
    return DAY_PRECISION if candidate["that"] or candidate["lean"] or candidate["the"] else 0


# Parts of days: "this morning", "last night", "later this afternoon", "yesterday morning"
PARTOFDAY = Family(
    Kind.PARTOFDAY,
    rf"(?P<edge>{EDGE})?(?:(?P<ptr>this|last|tomorrow|yesterday)\s++(?P<part>{PART_OF_DAY})"
    r"|(?P<part>tonight|overnight)\b)"
    # "mid-afternoon", "late morning yesterday": an edge makes a part of the day a time of its own
    r"|(?:the\s++)?(?P<edge>(?:early|late|mid)[\s-]++)(?P<part>morning|afternoon|evening)\b"
    r"(?:\s++(?P<dw>yesterday|today|tomorrow)\b)?"
    # "that night", "the next morning", "in the evening": a part of the day the story is telling about
    r"|(?:(?P<that>that)|the\s++(?P<lean>next|following|previous)|(?<=\b(?:in|during)\s)(?P<the>the))"
    rf"\s++(?P<part>{PART_OF_DAY})",
    f"{EDGE_FIRST} the that this last tomorrow yesterday tonight overnight",
    _part_of_day,
    leans=_part_of_day_leans,
    needs=word_set("morning afternoon evening night tonight overnight"),
)


def _word(candidate: Candidate, context: Context) -> Normalized | None:
    if candidate["dw"]:
        return "DATE", rk.at_granularity(day_word(candidate["dw"].lower(), context.ref), "day")
    if candidate["adj"]:
        return "DATE", "PAST_REF" if words(candidate["adj"]).startswith("then") else "PRESENT_REF"
    phrase = words(candidate["ref"])
    if phrase.startswith(_VAGUE_SPANS):
        # "in recent years", "in coming weeks": TimeML (and most of TempEval-3's gold) reads a
        # stretch of unknown length, PXY, rather than a vague point in the past or future.
        return "DURATION", rk.duration_value(None, unit_of(phrase.split()[1]))
    if phrase in _PRESENT:
        return "DATE", "PRESENT_REF"
    if phrase.startswith(_FUTURE_WORDS) or phrase.endswith(_FUTURE_WORDS):
        return "DATE", "FUTURE_REF"
    return "DATE", "PAST_REF"


# "today", "yesterday", "late yesterday", "now", "the past", "the near future"
WORD = Family(
    Kind.WORD,
    rf"(?P<edge>{EDGE})?(?P<dw>today|yesterday|tomorrow)\b"
    r"|(?P<ref>right\s++now|now|currently|nowadays|these\s++days|at\s++present|presently"
    r"|recently|more\s++recently|lately"
    r"|the\s++(?:recent\s++|distant\s++)?past"
    r"|the\s++(?:near\s++|distant\s++|foreseeable\s++|immediate\s++)?future|the\s++(?:near|short|long)\s++term"
    r"|recent\s++(?:years|months|weeks|days)|coming\s++(?:years|months|weeks|days))\b"
    # "current" before what it describes ("its current chief"; the finder checks what follows);
    # "then current" is of a time past
    r"|(?P<adj>(?:then\s++)?current)\b",
    f"{EDGE_FIRST} today yesterday tomorrow right now currently nowadays these at presently recently more"
    " lately the recent coming current then",
    _word,
    needs=word_set("today yesterday tomorrow now currently nowadays present presently recently lately past future")
    | {"current", RECENT_UNIT},
)
