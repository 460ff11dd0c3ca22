"""The hook implementations newsfacts loads through the ``dates`` entry point."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts import DateExpression, Document, Span, hookimpl
from newsfacts_dates.anaphora import anchor_before, precision_needed
from newsfacts_dates.explicit import parse_explicit, worth_asking
from newsfacts_dates.finder import find_candidates
from newsfacts_dates.normalize import (
    CONTEXT,
    QUARTERLY_FAMILIES,
    TENSE_FAMILIES,
    family_at,
    normalize,
    quarterly_near,
)
from newsfacts_dates.reckoning import bounds
from newsfacts_dates.tense import Tense, tense_near


@hookimpl
def newsfacts_find_dates(document: Document) -> Iterable[Span]:
    """Temporal expressions found by our own candidate pattern, with TimeML extents."""
    text = document.text
    return [Span(text=text[start:end], start=start, end=end) for start, end in find_candidates(text)]


@hookimpl(trylast=True)
def newsfacts_normalize_date(document: Document, expression: Span) -> DateExpression | None:
    """TIMEX3 type and value relative to the publication date, with the first and last day covered."""
    start, end = expression.start, expression.end
    before = document.text[max(0, start - CONTEXT) : start]
    family = family_at(expression.text, before)
    tense: Tense = "none"
    if family in TENSE_FAMILIES:
        sentence = document.sentence_at(start)
        if sentence is None:
            tense = tense_near(document.text, start, end)
        else:
            tense = tense_near(sentence.text, start - sentence.start, end - sentence.start)
    quarterly = family in QUARTERLY_FAMILIES and quarterly_near(document.text, start, end)
    after = document.text[end : end + CONTEXT]
    ref = document.published
    if precision := precision_needed(expression.text, before):
        ref = anchor_before(document.text, start, ref, precision) or ref
    found = normalize(expression.text, before, ref, tense, quarterly=quarterly, after=after)
    if found is None and worth_asking(family):
        found = parse_explicit(expression.text, document.published)
    if found is None:
        return None
    kind, value = found
    first, last = bounds(value) if kind in {"DATE", "TIME"} else (None, None)
    return DateExpression(text=expression.text, start=start, end=end, type=kind, value=value, first=first, last=last)
