"""The pipeline builds each call's Document and Article without validating checked values again: same records."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import newsfacts
from newsfacts import Article, Document, hookimpl
from newsfacts.pipeline import _trusted

STORY = 'The minister said on Monday that "the bridge will open in May." She spoke in 2024.'


class _Reader:
    """Keeps the documents the hooks were given."""

    def __init__(self) -> None:
        self.documents: list[Document] = []

    @hookimpl
    def newsfacts_find_quotes(self, document: Document) -> list[newsfacts.Quote]:
        self.documents.append(document)
        return []


@pytest.mark.parametrize("published", [None, "2025-03", "2025-03-04", dt.date(2025, 3, 4)])
def test_the_article_and_document_equal_records_built_and_validated_as_usual(published: object) -> None:
    reader = _Reader()
    pipeline = newsfacts.Pipeline(plugins=[reader])
    article = pipeline.extract(STORY, published=published, id="a1", title="Bridge", url="https://x.test/a", author="Me")
    attrs.validate(article)
    assert article == Article(**{field.name: getattr(article, field.name) for field in attrs.fields(Article)})
    assert article.published_precision == (None if published is None else "month" if published == "2025-03" else "day")
    (document,) = reader.documents
    attrs.validate(document)
    assert document == Document(**{field.name: getattr(document, field.name) for field in attrs.fields(Document)})
    assert document.sentences == tuple(newsfacts.segmentation.split_sentences(STORY))


def test_a_trusted_record_needs_every_field() -> None:
    with pytest.raises(TypeError, match="title"):
        _trusted(Document, text="x", published=None, published_precision=None, id=None, sentences=())
    with pytest.raises(TypeError, match="colour"):
        _trusted(Document, text="x", published=None, published_precision=None, id=None, title=None, colour=1)
    document = _trusted(
        Document, text="x", published=dt.date(2025, 3, 4), published_precision=None, id=None, title=None, sentences=()
    )
    assert document.published_precision == "day"  # its own post-initialisation ran
