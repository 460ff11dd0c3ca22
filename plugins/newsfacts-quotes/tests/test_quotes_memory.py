"""The per-document analysis is dropped with its article, and an equal text gives the same result."""

from __future__ import annotations

import gc
import weakref

import newsfacts_quotes.plugin
from newsfacts import Document, Quote, hookimpl
from newsfacts.testing import assert_spans_match, isolated_pipeline

ARTICLE = (
    "The harbour ferry will run all winter, the port authority said on Monday.\n\n"
    "“We have the crews and the boats,” said Ines Marlow, the authority's director. "
    "Marlow told reporters the timetable would be published next week.\n\n"
    "According to the union, drivers were not consulted."
)


class _DocumentSpy:
    """Keeps a weak reference to every document the pipeline hands its plugins, and finds nothing."""

    def __init__(self) -> None:
        self.seen: list[weakref.ref[Document]] = []

    @hookimpl
    def newsfacts_find_quotes(self, document: Document) -> list[Quote]:
        self.seen.append(weakref.ref(document))
        return []


def test_no_document_outlives_its_extraction():
    spy = _DocumentSpy()
    pipeline = isolated_pipeline(newsfacts_quotes.plugin, spy)
    article = pipeline.extract(ARTICLE)
    assert article.quotes  # the analysis was built and cached for this document
    assert_spans_match(article)
    assert spy.seen
    del article
    gc.collect()
    assert all(ref() is None for ref in spy.seen)


def test_the_same_text_twice_gives_the_same_quotes():
    pipeline = isolated_pipeline(newsfacts_quotes.plugin)
    first = pipeline.extract(ARTICLE)
    # A new but equal string: the cache is keyed by the document, so this is analysed afresh.
    second = pipeline.extract("".join(list(ARTICLE)))
    assert_spans_match(first)
    assert_spans_match(second)
    assert first.quotes == second.quotes
    assert [(q.kind, q.text) for q in first.quotes] == [(q.kind, q.text) for q in second.quotes]
    assert len(first.quotes) >= 3
