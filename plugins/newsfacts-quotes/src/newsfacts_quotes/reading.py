"""The immutable per-document record every finder step reads, and the small reading steps they share.

A :class:`Page` holds what is worked out once per article: its text, sentences,
quotation marks and datelines, and (after the direct pass) the direct quotes
found. Each finder step is a function of a ``Page`` that returns its own
candidates; none keeps state between calls or depends on another's run order
beyond what the ``Page`` it is given holds.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import regex

from newsfacts import QuoteKind
from newsfacts.text import LazyPattern
from newsfacts_quotes.clauses import second_cue
from newsfacts_quotes.gates import holds_any
from newsfacts_quotes.layout import datelines
from newsfacts_quotes.lexicon import AUXILIARIES, BE_FORMS, LEARNED_BASE_FORMS, REPORTING_VERBS
from newsfacts_quotes.marks import Quotation, find_quotations
from newsfacts_quotes.mentions import tokens_in

Span2 = tuple[int, int]

# Runs of letters, not the core's ``newsfacts.text.WORD`` (word characters): a figure ("2016") is not a
# word of a reported clause here, and every word count and window below was tuned on letter runs.
LETTERS = regex.compile(r"\p{L}+")

# How far back from a cue (or a quotation mark) the source may start: a long name with an apposition
# ("Ann Lee, the city's deputy mayor for transport,") fits, the previous sentence's clause does not.
MAX_BACK = 220
# The longest reported clause read after (or before) a cue: PolNeAR contents rarely run past a few
# sentences' worth, and the cap keeps a run-on sentence from being read once per cue.
MAX_CONTENT = 700
# How far after a quotation its tag may lie ("..., Ann Lee, the mayor, said on Tuesday."), and the widest
# gap between two quotations that still lets the second keep the first's speaker.
MAX_TAIL = 240
# The fewest characters a reported clause needs unless it is a bare name ("praised Ms Okafor").
MIN_CONTENT_CHARS = 8
# The fewest words of a reported clause read after or before a cue: fewer is a fragment or a label.
MIN_CLAUSE_WORDS = 3
# Manner adverbs in a verb group ("publicly", "falsely") are longer than this; "only", "early" are not.
_MIN_ADVERB_CHARS = 5
# The fewest characters of a one-name content: shorter is an initial or a stray word.
MIN_NAME_CHARS = 3

# The shapes of reporting verbs ``verb_at`` accepts (lower-case or capitalised): a set lookup per word
# lets the indirect pass skip every other word without a Python call.
VERB_SHAPES = REPORTING_VERBS | frozenset(w.capitalize() for w in REPORTING_VERBS)
# Every shape is spelled in ASCII letters, so a verb is an ASCII run no letter touches: the standard
# library's ``re`` finds those runs faster than ``regex`` finds every run of letters.
_ASCII_RUN = re.compile(r"[A-Za-z]+") if all(w.isascii() and w.isalpha() for w in VERB_SHAPES) else None
_QUOTE_CHAR = regex.compile(r"[“”\"«»]|''")
# Where a reported clause stops: a trailing attribution or a contrasting clause.
_CUT = regex.compile(
    r",\s+(?:it\s+(?:has|had)\s+been|it\s+(?:is|was))\s+\p{Ll}+ed\b"
    r"|,?\s+according\s+to\b"
    r"|,\s+(?:despite|although|though|while|but|whereas|amid|even\s+as|even\s+though)\b"
    r"|,\s+(?:adding|saying|noting|arguing|warning|insisting|claiming|explaining|stressing|telling)\b"
    # "Ann Lee, while admitting the plan had flaws, said ...": the main verb after an apposition.
    r"|,\s+(?:said|says|told|tells|added|argued|wrote|insisted)\s++(?!to\b)"
    r"|;\s|\s[—–]\s"
)
# What every match of ``_CUT`` holds, one of them: a comma, "according", a semicolon or a dash. Most clauses
# hold none, and the pattern, which may open on any white space, is not run over them.
_CUT_NEEDS = (",", "according", ";", "—", "–")
# A comma, a short subject and a reporting verb followed by its own report: another source speaks.
_ANOTHER_SOURCE = LazyPattern(
    r",[ \u00a0]++(?:(?!(?:said|says|say|told|tells|added|argued|wrote|noted)\b)[^\s,.;:!?\"“”]++[ \u00a0]++){1,6}+"
    r"(?:said|says|say|told|tells|added|argued|wrote|noted)[ \u00a0]++\p{L}"
)
# Its verbs as written ("says" holds "say"): a stretch holding none of them holds no other source.
_ANOTHER_SOURCE_VERBS = ("said", "say", "told", "tells", "added", "argued", "wrote", "noted")
_TRAILING_ATTRIBUTION = regex.compile(r",\s+[^,]{1,60}$")
# A trailing ", officials said" holds a handful of words; a longer tail is a clause of its own.
_MAX_TRAILING_ATTRIBUTION_TOKENS = 8
# Auxiliaries and adverbs before a verb are read within this many characters ("has always publicly said").
_MAX_VERB_GROUP_CHARS = 60


class Candidate(NamedTuple):
    """A found quote: its content, kind, cue and the source mention (with an apposition alias)."""

    start: int
    end: int
    kind: QuoteKind
    cue: Span2 | None
    mention: Span2 | None
    alias: Span2 | None
    antecedent: Span2 | None = None


class Cue(NamedTuple):
    """A reporting verb read in its sentence: the verb, its word, the cue (auxiliaries included), the voice."""

    verb: str
    word: Span2
    span: Span2
    sentence: Span2
    passive: bool


class Sentences(NamedTuple):
    """The shared sentences as (start, end, paragraph), with their starts for bisection."""

    spans: tuple[tuple[int, int, int], ...]
    starts: tuple[int, ...]

    def index_at(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def at(self, offset: int) -> tuple[int, int, int]:
        """The sentence holding ``offset``."""
        return self.spans[self.index_at(offset)]


class DirectQuotes(NamedTuple):
    """The direct quotes found, as the later steps read them: by mark range and by content start."""

    ranges: tuple[Span2, ...] = ()
    opens: tuple[int, ...] = ()
    ordered: tuple[Candidate, ...] = ()
    starts: tuple[int, ...] = ()


class Page(NamedTuple):
    """The immutable analysis of one article that every finder step reads."""

    text: str
    sentences: Sentences
    quotations: tuple[Quotation, ...]
    quote_opens: tuple[int, ...]
    datelines: tuple[Span2, ...]
    dateline_ends: frozenset[int]
    # Where the prose starts in a sentence a dateline opens, keyed by the dateline's first character.
    prose_after: Mapping[int, int]
    # Every sentence as (start, end) with a dateline opening it skipped: read by several steps, worked out once.
    prose: tuple[Span2, ...]
    direct: DirectQuotes = DirectQuotes()


def read_page(text: str, spans: Sequence[tuple[int, int, int]]) -> Page:
    """The page of ``text`` before any quote is found: sentences (whole text if none), marks, datelines."""
    sentence_spans = tuple(spans) or ((0, len(text), 0),)
    quotations = tuple(find_quotations(text))
    lines = tuple(datelines(text))
    prose_after: dict[int, int] = {}
    for line_start, end in lines:
        first = line_start
        while first < end and text[first] in " \t\u00a0":
            first += 1
        prose_after[first] = end
    return Page(
        text=text,
        sentences=Sentences(sentence_spans, tuple(s for s, _, _ in sentence_spans)),
        quotations=quotations,
        quote_opens=tuple(q.open for q in quotations),
        datelines=lines,
        dateline_ends=frozenset(end for _, end in lines),
        prose_after=MappingProxyType(prose_after),
        prose=tuple((_prose_start(prose_after, first, s_end), s_end) for first, s_end, _ in sentence_spans),
    )


def with_direct(page: Page, candidates: Sequence[Candidate], ranges: Sequence[Span2]) -> Page:
    """The page once the direct quotes are known, for the steps that must not read inside them."""
    ordered = tuple(sorted(candidates))
    direct = DirectQuotes(tuple(ranges), tuple(d for d, _ in ranges), ordered, tuple(c.start for c in ordered))
    return page._replace(direct=direct)


def verb_shapes_in(text: str, lo: int, hi: int) -> list[Span2]:
    """The runs of letters in ``text[lo:hi]`` spelling a shape of a reporting verb, as absolute spans."""
    if _ASCII_RUN is None:
        return [m.span() for m in LETTERS.finditer(text, lo, hi) if m.group() in VERB_SHAPES]
    # The runs are listed as strings (no match object each); only the few shapes among them are looked up.
    found: list[Span2] = []
    for shape in VERB_SHAPES.intersection(_ASCII_RUN.findall(text, lo, hi)):
        start = text.find(shape, lo, hi)
        while start >= 0:
            end = start + len(shape)
            if not (start > lo and LETTERS.match(text, start - 1)) and not (end < hi and LETTERS.match(text, end)):
                found.append((start, end))  # no letter touches it: a run of its own ("said", not "Saidi")
            start = text.find(shape, start + 1, hi)
    found.sort()
    return found


def verb_at(text: str, start: int, end: int, extra: frozenset[str] = frozenset()) -> str | None:
    """The lower-cased reporting verb spelled by ``text[start:end]``, if it is one and not a compound's part."""
    word = text[start:end]
    lower = word.lower()
    if lower not in REPORTING_VERBS and lower not in extra:
        return None  # most words asked about are no verb at all: nothing else to read
    if (start and text[start - 1] == "-") or text[end : end + 1] == "-":
        return None  # part of a compound ("so-called")
    if lower in LEARNED_BASE_FORMS and lower not in extra:
        return None  # "view", "offer": as often nouns; only the indirect pass reads them, in a verb's slot
    if word.islower() or (word[0].isupper() and word[1:].islower()):
        return lower
    return None


