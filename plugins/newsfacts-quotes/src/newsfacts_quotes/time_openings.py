"""``Last week the mayor said ...``: a time adverbial opening a sentence without a comma after it.

Most opening adverbials end at a comma, which is how the opening reader finds the subject after them.
A short time phrase often has none ("Two days later the council voted", "On Tuesday the mayor said"):
its shapes are few and closed, so they are matched word by word over a handful of tokens.
"""

from __future__ import annotations

from newsfacts.text import word_set
from newsfacts_quotes.lexicon import MONTH_NAMES, WEEKDAY_NAMES
from newsfacts_quotes.tokens import Token, bare_word

_UNITS = word_set("minute minutes hour hours day days week weeks month months year years decade decades")
_COUNTS = word_set("a an one two three four five six seven eight nine ten several few couple of")
_RELATIVE_ENDS = word_set("later ago earlier")
_DEIXIS = word_set("last this next")
_DAY_PARTS = word_set("morning afternoon evening night")
_OPENING_WORDS = _DEIXIS | _UNITS | _COUNTS | {"on", "in"}
# "a couple of days later": the count words and the unit before "later" stand within this many tokens.
_MAX_COUNT_TOKENS = 4


def commaless_time_end(text: str, toks: list[Token], i: int) -> int | None:
    """The index after an opening time phrase with no comma ("Last week", "Two days later", "On Tuesday").

    None unless the phrase is one of the closed shapes and no comma ends it (a comma is read elsewhere).
    """
    if i >= len(toks) - 1 or not _may_open(bare_word(text, toks[i])):
        return None  # most subjects open on a word no time phrase opens with: no other word is read
    words = [bare_word(text, tok) for tok in toks[i : i + _MAX_COUNT_TOKENS + 2]]
    end = _phrase_length(words)
    if end is None or end >= len(toks) - i:
        return None
    last = text[toks[i + end - 1][0] : toks[i + end - 1][1]]
    if last.endswith((",", "'s", "’s")):
        return None  # a comma is read elsewhere; "Last year's winner" is a noun phrase
    return i + end


def _may_open(first: str) -> bool:
    """Whether a time phrase of :func:`_phrase_length` may open on ``first``: each of its shapes opens on these."""
    return first in _OPENING_WORDS or first.isdigit()


def _phrase_length(words: list[str]) -> int | None:
    """How many of ``words`` the time phrase takes, if they open with one."""
    first, second = words[0], words[1]
    if first in _DEIXIS and (second in _UNITS or second in WEEKDAY_NAMES or second in MONTH_NAMES):
        return 3 if len(words) > 2 and second in WEEKDAY_NAMES and words[2] in _DAY_PARTS else 2
    if first in {"on", "in"} and (second in WEEKDAY_NAMES or second in MONTH_NAMES or _is_year(second)):
        return 2
    if first in _UNITS and second in _RELATIVE_ENDS:
        return 2  # "Minutes later", "Hours earlier"
    if first in _COUNTS or first.isdigit():
        for index in range(1, min(len(words) - 1, _MAX_COUNT_TOKENS)):
            if words[index] in _UNITS and words[index + 1] in _RELATIVE_ENDS:
                return index + 2  # "A few minutes later", "Two days ago", "a couple of years earlier"
            if words[index] not in _COUNTS:
                return None
    return None


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}
