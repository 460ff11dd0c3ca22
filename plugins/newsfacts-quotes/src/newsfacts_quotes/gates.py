"""Cheap exact tests that say a pattern cannot match, so that a one-article run never compiles it.

Compiling is most of what the plugin's cold start costs (``regex`` parses a pattern in Python). A pattern kept
as a ``LazyPattern`` behind one of these tests is compiled only for an article where a word the pattern must
consume is there. Each test may say "maybe" where the pattern fails, never "no" where it matches.
"""

from __future__ import annotations

from collections.abc import Sequence

# The only characters other than ASCII letters that ``regex`` matches to an ASCII letter when ignoring case
# ("İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k"); ``str.lower`` does not turn them into that letter.
_ASCII_FOLDS = "İıſ\u212a"
SPACES = " \u00a0"


def may_hold(window: str, needles: Sequence[str]) -> bool:
    """Whether ``window`` may hold one of the lower-case ``needles`` ignoring case, as ``regex`` reads it.

    Exact in the direction a gate needs: every text an IGNORECASE pattern matches to a needle lowers to it,
    except through the few non-ASCII folds, which make the answer yes.
    """
    lowered = window.lower()
    for needle in needles:  # a loop: faster than any() over a generator, per call
        if needle in lowered:
            return True
    return not window.isascii() and any(fold in window for fold in _ASCII_FOLDS)


def holds_any(text: str, needles: Sequence[str], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds one of ``needles`` as written (no slice is copied)."""
    for needle in needles:  # noqa: SIM110 - as in may_hold
        if text.find(needle, start, end) >= 0:
            return True
    return False


def after_spaces(text: str, start: int, end: int, spaces: str = SPACES) -> int:
    """The first offset from ``start`` (before ``end``) that is not one of ``spaces`` (a space, a no-break space)."""
    while start < end and text[start] in spaces:
        start += 1
    return start
