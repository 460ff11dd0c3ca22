"""The core's sentence segmenter: one linear pass that every plugin shares.

Paragraphs are separated by blank lines when the text has any, otherwise by
line breaks (one paragraph a line, as scraped articles often come). Within a
paragraph a sentence ends at ``.``, ``!`` or ``?`` (and any closing quotation
marks or brackets) followed by white space and a capital, a digit or an opening
mark, unless the word before the period is a known abbreviation or an initial.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.hookspecs import hookimpl
from newsfacts.model import Sentence

_BLANK_LINE = regex.compile(r"\n[ \t\r\f\v]*\n")
_PARAGRAPH_BREAK_BLANK = regex.compile(r"(?:[ \t\r\f\v]*\n){2,}")
_PARAGRAPH_BREAK_LINE = regex.compile(r"\n+")
_BOUNDARY = regex.compile(
    r"""(?<=[.!?…])[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]*[\p{Lu}\p{N}])""",
)
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.$")
_NON_SPACE = regex.compile(r"\S")

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev hon pres sr jr st
    mt ft no nos vs etc inc corp co ltd bros dept est fig jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thurs fri sat sun approx u.s u.k u.n e.g i.e a.m p.m ph.d
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before[-24:])
    if match is None:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    # An initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence.
    return len(word) == 1 or (word.count(".") >= 1 and all(len(p) <= 2 for p in word.split(".")))


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    breaks = _PARAGRAPH_BREAK_BLANK if _BLANK_LINE.search(text) else _PARAGRAPH_BREAK_LINE
    start = 0
    for match in breaks.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return None
    stop = end
    while stop > first.start() and text[stop - 1].isspace():
        stop -= 1
    return first.start(), stop


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with paragraph numbers; linear in the text's length."""
    sentences: list[Sentence] = []
    paragraph = 0
    for p_start, p_end in _paragraphs(text):
        pieces = []
        start = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            end = match.end()
            if _is_abbreviation(text[max(start, end - 30) : end].rstrip("\"'”’»)]")):
                continue
            pieces.append((start, end))
            start = end
        pieces.append((start, p_end))
        found = False
        for piece_start, piece_end in pieces:
            span = _trimmed(text, piece_start, piece_end)
            if span is None:
                continue
            found = True
            sentences.append(Sentence(text=text[span[0] : span[1]], start=span[0], end=span[1], paragraph=paragraph))
        if found:
            paragraph += 1
    return sentences


@hookimpl(trylast=True)
def newsfacts_segment(text: str) -> list[Sentence]:
    """The default segmentation; any other plugin's implementation runs before it."""
    return split_sentences(text)
