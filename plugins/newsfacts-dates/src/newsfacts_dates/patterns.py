"""The candidate patterns for temporal expressions, one a family, compiled once.

Each family of expression (``iso``, ``mdy``, ``ago``...) is one pattern whose
parts share names across families (``mon``, ``day``, ``yr``, ``num``,
``unit``...), so that the normalizer can re-match a candidate's text and read
its parts. Families are ordered so that, at one starting point, the longer
reading is tried first: the first family that matches wins. Every repetition
is bounded, and month and weekday names are case-sensitive, so "may" (modal)
and "march" (verb) are not months.

Extents follow the TimeML/TempEval-3 convention: a determiner and an
approximating modifier belong to the expression ("the past two months",
"at least 18 months", "early 2026"); a preposition does not ("in 2014").
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType
from typing import Any

import regex

from newsfacts_dates.lexicon import NUMBER_WORD_ALTERNATION

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH = rf"(?-i:(?:{_MONTH_FULL})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Sept\b)"
WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
WEEKDAYS_PLURAL = r"(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)"
SEASON = r"(?:spring|summer|autumn|fall|winter)\b"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)\b"
_NUMWORD = rf"(?:{NUMBER_WORD_ALTERNATION})\b"
_ORDWORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
_SPOKEN_YEAR = (
    r"(?:nineteen[\s-]++(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]++(?:one|two|three|four|five|six|seven"
    r"|eight|nine))?)|two\s++thousand(?:\s++(?:and\s++)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b"
)
YEAR = r"(?<![\d.,$£€#])(?:1[6-9]\d\d|20\d\d)(?!\d|,\d|\.\d|%|-\d)\b"
_NUM = (
    r"(?:\d{1,3}(?:,\d{3})*+(?:\.\d+)?(?:\s++\d/\d)?"
    rf"|{_NUMWORD}(?:[\s-]++(?:and\s++)?{_NUMWORD}){{0,3}}(?:\s++and\s++a\s++half)?"
    r"|a\s++(?:hundred|thousand|dozen)|half\s++a\s++dozen|(?:a\s++)?few|(?:a\s++)?couple(?:\s++of)?|several|a|an|many|some)"
)
UNIT_SINGULAR = r"(?:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade|century|millennium)"
UNIT_PLURAL = (
    r"(?:seconds|minutes|hours|days|nights|weekends|weeks|fortnights|months|quarters|years|decades|centuries|millennia)"
)
_UNIT = rf"(?:{UNIT_PLURAL}|{UNIT_SINGULAR})\b"
_APPROX = (
    r"(?:(?:at\s++least|at\s++most|more\s++than|less\s++than|fewer\s++than|no\s++more\s++than|no\s++less\s++than"
    r"|up\s++to|nearly|almost|about|around|approximately|roughly|some|over(?!\s++the\b)|under|barely|just\s++over"
    r"|just\s++under|well\s++over)\s++)"
)
_EDGE = r"(?:(?:early|late|earlier|later|mid)[\s-]++|mid-)"
_PTR = r"(?:this\s++past|this\s++coming|last|next|this|coming|past|previous|following)"
_ZONE = r"(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET)"

_FAMILIES = (
    # 2023-02-21
    ("iso", r"(?<!\d)(?P<yr>\d{4})-(?P<mo>\d\d)-(?P<day>\d\d)(?!\d)"),
    # Clock times, with an optional day: "10:35 a.m.", "9 a.m. EST Tuesday", "noon Thursday".
    (
        "clock",
        (
            rf"(?:(?:about|around|at\s++about|shortly\s++after|shortly\s++before)\s++)?(?P<h>\d{{1,2}})(?:[:.](?P<mi>\d\d))?"
            rf"(?:\s*+(?P<ap>[ap]\.m\.?|[ap]m\b)(?:\s++{_ZONE}\b)?"
            # "4 in the morning", "9 o'clock at night": the part of the day says a.m. or p.m.
            r"|\s++(?:o'clock\s++)?(?P<dpart>in\s++the\s++(?:morning|afternoon|evening)|at\s++night)\b)"
            rf"(?:,?\s++(?:(?P<wd>{WEEKDAY})|(?P<dw>today|yesterday|tomorrow)\b|(?P<mon>{MONTH})\s*+(?P<day>{_DAYNUM})))?"
        ),
    ),
    (
        "noon",
        rf"(?P<nn>noon|midnight|midday)\b(?:\s++(?:(?P<wd>{WEEKDAY})|(?P<dw>today|yesterday|tomorrow)\b))?",
    ),
    # "Friday, Oct. 23, 1998", "February 21, 2023", "Sept. 30"
    (
        "mdy",
        rf"(?:(?P<wd>{WEEKDAY}),?\s++)?(?P<mon>{MONTH})\s*+(?P<day>{_DAYNUM})(?:,?\s++(?P<yr>{YEAR}))?",
    ),
    # "21 February 2023", "the 5th of May"
    (
        "dmy",
        rf"(?:(?P<wd>{WEEKDAY}),?\s++)?(?:the\s++)?(?P<day>{_DAYNUM})\s++(?:of\s++)?(?P<mon>{MONTH})(?:,?\s++(?P<yr>{YEAR}))?",
    ),
    # "the week of March 10": the week that holds that day
    (
        "weekof",
        rf"the\s++week\s++of\s++(?P<mon>{MONTH})\s*+(?P<day>{_DAYNUM})(?:,?\s++(?P<yr>{YEAR}))?",
    ),
    # "March 2021", "January nineteen ninety-seven", "July last year"
    (
        "my",
        (
            rf"(?P<edge>{_EDGE})?(?P<mon>{MONTH}),?\s++(?:of\s++)?(?:(?P<yr>{YEAR})|(?P<spoken>{_SPOKEN_YEAR})"
            r"|(?P<ptr>last|this|next)\s++year\b)"
        ),
    ),
    # "this year's third quarter", "the third quarter of 1990", "third-quarter"
    (
        "quarter",
        (
            rf"(?:(?P<ptr>this|last|next)\s++year's\s++|(?:the\s++(?!(?:{_ORDWORD}|1st|2nd|3rd|4th)-))?(?:(?:latest|current|past|last|previous|most\s++recent"
            rf"|year-ago|year-earlier|comparable|same|fiscal|corresponding|recent)[\s-]++){{0,3}}(?:(?P<yr>{YEAR})\s++)?)"
            r"(?:fiscal[\s-]++)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]++(?P<qh>quarter|half)\b"
            rf"(?:\s++of\s++(?:fiscal\s++)?(?P<yr>{YEAR}))?"
            # "the last half of 1989", "the final quarter of 2024": the last one of a year it names
            rf"|(?P<ord>last|final)\s++(?P<qh>quarter|half)\s++of\s++(?:fiscal\s++)?(?P<yr>{YEAR}))"
        ),
    ),
    # "the latest quarter", "the last fiscal quarter", "the quarter"
    (
        "lastq",
        (
            r"the\s++(?:(?P<qmod>latest|current|past|last|previous|most\s++recent|same|year-ago|year-earlier)\s++)?"
            r"(?:fiscal\s++)?quarter\b(?!-)"
        ),
    ),
    # "the end of the year", "the beginning of October", "the middle of 1990"
    (
        "edgeof",
        (
            r"(?:the\s++)?(?P<edgeword>end|beginning|start|middle|close)\s++of\s++(?:"
            rf"(?:the\s++|this\s++)(?:current\s++)?(?P<unit>year|month|week|quarter|decade|century)\b"
            rf"|(?P<ptr>last|next)\s++(?P<unit>year|month|week|quarter|decade)\b"
            rf"|(?P<mon>{MONTH})(?:,?\s++(?P<yr>{YEAR}))?|(?P<yr>{YEAR}))"
        ),
    ),
    # "the past two months", "the next few days", "the last twenty four hours", "the first nine months"
    (
        "spandur",
        (
            rf"{_APPROX}?(?:the\s++)?(?P<ptr>past|last|next|first|coming|final|previous|following|latest|recent)\s++"
            rf"(?:(?P<num>{_NUM})\s++)?(?:more\s++|full\s++)?(?P<unit>{UNIT_PLURAL})\b"
        ),
    ),
    # "two years ago", "a year earlier", "about a decade ago"; "three days later" is a duration
    # ("three days") followed by a signal word, as TimeML reads it, and so are "ten years from now" and
    # "ten years hence": TimeML keeps the duration, and "now" is an expression of its own.
    (
        "ago",
        (
            rf"{_APPROX}?(?P<num>{_NUM})\s++(?P<unit>{_UNIT})\s++(?:or\s++so\s++(?=ago\b))?(?P<dir>ago"
            r"|(?<=(?:months?|quarters?|years?|decades?|century|centuries|millennium|millennia)\s++)(?:earlier|later))\b"
        ),
    ),
    # "last week", "earlier this month", "the following year", "early next year", "the weekend"
    (
        "rel",
        rf"(?P<edge>{_EDGE})?(?:the\s++)?(?P<ptr>{_PTR})\s++(?P<unit>{UNIT_SINGULAR})\b(?!-)",
    ),
    # "that year", "later that day", "that same month": the unit of a date the story mentioned before
    (
        "anaphor",
        rf"(?P<edge>{_EDGE})?that\s++(?:same\s++|very\s++)?(?P<unit>year|month|week|day)\b(?![-'])",
    ),
    ("weekend", r"the\s++weekend\b"),
    # "the full year", "the current month"
    ("current", r"(?:the\s++)?(?:current|full|entire|whole)\s++(?P<unit>year|month|week)\b"),
    # "the year-earlier period", "the year-ago quarter", "the latest period"
    (
        "period",
        (
            r"(?:the\s++(?=latest|most|comparable|same|year-\w+\s++(?:period|quarter)))?"
            r"(?P<pmod>(?:comparable\s++|same\s++)?(?:year-earlier|year-ago)|latest|most\s++recent)"
            r"(?:\s++(?:period|quarter)\b)?(?<!latest|recent)"
        ),
    ),
    # "the 1988 period", "the 1989 quarter": in results, the latest quarter of that year
    ("yearperiod", rf"the\s++(?P<yr>{YEAR})\s++(?:period|quarter)\b(?!-)"),
    # Seasons with a year or a pointer: "last summer", "this past spring", "the winter of 1994"
    (
        "season",
        (
            rf"(?:the\s++)?(?P<edge>{_EDGE})?(?:(?P<ptr>{_PTR})\s++)?(?P<sea>{SEASON})(?:\s++(?:of\s++)?(?:(?P<yr>{YEAR})"
            rf"|(?P<spoken>{_SPOKEN_YEAR})))?"
        ),
    ),
    # Decades and centuries: "the 1990s", "the late '80s", "the nineties", "the 20th century"
    (
        "decade",
        (
            rf"(?:the\s++)?(?P<edge>{_EDGE})?(?:(?P<dec>1[5-9]\d0|20\d0)'?s\b|'(?P<dec2>\d0)s\b"
            r"|(?:nineteen[\s-]++)?(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
        ),
    ),
    (
        "century",
        (
            rf"(?:the\s++)?(?P<edge>{_EDGE})?(?P<cent>\d{{1,2}}(?:st|nd|rd|th)|{_ORDWORD}|nineteenth|twentieth"
            r"|twenty[\s-]++first)\s++century\b"
        ),
    ),
    # "fiscal 1989", "the current fiscal year"
    (
        "fiscal",
        (
            rf"(?:fiscal\s++(?:year\s++)?(?P<yr>{YEAR})|(?:the\s++)?(?:(?P<ptr>current|latest|next|last|previous|this)\s++)?"
            r"fiscal\s++year\b)"
        ),
    ),
    # "the year two thousand", "the year 2000"
    ("theyear", rf"the\s++year\s++(?:(?P<yr>{YEAR})|(?P<spoken>{_SPOKEN_YEAR}))"),
    # Year words: "year-end", "by year's end", and "the year" unless an anaphoric or adjectival word
    # follows ("the year before", "the year-ago quarter").
    (
        "yearword",
        (
            r"(?:the\s++)?(?P<yend>year(?:-end|\s++end|'s\s++end))\b(?!-)"
            r"|the\s++year\b(?!-|\s++(?:before|after|earlier|later|ago|of|in|when|that|which)\b)"
        ),
    ),
    # "Thanksgiving", "last Christmas", "New Year's Day", "Election Day"
    (
        "holiday",
        (
            r"(?:(?P<ptr>last|next|this)\s++)?(?-i:(?P<hol>Thanksgiving(?:\s++Day)?|Christmas(?:\s++(?:Day|Eve))?"
            r"|New\s++Year's\s++(?:Day|Eve)|Election\s++Day|Independence\s++Day|Veterans\s++Day|Memorial\s++Day"
            r"|Labor\s++Day|Valentine's\s++Day|Halloween))\b"
        ),
    ),
    # "early 2026", "mid-1996", "2014"
    ("year", rf"(?P<edge>{_EDGE})?(?P<yr>{YEAR})"),
    # Spoken years stand alone after "in", or in the "nineteen ninety-six" form, which is no count.
    ("spokenyear", rf"(?:(?<=\bin\s)|(?=nineteen\b))(?P<spoken>{_SPOKEN_YEAR})"),
    # "three years", "at least 18 months", "five-year", "twenty four hours", "the nine months"
    (
        "dur",
        (
            rf"{_APPROX}?(?:the\s++|(?P<halfof>half)\s++(?=an?\s++{UNIT_SINGULAR}\b))?(?P<num>{_NUM})\s++(?:more\s++|additional\s++|full\s++|straight\s++|consecutive\s++"
            rf"|trading\s++|business\s++|working\s++)?(?P<unit>{_UNIT})(?!-)(?P<half>\s++and\s++a\s++half\b)?"
        ),
    ),
    (
        "hyphdur",
        (
            rf"(?:(?P<num>\d{{1,3}}|{_NUMWORD}(?:-{_NUMWORD})?)|(?P<vq>several|multi|many))-(?P<unit>{UNIT_SINGULAR})"
            r"(?:-long)?\b(?!-)"
            # "a day-long meeting" lasts one day; "a decades-long feud", "a years-old slump" an unknown number
            rf"|(?P<unit>{UNIT_SINGULAR})-long\b(?!-)|(?P<unit>{UNIT_PLURAL})-(?:long|old)\b(?!-)"
        ),
    ),
    (
        "vague",
        (
            r"(?<=\b(?:for|within|in|over)\s)(?P<unit>years|months|weeks|decades|centuries)\b"
            # "over the years", "in the weeks ahead", "in the early years": a stretch of unknown length, unless
            # an event bounds it ("in the days before the vote") or it is a noun's ("the days of")
            r"|(?<=\b(?:for|within|in|over|during)\s)the\s++(?:early\s++|following\s++|intervening\s++)?"
            r"(?P<unit>years|months|weeks|days|decades)\b(?:\s++(?:ahead|to\s++come)\b)?"
            r"(?!\s++(?:ago|before|after|since|earlier|later|of)\b)"
        ),
    ),
    # Sets: "daily", "every day", "each Thursday", "twice a year"
    (
        "set",
        (
            r"(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)\b"
            rf"|(?:every|each)\s++(?:other\s++)?(?:(?P<num>{_NUM})\s++)?(?:(?P<unit>{_UNIT})|(?P<wd>{WEEKDAY})"
            rf"|(?P<mon>{MONTH})|(?P<sea>{SEASON})|(?P<part>morning|afternoon|evening|night)\b)"
            rf"|(?P<times>once|twice|three\s++times|four\s++times)\s++(?:a|an|per)\s++(?P<unit>{UNIT_SINGULAR})\b"
            # "on Sundays", "Tuesday nights": a named day, or its part, again and again
            rf"|(?P<wds>{WEEKDAYS_PLURAL})\b|(?P<wd>{WEEKDAY})\s++(?P<parts>mornings|afternoons|evenings|nights)\b"
        ),
    ),
    # Parts of days: "this morning", "last night", "later this afternoon", "yesterday morning"
    (
        "partofday",
        (
            rf"(?P<edge>{_EDGE})?(?:(?P<ptr>this|last|tomorrow|yesterday)\s++(?P<part>morning|afternoon|evening|night)\b"
            r"|(?P<part>tonight|overnight)\b)"
            # "mid-afternoon", "late morning yesterday": an edge makes a part of the day a time of its own
            r"|(?:the\s++)?(?P<edge>(?:early|late|mid)[\s-]++)(?P<part>morning|afternoon|evening)\b"
            r"(?:\s++(?P<dw>yesterday|today|tomorrow)\b)?"
            # "that night", "the next morning", "in the evening": a part of the day the story is telling about
            r"|(?:(?P<that>that)|the\s++(?P<lean>next|following|previous)|(?<=\b(?:in|during)\s)(?P<the>the))"
            r"\s++(?P<part>morning|afternoon|evening|night)\b"
        ),
    ),
    # "today", "yesterday", "late yesterday", "now", "the past", "the near future"
    (
        "word",
        (
            rf"(?P<edge>{_EDGE})?(?P<dw>today|yesterday|tomorrow)\b"
            r"|(?P<ref>right\s++now|now|currently|nowadays|these\s++days|at\s++present|presently"
            r"|recently|more\s++recently|lately"
            r"|the\s++(?:recent\s++|distant\s++)?past"
            r"|the\s++(?:near\s++|distant\s++|foreseeable\s++|immediate\s++)?future|the\s++(?:near|short|long)\s++term"
            r"|recent\s++(?:years|months|weeks|days)|coming\s++(?:years|months|weeks|days))\b"
            # "current" before what it describes ("its current chief"; the finder checks what follows);
            # "then current" is of a time past
            r"|(?P<adj>(?:then\s++)?current)\b"
        ),
    ),
    # "on Tuesday", "last Friday", "early Tuesday", "Wednesday night"
    (
        "weekday",
        (
            rf"(?P<edge>{_EDGE})?(?:(?P<ptr>{_PTR}|the\s++previous|the\s++following)\s++)?(?P<wd>{WEEKDAY})"
            r"(?:\s++(?P<part>morning|afternoon|evening|night)\b)?"
        ),
    ),
    # "in March", "last April", "late November"
    ("month", rf"(?P<edge>{_EDGE})?(?:(?P<ptr>{_PTR})\s++)?(?P<mon>{MONTH})"),
)

FAMILIES = tuple(name for name, _ in _FAMILIES)

_START_BEFORE = r"(?<![\w'-]|\d[.,])"
# The same look-behind alone, for the finder to check a start before trying any family there.
START_BEFORE = regex.compile(_START_BEFORE)

# The finder does not run the families over the whole text. One cheap pass over the words (``WORD``, with
# set look-ups) finds the trigger words, which every expression holds (a unit, a month, a digit...), and
# the word starts that may begin an expression; at a start with a trigger at most TRIGGER_REACH
# characters after it, only the families that can begin with that first word are tried, one small
# pattern each, in order.
WORD = regex.compile(r"\w++")
# Frequency adverbs: SETs ("twice daily"), written in lower case in running text.
FREQUENCY_WORDS = frozenset({"daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly"})
TRIGGER_WORDS = (
    frozenset(
        [
            "second",
            "minute",
            "hour",
            "day",
            "night",
            "weekend",
            "week",
            "fortnight",
            "month",
            "quarter",
            "half",
            "year",
            "decade",
            "century",
            "millennium",
            "seconds",
            "minutes",
            "hours",
            "days",
            "nights",
            "weekends",
            "weeks",
            "fortnights",
            "months",
            "quarters",
            "years",
            "decades",
            "centuries",
            "millennia",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "noon",
            "midnight",
            "midday",
            "today",
            "yesterday",
            "tomorrow",
            "tonight",
            "overnight",
            "morning",
            "afternoon",
            "evening",
            "now",
            "currently",
            "current",
            "nowadays",
            "present",
            "presently",
            "recently",
            "lately",
            "past",
            "future",
            "term",
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
            "nineteen",
            "thousand",
            "fiscal",
            "period",
            "thanksgiving",
            "christmas",
            "halloween",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
        ]
    )
    | FREQUENCY_WORDS
)
# The longest stretch from the start of an expression to its first trigger ("approximately twenty four
# and a half consecutive hours" reaches 49), with room for odd spacing.
TRIGGER_REACH = 100

# Keys for first words that are not plain words.
DIGIT = "#digit"
APOSTROPHE = "#apostrophe"
MONTH_NAME = "#month"
WEEKDAY_NAME = "#weekday"
MONTH_NAMES = frozenset(
    (*_MONTH_FULL.split("|"), "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
)
WEEKDAY_NAMES = frozenset(
    (
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"),
    )
)

_APPROX_FIRST = (
    "at more less fewer no up nearly almost about around approximately roughly some over under barely just well"
)
_NUMBER_FIRST = f"{DIGIT} {NUMBER_WORD_ALTERNATION.replace('|', ' ')} a an half few couple several many some"
_EDGE_FIRST = "early late earlier later mid"
_PTR_FIRST = "this last next coming past previous following"
# The words (lower-cased; the first part of a hyphenated one) each family can begin with.
_FIRST_WORDS = {
    "iso": DIGIT,
    "clock": f"about around at shortly {DIGIT}",
    "noon": "noon midnight midday",
    "mdy": f"{WEEKDAY_NAME} {MONTH_NAME}",
    "weekof": "the",
    "dmy": f"{WEEKDAY_NAME} the {DIGIT}",
    "my": f"{_EDGE_FIRST} {MONTH_NAME}",
    "quarter": (
        f"this last next the latest current past previous most year comparable same fiscal corresponding recent"
        f" {DIGIT} first second third fourth"
    ),
    "lastq": "the",
    "edgeof": "the end beginning start middle close",
    "spandur": f"{_APPROX_FIRST} the past last next first coming final previous following latest recent",
    "ago": f"{_APPROX_FIRST} {_NUMBER_FIRST}",
    "rel": f"{_EDGE_FIRST} the {_PTR_FIRST}",
    "anaphor": f"{_EDGE_FIRST} that",
    "weekend": "the",
    "current": "the current full entire whole",
    "period": "the comparable same year latest most",
    "yearperiod": "the",
    "season": f"the {_EDGE_FIRST} {_PTR_FIRST} spring summer autumn fall winter",
    "decade": (
        f"the {_EDGE_FIRST} {DIGIT} {APOSTROPHE} nineteen twenties thirties forties fifties sixties seventies"
        " eighties nineties"
    ),
    "century": f"the {_EDGE_FIRST} {DIGIT} {_ORDWORD.strip('()?:').replace('|', ' ')} nineteenth twentieth twenty",
    "fiscal": "fiscal the current latest next last previous this",
    "theyear": "the",
    "yearword": "the year",
    "holiday": (
        "last next this thanksgiving christmas new election independence veterans memorial labor valentine halloween"
    ),
    "year": f"{_EDGE_FIRST} {DIGIT}",
    "spokenyear": "nineteen two",
    "dur": f"{_APPROX_FIRST} the {_NUMBER_FIRST}",
    "hyphdur": (
        f"{DIGIT} {NUMBER_WORD_ALTERNATION.replace('|', ' ')} several multi many"
        f" {UNIT_SINGULAR.strip('(?:)').replace('|', ' ')} {UNIT_PLURAL.strip('(?:)').replace('|', ' ')}"
    ),
    "vague": "years months weeks decades centuries the",
    "set": (
        f"daily weekly monthly annually yearly hourly nightly biweekly every each once twice three four {WEEKDAY_NAME}"
    ),
    "partofday": f"{_EDGE_FIRST} the that this last tomorrow yesterday tonight overnight",
    "word": (
        f"{_EDGE_FIRST} today yesterday tomorrow right now currently nowadays these at presently recently more"
        " lately the recent coming current then"
    ),
    "weekday": f"{_EDGE_FIRST} {_PTR_FIRST} the {WEEKDAY_NAME}",
    "month": f"{_EDGE_FIRST} {_PTR_FIRST} {MONTH_NAME}",
}

# One pattern a family, compiled once.
FAMILY_PATTERNS = tuple(
    regex.compile(_START_BEFORE + f"(?P<{name}>{body})", regex.IGNORECASE) for name, body in _FAMILIES
)


# The longest expression the finder reads, in characters: far more than any real one needs.
LONGEST = 240


class Parts:
    """A family's match read by part name; a part its family does not have reads as None."""

    __slots__ = ("family", "match")

    def __init__(self, family: str, match: regex.Match[str]) -> None:
        self.family = family
        self.match = match

    def __getitem__(self, name: str | int) -> Any:
        if isinstance(name, int) or name in self.match.re.groupindex:
            return self.match.group(name)
        return None