def cue_start(text: str, verb_start: int, lo: int, back: list[Span2] | None = None) -> tuple[int, bool]:
    """Extend a verb back over auxiliaries and adverbs ("has always publicly said"); report a passive.

    ``back``, where the caller has them, are the tokens of ``text[lo:verb_start]``: not scanned again.
    """
    group_lo = max(lo, verb_start - _MAX_VERB_GROUP_CHARS)
    toks = tokens_in(text, group_lo, verb_start) if back is None else back
    start, passive, seen_aux = verb_start, False, False
    # Read from the verb back; most groups end at the first token, so ``back`` is not cut to the group's window
    # (``tokens_from``): a token ending at or before ``group_lo`` ends the read, one across it is cut there.
    for tok_start, tok_end in reversed(toks):
        if tok_end <= group_lo:
            break
        word = text[max(tok_start, group_lo) : tok_end]
        lower = word.lower()
        if word != lower or (lower not in AUXILIARIES and not is_manner_adverb(lower)):
            break
        if lower in AUXILIARIES:
            seen_aux = True
            passive = passive or lower in BE_FORMS
        start = max(tok_start, group_lo)
    if not seen_aux:
        start = verb_start
    return start, passive


def is_manner_adverb(word: str) -> bool:
    """Whether a lower-case word reads as a manner adverb ("publicly", "falsely")."""
    return word.endswith("ly") and len(word) >= _MIN_ADVERB_CHARS


