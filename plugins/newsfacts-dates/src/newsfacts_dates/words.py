r"""Runs of word characters, found the cheapest way that gives the same words as ``newsfacts.text.WORD``.

The finder's word pass and the tense reading walk every word of the text. On
ASCII text, ``\w`` means ``[A-Za-z0-9_]`` to the standard library's ``re`` as to
``regex``, and ``re`` walks plain text faster; on other text ``regex`` decides,
as it does everywhere else in newsfacts (it reads combining marks as word
characters, and ``re`` does not).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import regex

from newsfacts import text

_ASCII_WORD = re.compile(r"\w+")


def words_of(string: str, start: int = 0, end: int = sys.maxsize) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The runs of word characters in ``string[start:end]``, as matches (a run the bounds cut is cut too)."""
    pattern = _ASCII_WORD if string.isascii() else text.WORD
    return pattern.finditer(string, start, end)