def match_family(text: str, position: int, indexes: Iterable[int]) -> Parts | None:
    """The first of the families ``indexes`` (in order) that matches at ``position``."""
    # The regex module scans ahead for a pattern's required letters before matching, so an unbounded
    # match would cost the length of the rest of the text at every start: bound it.
    end = min(len(text), position + LONGEST)
    for index in indexes:
        match = FAMILY_PATTERNS[index].match(text, position, end)
        if match is not None:
            return Parts(FAMILIES[index], match)
    return None


def fullmatch_family(text: str, position: int) -> Parts | None:
    """The first family that reads all of ``text[position:]``."""
    for name, pattern in zip(FAMILIES, FAMILY_PATTERNS, strict=True):
        match = pattern.fullmatch(text, position)
        if match is not None:
            return Parts(name, match)
    return None


def _dispatch() -> dict[str, tuple[int, ...]]:
    keys = {key for words in _FIRST_WORDS.values() for key in words.split()}
    return {
        key: tuple(index for index, name in enumerate(FAMILIES) if key in _FIRST_WORDS[name].split()) for key in keys
    }


# Words between a number and its unit in a duration ("an additional year").
_AFTER_NUMBER = frozenset({"more", "additional", "full", "straight", "consecutive", "trading", "business", "working"})
# Articles (and "that"), and the words other than first words and triggers that may follow one in an expression.
ARTICLE_NEXT_WORDS = MappingProxyType(
    {
        "the": frozenset({"distant", "near", "foreseeable", "immediate", "short", "long"}),
        "a": _AFTER_NUMBER,
        "an": _AFTER_NUMBER,
        "that": frozenset({"same", "very"}),
    }
)

