"""Pairing quotation marks in one pass, tolerant of the mixed marks real articles use.

Three families of marks are paired: double (curly, straight, German „“, Swedish
”…”, and the TeX/wire style ``…'' of two backticks and two apostrophes), single
(curly, straight, German ‚‘, ‹› and `…') and guillemets (French «», spaced or not,
and German/Danish »«). Within a family marks pair by position and context rather
than by shape, so “... " (a curly opening closed by a straight mark) still makes
one quotation; a mark of another family opens or closes a quotation nested in
the open one (‘She said “not yet”’), and only the outermost quotation is
reported, its content keeping the inner marks.

A single mark is often an apostrophe. Between letters (won’t, the party’s,
O’Brien) or before an elided year (’90s, in '24) it never opens or closes a
quotation. After a final "s" and before a word (Voters’ anger) it is a plural
possessive unless nothing else closes the open quotation before the next one
opens or the paragraph ends.

A quotation left open at the end of a paragraph counts only when the next
paragraph opens a quotation again, the convention for quotes running over
several paragraphs; otherwise the quotations completed inside it are reported
in its place.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsfacts.text import LazyPattern

_MARK = regex.compile(r"''|``|[“”\"«»„‘’'‚‹›`]|\n")
_DOUBLE, _SINGLE, _GUILLEMET = 0, 1, 2
_FAMILY = {"''": _DOUBLE, "``": _DOUBLE, "“": _DOUBLE, "”": _DOUBLE, '"': _DOUBLE, "„": _DOUBLE}
_FAMILY |= {"‘": _SINGLE, "’": _SINGLE, "'": _SINGLE, "‚": _SINGLE, "‹": _SINGLE, "›": _SINGLE, "`": _SINGLE}
_FAMILY |= {"«": _GUILLEMET, "»": _GUILLEMET}
# Marks whose shape says they open or close, whatever surrounds them.
_OPENING = frozenset({"“", "„", "``"})
_CLOSING: frozenset[str] = frozenset()
# Marks that open or close by their shape only when the characters around them do not tell:
# ”…” (Swedish) and »…« (German, Danish) turn the usual shapes round, so context goes first.
_OPENING_BY_DEFAULT = frozenset("«")
_CLOSING_BY_DEFAULT = frozenset("»”")
# Characters after which a mark opens: spaces, brackets, dashes, other marks.
_OPEN_BEFORE = frozenset(" \t\n\r\f\v\u00a0\u202f([{—–-/:;,“„«»‘‚'`\"")
# Characters before which a mark closes: spaces, punctuation, other marks.
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…”»’'\"")
_SPACE = " \t\n\r\f\v\u00a0\u202f\u2009"
_NEXT_OPENER = LazyPattern(r"\s*+(?:''|``|[“\"«»„]|[‘'‚‹`](?=\w))")
# An elided year: ’90s, '24.
_ELIDED_YEAR = regex.compile(r"\d\d(?!\d)(s\b)?")
# Elisions that start a word: ’em, 'tis, rock ’n’ roll.
_ELIDED_WORD = LazyPattern(r"(?:em|tis|twas|n|cause|til|bout)\b", regex.IGNORECASE)


class Quotation(NamedTuple):
    """A quoted stretch: ``open``/``close`` are the marks' positions, ``start``/``end`` the content."""

    open: int
    close: int
    start: int
    end: int
    closed: bool


class _Open:
    """An opened quotation on the stack, with the quotations completed inside it."""

    __slots__ = ("children", "family", "length", "mark", "pos", "weak_close")

    def __init__(self, family: int, pos: int, mark: str) -> None:
        self.family = family
        self.pos = pos
        self.mark = mark
        self.length = len(mark)
        self.children: list[Quotation] = []
        self.weak_close: int | None = None


def _double_role(text: str, pos: int, mark: str) -> str:
    """'open', 'close' or 'either', from the characters around a double mark or guillemet."""
    if mark in _OPENING:
        return "open"
    if mark in _CLOSING:
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else " "
    space_before = before in _OPEN_BEFORE
    space_after = after.isspace() or after in _CLOSE_AFTER
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if mark in _OPENING_BY_DEFAULT:
        return "open"
    if mark in _CLOSING_BY_DEFAULT:
        return "close"
    return "either"


def _single_role(text: str, pos: int, mark: str) -> str | None:
    """'open', 'close', 'weak' (a possible plural possessive) or None (an apostrophe)."""
    if mark in "‚‹":
        return "open"
    if mark == "›":
        return "close"
    if mark == "`":
        return "open" if _opens_word(text, pos + 1) else None  # `a word', never don`t
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return None  # won’t, the party’s, O’Brien, 1990’s, 6'2"
    space_before = before in _OPEN_BEFORE
    if space_before and _elided(text, pos):
        return None
    if after.isspace() or after in _CLOSE_AFTER:
        if before in _SPACE:
            return None  # a lone mark between spaces
        if before in "sSzZ" and after in " \u00a0" and pos + 2 < len(text) and text[pos + 2].isalnum():
            return "weak"  # Voters’ anger
        return "close"
    if space_before or not before.isalnum():
        if mark != "‘" and _ELIDED_WORD.compiled.match(text, pos + 1):
            return None
        return "open"
    return "close"


