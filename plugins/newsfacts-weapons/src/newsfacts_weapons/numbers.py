"""Numbers as weapon copy writes them: the pattern that finds one, and its value.

The words and the parsing are the core's (:mod:`newsfacts.text`); what is the plugin's own is the shape a
figure takes before a unit (digit groups, spelled numbers up to the hundred thousands) and one reading the core
leaves out on purpose: continental digit groups ("1.200 km"), which a point would otherwise make a decimal.
"""

from __future__ import annotations

from newsfacts import text
from newsfacts.text import LazyPattern

# Spelled numbers start at "one": "zero km" is no reach anyone states.
_NUMBER_WORDS = tuple(word for word, value in text.NUMBER_WORDS.items() if value > 0)
_WORD = text.alternation(_NUMBER_WORDS)
# Digits: comma groups ("2,500"), groups split by a space or a no-break space ("2 500"), or a plain run. A
# designation's last digits open no space group: "the Lark-2 500 km" is the Lark-2 and 500 km.
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})++(?:\.\d+)?|(?<![A-Za-z]\w{0,10}-)\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))++"
    r"|\d++(?:\.\d+)?)"
)

# A spelled number up to "nine hundred and ninety-nine thousand nine hundred and ninety-nine": below a
# hundred ("twenty-five"), hundreds ("three hundred and twenty"), thousands of those. Each piece is a fixed
# word in a fixed order and every repeat is bounded, so there is nothing to backtrack over.
_BELOW_HUNDRED = rf"{_WORD}(?:[ -]{_WORD})?"
_BELOW_THOUSAND = rf"(?:(?:{_BELOW_HUNDRED}|a)[ -]hundred(?:\s(?:and\s)?{_BELOW_HUNDRED})?|{_BELOW_HUNDRED})"
_SPELLED = rf"(?:(?:{_BELOW_THOUSAND}|a)[ -]thousand(?:,?\s(?:and\s)?{_BELOW_THOUSAND})?|{_BELOW_THOUSAND})"
NUMBER = rf"(?:{_DIGITS}(?:[ -](?:hundred|thousand))?|{_SPELLED})"
"""A figure before a unit, in digits or words; its value is :func:`parse_figure`'s."""
DIGIT_NUMBER = rf"(?:{_DIGITS}(?:[ -](?:hundred|thousand))?)"
""":data:`NUMBER` without its spelled forms: all it matches where :func:`spelled_within` is False."""

# Every word of a spelled figure stands at the start of a word: the first after a non-word character (the
# lookbehinds of the patterns that use NUMBER), each later one after a space or a hyphen. A figure that opens
# with "a" goes on with "hundred" or "thousand". So a stretch holding none of these words at a word's start
# holds no spelled figure, and the small :data:`DIGIT_NUMBER` finds all that :data:`NUMBER` would.
_SPELLED_STARTS = (*_NUMBER_WORDS, "hundred", "thousand")
_SPELLED_WORD = LazyPattern(r"(?i)(?<!\w)" + text.alternation(_SPELLED_STARTS))
# In ASCII text the same test needs no pattern: ``\w`` is a letter, a digit or "_" there and ignoring case is
# lowering, so the words of the text, lowered, with digits and "_" made "_" and the rest made spaces, are the
# tokens a spelled word can only open.
_ASCII_TOKENS = str.maketrans(
    {
        chr(code): chr(code).lower() if chr(code).isalpha() else "_" if chr(code).isalnum() or chr(code) == "_" else " "
        for code in range(128)
    }
)


def spelled_within(text: str, start: int, end: int) -> bool:
    """Whether a spelled figure can stand in ``text[start:end]``; when not, :data:`DIGIT_NUMBER` is enough.

    ASCII text (with the character before it) is read by words, without compiling :data:`_SPELLED_WORD`.
    """
    window = text[start:end]
    before = text[start - 1] if start > 0 else " "
    if not (window.isascii() and before.isascii()):
        return _SPELLED_WORD.compiled.search(text, start, end) is not None
    # a word going on from before the window opens no word at its start: "_" in front keeps it from matching
    opening = "_" if before.isalnum() or before == "_" else ""
    return any(token.startswith(_SPELLED_STARTS) for token in (opening + window).translate(_ASCII_TOKENS).split())


# "1.200" with three digits after each point: a thousands group, not a fraction nobody would write to the metre.
_DOT_GROUPS = LazyPattern(r"[1-9]\d{0,2}(?:\.\d{3})++")


def parse_figure(figure: str) -> float | None:
    """The value of a figure :data:`NUMBER` matched; None when it is not a finite number.

    Continental digit groups are read first ("1.200" is 1,200); the rest is :func:`newsfacts.text.parse_number`.
    """
    if _DOT_GROUPS.compiled.fullmatch(figure) is not None:
        figure = figure.replace(".", "")
    return text.parse_number(figure)
