"""Text primitives every rule plugin needs: words, word lists, number words, month and weekday names.

They live in the core so that plugins, which import only what ``newsfacts``
exports, share one definition instead of writing their own. Each is small,
pure and linear in its input.

>>> from newsfacts import text
>>> text.parse_number("three hundred and twenty")
320.0
>>> text.parse_number("2,500")
2500.0
>>> text.MONTHS["sept"], text.WEEKDAYS["friday"]
(9, 4)
>>> text.alternation(["may", "march", "mar"])
'(?:march|mar|may)'
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import regex

__all__ = [
    "MONTHS",
    "NUMBER_WORDS",
    "SCALE_WORDS",
    "WEEKDAYS",
    "WORD",
    "LazyPattern",
    "alternation",
    "may_hold",
    "parse_number",
    "word_set",
    "word_spans",
]

WORD = regex.compile(r"\w++")
"""A run of word characters: the unit that word counts and word windows are measured in."""


class LazyPattern:
    """A regex compiled the first time it is used, not when the module that defines it is imported.

    Compiling is most of what a plugin's cold start costs (``regex`` parses a pattern in Python), and many
    patterns serve only some articles; a one-article run then pays only for the patterns its article reaches.
    Two threads that reach it first at once may both compile it; either result is the same pattern.
    """

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        """Keep ``source`` and ``flags`` for :attr:`compiled`; nothing is compiled yet."""
        self.source = source
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def is_compiled(self) -> bool:
        """Whether :attr:`compiled` has been used yet (what a test of a cold start checks)."""
        return self._compiled is not None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern; the first call compiles it, later calls return the same object."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.source, self.flags)
        return compiled


# The characters beyond ASCII that ``regex`` matches to an ASCII letter when ignoring case and that ``str.lower``
# does not turn into that letter: "İ" (to "i" and a combining dot), "ı" and "ſ". The fourth, the Kelvin sign,
# lowers to "k" (tests/test_text.py checks the list over every code point).
_UNLOWERED_FOLDS = ("\u0130", "\u0131", "\u017f")


def may_hold(window: str, words: Iterable[str]) -> bool:
    """Whether ``window`` may hold one of the lower-case ``words`` in any case, as ``regex`` ignoring case reads it.

    When not, a pattern that matches only over one of them finds nothing in ``window``, so a plugin need not
    even compile it: a test in front of a :class:`LazyPattern` that keeps a one-article run from compiling
    patterns its article cannot match. Exact in that direction only: one of the few non-ASCII letters
    ``regex`` takes for an ASCII one makes the answer yes.

    >>> from newsfacts.text import may_hold
    >>> may_hold("It can REACH the coast", ("reach", "strike"))
    True
    >>> may_hold("It was shown in May", ("reach", "strike"))
    False
    """
    if not window.isascii() and any(fold in window for fold in _UNLOWERED_FOLDS):
        return True
    lowered = window.lower()
    for word in words:  # noqa: SIM110 - a loop is about 2.5x faster than any() over a generator, run per figure
        if word in lowered:
            return True
    return False


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the words of ``text[start:end]``, in order."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in WORD.finditer(text, start, stop)]


def word_set(words: str) -> frozenset[str]:
    """The white-space separated words of ``words``: a word list reads best as plain text."""
    return frozenset(words.split())


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of ``words`` literally, longest first so "march" wins over "mar".

    Ties are broken alphabetically, so the pattern is the same on every run.
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(regex.escape(word) for word in ordered) + ")"


NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        word: value
        for value, word in enumerate(
            [
                "zero",
                "one",
                "two",
                "three",
                "four",
                "five",
                "six",
                "seven",
                "eight",
                "nine",
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
            ]
        )
    }
    | {
        word: 10 * tens
        for tens, word in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)
    }
)
"""The number words below a hundred that a compound is built from ("twenty" + "five")."""

SCALE_WORDS: Mapping[str, int] = MappingProxyType(
    {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
)
"""Words that multiply what comes before them ("three hundred", "a dozen")."""

MONTHS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            [
                ("january", "jan"),
                ("february", "feb"),
                ("march", "mar"),
                ("april", "apr"),
                ("may",),
                ("june", "jun"),
                ("july", "jul"),
                ("august", "aug"),
                ("september", "sept", "sep"),
                ("october", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ],
            start=1,
        )
        for name in names
    }
)
"""Lower-cased month names and their abbreviations, to the month's number (January is 1)."""

WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for number, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    }
)
"""Lower-cased weekday names, to ``datetime.date.weekday()`` numbers (Monday is 0)."""

_TOKEN = regex.compile(r"[a-z]++|\d++/\d++|\d++(?:[.,]\d++)*+")
_FRACTION = regex.compile(r"(\d++)/(\d++)")
# "2 500" with a space or a no-break space between digit groups is one number.
_GROUP_SPACE = regex.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")
_ONE = frozenset({"a", "an"})


def parse_number(text: str, *, extra_words: Mapping[str, float] | None = None) -> float | None:
    """The value of one number in digits, words or both; None when ``text`` holds a word that is none.

    It reads a number a plugin's pattern has already matched: words are added up as they come, so it
    checks the words, not their order ("one two" gives 3.0), and a comma always groups digits.

    Reads "2,500", "2 500", "1.5", "2 1/2", "twenty-five", "a hundred", "three hundred and twenty",
    "two thousand and one", "4 million", "half a dozen" and "two and a half". Commas group
    thousands; a point is a decimal point. ``extra_words`` adds words a plugin's domain reads as
    numbers ("single": 1). A figure too large to be finite is not a number.
    """
    lowered = " ".join(text.lower().replace("-", " ").split())
    if lowered == "half a dozen":
        return 6.0
    total = 0.0
    if lowered.endswith(" and a half"):
        lowered = lowered[: -len(" and a half")]
        total = 0.5
    lowered = _GROUP_SPACE.sub("", lowered)
    current = 0.0
    seen = False
    for piece in _TOKEN.findall(lowered):
        fraction = _FRACTION.fullmatch(piece)
        if fraction:
            denominator = int(fraction[2])
            if denominator == 0:
                return None
            current += int(fraction[1]) / denominator
        elif piece[0].isdigit():
            try:
                current += float(piece.replace(",", ""))
            except ValueError:
                return None
        elif piece in NUMBER_WORDS:
            current += NUMBER_WORDS[piece]
        elif extra_words is not None and piece in extra_words:
            current += extra_words[piece]
        elif piece in _ONE:
            current += 1
        elif piece in SCALE_WORDS:
            scale = SCALE_WORDS[piece]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
        elif piece == "and":
            continue
        else:
            return None
        seen = True
    value = total + current
    return value if seen and math.isfinite(value) else None