def _opens_word(text: str, pos: int) -> bool:
    """Whether a backtick right before ``pos`` opens a word: it follows no letter and a letter follows."""
    return pos < len(text) and text[pos].isalnum() and (pos < 2 or not text[pos - 2].isalnum())


def _elided(text: str, pos: int) -> bool:
    """Whether the mark at ``pos`` elides a century (’90s) or a year after a word (the class of '24)."""
    year = _ELIDED_YEAR.match(text, pos + 1)
    if year is None:
        return False
    if year.group(1):
        return True
    back = pos - 1
    while back >= 0 and text[back] in " \u00a0":
        back -= 1
    return back >= 0 and (text[back].islower() or text[back] in "-–")


class _Pairer:
    """The stack of open quotations while the marks are read left to right."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Quotation] = []
        self.stack: list[_Open] = []

    def _complete(self, quotation: Quotation, level: int) -> None:
        """File a completed quotation at ``level`` of the stack: top-level ones are reported."""
        if quotation.end <= quotation.start:
            return
        (self.found if level == 0 else self.stack[level - 1].children).append(quotation)

    def _quotation(self, entry: _Open, close: int, *, closed: bool) -> Quotation:
        text, start, end = self.text, entry.pos + entry.length, close
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        return Quotation(entry.pos, close, start, end, closed)

    def abandon(self, level: int) -> None:
        """Drop the open quotations from ``level`` up; what completed inside them moves one level down."""
        while len(self.stack) > level:
            entry = self.stack.pop()
            if entry.weak_close is not None:
                self._complete(self._quotation(entry, entry.weak_close, closed=True), len(self.stack))
                continue
            for child in entry.children:
                self._complete(child, len(self.stack))

    def close(self, level: int, pos: int) -> None:
        """Close the quotation at ``level`` with the mark at ``pos``; any open inside it were not quotes."""
        del self.stack[level + 1 :]
        entry = self.stack.pop()
        self._complete(self._quotation(entry, pos, closed=True), level)

    def level_of(self, family: int) -> int | None:
        for level in range(len(self.stack) - 1, -1, -1):
            if self.stack[level].family == family:
                return level
        return None

    def paragraph_end(self, pos: int) -> None:
        """At a line break: a quote running on into the next paragraph, or the open ones dropped."""
        if not self.stack:
            return
        outer = self.stack[0]
        quotation = self._quotation(outer, pos, closed=False)
        if _NEXT_OPENER.compiled.match(self.text, pos + 1) and quotation.end > quotation.start:
            self.found.append(quotation._replace(close=quotation.end))
            self.stack.clear()
            return
        self.abandon(0)

    def mark(self, pos: int, mark: str) -> None:
        family = _FAMILY[mark]
        level = self.level_of(family)
        if family == _SINGLE:
            self._single(pos, mark, level)
            return
        role = _double_role(self.text, pos, mark)
        if level is None:
            if role != "close":
                self._push(family, pos, mark)
            return
        opener = self.stack[level].mark
        if role == "open" and mark in _OPENING and not (mark == "“" and opener == "„"):
            self.abandon(level)  # a fresh opening: the earlier one was never closed
            self._push(family, pos, mark)
            return
        self.close(level, pos)

    def _single(self, pos: int, mark: str, level: int | None) -> None:
        role = _single_role(self.text, pos, mark)
        if role is None:
            return
        if level is None:
            if role == "open":
                self._push(_SINGLE, pos, mark)
            return
        entry = self.stack[level]
        if mark == "‘" and entry.mark == "‚":
            self.close(level, pos)  # German ‚…‘
        elif role == "close":
            self.close(level, pos)
        elif role == "weak":
            entry.weak_close = pos
        elif role == "open" and (mark == "‘" or entry.weak_close is not None):
            self.abandon(level)
            self._push(_SINGLE, pos, mark)

    def _push(self, family: int, pos: int, mark: str) -> None:
        if len(self.stack) < 4:
            self.stack.append(_Open(family, pos, mark))


def find_quotations(text: str) -> list[Quotation]:
    """Every outermost quotation in ``text``, in order; linear in the text's length."""
    pairer = _Pairer(text)
    for match in _MARK.finditer(text):
        pos, mark = match.start(), match.group()
        if mark == "\n":
            pairer.paragraph_end(pos)
        else:
            pairer.mark(pos, mark)
    pairer.paragraph_end(len(text))
    return sorted(pairer.found)


def holds_quotation(quotations: Sequence[Quotation], opens: Sequence[int], start: int, end: int) -> bool:
    """Whether a whole quotation (marks included) lies in ``[start, end)``; ``opens`` are the quotations' opens."""
    index = bisect.bisect_left(opens, start)
    return index < len(quotations) and quotations[index].close < end
