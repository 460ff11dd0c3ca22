"""Amounts of time that are fractions or dozens, and "or so" in a past date, on our own sentences."""

from __future__ import annotations

import pytest

import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_dates.reckoning import duration_value
from newsfacts_dates.vocabulary import amount

PIPELINE = isolated_pipeline(newsfacts_dates.plugin)
TUESDAY = "2025-03-04"


def dates(text: str) -> list[tuple[str, str, str]]:
    article = PIPELINE.extract(text, published=TUESDAY)
    assert_spans_match(article)
    return [(d.text, d.type, d.value) for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and a half" after the unit belongs to the duration
        ("The engine stalled for a minute and a half.", [("a minute and a half", "DURATION", "PT1M30S")]),
        ("The hearing ran two hours and a half.", [("two hours and a half", "DURATION", "PT2H30M")]),
        ("She waited a year and a half for a reply.", [("a year and a half", "DURATION", "P1Y6M")]),
        # "half a" unit
        ("The queue moved after half an hour.", [("half an hour", "DURATION", "PT30M")]),
        ("The lease runs for half a year.", [("half a year", "DURATION", "P6M")]),
        # a dozen is twelve, half a dozen six
        ("The feud lasted a dozen years.", [("a dozen years", "DURATION", "P12Y")]),
        ("Half a dozen weeks went by.", [("Half a dozen weeks", "DURATION", "P6W")]),
        ("They met two dozen times in two dozen days.", [("two dozen days", "DURATION", "P24D")]),
        # "half" before something else is no amount of time
        ("Half the staff left early.", []),
    ],
)
def test_fractions_and_dozens(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_a_fraction_of_a_clock_unit_is_counted_in_the_next_clock_unit() -> None:
    assert duration_value(1.5, "minute") == "PT1M30S"
    assert duration_value(0.5, "hour") == "PT30M"
    assert duration_value(1.5, "month") == "P1M15D"


def test_dozen_is_a_multiplier() -> None:
    assert amount("a dozen") == 12
    assert amount("three dozen") == 36
    assert amount("half a dozen") == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A month or so ago the plant shut.", [("A month or so ago", "DATE", "2025-02")]),
        ("Two years or so ago the firm moved.", [("Two years or so ago", "DATE", "2023")]),
        # "or so" without "ago" keeps the duration alone
        ("The repairs take a week or so.", [("a week", "DURATION", "P1W")]),
    ],
)
def test_or_so_inside_a_date_counted_back(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales slowed in the last half of 1997.", [("the last half of 1997", "DATE", "1997-H2")]),
        ("The plant opens in the final quarter of 2026.", [("the final quarter of 2026", "DATE", "2026-Q4")]),
        ("Margins improved in the last quarter.", [("the last quarter", "DATE", "2024-Q4")]),
    ],
)
def test_the_last_part_of_a_named_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a year" after an amount is how often: a SET
        ("The merger saves $40 million a year.", [("a year", "SET", "P1Y")]),
        ("The ferry makes six crossings a week.", [("a week", "SET", "P1W")]),
        ("Beds cost $30 a night.", [("a night", "SET", "P1D")]),
        ("Exports grew 7% a year.", [("a year", "SET", "P1Y")]),
        # no amount before it, or a signal after it: a stretch of time
        ("The depot will reopen in a year.", [("a year", "DURATION", "P1Y")]),
        ("The crew rested a week.", [("a week", "DURATION", "P1W")]),
        ("He scored 3 goals a week later.", [("a week", "DURATION", "P1W")]),
    ],
)
def test_a_unit_after_an_amount_is_a_rate(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union ended its week-long strike.", [("week-long", "DURATION", "P1W")]),
        ("Both sides signed a multi-year deal.", [("multi-year", "DURATION", "PXY")]),
        ("He left after a several-month stint.", [("several-month", "DURATION", "PXM")]),
        ("The hours-long standoff ended.", [("hours-long", "DURATION", "PTXH")]),
        ("They restored a centuries-old bridge.", [("centuries-old", "DURATION", "PXCE")]),
        # an age with a number stays out, and "long" as a separate word is no part of a duration
        ("A 7-year-old girl was found.", []),
        ("The day long ago was forgotten.", []),
    ],
)
def test_hyphenated_durations_without_a_number(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over the years the harbour silted up.", [("the years", "DURATION", "PXY")]),
        ("Fuel may run short in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
        ("Repairs will go on for the months to come.", [("the months to come", "DURATION", "PXM")]),
        ("In the early decades, the mine thrived.", [("the early decades", "DURATION", "PXDE")]),
        # bounded by an event, or a noun's, it is no stretch of unknown length
        ("In the days before the vote, rallies filled the squares.", []),
        ("In the days of sail, crossings were slow.", []),
        # without a preposition before it, "the years" is left out
        ("The years passed quietly.", []),
    ],
)
def test_a_stretch_of_unknown_length_after_a_preposition(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # right after a modal, "one day" is some day to come
        ("The harbour will one day reopen to ferries.", [("one day", "DATE", "FUTURE_REF")]),
        ("Critics fear the tunnel may one day flood.", [("one day", "DATE", "FUTURE_REF")]),
        # elsewhere it stays a stretch of one day
        ("The fair lasts one day.", [("one day", "DURATION", "P1D")]),
        ("The verdict came one day after the hearing.", [("one day", "DURATION", "P1D")]),
        ("The museum will stay shut for one day.", [("one day", "DURATION", "P1D")]),
        ("Builders will need two days.", [("two days", "DURATION", "P2D")]),
        # "some day" in the singular is a day to come wherever it stands; "some days" a stretch
        ("Some day the canal will carry barges again.", [("Some day", "DATE", "FUTURE_REF")]),
        ("She hopes to sail the strait some day.", [("some day", "DATE", "FUTURE_REF")]),
        ("The pumps ran for some days.", [("some days", "DURATION", "PXD")]),
    ],
)
def test_one_day_after_a_modal_is_a_day_to_come(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected
