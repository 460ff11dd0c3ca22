"""Date words inside capitalised names are no dates: "The Daily Telegraph", "the Sunday Times", "USA Today"."""

from __future__ import annotations

import pytest

import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline

PIPELINE = isolated_pipeline(newsfacts_dates.plugin)


def dates(text: str) -> list[str]:
    article = PIPELINE.extract(text, published="2025-03-04")
    assert_spans_match(article)
    return [d.text for d in article.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He wrote for The Daily Telegraph and the Sunday Times.", []),
        ("The Daily Telegraph printed the letter.", []),
        ("A column in USA Today drew replies on Monday.", ["Monday"]),
        ("She edits the New York Daily News.", []),
        ("The Weekly Standard closed in December.", ["December"]),
        ("The Monday Club met in the spring.", ["the spring"]),
        ("The cinema showed High Noon at noon.", ["noon"]),
        ('The cinema showed "High Noon" at midnight.', ["midnight"]),
    ],
)
def test_a_date_word_inside_a_name_is_no_date(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at the head of a sentence a capital says nothing
        ("Daily flights to the island resume in May.", ("Daily", "May")),
        ("Today Mr. Okafor leaves office.", ("Today",)),
        # ... and so at the head of a quotation or after a dateline's dash
        ('She said, "Today President Ruiz signs the bill."', ("Today",)),
        ("LAGOS (AP) _ Today Governor Bello opens the bridge.", ("Today",)),
        ("QUITO -- Tomorrow Congress votes on the budget.", ("Tomorrow",)),
        # a weekday before a name without "the" is still the day ("said on Sunday President Ruiz...")
        ("On Sunday President Ruiz opened the bridge.", ("Sunday",)),
        ("In his Sunday sermon the bishop spoke of the flood.", ("Sunday",)),
        # lower-case date words are dates
        ("The ferry runs daily.", ("daily",)),
        ("The Sunday before the vote was calm.", ("Sunday",)),
    ],
)
def test_a_date_word_outside_a_name_stays_a_date(text: str, expected: tuple[str, ...]) -> None:
    assert dates(text) == list(expected)


# A title in quotation marks, every word capitalised (a programme, a book) is no date; what else the sentence
# holds still is.
QUOTED_TITLES = (
    ('The minister told CBC\'s "This Week" that the border stays shut.', ()),
    ('She spoke on "Next Year Together With Ana Ruiz" on Sunday.', ("Sunday",)),
    ("The column 'Good Morning Lisbon' ran until May 2019.", ("May 2019",)),
    ("Readers of \u201cLast Month\u201d wrote in.", ()),
)
# Quoted, but no title: a quotation that opens with a date writes its date words in lower case, a weekday or
# month with its day is a date all the same, and without a quotation mark right before it no title is read.
QUOTED_DATES = (
    ('"This week we vote," the senator said.', ("This week",)),
    ('"Next year the plant closes," he said.', ("Next year",)),
    ('The banner read "Friday, Oct. 13" in red.', ("Friday, Oct. 13",)),
    ('The plaque reads "March 3, 1921".', ("March 3, 1921",)),
    ("Talks resume This Week, the agency said.", ("This Week",)),
)


@pytest.mark.parametrize(("text", "expected"), QUOTED_TITLES + QUOTED_DATES)
def test_a_quoted_title_is_no_date_but_a_quoted_date_is(text: str, expected: tuple[str, ...]) -> None:
    assert tuple(dates(text)) == expected


# A weekday between two name words, a capitalised part of a named day before a name word, a capitalised
# "Today" after "the": names, in sentences where the date around them stays.
NAMES_AROUND_DAYS = [
    ("Talks on the Good Friday Agreement resume on Monday.", ["Monday"]),
    ("Brokers still fear another Black Monday Crash in October.", ["October"]),
    ("Fans of Sunday Night Football stayed up late on Sunday.", ["Sunday"]),
    ("She told the Today programme on Tuesday that she would stand.", ["Tuesday"]),
    ("The Tomorrow Fund paid out yesterday.", ["yesterday"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_AROUND_DAYS)
def test_a_weekday_or_today_among_name_words_is_no_date(text: str, expected: list[str]) -> None:
    assert dates(text) == expected


# A name before a weekday alone, or a weekday's capitalised part of the day with no name word after, says
# nothing: the news writes "the World Court Friday rejected".
DAYS_AFTER_NAMES = [
    ("The World Court Friday rejected the appeal.", ["Friday"]),
    ("Rebels in Kenya Friday morning seized the port.", ["Friday morning"]),
    ("The ship sails Sunday Morning, the captain wrote.", ["Sunday Morning"]),
    ("Today the House votes on the bill.", ["Today"]),
    ("The Senate Monday approved the Budget Act.", ["Monday"]),
]


@pytest.mark.parametrize(("text", "expected"), DAYS_AFTER_NAMES)
def test_a_weekday_after_a_name_alone_stays_a_date(text: str, expected: list[str]) -> None:
    assert dates(text) == expected
