"""Helpers every weapons test shares, as fixtures: one isolated pipeline, and every result's spans checked.

Each helper extracts with the weapons plugin alone (``newsfacts.testing.isolated_pipeline``) and fails the test
when a span does not cover its own text (``assert_spans_match``), so every sentence a test reads also checks
its offsets.
"""

from collections.abc import Callable

import pytest

import newsfacts_weapons.plugin
from newsfacts import Article, Claim
from newsfacts.testing import assert_spans_match, isolated_pipeline

PIPELINE = isolated_pipeline(newsfacts_weapons.plugin)


def _extract(text: str, published: str | None = None) -> Article:
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    return article


def _subject(claim: Claim) -> str | None:
    return claim.subject.text if claim.subject else None


@pytest.fixture
def extract() -> Callable[..., Article]:
    """The article for a text, its spans checked."""
    return _extract


@pytest.fixture
def claims() -> Callable[[str], list[Claim]]:
    """Every claim of a text."""
    return lambda text: list(_extract(text).claims)


@pytest.fixture
def numeric() -> Callable[[str], list[tuple[object, ...]]]:
    """Numeric claims as (surface, min km, max km, qualifier, weapon)."""
    return lambda text: [
        (c.text, c.value.min_km, c.value.max_km, c.value.qualifier, _subject(c))
        for c in _extract(text).claims
        if c.value.range_class is None
    ]


@pytest.fixture
def values() -> Callable[[str], list[tuple[object, ...]]]:
    """Numeric claims as (surface, min km, max km, qualifier), whatever their weapon."""
    return lambda text: [
        (c.text, c.value.min_km, c.value.max_km, c.value.qualifier)
        for c in _extract(text).claims
        if c.value.range_class is None
    ]


@pytest.fixture
def classes() -> Callable[[str], list[tuple[object, ...]]]:
    """Class claims as (surface, class)."""
    return lambda text: [(c.text, c.value.range_class) for c in _extract(text).claims if c.value.range_class]


@pytest.fixture
def class_subjects() -> Callable[[str], list[tuple[object, ...]]]:
    """Class claims as (class, weapon)."""
    return lambda text: [(c.value.range_class, _subject(c)) for c in _extract(text).claims if c.value.range_class]


@pytest.fixture
def classes_of() -> Callable[[str], list[tuple[object, ...]]]:
    """Class claims as (surface, class, weapon)."""
    return lambda text: [
        (c.text, c.value.range_class, _subject(c)) for c in _extract(text).claims if c.value.range_class
    ]
