"""Times anchored to the day they name, parts of named days, and the present of a timetable, on our own sentences."""

from __future__ import annotations

import pytest

import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline

PIPELINE = isolated_pipeline(newsfacts_dates.plugin)
TUESDAY = "2025-03-04"


def dates(text: str, published: str | None = TUESDAY) -> list[tuple[str, str, str]]:
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    return [(d.text, d.type, d.value) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time is on the day named right after it, not on the publication day
        (
            "The ballot closes at 9am on Thursday.",
            [("9am", "TIME", "2025-03-06T09:00"), ("Thursday", "DATE", "2025-03-06")],
        ),
        (
            "The talks open at noon on Friday.",
            [("noon", "TIME", "2025-03-07T12:00"), ("Friday", "DATE", "2025-03-07")],
        ),
        (
            "The ferry sailed at 6 p.m. on Sunday.",
            [("6 p.m.", "TIME", "2025-03-02T18:00"), ("Sunday", "DATE", "2025-03-02")],
        ),
        (
            "Doors open at noon, May 9, for the first visitors.",
            [("noon", "TIME", "2025-05-09T12:00"), ("May 9", "DATE", "2025-05-09")],
        ),
        # ... and on the day named just before it
        (
            "On Thursday at 9 a.m. the jury meets.",
            [("Thursday", "DATE", "2025-03-06"), ("9 a.m.", "TIME", "2025-03-06T09:00")],
        ),
        # a day too far away, or a clause away, lends it nothing
        (
            "The alarm rang at 7 a.m. and the shop stayed shut through Friday.",
            [("7 a.m.", "TIME", "2025-03-04T07:00"), ("Friday", "DATE", "2025-02-28")],
        ),
    ],
)
def test_a_clock_time_is_on_the_day_it_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_clock_time_takes_an_underspecified_day_without_publication_date() -> None:
    assert dates("The ballot closes at 9am on Thursday.", None) == [
        ("9am", "TIME", "XXXX-WXX-4T09:00"),
        ("Thursday", "DATE", "XXXX-WXX-4"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fire crews were called out on Monday evening.", ("Monday evening", "DATE", "2025-03-03TEV")),
        ("Talks resumed Saturday afternoon.", ("Saturday afternoon", "DATE", "2025-03-01TAF")),
        ("The gala will close on Friday evening.", ("Friday evening", "DATE", "2025-03-07TEV")),
        # an edge makes a morning or night a time of its own, as it does "mid-afternoon"
        ("The storm hit early Friday night.", ("early Friday night", "DATE", "2025-02-28TNI")),
        ("Divers went down late Sunday morning.", ("late Sunday morning", "DATE", "2025-03-02TMO")),
    ],
)
def test_a_part_of_a_named_day_is_a_date_with_its_part_of_day_code(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named day's morning or night is the day itself, as TempEval-3's annotators most often value it
        ("The strike began on Sunday morning.", ("Sunday morning", "DATE", "2025-03-02")),
        ("The board will decide on Thursday morning.", ("Thursday morning", "DATE", "2025-03-06")),
        ("Lanterns were lit along the quay on Wednesday night.", ("Wednesday night", "DATE", "2025-02-26")),
    ],
)
def test_a_named_days_morning_or_night_is_that_day(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text) == [expected]


def test_a_named_days_night_without_publication_date_is_the_underspecified_day() -> None:
    assert dates("The ferry sank on Saturday night.", None) == [("Saturday night", "DATE", "XXXX-WXX-6")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a timetable in the present names the coming day ...
        ("The final is on Saturday.", "2025-03-08"),
        ("The summit opens Wednesday in Geneva.", "2025-03-05"),
        ("The talks resume on Saturday.", "2025-03-08"),
        # travel, launches and broadcasts keep timetables too
        ("The ferry sails Thursday from Dover.", "2025-03-06"),
        ("The probe launches on Friday.", "2025-03-07"),
        ("The new series airs Sunday.", "2025-03-09"),
        ("Parliament reconvenes Monday.", "2025-03-10"),
        # ... today included
        ("The hearing is on Tuesday.", "2025-03-04"),
        # a report in the past still names the day before
        ("The final was on Saturday.", "2025-03-01"),
        ("The port has been shut since Saturday.", "2025-03-01"),
    ],
)
def test_a_weekday_in_the_present_is_the_coming_one(text: str, value: str) -> None:
    assert [found[2] for found in dates(text)] == [value]


def test_the_weekend_in_the_present_is_the_coming_one() -> None:
    assert dates("The fair is on the weekend.") == [("the weekend", "DATE", "2025-W10-WE")]
    assert dates("The fair was on the weekend.") == [("the weekend", "DATE", "2025-W09-WE")]


