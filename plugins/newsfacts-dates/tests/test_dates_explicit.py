"""Which spans reach dateparser, and what it may answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

import newsfacts
import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_dates.explicit import _parser, parse_explicit
from newsfacts_dates.families import BY_KIND, fullmatch_family
from newsfacts_dates.family import Kind

PUBLISHED = dt.date(2025, 10, 16)


class ForeignFinder:
    """Stands for another plugin that finds spans our own pattern would not."""

    def __init__(self, *phrases: str) -> None:
        self.phrases = phrases

    @newsfacts.hookimpl
    def newsfacts_find_dates(self, document: newsfacts.Document) -> Iterable[newsfacts.Span]:
        text = document.text
        spans = []
        for phrase in self.phrases:
            start = text.index(phrase)
            spans.append(newsfacts.Span(text=phrase, start=start, end=start + len(phrase)))
        return spans


def dates_with(finder: ForeignFinder, text: str) -> list[tuple[str, str, str]]:
    pipeline = isolated_pipeline(newsfacts_dates.plugin, finder)
    article = pipeline.extract(text, published=PUBLISHED.isoformat())
    assert_spans_match(article)
    return [(d.text, d.type, d.value) for d in article.dates]


def test_a_foreign_slash_date_is_read_by_dateparser() -> None:
    text = "The levy took effect 4/7/2022 across the region."
    assert fullmatch_family("4/7/2022", 0, 8) is None
    assert dates_with(ForeignFinder("4/7/2022"), text) == [("4/7/2022", "DATE", "2022-04-07")]


def test_our_rejected_clock_time_does_not_reach_dateparser(monkeypatch: pytest.MonkeyPatch) -> None:
    # Our clock family owns "13:00 p.m." and refuses it; dateparser must not be asked to guess.
    asked: list[str] = []

    def spy(text: str, ref: dt.date | None) -> tuple[str, str] | None:
        asked.append(text)
        return parse_explicit(text, ref)

    monkeypatch.setattr(newsfacts_dates.plugin, "parse_explicit", spy)
    text = "The vote opened at 13:00 p.m. sharp, and 5/9/2021 was the last one."
    owner = fullmatch_family("13:00 p.m.", 0, 10)
    assert owner is not None
    assert owner.family.kind is Kind.CLOCK
    found = dates_with(ForeignFinder("13:00 p.m.", "5/9/2021"), text)
    assert found == [("5/9/2021", "DATE", "2021-05-09")]
    assert asked == ["5/9/2021"]


def test_only_explicit_calendar_forms_may_fall_back_to_dateparser() -> None:
    explicit = {kind for kind, family in BY_KIND.items() if family.explicit}
    assert explicit == {Kind.ISO, Kind.MDY, Kind.DMY, Kind.MY}


def test_an_hour_past_twelve_with_pm_is_refused() -> None:
    assert parse_explicit("13:00 p.m.", PUBLISHED) is None
    assert parse_explicit("13:00 PM Tuesday", PUBLISHED) is None
    assert parse_explicit("0:45 am", PUBLISHED) is None


def test_a_time_alone_falls_on_the_publication_day() -> None:
    assert parse_explicit("1:30 p.m.", PUBLISHED) == ("TIME", "2025-10-16T13:30")


def test_explicit_dates_keep_their_granularity() -> None:
    assert parse_explicit("the 9th of Jan, 2019", PUBLISHED) == ("DATE", "2019-01-09")
    assert parse_explicit("2019/01", PUBLISHED) == ("DATE", "2019-01")


def test_one_parser_per_reference_date() -> None:
    assert _parser(PUBLISHED) is _parser(dt.date(2025, 10, 16))
    assert _parser(PUBLISHED) is not _parser(dt.date(2025, 10, 17))
