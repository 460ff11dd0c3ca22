"""Helpers for testing plugins: a pipeline that loads nothing but what the test names.

Tests should never depend on which plugins happen to be installed; build the
pipeline with :func:`isolated_pipeline` and check every result with
:func:`assert_spans_match`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsfacts.model import Article
from newsfacts.pipeline import Pipeline


def isolated_pipeline(*plugins: object) -> Pipeline:
    """A pipeline with autoload off: the core's segmenter plus ``plugins``, in that order."""
    return Pipeline(plugins=plugins, autoload=False)


def _spans(article: Article) -> Iterator[Any]:
    for quote in article.quotes:
        yield quote
        yield quote.speaker
        yield quote.cue
    for claim in article.claims:
        yield claim
        yield claim.subject
    yield from article.dates


def assert_spans_match(article: Article) -> None:
    """Fail unless every span in ``article`` covers exactly its reported text."""
    for span in _spans(article):
        if span is None:
            continue
        found = article.text[span.start : span.end]
        if found != span.text:
            msg = f"{type(span).__name__} [{span.start}:{span.end}] says {span.text!r} but the text has {found!r}"
            raise AssertionError(msg)
