"""Clock times: "10:35 a.m.", "9 a.m. EST Tuesday", "4 in the morning", "nine o'clock", "noon Thursday".

A clock time with a day of its own is on that day; without one, it is on the
day the story is telling about (see ``anaphora``), or on the day named right
after it (the plugin looks there).
"""

from __future__ import annotations

import datetime as dt

from newsfacts_dates import reckoning as rk
from newsfacts_dates.calendar_families import month_day
from newsfacts_dates.family import Candidate, Context, Family, Kind, Normalized
from newsfacts_dates.pieces import CLOCK_FIGURE, DAYNUM, DIGIT, MONTH, PART_OF_DAY, WEEKDAY, ZONE
from newsfacts_dates.reading import DAY_PRECISION, day_word, words
from newsfacts_dates.tense import Tense
from newsfacts_dates.vocabulary import NUMBER_WORDS, WEEKDAYS, word_set


def _clock_day(candidate: Candidate, ref: dt.date | None, tense: Tense) -> str:
    if candidate["wd"]:
        if ref is None:
            return f"XXXX-WXX-{WEEKDAYS[candidate['wd'].lower()] + 1}"
        return rk.nearest_weekday(ref, WEEKDAYS[candidate["wd"].lower()], 0, tense).isoformat()
    if candidate["mon"] and candidate["day"]:
        found = month_day(candidate, ref, tense)
        if found:
            return found[1]
    return rk.at_granularity(day_word(words(candidate["dw"]), ref), "day")


_NOON = 12
_LAST_MINUTE = 59


def _meridiem_of(part: str, hour: int) -> str:
    """a.m. or p.m. from a spoken part of the day: "4 in the morning", "12 at night" (midnight)."""
    if part.endswith("morning"):
        return "am"
    if part.endswith("night") and hour == _NOON:
        return "am"
    return "pm"


def _clock(candidate: Candidate, context: Context) -> Normalized | None:
    if candidate["hm"]:  # "at 9:30", "by 14:45": a 24-hour clock unless a part of the day says otherwise
        hour = int(candidate["hm"])
    else:
        hour = int(candidate["h"]) if candidate["h"] else NUMBER_WORDS[candidate["hw"].lower()]
        if not 1 <= hour <= _NOON:
            return None
    minute = int(candidate["mi"] or 0)
    if minute > _LAST_MINUTE:
        return None
    if candidate["ap"]:
        meridiem = candidate["ap"].lower()
    elif candidate["dpart"] or candidate["wpart"]:
        meridiem = _meridiem_of(words(candidate["dpart"] or candidate["wpart"]), hour)
    else:
        meridiem = ""  # "7 o'clock" alone: the hour as written, as TimeML does when nothing says a.m. or p.m.
    if meridiem.startswith("p") and hour < _NOON:
        hour += _NOON
    elif meridiem.startswith("a") and hour == _NOON:
        hour = 0
    return "TIME", f"{_clock_day(candidate, context.ref, context.tense)}T{hour:02d}:{minute:02d}"


def _without_own_day(candidate: Candidate) -> int:
    """A clock time with no day of its own ("at 10 p.m.") is on the day the story is telling about."""
    return 0 if candidate["wd"] or candidate["dw"] or candidate["mon"] else DAY_PRECISION


_PART_OF_DAY = r"(?P<dpart>in\s++the\s++(?:morning|afternoon|evening)|at\s++night)\b"
_OCLOCK = r"o['\u2019]clock\b"
_HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve"

# Clock times, with an optional day: "10:35 a.m.", "9 a.m. EST Tuesday", "4 in the morning", "nine o'clock".
CLOCK = Family(
    Kind.CLOCK,
    r"(?:(?:about|around|at\s++about|shortly\s++after|shortly\s++before)\s++)?"
    rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d))?"
    rf"(?:\s*+(?P<ap>[ap]\.m\.?|[ap]m\b)(?:\s++{ZONE}\b)?"
    # "4 in the morning", "9 o'clock at night": the part of the day says a.m. or p.m.
    rf"|\s++(?:{_OCLOCK}\s++)?{_PART_OF_DAY}"
    rf"|\s++{_OCLOCK})"
    # "at 9:30", "by 14:45 on Friday": hours and minutes alone, only after a word that says a time follows
    r"|(?<=\b(?i:at|by|until|till|from|around|about|before|after)\s{1,3}+)"
    r"(?P<hm>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\b(?![:.,]\d)"
    # "nine o'clock", "seven o'clock in the evening": an hour in words only before "o'clock"
    rf"|(?P<hw>{'|'.join(_HOUR_WORDS.split())})\s++{_OCLOCK}(?:\s++{_PART_OF_DAY})?)"
    # the day, a weekday with its part of the day too ("9 p.m. Saturday night", "4 o'clock Thursday afternoon")
    rf"(?:,?\s++(?:(?P<wd>{WEEKDAY})(?:\s++(?P<wpart>{PART_OF_DAY}))?|(?P<dw>today|yesterday|tomorrow)\b"
    rf"|(?P<mon>{MONTH})\s*+(?P<day>{DAYNUM})))?",
    f"about around at shortly {DIGIT} {_HOUR_WORDS}",
    _clock,
    tense=True,
    clock=True,
    leans=_without_own_day,
    # every match ends in "a.m."/"am" (alone or glued to the figure), says "o'clock" or names a part of the day
    needs=word_set("m am pm clock morning afternoon evening night") | {CLOCK_FIGURE},
)


def _noon(candidate: Candidate, context: Context) -> Normalized | None:
    clock = "T00:00" if candidate["nn"].lower() == "midnight" else "T12:00"
    return "TIME", _clock_day(candidate, context.ref, context.tense) + clock


NOON = Family(
    Kind.NOON,
    rf"(?P<nn>noon|midnight|midday)\b(?:\s++(?:(?P<wd>{WEEKDAY})|(?P<dw>today|yesterday|tomorrow)\b))?",
    "noon midnight midday",
    _noon,
    tense=True,
    clock=True,
    leans=_without_own_day,
    needs=word_set("noon midnight midday"),
)
