"""One analysis per article, shared by the finder hook and every speaker-attribution call.

The cache is keyed on the document's text (with its sentences compared on a
hit), bounded, and holds only values computed from that key, so the hooks stay
pure functions of their arguments.
"""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

from newsfacts import Document
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


class _Key:
    """Hashes on the text alone; equal when text and sentences agree."""

    __slots__ = ("document",)

    def __init__(self, document: Document) -> None:
        self.document = document

    def __hash__(self) -> int:
        return hash(self.document.text)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Key):
            return NotImplemented
        mine, theirs = self.document, other.document
        return mine is theirs or (mine.text == theirs.text and mine.sentences == theirs.sentences)


@functools.lru_cache(maxsize=16)
def _analyse(key: _Key) -> Analysis:
    document = key.document
    spans = [(s.start, s.end, s.paragraph) for s in document.sentences]
    candidates = tuple(find_candidates(document.text, spans))
    return Analysis(candidates, tuple(c.start for c in candidates), SpeakerTable(document.text, candidates))


def analyse(document: Document) -> Analysis:
    """The analysis of ``document``, computed once per text."""
    return _analyse(_Key(document))
