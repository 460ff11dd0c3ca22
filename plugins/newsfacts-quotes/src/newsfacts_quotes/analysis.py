"""One analysis per article, shared by the finder hook and every speaker-attribution call.

The cache is keyed by the document object (``newsfacts.per_document``): an
equal text in a new document is analysed afresh in linear time, never compared
with the old one, and nothing outlives the article it was built for.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from newsfacts import Document, QuoteKind, per_document
from newsfacts_quotes.finder import Candidate, find_candidates
from newsfacts_quotes.speakers import SpeakerTable

Span2 = tuple[int, int]

# The offsets kept of each candidate, in this order; an absent cue or mention is kept as -1, -1.
_START, _END, _CUE_START, _CUE_END, _MENTION_START, _MENTION_END = range(6)
_WIDTH = 6
_ABSENT = (-1, -1)
# How many candidates starting before a quote's end ``candidate_for`` looks back over.
_LOOKBACK = 64


class Found(NamedTuple):
    """What the hooks read of a candidate: its content, kind, cue and source mention."""

    start: int
    end: int
    kind: QuoteKind
    cue: Span2 | None
    mention: Span2 | None


class Analysis(NamedTuple):
    """The quote candidates of an article and its table of speakers.

    The hooks read only the offsets of a candidate, its kind and its table of speakers, and attribution reads
    them while the article's quotes are being built: kept in one flat list, a long article's candidates take one
    pointer per offset (the same integers the quote records hold), not a tuple each and a tuple per span.
    """

    offsets: Sequence[int]
    kinds: tuple[QuoteKind, ...]
    starts: Sequence[int]
    speakers: SpeakerTable

    def _found(self, index: int) -> Found:
        row = self.offsets[index * _WIDTH : (index + 1) * _WIDTH]
        cue = (row[_CUE_START], row[_CUE_END])
        mention = (row[_MENTION_START], row[_MENTION_END])
        return Found(
            row[_START],
            row[_END],
            self.kinds[index],
            None if cue == _ABSENT else cue,
            None if mention == _ABSENT else mention,
        )

    def found(self) -> Iterator[Found]:
        """The candidates in order."""
        return map(self._found, range(len(self.kinds)))

    def candidate_for(self, start: int, end: int) -> Found | None:
        """The candidate overlapping ``[start, end)`` by at least half the shorter span, best first."""
        best: Found | None = None
        best_overlap = 0
        index = bisect.bisect_right(self.starts, end)
        offsets = self.offsets
        for i in range(index - 1, max(0, index - _LOOKBACK) - 1, -1):
            c_start, c_end = offsets[i * _WIDTH + _START], offsets[i * _WIDTH + _END]
            overlap = min(end, c_end) - max(start, c_start)
            shorter = min(end - start, c_end - c_start)
            if overlap > best_overlap and 2 * overlap >= shorter:
                best, best_overlap = self._found(i), overlap
        return best


def _analysis(candidates: Sequence[Candidate], speakers: SpeakerTable) -> Analysis:
    offsets: list[int] = []
    for candidate in candidates:
        offsets.extend((candidate.start, candidate.end, *(candidate.cue or _ABSENT), *(candidate.mention or _ABSENT)))
    return Analysis(offsets, tuple(c.kind for c in candidates), offsets[_START::_WIDTH], speakers)


@per_document
def analyse(document: Document) -> Analysis:
    """The analysis of ``document``, computed once per document object and dropped with it.

    It keeps the text and offsets only, never the document, so the cache entry goes when the article does.
    """
    spans = [(s.start, s.end, s.paragraph) for s in document.sentences]
    candidates = tuple(find_candidates(document.text, spans))
    return _analysis(candidates, SpeakerTable(document.text, candidates))