def cut_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim the reported clause: final punctuation, a trailing attribution, a contrasting clause."""
    cut = _CUT.search(text, start, end) if holds_any(text, _CUT_NEEDS, start, end) else None
    if cut is not None:
        end = cut.start()
    second = second_cue(text, start, end)
    if second is not None:
        end = second
    another = (
        _ANOTHER_SOURCE.compiled.search(text, start, end)
        if text.find(",", start, end) >= 0 and holds_any(text, _ANOTHER_SOURCE_VERBS, start, end)
        else None
    )
    if another is not None:
        end = another.start()  # "they trusted her, 63 percent said the opposite": a second report starts
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;:"):
        end -= 1
    trailing = _TRAILING_ATTRIBUTION.search(text, start, end)
    if trailing is not None:
        last = tokens_in(text, trailing.start(), trailing.end())
        if (
            last
            and len(last) <= _MAX_TRAILING_ATTRIBUTION_TOKENS
            and any(verb_at(text, *t) for t in letter_words(text, *last[-1]))
        ):
            end = trailing.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;:"):
        end -= 1
    return start, end


def letter_words(text: str, start: int, end: int) -> list[Span2]:
    """The letter runs of ``text[start:end]``."""
    return [(m.start(), m.end()) for m in LETTERS.finditer(text, start, end)]


def has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``count`` words, reading no further than that."""
    # The ``count``-th word, if there is one: nothing is read past it.
    return count <= 0 or next(itertools.islice(LETTERS.finditer(text, start, end), count - 1, None), None) is not None


def kind_of(text: str, start: int, end: int) -> QuoteKind:
    """A report holding a quotation mark is mixed, else indirect."""
    return "mixed" if _QUOTE_CHAR.search(text, start, end) else "indirect"


def inside_quotation(page: Page, offset: int) -> bool:
    """Whether ``offset`` lies between a quotation's marks."""
    index = bisect.bisect_right(page.quote_opens, offset) - 1
    return index >= 0 and offset < page.quotations[index].close


def within_direct(page: Page, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a direct quote found (its marks included)."""
    index = bisect.bisect_right(page.direct.opens, start) - 1
    if index < 0:
        return False
    d_open, d_close = page.direct.ranges[index]
    return start >= d_open and end <= d_close + 1


def after_dateline(page: Page, start: int, end: int) -> int:
    """Where the sentence starting at ``start`` begins once a dateline opening it is skipped."""
    return _prose_start(page.prose_after, start, end)


def _prose_start(prose_after: Mapping[int, int], start: int, end: int) -> int:
    prose = prose_after.get(start, start)
    return prose if prose < end else start


def prose_sentences(page: Page) -> tuple[Span2, ...]:
    """Every sentence as (start, end), a dateline opening it skipped."""
    return page.prose


def sentence_after_dateline(page: Page, offset: int) -> Span2:
    """The sentence holding ``offset``, a dateline opening it skipped."""
    first, s_end, _ = page.sentences.at(offset)
    return after_dateline(page, first, s_end), s_end
