"""Nothing outlives the article it was built for: no Document stays alive after ``Pipeline.extract`` returns.

A plugin that caches its per-article work must key it by the document object and drop it with the
document (:func:`newsfacts.per_document`); a cache keyed by the text, or a bounded cache of recent
documents, keeps long articles resident. The test holds a weak reference to each Document the
pipeline built, taken by a spy plugin, and checks it is dead once the call returns; and the most memory
extraction holds grows with the text by a bounded factor (counted with tracemalloc). No timing.
"""

from __future__ import annotations

import gc
import tracemalloc
import weakref
from pathlib import Path

import pytest

from newsfacts import Document, Pipeline, hookimpl

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "coastal-defence.txt"
INSTALLED = ("quotes", "weapons", "dates")

# The plugins checked to keep no Document alive, each alone with the core. A plugin whose per-document
# cache has landed is added here, one line each.
CHECKED = [
    (),  # the core alone (its segmenter, checks and records)
    ("weapons",),
    ("quotes",),
    ("dates",),
    ("quotes", "dates", "weapons"),
]


class DocumentSpy:
    """A plugin that keeps only a weak reference to every Document it is shown."""

    newsfacts_name = "document-spy"

    def __init__(self) -> None:
        self.seen: list[weakref.ref[Document]] = []

    @hookimpl
    def newsfacts_extract_claims(self, document: Document) -> list[object]:
        self.seen.append(weakref.ref(document))
        return []


def _alive(spy: DocumentSpy) -> int:
    gc.collect()  # a reference cycle is garbage too: only what is still reachable counts
    return sum(ref() is not None for ref in spy.seen)


@pytest.mark.parametrize("kept", CHECKED, ids=lambda kept: "+".join(("core", *kept)))
def test_no_document_is_kept_alive_after_extract(kept: tuple[str, ...]) -> None:
    spy = DocumentSpy()
    pipeline = Pipeline(plugins=[spy], blocked=[name for name in INSTALLED if name not in kept])
    text = EXAMPLE.read_text(encoding="utf-8")
    article = pipeline.extract(text, published="2025-10-16")
    again = pipeline.extract("".join(list(text)), published="2025-10-16")  # an equal text, a new string
    assert spy.seen, "the spy saw no document"
    assert _alive(spy) == 0
    assert article == again  # the article itself is kept, and is all that is
    if kept:
        assert {record.plugin for record in (*article.quotes, *article.claims, *article.dates)} == set(kept)


def test_the_spy_sees_a_document_that_is_still_held() -> None:
    """The check can fail: a plugin that keeps the document is caught."""
    kept: list[Document] = []

    class Hoarder(DocumentSpy):
        newsfacts_name = "hoarder"

        @hookimpl
        def newsfacts_extract_claims(self, document: Document) -> list[object]:
            kept.append(document)
            return super().newsfacts_extract_claims(document)

    spy = Hoarder()
    Pipeline(plugins=[spy], autoload=False).extract("A short text.")
    assert _alive(spy) == 1


class GroupSpy:
    """A plugin with a per-document analysis for its quotes, which records whether it is alive when dates run."""

    newsfacts_name = "group-spy"

    def __init__(self) -> None:
        self.quote_documents: list[weakref.ref[Document]] = []
        self.alive_when_dates_ran: list[int] = []
        self.dates_document: Document | None = None

    @hookimpl
    def newsfacts_find_quotes(self, document: Document) -> list[object]:
        self.quote_documents.append(weakref.ref(document))
        return []

    @hookimpl
    def newsfacts_find_dates(self, document: Document) -> list[object]:
        gc.collect()
        self.alive_when_dates_ran.append(sum(ref() is not None for ref in self.quote_documents))
        self.dates_document = document  # held on purpose, to compare it below
        return []


def test_what_the_quote_hooks_were_given_is_freed_before_the_date_hooks_run() -> None:
    """A long article's quote analysis does not stay resident while the claims and dates are found."""
    spy = GroupSpy()
    text = "The minister said on Monday that talks would resume."
    Pipeline(plugins=[spy], autoload=False).extract(text, published="2025-10-16")
    assert spy.alive_when_dates_ran == [0]
    quote_document = spy.quote_documents[0]
    assert quote_document() is None
    dates_document = spy.dates_document
    assert dates_document is not None
    assert dates_document.text is text  # an equal document, sharing the text and the sentences
    assert [s.text for s in dates_document.sentences] == [text]


# Bytes of Python objects that extraction may hold at its peak, per character of text: 13.9 with every plugin
# when this was set. A plugin that lists every piece of a long text (each phrase end of the article, say)
# instead of walking them multiplies this, and a 10 MB article no longer fits in 150 MB (issue 17).
PEAK_BYTES_PER_CHARACTER = 18


def test_extraction_peaks_at_a_bounded_multiple_of_the_text() -> None:
    example = EXAMPLE.read_text(encoding="utf-8")
    text = "\n".join([example] * (300_000 // len(example)))
    pipeline = Pipeline()
    pipeline.extract(example)  # lazy patterns and imports are the process's, not the article's
    tracemalloc.start()
    try:
        pipeline.extract(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < PEAK_BYTES_PER_CHARACTER * len(text), f"{peak / len(text):.1f} bytes a character"
