r"""Runs of word characters, found the cheapest way that gives the same words as ``newsfacts.text.WORD``.

The finder's word pass and the tense reading walk every word of the text.
The standard library's ``re`` walks text faster than ``regex``, and a word is a
run of characters that ``\w`` matches, so the two find the same words wherever
they agree on every character of the text: on all of ASCII (``[A-Za-z0-9_]``),
on accented letters, digits, curly quotes and dashes. They part on a few
characters (``regex`` reads a combining accent as a word character and a
superscript two as none, ``re`` the other way round); a text that holds one is
walked with ``regex``, as everywhere else in newsfacts.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator

import regex

from newsfacts import text

_RE_WORD = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.lru_cache(maxsize=4096)
def _engines_agree(char: str) -> bool:
    """Whether ``re`` and ``regex`` both read ``char`` as a word character, or both as none."""
    return (_RE_WORD.match(char) is None) == (text.WORD.match(char) is None)


def _engines_agree_on(string: str, start: int, end: int) -> bool:
    """Whether ``re`` and ``regex`` agree on every character of ``string[start:end]`` (once per distinct one).

    Only the characters within the bounds decide the words found within them, and reading only those keeps a
    walk over a window of a long sentence as cheap as the window.
    """
    return string.isascii() or all(_engines_agree(char) for char in set(_NON_ASCII.findall(string, start, end)))


def words_of(string: str, start: int = 0, end: int = sys.maxsize) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The runs of word characters in ``string[start:end]``, as matches (a run the bounds cut is cut too)."""
    pattern = _RE_WORD if _engines_agree_on(string, start, end) else text.WORD
    return pattern.finditer(string, start, end)
