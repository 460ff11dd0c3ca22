"""One analysis per article, shared by the finder hook and every speaker-attribution call.

The cache is keyed by the document object (``newsfacts.per_document``): an
equal text in a new document is analysed afresh in linear time, never compared
with the old one, and nothing outlives the article it was built for.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from newsfacts import Document, per_document
from newsfacts_quotes.finder import Candidate, find_candidates
from newsfacts_quotes.speakers import SpeakerTable


class Analysis(NamedTuple):
    """The quote candidates of an article and its table of speakers."""

    candidates: tuple[Candidate, ...]
    starts: tuple[int, ...]
    speakers: SpeakerTable

    def candidate_for(self, start: int, end: int) -> Candidate | None:
        """The candidate overlapping ``[start, end)`` by at least half the shorter span, best first."""
        best: Candidate | None = None
        best_overlap = 0
        index = bisect.bisect_right(self.starts, end)
        for candidate in reversed(self.candidates[max(0, index - 64) : index]):
            overlap = min(end, candidate.end) - max(start, candidate.start)
            shorter = min(end - start, candidate.end - candidate.start)
            if overlap > best_overlap and 2 * overlap >= shorter:
                best, best_overlap = candidate, overlap
        return best


@per_document
def analyse(document: Document) -> Analysis:
    """The analysis of ``document``, computed once per document object and dropped with it.

    It keeps the text and offsets only, never the document, so the cache entry goes when the article does.
    """
    spans = [(s.start, s.end, s.paragraph) for s in document.sentences]
    candidates = tuple(find_candidates(document.text, spans))
    return Analysis(candidates, tuple(c.start for c in candidates), SpeakerTable(document.text, candidates))
