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

import itertools

import regex

from newsfacts.hookspecs import hookimpl
from newsfacts.model import Sentence, sentence_of

# A paragraph ends at a run of line breaks holding two or more (with the blanks between them), or at a single
# line break that does not wrap a sentence: one pass finds them all. Each alternative starts at a line break,
# so a long run of spaces without one is never rescanned.
_PARAGRAPH_BREAK = regex.compile(
    r"\n(?:[ \t\r\f\v]*+\n)++"
    r"|(?<![\p{Ll}\p{N},;-][ \t\r\f\v]*+)\n"
    r"|\n(?![ \t\r\f\v]*+[\p{Ll}\p{N}])"
)
# A sentence ends at a run of stops (group 1, found at the run's first stop only) that the next text confirms.
# Western punctuation needs white space and a capital, a digit, a caseless letter or a symbol (emoji) after it
# (closing marks and brackets stay with the sentence); the full-width CJK stops end a sentence wherever they
# stand. Which rule applies is decided by the run's last stop.
_SENTENCE_END = regex.compile(
    r"(?<![.!?…。！？])([.!?…。！？]++)"
    r"(?:(?<=[。！？])[」』”’）)]*+"
    r"""|(?<=[.!?…])[\"'”’»)\]]*+(?=\s++[\"'“‘«(\[]*+[\p{Lu}\p{Lt}\p{Lo}\p{N}\p{So}\p{Sk}]))"""
)
# The word before a final period, read backwards from the period (the run of letters and periods before it).
_WORD_BEFORE = regex.compile(r"([\p{L}.]+)\.", regex.REVERSE)
_DIGIT_AFTER = regex.compile(r"\s*\d")
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


def _is_abbreviation(text: str, first: int, stop: int, end: int) -> bool:
    """Whether the period ending ``text[first:stop]`` closes an abbreviation; the sentence goes on at ``end``."""
    match = _WORD_BEFORE.match(text, max(first, stop - 24), stop)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    if word in NUMBER_ABBREVIATIONS:
        return _DIGIT_AFTER.match(text[end : end + 8]) is not None
    if len(word) == 1:
        # An initial ("J. Smith") stands alone; a letter after a digit closes a designation ("MiG-31K.", "T-72B.").
        return not text[match.start(1) - 1 : match.start(1)].isdigit()
    # A dotted acronym ("U.S.") does not end a sentence.
    return word.count(".") >= 1 and all(len(p) <= 2 for p in word.split("."))


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with paragraph numbers; linear in the text's length.

    One pass finds the paragraph breaks and one pass per paragraph its confirmed sentence ends, so Python
    code runs once per sentence, not once per line break or stop.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    length = len(text)
    p_start = 0
    for p_end, next_start in itertools.chain((m.span() for m in _PARAGRAPH_BREAK.finditer(text)), ((length, length),)):
        start = p_start
        found = False
        for end_match in _SENTENCE_END.finditer(text, p_start, p_end):
            end = end_match.end()
            stop = end_match.end(1)
            if text[stop - 1] == "." and _is_abbreviation(text, start, stop, end):
                continue
            found = _add_trimmed(sentences, text, start, end, paragraph) or found
            start = end
        if _add_trimmed(sentences, text, start, p_end, paragraph) or found:
            paragraph += 1
        p_start = next_start
    return sentences


def _add_trimmed(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> bool:
    """Add ``text[start:end]`` without its surrounding white space as a sentence, unless nothing is left."""
    if start < end and not text[start].isspace():
        first = start
    else:
        found = _NON_SPACE.search(text, start, end)
        if found is None:
            return False
        first = found.start()
    while end > first and text[end - 1].isspace():
        end -= 1
    sentences.append(sentence_of(text, first, end, paragraph))
    return True


@hookimpl(trylast=True)
def newsfacts_segment(text: str) -> list[Sentence]:
    """The default segmentation; any other plugin's implementation runs before it."""
    return split_sentences(text)
