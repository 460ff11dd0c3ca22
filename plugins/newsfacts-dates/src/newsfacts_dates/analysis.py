"""The per-article analysis: every candidate of the document, found once and looked up by span.

The finder hook, every normalization and every anaphor read the same
candidates; :func:`analyse` finds them once per :class:`~newsfacts.Document`
(``newsfacts.per_document``), and the entry goes with the document. It keeps
the candidates (which refer to the text, not to the document), never the
document itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from newsfacts import Document, per_document
from newsfacts_dates.family import Candidate
from newsfacts_dates.finder import find_candidates


@attrs.frozen(eq=False)
class Analysis:
    """A document's candidates in text order, by span, with their starts and ends for bisection."""

    candidates: tuple[Candidate, ...]
    by_span: Mapping[tuple[int, int], Candidate]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def after(self, position: int) -> Candidate | None:
        """The first candidate that starts at or after ``position``, or None."""
        index = bisect.bisect_left(self.starts, position)
        return self.candidates[index] if index < len(self.candidates) else None

    def ending_by(self, position: int) -> tuple[Candidate, ...]:
        """The candidates that end at or before ``position``, in text order."""
        return self.candidates[: bisect.bisect_right(self.ends, position)]


def analysis_of(text: str) -> Analysis:
    """The candidates of ``text``: what :func:`analyse` keeps for a document (tests call it directly)."""
    candidates = tuple(find_candidates(text))
    return Analysis(
        candidates=candidates,
        by_span=MappingProxyType({(c.start, c.end): c for c in candidates}),
        starts=tuple(c.start for c in candidates),
        ends=tuple(c.end for c in candidates),
    )


@per_document
def analyse(document: Document) -> Analysis:
    """The candidates of ``document``, found on the first call for it and kept while it lives."""
    return analysis_of(document.text)
