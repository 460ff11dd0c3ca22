"""Cheap tests that spare compiling a pattern a text cannot match, and the merging of patterns split so.

``regex`` parses a pattern in Python when it is first compiled, and a long alternation of cue words costs
milliseconds. Most such patterns can only match where one of a few words is written: the core's substring
test (:func:`newsfacts.text.may_hold`) then says, without compiling anything, that they find nothing. A
pattern split into parts each behind its own test is searched part by part, and :func:`leftmost_matches` puts
the parts' matches back in the order one alternation of them would give.

The tests are exact in one direction, which is all a gate needs: when they say no, the pattern has no match.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import regex

from newsfacts.text import LazyPattern, may_hold

Search = Callable[[str, int, int], "regex.Match[str] | None"]


# The longest word a pattern's match may end in that :func:`may_end_with` is asked about, and more.
_LAST_WORD = 16


def may_end_with(window: str, words: tuple[str, ...]) -> bool:
    r"""Whether ``window``, less the white space ending it, ends in one of the lower-case ASCII ``words``, in any case.

    When not, a pattern whose every match is one of ``words`` then one ``\s`` at the end (``\s$``) finds
    nothing in it: every character ``\s`` matches is white space to ``str.rstrip``, as is the line break ``$``
    may stand before.
    """
    last = window.rstrip()[-_LAST_WORD:]
    return may_hold(last, ()) or last.lower().endswith(words)


class GatedPattern:
    r"""A pattern that can only match over one of its ``anchors``, compiled the first time a text holds one.

    With ``at_end`` every match ends the text in one of the anchors and one white-space character (``\s$``),
    and the test is :func:`may_end_with`; otherwise it is :func:`may_hold`.
    """

    __slots__ = ("anchors", "at_end", "pattern")

    def __init__(self, source: str, anchors: tuple[str, ...], *, flags: int = 0, at_end: bool = False) -> None:
        """Keep ``source`` uncompiled; ``anchors`` are lower-case ASCII words every match spans one of."""
        self.pattern = LazyPattern(source, flags)
        self.anchors = anchors
        self.at_end = at_end

    def _possible(self, window: str) -> bool:
        return may_end_with(window, self.anchors) if self.at_end else may_hold(window, self.anchors)

    def search(self, text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
        """What ``search`` of the compiled pattern finds in ``text[start:end]``; no compile when no anchor is there."""
        stop = len(text) if end is None else end
        return self.pattern.compiled.search(text, start, stop) if self._possible(text[start:stop]) else None

    def match(self, text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
        """What ``match`` of the compiled pattern finds at ``start`` in ``text[:end]``; no compile without an anchor."""
        stop = len(text) if end is None else end
        return self.pattern.compiled.match(text, start, stop) if self._possible(text[start:stop]) else None


def any_search(patterns: Sequence[GatedPattern], text: str) -> bool:
    """Whether one of ``patterns`` matches in ``text``: what one alternation of them would answer."""
    return any(pattern.search(text) is not None for pattern in patterns)


def leftmost_matches(searches: Sequence[Search], text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches ``finditer`` of the alternation ``A|B|...`` of the searched patterns gives in ``text[start:end]``.

    Left to right without overlaps; where two match at one place, the one listed first. Each search gives the
    leftmost match of its pattern from a position, which stays the leftmost from any later position up to its
    start, so a pattern is searched again only once a match has passed it. No pattern may match the empty string.
    """
    found = [search(text, start, end) for search in searches]
    while True:
        best = None
        for match in found:
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return
        yield best
        position = best.end()
        # A match left of the new position is spent; one right of it is still the leftmost from there.
        found = [
            search(text, position, end) if match is not None and match.start() < position else match
            for search, match in zip(searches, found, strict=True)
        ]
