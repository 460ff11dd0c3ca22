"""The core's sentence segmenter: one linear pass that every plugin shares.

A blank line always separates paragraphs; a single line break does too
(scraped articles often come one paragraph a line), unless it wraps a sentence:
a lower-case letter, a digit or a comma before it and a lower-case letter or a
digit after it. Each decision looks only at the break's neighbours, so adding
text elsewhere never changes how a paragraph is cut. Within a
paragraph a sentence ends at ``.``, ``!`` or ``?`` (and any closing quotation
marks or brackets) followed by white space and a capital, a digit or an opening
mark, unless the word before the period is a known abbreviation or an initial.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.hookspecs import hookimpl
from newsfacts.model import Sentence, sentence_of

# A run of line breaks with the blanks between them; it starts at a line break, so that a long run of
# spaces without one is never rescanned.
_LINE_BREAKS = regex.compile(r"\n(?:[ \t\r\f\v]*+\n)*+")
_SOFT_BEFORE = regex.compile(r"[\p{Ll}\p{N},;-]")
_BLANKS = " \t\r\f\v"
_SOFT_AFTER = regex.compile(r"[ \t\r\f\v]*+[\p{Ll}\p{N}]")
# Sentence ends are found from their punctuation, a cheap search, then checked where they stand.
_TERMINATORS = regex.compile(r"[.!?…。！？]++")
_CJK_STOPS = frozenset("。！？")
# Western punctuation needs white space and a capital, a digit, a caseless letter or a symbol (emoji)
# after it (closing marks and brackets stay with the sentence); the full-width CJK stops end a sentence
# wherever they stand.
_WESTERN_END = regex.compile(r"""[\"'”’»)\]]*+(?=\s++[\"'“‘«(\[]*+[\p{Lu}\p{Lt}\p{Lo}\p{N}\p{So}\p{Sk}])""")
_CJK_END = regex.compile(r"[」』”’）)]*+")
_DIGIT_AFTER = regex.compile(r"\s*\d")
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.$")
_NON_SPACE = regex.compile(r"\S")

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev hon pres sr jr st
    mt ft vs etc inc corp co ltd bros dept est fig jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thurs fri sat sun approx u.s u.k u.n e.g i.e a.m p.m ph.d
    """.split()  # noqa: SIM905 - a word list reads best as words
)


# "No." and "Nos." abbreviate "number" only before one; elsewhere "no." ends a sentence ("He said no.").
NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})


def _is_abbreviation(before: str, after: str) -> bool:
    match = _WORD_BEFORE.search(before[-24:])
    if match is None:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    if word in NUMBER_ABBREVIATIONS:
        return _DIGIT_AFTER.match(after) is not None
    # An initial ("J. Smith") or a dotted acronym ("U.S.") does not end a sentence.
    return len(word) == 1 or (word.count(".") >= 1 and all(len(p) <= 2 for p in word.split(".")))


def _wraps_a_sentence(text: str, breaks: regex.Match[str], line_start: int) -> bool:
    start, end = breaks.span()
    if end - start > 1 and breaks.group().count("\n") > 1:
        return False
    last = start
    while last > line_start and text[last - 1] in _BLANKS:
        last -= 1
    return (
        last > line_start
        and _SOFT_BEFORE.match(text, last - 1) is not None
        and _SOFT_AFTER.match(text, end) is not None
    )


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = line_start = 0
    for breaks in _LINE_BREAKS.finditer(text):
        if not _wraps_a_sentence(text, breaks, line_start):
            yield start, breaks.start()
            start = breaks.end()
        line_start = breaks.end()
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
        for stop in _TERMINATORS.finditer(text, p_start, p_end):
            cjk = text[stop.end() - 1] in _CJK_STOPS
            boundary = (_CJK_END if cjk else _WESTERN_END).match(text, stop.end(), p_end)
            if boundary is None:
                continue
            end = boundary.end()
            if not cjk and _is_abbreviation(text[max(start, stop.end() - 30) : stop.end()], text[end : end + 8]):
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
            sentences.append(sentence_of(text, span[0], span[1], paragraph))
        if found:
            paragraph += 1
    return sentences


@hookimpl(trylast=True)
def newsfacts_segment(text: str) -> list[Sentence]:
    """The default segmentation; any other plugin's implementation runs before it."""
    return split_sentences(text)