def test_a_duration_counted_from_now_stays_a_duration() -> None:
    # TimeML keeps the duration, and "now" is an expression of its own; "ago" stays a date as the gold has it.
    assert dates("Ten years from now, the dam will be gone.") == [
        ("Ten years", "DURATION", "P10Y"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    assert dates("Two weeks hence the court will rule.") == [("Two weeks", "DURATION", "P2W")]
    assert dates("The dam was built ten years ago.") == [("ten years ago", "DATE", "2015")]


@pytest.mark.parametrize(
    ("text", "leaning"),
    [
        # the past tense of the sentence before must not turn the anchor to the past: "Friday" is the coming one
        ("Rebels attacked. On Friday envoys meet, and later that day the vote is held.", "2025-03-07"),
        ("Rebels attacked the town. Friday is the deadline, and the next morning the envoy leaves.", "2025-03-08TMO"),
    ],
)
def test_an_anaphor_leans_on_the_value_its_anchor_was_given(text: str, leaning: str) -> None:
    found = dates(text)
    assert [value for phrase, _, value in found if phrase == "Friday"] == ["2025-03-07"]
    assert found[-1][2] == leaning


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quarter, a half or a season names a year an anaphor can lean on
        (
            "Sales peaked in the third quarter of 2019. The following year they fell.",
            [("the third quarter of 2019", "DATE", "2019-Q3"), ("The following year", "DATE", "2020")],
        ),
        (
            "The dam burst in the summer of 1998. Later that year the town was rebuilt.",
            [("the summer of 1998", "DATE", "1998-SU"), ("Later that year", "DATE", "1998")],
        ),
        # ... but not a month or a day: "that month" after it is a month of 1998 the story does not name
        (
            "The dam burst in the summer of 1998. Later that month the town was rebuilt.",
            [("the summer of 1998", "DATE", "1998-SU"), ("Later that month", "DATE", "1998-XX")],
        ),
    ],
)
def test_a_quarter_or_season_anchors_a_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that day" after a date known only to its month is a day of that month the story does not name
        (
            "The dam broke last October. Crews arrived that same day.",
            [("last October", "DATE", "2024-10"), ("that same day", "DATE", "2024-10-XX")],
        ),
        (
            "The dam broke in 2019. That day the valley flooded.",
            [("2019", "DATE", "2019"), ("That day", "DATE", "2019-XX-XX")],
        ),
        (
            "The dam broke in October 2019. That week the valley flooded.",
            [("October 2019", "DATE", "2019-10"), ("That week", "DATE", "2019-WXX")],
        ),
        (
            "The dam broke in 2019. Later that month the valley flooded.",
            [("2019", "DATE", "2019"), ("Later that month", "DATE", "2019-XX")],
        ),
    ],
)
def test_an_anaphor_after_a_coarser_date_leaves_the_unnamed_part_unknown(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date precise enough is the anchor itself
        (
            "The dam broke on Oct. 3, 2019. Crews arrived that same day.",
            [("Oct. 3, 2019", "DATE", "2019-10-03"), ("that same day", "DATE", "2019-10-03")],
        ),
        # with no date before it, the publication date stays the anchor
        ("Crews arrived that same day.", [("that same day", "DATE", "2025-03-04")]),
    ],
)
def test_an_anaphor_on_a_precise_date_or_none_is_read_as_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "today is" / "it's" / "this is" the nth day of something: the day the story is told on
        (
            "In the capital, today is the ninth day of the blockade.",
            [("today", "DATE", "2025-03-04"), ("the ninth day", "DATE", "2025-03-04")],
        ),
        ("It's the second day of the dockers' strike.", [("the second day", "DATE", "2025-03-04")]),
        ("This is the 12th straight day of heavy rain.", [("the 12th straight day", "DATE", "2025-03-04")]),
    ],
)
def test_the_nth_day_that_today_is_is_the_publication_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # without a publication date it stays the present
        ("It's the second day of the dockers' strike.", [("the second day", "DATE", "PRESENT_REF")]),
    ],
)
def test_the_nth_day_without_a_publication_date_is_the_present(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published=None) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the nth day of an event told otherwise is that event's day, which the text does not date
        "On the first day of the talks, nothing moved.",
        "It was the third day of the strike.",
        "The ministers met on the fourth day of the summit.",
        # a day-long event is no day
        "It's the second day-long stoppage this month.",
    ],
)
def test_the_nth_day_of_an_event_is_no_date(text: str) -> None:
    assert [phrase for phrase, _, _ in dates(text) if phrase.lower().startswith("the ") and "day" in phrase] == []
