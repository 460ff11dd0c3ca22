"""The parts of a news article's layout that are not prose: the headline and datelines.

A headline is the article's first line when it has no final punctuation
("Council defends bypass plan as residents warn of traffic");
it repeats what the body reports, in telegraphic grammar, so nothing in it is a
quote. A dateline ("PARIS (Reuters) - ", "KYIV, Ukraine (AP) — ") opens a
paragraph with the place in capitals, an optional agency and a dash; it is never
part of what the first sentence reports.
"""

from __future__ import annotations

import regex

from newsfacts.text import LazyPattern
from newsfacts_quotes.gates import after_spaces, holds_any

_SPACE = "[ \t\u00a0]"
_CAPITALS = r"\p{Lu}[\p{Lu}'’.\-]++"
_TITLE_WORD = r"\p{Lu}[\p{Ll}'’.\-]++"
_DETAIL_WORD = r"[\p{L}\d.'’\-]++"
_DETAIL = rf"(?:,{_SPACE}++{_DETAIL_WORD}(?:{_SPACE}++{_DETAIL_WORD}){{0,3}})?"  # , Ukraine / , March 3
_AGENCY = rf"{_SPACE}*+\([\p{{L}}&.'’ \-]{{1,30}}\)"  # (Reuters)
_DATELINE = LazyPattern(
    rf"^{_SPACE}*+"
    rf"(?:{_CAPITALS}(?:{_SPACE}{_CAPITALS}){{0,3}}{_DETAIL}(?:{_AGENCY})?"  # PARIS, NEW YORK (AP)
    rf"|{_TITLE_WORD}(?:{_SPACE}{_TITLE_WORD}){{0,3}}{_DETAIL}{_AGENCY})"  # Moscow, 12 March (Reuters)
    rf"{_SPACE}*+[-—–]{{1,2}}{_SPACE}*+"
    r"(?=[\p{Lu}“\"‘'«\d])",
    regex.MULTILINE,
)
_DASHES = ("-", "—", "–")
_LINE_SPACES = " \t\u00a0"
# What ends a sentence, possibly inside closing marks or brackets.
_FINAL_PUNCTUATION = regex.compile(r"[.!?…:;][”’\"'»)\]]*+\s*+$")
_MAX_HEADLINE = 300


def headline_end(text: str) -> int:
    """Where the article's headline ends (its first line, unpunctuated), or 0.

    A first line that runs on in lower case on the next line is a wrapped sentence, not a headline.
    """
    newline = text.find("\n", 0, _MAX_HEADLINE)
    if newline < 0:
        newline = len(text)
        if newline > _MAX_HEADLINE:
            return 0
    line = text[:newline]
    if not line.strip() or _FINAL_PUNCTUATION.search(line):
        return 0
    following = text[newline:].lstrip()
    if following and following[0].islower():
        return 0
    return newline


def datelines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every dateline opening a paragraph; ``end`` is where the prose starts.

    Tried at each line's start only, where ``^`` can match: a search tries every character.
    """
    found: list[tuple[int, int]] = []
    line_start = 0
    while line_start >= 0:
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        if _may_open_dateline(text, line_start, line_end):
            match = _DATELINE.compiled.match(text, line_start)
            if match is not None:
                found.append(match.span())
        line_start = line_end + 1 if line_end < len(text) else -1
    return found


def _may_open_dateline(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` may open on a dateline: a cheap test, so most articles never compile it.

    A dateline stays within its line and holds a dash; it opens on a capital (ASCII text: "A" to "Z"), then a
    second capital or mark (``_CAPITALS``) or, for a title-case place, an agency in brackets. Non-ASCII
    characters are left to the pattern.
    """
    if not holds_any(text, _DASHES, start, end):
        return False
    first = after_spaces(text, start, end, _LINE_SPACES)
    if first + 1 >= end or (text[first].isascii() and not "A" <= text[first] <= "Z"):
        return False
    second = text[first + 1]
    return not second.isascii() or "A" <= second <= "Z" or second in "'.-" or text.find("(", first, end) >= 0
