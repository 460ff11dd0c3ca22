"""The pipeline the quotes tests share: built with ``newsfacts.testing``, as third-party authors are told to."""

from __future__ import annotations

from typing import Any

import pytest

import newsfacts_quotes.plugin
from newsfacts import Article
from newsfacts.testing import assert_spans_match, isolated_pipeline


class SpanCheckedPipeline:
    """The quotes plugin alone in an isolated pipeline; every article it returns has its offsets checked."""

    def __init__(self) -> None:
        self.pipeline = isolated_pipeline(newsfacts_quotes.plugin)
        self.plugin_manager = self.pipeline.plugin_manager

    def extract(self, text: str, **options: Any) -> Article:
        article = self.pipeline.extract(text, **options)
        assert_spans_match(article)
        return article

    def reports(self, text: str) -> list[tuple[str, str | None]]:
        """Each quote's text and its speaker's mention (None without one), in the article's order."""
        return [(q.text, q.speaker.text if q.speaker else None) for q in self.extract(text).quotes]


@pytest.fixture(scope="session")
def pipeline() -> SpanCheckedPipeline:
    return SpanCheckedPipeline()
