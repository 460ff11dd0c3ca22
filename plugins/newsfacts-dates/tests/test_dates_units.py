"""Pure functions of the dates plugin: numbers, calendar arithmetic and durations."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts_dates.families import fullmatch_family
from newsfacts_dates.family import Context, Normalized
from newsfacts_dates.normalize import normalize
from newsfacts_dates.reckoning import add_months, bounds, duration_value, previous_season, week_value
from newsfacts_dates.tense import Tense
from newsfacts_dates.vocabulary import amount, spoken_year


@pytest.mark.parametrize(
    ("text", "value"),
    [("twenty four", 24), ("twenty-four", 24), ("a hundred", 100), ("2 1/2", 2.5), ("1,200", 1200), ("few", None)],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert amount(text) == value


def test_spoken_year() -> None:
    assert spoken_year("nineteen ninety-six") == 1996
    assert spoken_year("two thousand") == 2000


def test_calendar_edges() -> None:
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert week_value(dt.date(2021, 1, 1)) == "2020-W53"
    assert week_value(dt.date(2024, 12, 30)) == "2025-W01"
    assert previous_season(dt.date(2023, 2, 28), "SU") == (2022, "SU")
    assert previous_season(dt.date(2025, 10, 16), "SP") == (2025, "SP")


def test_bounds() -> None:
    assert bounds("2024-W09") == (dt.date(2024, 2, 26), dt.date(2024, 3, 3))
    assert bounds("2022-WI") == (dt.date(2022, 12, 1), dt.date(2023, 2, 28))
    assert bounds("2024-H1") == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert bounds("PRESENT_REF") == (None, None)


def test_durations() -> None:
    assert duration_value(3, "year") == "P3Y"
    assert duration_value(24, "hour") == "PT24H"
    assert duration_value(None, "day") == "PXD"
    assert duration_value(1.5, "day") == "P1DT12H"


def read(text: str, ref: dt.date | None, tense: Tense) -> Normalized | None:
    """The value of ``text`` read whole as one of our families, or None when it is none."""
    candidate = fullmatch_family(text, 0, len(text))
    return None if candidate is None else normalize(candidate, Context(ref=ref, tense=tense))


def test_normalize_is_pure_and_tolerant() -> None:
    assert read("on Tuesday", dt.date(2025, 10, 16), "past") is None
    assert read("Feb. 30", dt.date(2025, 10, 16), "none") is None
    assert read("Tuesday", None, "future") == ("DATE", "XXXX-WXX-2")
