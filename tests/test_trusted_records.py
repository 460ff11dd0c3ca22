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


@attrs.frozen(kw_only=True, slots=False)
class _QuoteWithNote(newsfacts.Quote):
    """A plugin's own quote type: a subclass whose extra field lives in the instance's dict, not a slot."""

    note: str = ""


@attrs.frozen(kw_only=True)
class _SlottedQuoteWithNote(newsfacts.Quote):
    note: str = ""


class _Finder:
    newsfacts_name = "finder"

    def __init__(self, quote: newsfacts.Quote) -> None:
        self.quote = quote

    @hookimpl
    def newsfacts_find_quotes(self, document: Document) -> list[newsfacts.Quote]:
        del document
        return [self.quote]


@pytest.mark.parametrize("kind", [newsfacts.Quote, _QuoteWithNote, _SlottedQuoteWithNote])
def test_a_stamped_record_is_the_plugins_record_with_the_plugins_name(kind: type[newsfacts.Quote]) -> None:
    start = STORY.index("the bridge")
    end = STORY.index('."')
    speaker = newsfacts.Speaker(name="The minister", text="The minister", start=0, end=12)
    fields: dict[str, object] = {"text": STORY[start:end], "start": start, "end": end, "kind": "direct"}
    if kind is not newsfacts.Quote:
        fields["note"] = "kept"
    quote = kind(speaker=speaker, **fields)  # type: ignore[arg-type]
    article = newsfacts.Pipeline(plugins=[_Finder(quote)], autoload=False).extract(STORY)
    (found,) = article.quotes
    assert type(found) is kind
    assert found == attrs.evolve(quote, plugin="finder", speaker=attrs.evolve(speaker, plugin="finder"))
    assert quote.plugin == ""  # the plugin's own record is not changed
    attrs.validate(found)
