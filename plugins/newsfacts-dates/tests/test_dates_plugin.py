"""Behaviour of the dates plugin through a pipeline, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsfacts
import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline

PIPELINE = isolated_pipeline(newsfacts_dates.plugin)
SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"


def dates(text: str, published: str | None) -> list[tuple[str, str, str]]:
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    return [(d.text, d.type, d.value) for d in article.dates]


def one(text: str, published: str | None) -> newsfacts.DateExpression:
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    found = article.dates
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # years, with the preposition left out of the span
        ("The bridge was finished in 2014 after delays.", "2023-02-28", ("2014", "DATE", "2014")),
        ("Work should end in early 2027.", "2025-05-05", ("early 2027", "DATE", "2027")),
        # months
        ("The strike began in March and lasted weeks.", "2024-06-10", ("March", "DATE", "2024-03")),
        ("Elections are due in November.", "2024-06-10", ("November", "DATE", "2024-11")),
        ("The ferry resumed service in March 2021.", "2024-06-10", ("March 2021", "DATE", "2021-03")),
        # full dates in three spellings
        ("The treaty was signed on February 21, 2023.", "2024-06-10", ("February 21, 2023", "DATE", "2023-02-21")),
        ("The treaty was signed on 21 February 2023.", "2024-06-10", ("21 February 2023", "DATE", "2023-02-21")),
        ("The treaty was signed on 2023-02-21.", "2024-06-10", ("2023-02-21", "DATE", "2023-02-21")),
        ("The envoy arrives on Sept. 3.", "2024-08-20", ("Sept. 3", "DATE", "2024-09-03")),
        # relative words
        ("Officials confirmed the figures today.", "2024-02-29", ("today", "DATE", "2024-02-29")),
        ("The market slipped yesterday.", "2021-01-01", ("yesterday", "DATE", "2020-12-31")),
        ("The court will rule tomorrow.", "2023-12-31", ("tomorrow", "DATE", "2024-01-01")),
        ("Engineers are now testing the span.", "2024-06-10", ("now", "DATE", "PRESENT_REF")),
        ("The plant is currently idle.", "2024-06-10", ("currently", "DATE", "PRESENT_REF")),
        ("The unit was recently disbanded.", "2024-06-10", ("recently", "DATE", "PAST_REF")),
        ("Such raids were rare in the past.", "2024-06-10", ("the past", "DATE", "PAST_REF")),
        # last / next / this
        ("Exports will grow next year.", "2024-02-29", ("next year", "DATE", "2025")),
        ("Exports shrank last month.", "2024-02-29", ("last month", "DATE", "2024-01")),
        ("Exports shrank last month.", "2024-01-15", ("last month", "DATE", "2023-12")),
        ("Inflation eased this year.", "2025-10-16", ("this year", "DATE", "2025")),
        ("The panel meets next month.", "2025-12-03", ("next month", "DATE", "2026-01")),
        ("The mayor resigned last week.", "2025-10-16", ("last week", "DATE", "2025-W41")),
        ("The mayor resigned last week.", "2021-01-01", ("last week", "DATE", "2020-W52")),
        ("The office stays shut this week.", "2021-01-01", ("this week", "DATE", "2020-W53")),
        ("The office reopens next week.", "2024-12-30", ("next week", "DATE", "2025-W02")),
        ("Prices rose earlier this month.", "2023-02-28", ("earlier this month", "DATE", "2023-02")),
        ("Prices rose earlier this week.", "2025-10-16", ("earlier this week", "DATE", "2025-W42")),
        ("Prices will fall later this year.", "2025-10-16", ("later this year", "DATE", "2025")),
        # seasons: the most recent one that does not contain the reference day
        ("Last summer the river flooded.", "2023-02-28", ("Last summer", "DATE", "2022-SU")),
        ("The talks stalled last spring.", "2025-10-16", ("last spring", "DATE", "2025-SP")),
        ("The talks stalled last winter.", "2024-01-20", ("last winter", "DATE", "2022-WI")),
        ("The fleet sails next summer.", "2025-07-01", ("next summer", "DATE", "2026-SU")),
        # decades and quarters
        ("Growth was faster in the 1990s.", "2024-06-10", ("the 1990s", "DATE", "199")),
        ("Profit rose in the third quarter.", "2025-10-16", ("the third quarter", "DATE", "2025-Q3")),
        ("Profit fell in the fourth quarter.", "2025-01-15", ("the fourth quarter", "DATE", "2024-Q4")),
        # durations, with the TimeML modifier in the span
        ("The project could take three years.", "2024-06-10", ("three years", "DURATION", "P3Y")),
        ("Training lasts at least 18 months.", "2024-06-10", ("at least 18 months", "DURATION", "P18M")),
        ("Shares hit a five year low.", "2024-06-10", ("five year", "DURATION", "P5Y")),
        ("Rescuers searched for twenty four hours.", "2024-06-10", ("twenty four hours", "DURATION", "PT24H")),
        (
            "Rain fell for the last twenty four hours.",
            "2024-06-10",
            ("the last twenty four hours", "DURATION", "PT24H"),
        ),
        ("The siege lasted 2 1/2 years.", "2024-06-10", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("It signed a ten-year lease.", "2024-06-10", ("ten-year", "DURATION", "P10Y")),
        ("Sales fell over the past two months.", "2024-06-10", ("the past two months", "DURATION", "P2M")),
        # sets
        ("The council meets weekly.", "2024-06-10", ("weekly", "SET", "P1W")),
        ("Patrols go out every day.", "2024-06-10", ("every day", "SET", "P1D")),
        ("The agency publishes daily figures.", "2024-06-10", ("daily", "SET", "P1D")),
        # ago
        ("The mine closed two years ago.", "2024-06-10", ("two years ago", "DATE", "2022")),
        ("The mine closed ten days ago.", "2024-03-05", ("ten days ago", "DATE", "2024-02-24")),
    ],
)
def test_families(text: str, published: str, expected: tuple[str, str, str]) -> None:
    assert dates(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published on Thursday 2025-10-16
        ("The minister said on Tuesday that talks had failed.", "2025-10-14"),
        ("The minister will meet the unions on Tuesday.", "2025-10-21"),
        ("The minister said on Thursday that talks had failed.", "2025-10-16"),
        ("The minister will speak on Thursday.", "2025-10-16"),
        ("The vote was held last Friday.", "2025-10-10"),
        ("The vote is scheduled for next Monday.", "2025-10-20"),
    ],
)
def test_weekdays_follow_tense(text: str, expected: str) -> None:
    date = one(text, "2025-10-16")
    assert (date.type, date.value) == ("DATE", expected)
    assert date.first == date.last == dt.date.fromisoformat(expected)


def test_first_and_last_days() -> None:
    leap = one("Sales fell in February.", "2024-03-10")
    assert (leap.value, leap.first, leap.last) == ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    week = one("The office stays shut this week.", "2021-01-01")
    assert (week.first, week.last) == (dt.date(2020, 12, 28), dt.date(2021, 1, 3))
    season = one("Last summer the river flooded.", "2023-02-28")
    assert (season.first, season.last) == (dt.date(2022, 6, 1), dt.date(2022, 8, 31))
    quarter = one("Profit rose in the third quarter.", "2025-10-16")
    assert (quarter.first, quarter.last) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    decade = one("Growth was faster in the 1990s.", "2024-06-10")
    assert (decade.first, decade.last) == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))
    duration = one("The project could take three years.", "2024-06-10")
    assert (duration.first, duration.last) == (None, None)
    vague = one("The plant is currently idle.", "2024-06-10")
    assert (vague.first, vague.last) == (None, None)


def test_without_publication_date() -> None:
    text = "The board met last week, meets on Tuesday and in March, founded in 1990, and is now larger."
    assert dates(text, None) == [
        ("last week", "DATE", "XXXX-WXX"),
        ("Tuesday", "DATE", "XXXX-WXX-2"),
        ("March", "DATE", "XXXX-03"),
        ("1990", "DATE", "1990"),
        ("now", "DATE", "PRESENT_REF"),
    ]


# Words that look like dates and are none here: modal "may", the verb "march", amounts, a season before a noun.
NOT_DATES = (
    "You may leave whenever you like.",
    "May I ask a question?",
    "Thousands march on the capital.",
    "We sat down at the table.",
    "The ticket cost $2014 in total.",
    "About 2014 people signed the petition.",
    "Half of it, 1/2, was paid.",
    "The team scored 12 points.",
    "The winter storms closed the port.",
    "Prices fall when supply grows.",
)


@pytest.mark.parametrize("text", NOT_DATES)
def test_no_false_positives(text: str) -> None:
    assert dates(text, "2024-06-10") == []


def test_the_months_as_words_still_work_where_they_are_dates() -> None:
    assert dates("Voting closes in May and resumes on May 3.", "2024-01-10") == [
        ("May", "DATE", "2024-05"),
        ("May 3", "DATE", "2024-05-03"),
    ]


def test_other_plugins_spans_fall_back_to_dateparser() -> None:
    document = newsfacts.Document(text="It opened on the 3rd of Feb, 2021.", published=dt.date(2024, 6, 10))
    span = newsfacts.Span(text="the 3rd of Feb, 2021", start=13, end=33)
    date = newsfacts_dates.plugin.newsfacts_normalize_date(document, span)
    assert date is not None
    assert (date.type, date.value) == ("DATE", "2021-02-03")


def test_importing_the_plugin_does_not_import_dateparser() -> None:
    code = "import sys, newsfacts_dates.plugin; print('dateparser' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_crimea_reference_article() -> None:
    if not SHARED.exists():
        pytest.skip("shared data is not available")
    text = (SHARED / "examples" / "crimea.txt").read_text(encoding="utf-8")
    published = json.loads((SHARED / "examples" / "crimea.json").read_text(encoding="utf-8"))["published"]
    found = {d.text: d for d in PIPELINE.extract(text, published=published).dates}
    assert (found["2014"].value, found["2014"].first, found["2014"].last) == (
        "2014",
        dt.date(2014, 1, 1),
        dt.date(2014, 12, 31),
    )
    assert found["earlier this month"].value == "2023-02"
    assert found["Last summer"].value == "2022-SU"


def test_coastal_defence_example() -> None:
    path = Path(__file__).resolve().parents[3] / "examples" / "coastal-defence.txt"
    found = [
        (d.text, d.type, d.value)
        for d in PIPELINE.extract(path.read_text(encoding="utf-8"), published="2025-10-16").dates
    ]
    assert found == [
        ("Tuesday", "DATE", "2025-10-14"),
        ("last spring", "DATE", "2025-SP"),
        ("last week", "DATE", "2025-W41"),
        ("next month", "DATE", "2025-11"),
        ("three years", "DURATION", "P3Y"),
        ("early 2026", "DATE", "2026"),
        ("Earlier this month", "DATE", "2025-10"),
        ("at least 18 months", "DURATION", "P18M"),
    ]
