"""Pairing quotation marks in one pass, tolerant of the mixed marks real articles use.

Curly, straight, guillemet and doubled-apostrophe marks are paired by position
and context rather than by shape, so “... " (a curly opening closed by a
straight mark) still makes one quotation. A quotation left open at the end of
a paragraph counts only when the next paragraph opens a quotation again, the
convention for quotes running over several paragraphs.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

_MARK = regex.compile(r"''|[“”\"«»„]|\n")
_OPENING = frozenset("“«„")
_CLOSING = frozenset("”»")
_OPEN_BEFORE = frozenset(" \t\n\r\f\v\u00a0([{—–-/:;,")
_NEXT_OPENER = regex.compile(r"\s*(?:''|[“\"«„])")


class Quotation(NamedTuple):
    """A quoted stretch: ``open``/``close`` are the marks' positions, ``start``/``end`` the content."""

    open: int
    close: int
    start: int
    end: int
    closed: bool


def _role(text: str, pos: int, mark: str) -> str:
    """'open', 'close' or 'either', from the characters around a straight mark."""
    if mark in _OPENING:
        return "open"
    if mark in _CLOSING:
        return "close"
    before = text[pos - 1] if pos > 0 else " "
    after_pos = pos + len(mark)
    after = text[after_pos] if after_pos < len(text) else " "
    space_before = before in _OPEN_BEFORE
    space_after = after.isspace() or after in ".,;:!?)]}—–-"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation in ``text``, in order; linear in the text's length."""
    found: list[Quotation] = []
    opened: int | None = None
    opened_len = 0
    for match in _MARK.finditer(text):
        pos, mark = match.start(), match.group()
        if mark == "\n":
            if opened is not None:
                content_end = pos
                while content_end > opened + opened_len and text[content_end - 1].isspace():
                    content_end -= 1
                if _NEXT_OPENER.match(text, pos) and content_end > opened + opened_len:
                    found.append(Quotation(opened, content_end, opened + opened_len, content_end, closed=False))
                opened = None
            continue
        role = _role(text, pos, mark)
        if opened is None:
            if role in {"open", "either"}:
                opened, opened_len = pos, len(mark)
            continue
        if role == "open" and mark in _OPENING:
            opened, opened_len = pos, len(mark)
            continue
        start = opened + opened_len
        if pos > start:
            found.append(Quotation(opened, pos, start, pos, closed=True))
        opened = None
    return found