# For each first word, the indexes of the families that can begin with it, in CANDIDATE's order.
FAMILIES_BY_FIRST_WORD = MappingProxyType(_dispatch())


# The key of a lower-cased word that is a month or weekday name: its kind depends on how it is written.
NAME = "#name"
# Month and weekday names as the gate accepts them (case-sensitive), with their first-word keys.
NAME_KEYS = MappingProxyType({**dict.fromkeys(MONTH_NAMES, MONTH_NAME), **dict.fromkeys(WEEKDAY_NAMES, WEEKDAY_NAME)})


def _word_kinds() -> dict[str, tuple[str, bool]]:
    kinds = dict.fromkeys(TRIGGER_WORDS, ("", True))
    for key in FAMILIES_BY_FIRST_WORD:
        if not key.startswith("#"):
            kinds[key] = (key, key in TRIGGER_WORDS)
    for name in NAME_KEYS:
        kinds[name.lower()] = (NAME, name.lower() in TRIGGER_WORDS)
    return kinds


# What a lower-cased word is to the finder: (its first-word key, "" when no family begins with it, or
# NAME for a month or weekday name; whether it is a trigger).
WORD_KINDS = MappingProxyType(_word_kinds())

# Context the finder checks around a candidate.
MONEY_OR_NUMBER_BEFORE = regex.compile(r"[$£€#\d]\s?$|[\d][.,]$")
NUMBER_AFTER = regex.compile(r"^(?:\s?%|\s*+percent\b|\s*+per\s?cent\b|[.,]\d|-\d|\d|/\d)", regex.IGNORECASE)
# Words that let an ambiguous month name ("May", "March") stand alone.
MONTH_LEAD = regex.compile(
    r"\b(?:in|since|until|till|by|from|to|through|of|before|after|during|for|between|and|or|early|late|mid|last"
    r"|next|this|each|every|throughout|around|starting|ending|late-|mid-)\s*+$",
    regex.IGNORECASE,
)
# A word after a bare season or year that shows it is a modifier of a noun ("the winter storms").
NOUN_AFTER = regex.compile(
    r"^\s++(?!(?:and|or|of|to|in|on|at|as|when|while|before|after|until|is|was|were|will"
    r"|would|has|had|that|the|a|an|he|she|it|they|we|i|for|with|from|by|but|because|if"
    r"|than|then|so|since|this|its|their|his|her)\b)(?-i:[a-z][a-z-]+)\b",
    regex.IGNORECASE,
)
# Prepositions that make a number before a plural noun a year all the same ("in 1990 prices rose").
YEAR_LEAD = regex.compile(
    r"\b(?:in|since|until|till|by|from|to|through|of|before|after|during|early|late|mid|fiscal|circa)\s*+$",
    regex.IGNORECASE,
)
LEAD_WORD = regex.compile(
    r"\b(?:in|since|until|till|by|from|to|through|of|before|after|during|for|between|and|or|early|late|mid"
    r"|fiscal|around|about|year|end|beginning|spring|summer|autumn|fall|winter|than|circa|c\.|on|at)\s*+$",
    regex.IGNORECASE,
)
