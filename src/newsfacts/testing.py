"""Helpers for testing plugins: a pipeline that loads nothing but what the test names.

Tests should never depend on which plugins happen to be installed; build the
pipeline with :func:`isolated_pipeline` and check every result with
:func:`assert_spans_match`.
"""

from __future__ import annotations

from newsfacts.model import Article, iter_spans, span_mismatch
from newsfacts.pipeline import Pipeline


def isolated_pipeline(*plugins: object) -> Pipeline:
    """A pipeline with autoload off: the core's segmenter plus ``plugins``, in that order."""
    return Pipeline(plugins=plugins, autoload=False)


def assert_spans_match(article: Article) -> None:
    """Fail unless every span in ``article`` covers exactly its reported text."""
    for record in iter_spans(article):
        mismatch = span_mismatch(record, article.text)
        if mismatch:
            raise AssertionError(mismatch)
