"""TempEval-3 conventions: vague plurals, possessive weekdays, deadlines, clock anchors; our own sentences."""

from __future__ import annotations

import pytest

import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_dates.tense import tense_near

PIPELINE = isolated_pipeline(newsfacts_dates.plugin)


def dates(text: str, published: str) -> list[tuple[str, str, str]]:
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    return [(d.text, d.type, d.value) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "recent"/"coming" plurals are stretches of unknown length, not vague points
        (
            "Fares have climbed in recent years and may rise again in coming months.",
            "2024-06-12",
            [("recent years", "DURATION", "PXY"), ("coming months", "DURATION", "PXM")],
        ),
        ("Rents fell over the recent weeks.", "2024-06-12", [("the recent weeks", "DURATION", "PXW")]),
        # a possessive weekday is a day already reported on, whatever the verbs around it say
        (
            "Tenants would appeal Monday's decision to close the hall.",
            "2024-06-12",
            [("Monday", "DATE", "2024-06-10")],
        ),
        ("Tenants will appeal on Monday.", "2024-06-12", [("Monday", "DATE", "2024-06-17")]),
        # "until"/"by"/"through" before a month set a deadline ahead, even in a past-tense report
        ("The co-op said its bakery stays shut until August.", "2024-02-10", [("August", "DATE", "2024-08")]),
        ("The co-op said its bakery was shut in August.", "2024-02-10", [("August", "DATE", "2023-08")]),
        # "the 2023 period" in results is the quarter just reported, a year back
        (
            "Profit rose to $5 million from $4 million in the 2023 period.",
            "2024-10-20",
            [("the 2023 period", "DATE", "2023-Q3")],
        ),
    ],
)
def test_conventions(text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published) == expected


def test_clock_without_day_is_on_the_day_last_mentioned() -> None:
    text = "The ferry left port on March 3, 2024. It docked at 9 p.m. after a rough crossing."
    assert dates(text, "2024-03-10") == [
        ("March 3, 2024", "DATE", "2024-03-03"),
        ("9 p.m.", "TIME", "2024-03-03T21:00"),
    ]


def test_clock_with_its_own_day_keeps_it() -> None:
    text = "The ferry left port on March 3, 2024. It docks again at 9 p.m. Friday."
    assert dates(text, "2024-03-10")[-1] == ("9 p.m. Friday", "TIME", "2024-03-08T21:00")


def test_clock_with_no_date_before_is_on_publication_day() -> None:
    assert dates("The ferry docked at 9 p.m. after a rough crossing.", "2024-03-10") == [
        ("9 p.m.", "TIME", "2024-03-10T21:00")
    ]


def test_a_clock_does_not_anchor_the_next_one() -> None:
    text = "On May 2, 2024 the barge left at 8 a.m. and docked at 9 p.m."
    assert [value for _, _, value in dates(text, "2024-05-20")] == [
        "2024-05-02",
        "2024-05-02T08:00",
        "2024-05-02T21:00",
    ]


@pytest.mark.parametrize("sentence", ["The crew planned to sail on Friday.", "The crew was ready to sail on Friday."])
def test_planned_to_and_ready_to_point_ahead(sentence: str) -> None:
    start = sentence.index("Friday")
    assert tense_near(sentence, start, start + len("Friday")) == "future"


# A pointer before a month and its day takes the whole date, and points it: "last" the one before publication,
# "next" the one after, whatever the verbs say. (Published Tuesday 2025-03-04.)
POINTED_DAYS = (
    ("The plant was sold last Oct. 23 to a rival.", ("last Oct. 23", "2024-10-23")),
    ("Prices peaked last May 2 and have fallen since.", ("last May 2", "2024-05-02")),
    ("Ballots are counted next March 5.", ("next March 5", "2025-03-05")),
    ("The pier reopened next June 1, the council had said.", ("next June 1", "2025-06-01")),
    # a year written out still wins
    ("The archive dates the letter to last March 12, 2019.", ("last March 12, 2019", "2019-03-12")),
)


@pytest.mark.parametrize(("text", "expected"), POINTED_DAYS)
def test_a_pointer_before_a_month_and_day_points_the_date(text: str, expected: tuple[str, str]) -> None:
    assert [(phrase, value) for phrase, _, value in dates(text, "2025-03-04")] == [expected]


def test_a_pointer_before_a_month_and_day_without_a_publication_date() -> None:
    assert [(d.text, d.value) for d in PIPELINE.extract("Prices peaked last May 2.").dates] == [
        ("last May 2", "XXXX-05-02")
    ]
