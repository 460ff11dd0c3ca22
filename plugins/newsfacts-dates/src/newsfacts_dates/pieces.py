"""The pieces the family patterns are built from: names, numbers, units, modifiers, and first-word keys.

Each family's own pattern (in the ``*_families`` modules) is written with
these, so that a month or a count reads the same in every family. Month and
weekday names are case-sensitive, so "may" (modal) and "march" (verb) are not
months. Every repetition is bounded.
"""

from __future__ import annotations

from newsfacts_dates.vocabulary import COUNT_WORDS, MONTHS, NUMBER_WORD_ALTERNATION, ORDINAL_WORDS, SEASONS, WEEKDAYS


def _full_month_names() -> list[str]:
    """The full name of each month, January first: the first of its names in ``MONTHS``."""
    names: dict[int, str] = {}
    for name, number in MONTHS.items():
        names.setdefault(number, name.capitalize())
    return [names[number] for number in sorted(names)]


MONTH_FULL_NAMES = _full_month_names()
MONTH = rf"(?-i:(?:{'|'.join(MONTH_FULL_NAMES)})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Sept\b)"
WEEKDAY_NAMES = [name.capitalize() for name in WEEKDAYS]
WEEKDAY = rf"(?-i:{'|'.join(WEEKDAY_NAMES)})\b"
WEEKDAYS_PLURAL = rf"(?-i:{'|'.join(name + 's' for name in WEEKDAY_NAMES)})"
SEASON = rf"(?:{'|'.join(SEASONS)})\b"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)\b"
NUMWORD = rf"{NUMBER_WORD_ALTERNATION}\b"
# A number word written out once, as a group, and the same words called again by its name: the regex module
# parses a word list in Python, so a second copy in a pattern would cost its compile as much again. Both
# match the same, since of the listed words only the whole word ends where ``\b`` holds.
NUMWORD_FIRST = rf"(?P<numword>{NUMBER_WORD_ALTERNATION})\b"
NUMWORD_AGAIN = r"(?&numword)\b"
ORDWORD = rf"(?:{'|'.join(ORDINAL_WORDS)})"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
SPOKEN_YEAR = (
    r"(?:nineteen[\s-]++(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]++(?:{_ONES}))?)"
    rf"|two\s++thousand(?:\s++(?:and\s++)?(?:{_ONES}|ten))?)\b"
)
YEAR = r"(?<![\d.,$£€#])(?:1[6-9]\d\d|20\d\d)(?!\d|,\d|\.\d|%|-\d)\b"
NUM = (
    r"(?:\d{1,3}(?:,\d{3})*+(?:\.\d+)?(?:\s++\d/\d)?"
    rf"|{NUMWORD_FIRST}(?:[\s-]++(?:and\s++)?{NUMWORD_AGAIN}){{0,3}}(?:\s++and\s++a\s++half)?"
    r"|a\s++(?:hundred|thousand|dozen)|half\s++a\s++dozen|(?:a\s++)?few|(?:a\s++)?couple(?:\s++of)?|several|a|an|many|some)"
)
UNIT_WORDS = "second minute hour day night weekend week fortnight month quarter year decade century millennium"
UNIT_PLURAL_WORDS = (
    "seconds minutes hours days nights weekends weeks fortnights months quarters years decades centuries millennia"
)
UNIT_SINGULAR = f"(?:{UNIT_WORDS.replace(' ', '|')})"
UNIT_PLURAL = f"(?:{UNIT_PLURAL_WORDS.replace(' ', '|')})"
# Any unit word, singular or plural, as a whole word. Written with the plural endings folded in ("days?") rather
# than as the two lists, it compiles in two thirds of the time and matches the same: every word of both lists is
# one of its forms, it forms no other word, and the closing \b leaves each word one way to match
# (``test_dates_patterns.py`` compares it with the two lists written out).
UNIT = (
    r"(?:(?:second|minute|hour|day|night|weekend|week|fortnight|month|quarter|year|decade)s?"
    r"|centur(?:y|ies)|millenni(?:um|a))\b"
)
APPROX = (
    r"(?:(?:at\s++least|at\s++most|more\s++than|less\s++than|fewer\s++than|no\s++more\s++than|no\s++less\s++than"
    r"|up\s++to|nearly|almost|about|around|approximately|roughly|some|over(?!\s++the\b)|under|barely|just\s++over"
    r"|just\s++under|well\s++over)\s++)"
)
EDGE = r"(?:(?:early|late|earlier|later|mid)[\s-]++|mid-)"
PTR = r"(?:this\s++past|this\s++coming|last|next|this|coming|past|previous|following)"
ZONE = r"(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)\b"
# No expression starts inside a word or a number.
START_BEFORE = r"(?<![\w'-]|\d[.,])"

# Keys for first words that are not plain words.
DIGIT = "#digit"
# Trigger keys for words whose neighbours tell more than the word: a figure glued to "am"/"pm" ("9am",
# "10:30pm") or to a colon and minutes ("9:30"), and a unit word joined to another by a hyphen ("five-year",
# "day-long", "years-old").
CLOCK_FIGURE = "#clock-figure"
HYPHENED_UNIT = "#hyphened-unit"
# ... and "earlier"/"later" right after a unit of a month or longer ("two years earlier").
SIGNAL_AFTER_UNIT = "#signal-after-unit"
# ... and a unit, day, month, season or part of day shortly after "every", "each", "once", "twice", "times".
REPEATED = "#repeated"
# ... and a unit right after a count ("two years", "a day", "18 more months").
COUNTED_UNIT = "#counted-unit"
# ... and a unit in the plural after a pointer and at most a count ("the past two years", "next few days");
# after "for", "in", "within", "over" or "for the" ("for years", "in the weeks ahead"); after "recent", "coming"
# or "these" ("recent years", "these days"), and "term" after "near", "short" or "long"; a unit in the singular
# after "that" ("that same day"); and a figure of a decade ("1990s", "'80s").
POINTED_UNIT = "#pointed-unit"
STRETCH_UNIT = "#stretch-unit"
RECENT_UNIT = "#recent-unit"
THAT_UNIT = "#that-unit"
DECADE_FIGURE = "#decade-figure"
# ... and a figure of four characters: a year's when it begins with 1 or 2 ("2014"), an ISO date's when a hyphen
# follows it ("2014-03-05").
YEAR_FIGURE = "#year-figure"
# ... and a month name right after a day's figure ("3 March", "the 3rd of March").
DAY_MONTH = "#day-month"
ISO_FIGURE = "#iso-figure"
APOSTROPHE = "#apostrophe"
MONTH_NAME = "#month"
WEEKDAY_NAME = "#weekday"
# First words shared by several families, as the space-separated lists the families' records take.
APPROX_FIRST = (
    "at more less fewer no up nearly almost about around approximately roughly some over under barely just well"
)
NUMBER_FIRST = f"{DIGIT} {' '.join(COUNT_WORDS)} a an half few couple several many some"
EDGE_FIRST = "early late earlier later mid"
PTR_FIRST = "this last next coming past previous following"
ORDINAL_FIRST = " ".join(ORDINAL_WORDS)

# Trigger words a family's ``needs`` are made of (see ``family.Family``).
UNIT_TRIGGERS = frozenset((*UNIT_WORDS.split(), *UNIT_PLURAL_WORDS.split()))
MONTH_TRIGGERS = frozenset(MONTHS)
WEEKDAY_TRIGGERS = frozenset((*WEEKDAYS, *(f"{day}s" for day in WEEKDAYS)))
SEASON_TRIGGERS = frozenset(SEASONS)
