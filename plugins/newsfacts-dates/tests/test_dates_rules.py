"""Rules for year words, holidays, ages, signals after durations, spoken years and anaphora, on our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_dates.reckoning import nth_weekday
from newsfacts_dates.tense import tense_near

PIPELINE = isolated_pipeline(newsfacts_dates.plugin)


def dates(text: str, published: str) -> list[tuple[str, str, str]]:
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    return [(d.text, d.type, d.value) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the year" is the current year, unless "ended"/"ending" makes it a span of a year
        ("For the year, output at the mill was flat.", "2024-06-10", [("the year", "DATE", "2024")]),
        (
            "The mill lost money in the year ended March 31.",
            "2024-06-10",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2024-03-31")],
        ),
        ("The merger should close by year-end.", "2024-06-10", [("year-end", "DATE", "2024")]),
        ("Hiring will pick up by year's end.", "2024-06-10", [("year's end", "DATE", "2024")]),
        # the edge of a month without a year is on the nearest such month, as the month alone would be
        ("The dam was shut in the middle of November.", "2025-02-20", [("the middle of November", "DATE", "2024-11")]),
        ("The dam will shut at the end of April.", "2025-02-20", [("the end of April", "DATE", "2025-04")]),
        ("The dam was shut at the end of May.", "2025-02-20", [("the end of May", "DATE", "2024-05")]),
        # holidays, placed like a month and day
        ("The ferry sank on Thanksgiving Day.", "2023-12-05", [("Thanksgiving Day", "DATE", "2023-11-23")]),
        ("Shops will close early on Christmas Eve.", "2024-12-01", [("Christmas Eve", "DATE", "2024-12-24")]),
        ("She moved out last Thanksgiving.", "2024-03-01", [("last Thanksgiving", "DATE", "2023-11-23")]),
        ("Voters will go to the polls on Election Day.", "2024-10-01", [("Election Day", "DATE", "2024-11-05")]),
        # an age is no stretch of time in the story
        ("The pilot, 41 years old, landed safely.", "2024-06-10", []),
        # "three days later": a duration and a signal word; "a year later" stays a date
        ("Rescuers reached the village three days later.", "2024-06-10", [("three days", "DURATION", "P3D")]),
        ("The mine reopened a year later.", "2024-06-10", [("a year later", "DATE", "2025")]),
        # a year said in words, without "in" before it
        ("The archive dates from nineteen eighty-two.", "2024-06-10", [("nineteen eighty-two", "DATE", "1982")]),
        # "a couple of" is two
        ("The repairs will take a couple of weeks.", "2024-06-10", [("a couple of weeks", "DURATION", "P2W")]),
        ("The feud began a couple of years ago.", "2024-06-10", [("a couple of years ago", "DATE", "2022")]),
        # "current" describing something is the present; the noun is no date
        ("The firm's current owner is a bank.", "2024-06-10", [("current", "DATE", "PRESENT_REF")]),
        ("Shares changed hands at the then current price.", "2024-06-10", [("then current", "DATE", "PAST_REF")]),
        ("The boat drifted with the current.", "2024-06-10", []),
        ("The current was too strong for swimmers.", "2024-06-10", []),
        # an irregular past form points back, "effective" ahead
        ("In January the board brought in a new chief.", "2024-10-20", [("January", "DATE", "2024-01")]),
        ("The new tariff is effective Feb. 1.", "2024-04-20", [("Feb. 1", "DATE", "2025-02-01")]),
        # "as soon as" looks ahead
        ("The envoy could arrive as soon as Tuesday.", "2024-06-12", [("Tuesday", "DATE", "2024-06-18")]),
    ],
)
def test_rule(text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published) == expected


def test_following_year_leans_on_the_date_before() -> None:
    text = "On May 3, 2019, the dam was finished, and the following year the valley flooded."
    assert dates(text, "2024-06-10")[-1] == ("the following year", "DATE", "2020")


def test_that_year_is_the_year_mentioned_before() -> None:
    text = "The bridge opened in 2011. Tolls rose sharply later that year."
    assert dates(text, "2024-06-10") == [("2011", "DATE", "2011"), ("later that year", "DATE", "2011")]


def test_previous_weekday_counts_back_from_the_weekday_mentioned() -> None:
    text = "The index closed on Friday, March 8, 2024, up 2% from the previous Friday."
    assert dates(text, "2024-03-11")[-1] == ("the previous Friday", "DATE", "2024-03-01")


def test_anaphor_without_a_date_before_falls_back_to_publication() -> None:
    assert dates("Prices doubled that year.", "2024-06-10") == [("that year", "DATE", "2024")]


def test_that_alone_is_no_date() -> None:
    assert dates("She said that the plan failed that spring.", "2024-06-10") == []


def test_nth_weekday() -> None:
    assert nth_weekday(2024, 11, 3, 4) == dt.date(2024, 11, 28)  # fourth Thursday
    assert nth_weekday(2024, 5, 0, -1) == dt.date(2024, 5, 27)  # last Monday
    assert nth_weekday(2024, 9, 0, 1) == dt.date(2024, 9, 2)  # first Monday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They won't sign on Friday.", "future"),
        ("We'll sign on Friday.", "future"),
        ("They wo n't sign on Friday.", "future"),
        ("It is expected to sign on Friday.", "future"),
        ("It signed on Friday.", "past"),
        ("On Friday it is quiet.", "present"),
        # a timetable verb in the plural is a present right after a plural subject ...
        ("The ferries leave on Friday.", "present"),
        ("They meet on Friday.", "present"),
        # ... not after a modal, "to" or a determiner, where the same form is a verb of another tense or a noun
        ("The envoys will meet on Friday.", "future"),
        ("The envoys hope to meet on Friday.", "future"),
        ("Its close on Friday was calm.", "past"),
        ("A quiet end on Friday.", "none"),
        ("Quiet streets on Friday.", "none"),
        ("The talks will succeed on Friday.", "future"),
        ("A hundred boats sail on Friday.", "none"),
        ("The port has been shut since Friday.", "past"),
        ("The tug brought the barge in on Friday.", "past"),
        ("The new fares are effective Friday.", "future"),
        # a capitalised word in -ed is a name, no past form
        ("The envoy would fly to the United States on Friday.", "future"),
        # a participle after "be" is a passive in the tense of the verb before it
        ("The winner will be named on Friday.", "future"),
        ("The bonus would be paid out on Friday.", "future"),
        ("The winner was named on Friday.", "past"),
        # a form in -ed describing a noun tells of no past
        ("Rents will rise at an undisclosed rate on Friday.", "future"),
        ("The board will vote on the revised plan on Friday.", "future"),
        ("The board revised the plan on Friday.", "past"),
        # a reporting verb after a closed quotation tells when it was said, not when the quoted event is
        ('"The crew will try once more to land the capsule on Friday," it said.', "future"),
        ("``The crew will try once more to land the capsule on Friday,'' it said.", "future"),
        ("The crew landed on Friday, the agency said.", "past"),
        # a plan in the past perfect was due before the story: "had (been)" turns a future marker past
        ("The lease had been due to run out on Friday.", "past"),
        ("The vote had been scheduled for Friday.", "past"),
        ("The pilots had planned to land on Friday.", "past"),
        # other tenses of the same plans stay ahead
        ("The lease is due to run out on Friday.", "future"),
        ("The vote has been scheduled for Friday.", "future"),
        ("The pilots plan to land on Friday.", "future"),
    ],
)
def test_tense_markers(sentence: str, expected: str) -> None:
    start = sentence.index("Friday")
    assert tense_near(sentence, start, start + len("Friday")) == expected
