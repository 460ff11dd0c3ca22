"""Cheap exact tests that say a pattern cannot match, so that a one-article run never compiles it.

Compiling is most of what the plugin's cold start costs (``regex`` parses a pattern in Python). A pattern kept
as a ``LazyPattern`` behind one of these tests is compiled only for an article where a word the pattern must
consume is there (the word test itself is the core's ``newsfacts.text.may_hold``). Each test may say "maybe"
where the pattern fails, never "no" where it matches.
"""

from __future__ import annotations

from collections.abc import Sequence

SPACES = " \u00a0"


def holds_any(text: str, needles: Sequence[str], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds one of ``needles`` as written (no slice is copied)."""
    for needle in needles:  # noqa: SIM110 - a loop is faster than any() over a generator, per call
        if text.find(needle, start, end) >= 0:
            return True
    return False


def after_spaces(text: str, start: int, end: int, spaces: str = SPACES) -> int:
    """The first offset from ``start`` (before ``end``) that is not one of ``spaces`` (a space, a no-break space)."""
    while start < end and text[start] in spaces:
        start += 1
    return start
