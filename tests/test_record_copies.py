"""The pipeline never keeps two full copies of an article's records, nor its spans beside their dates.

Each record a plugin returns is checked and stamped with the plugin's name, which copies it; a quote is
copied again when its speaker is attached. These tests hold weak references to the records a spy plugin
makes or is shown, and check, from inside the next hook call, that the records already replaced are gone:
on a long article two copies of every record at once were the pipeline's peak. No timing.
"""

from __future__ import annotations

import gc
import itertools
import json
import tracemalloc
import weakref
from collections.abc import Iterator

import pytest

from newsfacts import (
    Article,
    DateExpression,
    Document,
    Pipeline,
    Quote,
    Span,
    Speaker,
    dumps,
    hookimpl,
    pipeline,
    serialization,
)

TEXT = " ".join(f'"We will build {n} bridges," the mayor said on day {n}.' for n in range(40))


def _alive(refs: list[weakref.ref[object]]) -> int:
    gc.collect()
    return sum(ref() is not None for ref in refs)


def _quotes_in(text: str) -> Iterator[Quote]:
    """The quoted parts of ``text``, as records without a plugin name, so that the pipeline stamps copies."""
    start = text.find('"')
    while start != -1:
        end = text.find('"', start + 1)
        yield Quote(text=text[start + 1 : end], start=start + 1, end=end, kind="direct")
        start = text.find('"', end + 1)


class QuoteSpy:
    """Finds quotes, keeping only weak references; at each attribution, counts the earlier copies still alive."""

    newsfacts_name = "quote-spy"

    def __init__(self) -> None:
        self.made: list[weakref.ref[object]] = []
        self.shown: list[weakref.ref[object]] = []
        self.alive_at_attribution: list[tuple[int, int]] = []

    @hookimpl
    def newsfacts_find_quotes(self, document: Document) -> Iterator[Quote]:
        for quote in _quotes_in(document.text):
            self.made.append(weakref.ref(quote))
            yield quote

    @hookimpl
    def newsfacts_attribute_speaker(self, document: Document, quote: Quote) -> Speaker:
        self.alive_at_attribution.append((_alive(self.made), _alive(self.shown)))
        self.shown.append(weakref.ref(quote))
        at = document.text.index("the mayor", quote.end)
        return Speaker(name="the mayor", text="the mayor", start=at, end=at + len("the mayor"))


def test_a_quote_and_its_attributed_copy_never_both_stay() -> None:
    spy = QuoteSpy()
    article = Pipeline(plugins=[spy], autoload=False).extract(TEXT)
    assert len(article.quotes) == 40
    assert all(q.speaker is not None and q.speaker.text == "the mayor" for q in article.quotes)
    # The finder's own records went when they were stamped; each stamped quote went when its speaker came.
    assert spy.alive_at_attribution == [(0, 0)] * 40


def test_each_record_is_stamped_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """While the pipeline checks a plugin's records, the ones it has stamped are no longer held unstamped."""
    spy = QuoteSpy()
    before: list[int] = []
    checked = pipeline._checked

    def counting(record, kind, text, plugin, hook):
        if hook == "newsfacts_find_quotes":
            before.append(_alive(spy.made))
        return checked(record, kind, text, plugin, hook)

    monkeypatch.setattr(pipeline, "_checked", counting)
    Pipeline(plugins=[spy], autoload=False).extract(TEXT)
    # The records not yet checked, and the one being checked: each earlier one was replaced by its copy.
    assert before == list(range(40, 0, -1))


class DateSpy:
    """Finds "day N" spans and normalizes them, counting at each normalization the earlier spans still alive."""

    newsfacts_name = "date-spy"

    def __init__(self) -> None:
        self.found: list[weakref.ref[object]] = []
        self.alive_at_normalization: list[int] = []

    @hookimpl
    def newsfacts_find_dates(self, document: Document) -> Iterator[Span]:
        text = document.text
        start = text.find("day ")
        while start != -1:
            end = text.index(".", start)
            span = Span(text=text[start:end], start=start, end=end)
            self.found.append(weakref.ref(span))
            yield span
            start = text.find("day ", end)

    @hookimpl
    def newsfacts_normalize_date(self, document: Document, expression: Span) -> DateExpression:
        self.alive_at_normalization.append(_alive(self.found))
        value = f"P{expression.text.split()[1]}D"
        return DateExpression(
            text=expression.text, start=expression.start, end=expression.end, type="DURATION", value=value
        )


def test_each_date_candidate_goes_once_normalized() -> None:
    spy = DateSpy()
    article = Pipeline(plugins=[spy], autoload=False).extract(TEXT)
    assert [d.value for d in article.dates] == [f"P{n}D" for n in range(40)]
    assert spy.alive_at_normalization == list(range(40, 0, -1))  # those not normalized yet, and this one


def test_overlapping_dates_are_resolved_as_with_one_sort() -> None:
    grid = [(start, end) for start in range(8) for end in range(start + 1, 10)]
    made = [
        DateExpression(text=TEXT[s:e], start=s, end=e, type="DURATION", value=f"P{i}D", plugin="x")
        for i, (s, e) in enumerate(grid * 2)  # every span twice: equal spans keep the order they came in
    ]
    for order in (made, made[::-1], made[::3] + made[1::3] + made[2::3]):
        # Sorted beforehand with one key on (start, -length), stably, the in-place sorts have nothing to move.
        presorted = sorted(order, key=lambda d: (d.start, -(d.end - d.start)))
        assert pipeline._longest_first(list(order)) == pipeline._longest_first(presorted)
        kept = pipeline._longest_first(list(order))
        assert all(a.end <= b.start for a, b in itertools.pairwise(kept))  # no two kept overlap


@pytest.mark.parametrize("smallest", [1, 3, 1 << 16])
def test_joined_equals_join_whatever_the_pieces(monkeypatch: pytest.MonkeyPatch, smallest: int) -> None:
    monkeypatch.setattr(serialization, "_SMALLEST_CHUNK", smallest)
    pieces = ["", "ab", "\u00e9t\u00e9", "x" * 50, "\U0001f600", "", "plain", "\u4e2d\u6587", "z" * 700, "end"] * 7
    assert serialization._joined(iter(pieces)) == "".join(pieces)
    assert serialization._joined(iter([])) == ""


def _long_article() -> Article:
    text = TEXT * 400
    quotes = tuple(Quote(text=q.text, start=q.start, end=q.end, kind="direct", plugin="x") for q in _quotes_in(text))
    return Article(text=text, quotes=quotes)


def test_dumps_does_not_hold_its_pieces_beside_the_whole_string() -> None:
    article = _long_article()
    expected = json.dumps(serialization.to_dict(article))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        written = dumps(article)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert written == expected
    # Joining every piece at the end costs twice the output; growing the string by chunks, about once.
    assert peak < 1.5 * len(written), (peak, len(written))
