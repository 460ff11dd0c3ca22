"""Clock hours said with a part of the day, edged parts of the day, the week of a day: our own sentences."""

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
        ("The convoy rolled out at 5 in the morning.", [("5 in the morning", "TIME", "2025-03-04T05:00")]),
        ("The doors shut at 3 in the afternoon.", [("3 in the afternoon", "TIME", "2025-03-04T15:00")]),
        ("Fireworks begin at 9 o'clock at night.", [("9 o'clock at night", "TIME", "2025-03-04T21:00")]),
        ("The vote closes at 8 in the evening.", [("8 in the evening", "TIME", "2025-03-04T20:00")]),
        ("The curfew starts at 12 at night.", [("12 at night", "TIME", "2025-03-04T00:00")]),
        # a number before "in the" without a part of the day is no clock time
        ("They scored 4 in the rain and 2 in the mud.", []),
    ],
)
def test_a_clock_hour_with_a_spoken_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By mid afternoon the river had crested.", [("mid afternoon", "TIME", "2025-03-04TAF")]),
        ("Shares dipped at mid-morning yesterday.", [("mid-morning yesterday", "TIME", "2025-03-03TMO")]),
        ("The market rallied in the late afternoon.", [("the late afternoon", "TIME", "2025-03-04TAF")]),
        ("Rain is due early evening tomorrow.", [("early evening tomorrow", "TIME", "2025-03-05TEV")]),
        # without an edge or a day, a part of the day alone is left out, as before
        ("The morning was cold.", []),
    ],
)
def test_a_part_of_the_day_with_an_edge(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_an_edged_part_of_the_day_without_publication_date_has_an_unknown_day() -> None:
    assert dates("By mid afternoon the river had crested.", None) == [("mid afternoon", "TIME", "XXXX-XX-XXTAF")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The trial opens the week of March 10.", TUESDAY, [("the week of March 10", "DATE", "2025-W11")]),
        ("Talks were held the week of Jan. 6, 2020.", TUESDAY, [("the week of Jan. 6, 2020", "DATE", "2020-W02")]),
        ("The trial opens the week of March 10.", None, [("the week of March 10", "DATE", "XXXX-WXX")]),
    ],
)
def test_the_week_of_a_day(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum is shut on Mondays.", [("Mondays", "SET", "XXXX-WXX-1")]),
        ("The choir rehearses Thursday evenings.", [("Thursday evenings", "SET", "XXXX-WXX-4TEV")]),
        (
            "Buses run late on Friday nights and Saturdays.",
            [("Friday nights", "SET", "XXXX-WXX-5TNI"), ("Saturdays", "SET", "XXXX-WXX-6")],
        ),
        # one named day with one part of it stays a date
        ("The choir rehearsed on Thursday evening.", [("Thursday evening", "DATE", "2025-02-27TEV")]),
        # a plural day name inside a capitalised name is no date
        ("She read it in the Sundays Review.", []),
    ],
)
def test_named_days_in_the_plural_recur(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dam broke on Feb. 10. That night the village emptied.",
            [("Feb. 10", "DATE", "2025-02-10"), ("That night", "TIME", "2025-02-10TNI")],
        ),
        (
            "The dam broke on Feb. 10. Divers went down the next morning.",
            [("Feb. 10", "DATE", "2025-02-10"), ("the next morning", "TIME", "2025-02-11TMO")],
        ),
        (
            "The dam broke on Feb. 10. In the evening the rain stopped.",
            [("Feb. 10", "DATE", "2025-02-10"), ("the evening", "TIME", "2025-02-10TEV")],
        ),
        # with no date before it, the publication day
        ("Shares rose in the afternoon.", [("the afternoon", "TIME", "2025-03-04TAF")]),
        # "the morning" as a subject, or a name, is left out
        ("The morning was cold.", []),
    ],
)
def test_a_part_of_the_day_the_story_tells_about(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# "o'clock": an hour in figures or in words; a.m. or p.m. only when something in the expression or the
# part of the named day after it says so.
OCLOCK_CASES = [
    ("The ferry sails at 7 o'clock.", [("7 o'clock", "TIME", "2025-03-04T07:00")]),
    ("The bells rang out at eleven o\u2019clock.", [("eleven o\u2019clock", "TIME", "2025-03-04T11:00")]),
    ("The doors open at nine o'clock Thursday.", [("nine o'clock Thursday", "TIME", "2025-03-06T09:00")]),
    (
        "A siren wailed at three o'clock in the afternoon.",
        [("three o'clock in the afternoon", "TIME", "2025-03-04T15:00")],
    ),
    ("Talks resume at 4 o'clock Thursday afternoon.", [("4 o'clock Thursday afternoon", "TIME", "2025-03-06T16:00")]),
    (
        "The council will vote at 7 o'clock on Monday evening.",
        [("7 o'clock", "TIME", "2025-03-10T19:00"), ("Monday evening", "DATE", "2025-03-10TEV")],
    ),
    (
        "The patrol left at 6 o'clock on Sunday morning.",
        [("6 o'clock", "TIME", "2025-03-02T06:00"), ("Sunday morning", "DATE", "2025-03-02")],
    ),
    # "p.m." or "a.m." said outright wins over the part of the day after it
    (
        "The market shut at 9 a.m. on Friday evening.",
        [("9 a.m.", "TIME", "2025-02-28T09:00"), ("Friday evening", "DATE", "2025-02-28TEV")],
    ),
    # no clock: "one clock", a number of clocks
    ("The hall has one clock and two clocks upstairs.", []),
]


@pytest.mark.parametrize(("text", "expected"), OCLOCK_CASES)
def test_an_hour_said_with_o_clock(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_an_hour_said_with_o_clock_without_publication_date_keeps_its_weekday() -> None:
    assert dates("Talks resume at 4 o'clock Thursday afternoon.", None) == [
        ("4 o'clock Thursday afternoon", "TIME", "XXXX-WXX-4T16:00")
    ]


# A clock time with "p.m." and a weekday with its part of the day is one expression.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast came at 9 p.m. Saturday night.", [("9 p.m. Saturday night", "TIME", "2025-03-01T21:00")]),
        ("Polls close at 8 p.m. Tuesday evening.", [("8 p.m. Tuesday evening", "TIME", "2025-03-04T20:00")]),
    ],
)
def test_a_clock_time_with_a_weekday_and_its_part_of_the_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


# Hours and minutes without "a.m." or "p.m." are a clock time only after a word that says a time follows.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing starts at 9:30 Tuesday morning.", [("9:30 Tuesday morning", "TIME", "2025-03-04T09:30")]),
        ("The ferry left at 6:45 on Friday.", [("6:45", "TIME", "2025-02-28T06:45"), ("Friday", "DATE", "2025-02-28")]),
        (
            "The board will meet at 7:30 on Monday evening.",
            [("7:30", "TIME", "2025-03-10T19:30"), ("Monday evening", "DATE", "2025-03-10TEV")],
        ),
        ("Trading stopped by 14:45 yesterday.", [("14:45 yesterday", "TIME", "2025-03-03T14:45")]),
        # a score, a lap time, a verse, a ratio: no clock
        ("The hosts led 2:1 at the break.", []),
        ("She ran the course in 3:59 flat.", []),
        ("The pastor read Psalm 23:4 aloud.", []),
        ("The race was won at 2:05:30.", []),
    ],
)
def test_hours_and_minutes_after_a_time_word(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


def test_hours_and_minutes_without_publication_date_keep_an_unknown_day() -> None:
    assert dates("The launch came at 14:20 local time.", None) == [("14:20", "TIME", "XXXX-XX-XXT14:20")]
