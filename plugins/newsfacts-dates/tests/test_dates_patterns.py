"""The candidate pattern after the backtracking fixes: ordinary phrases read as before, glued words do not."""

from __future__ import annotations

import random

import pytest
import regex

import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_dates.families import FAMILIES
from newsfacts_dates.family import Kind
from newsfacts_dates.finder import find_candidates
from newsfacts_dates.pieces import (
    NUM,
    NUMWORD,
    NUMWORD_AGAIN,
    NUMWORD_FIRST,
    UNIT,
    UNIT_PLURAL,
    UNIT_PLURAL_WORDS,
    UNIT_SINGULAR,
    UNIT_WORDS,
)

PIPELINE = isolated_pipeline(newsfacts_dates.plugin)


def dates(text: str, published: str) -> list[tuple[str, str, str]]:
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    found = article.dates
    for date in found:
        assert text[date.start : date.end] == date.text
    return [(d.text, d.type, d.value) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margins shrank in the third quarter.", ("the third quarter", "DATE", "2025-Q3")),
        ("The mill lost money over the fiscal year.", ("the fiscal year", "DATE", "2025")),
        ("The mill lost money in the last fiscal quarter.", ("the last fiscal quarter", "DATE", "2025-Q3")),
        ("Orders grew in the last quarter.", ("the last quarter", "DATE", "2025-Q3")),
        ("Orders grew in the latest quarter.", ("the latest quarter", "DATE", "2025-Q3")),
        ("Orders grew in the most recent quarter.", ("the most recent quarter", "DATE", "2025-Q3")),
        ("Orders were weaker in the year-ago quarter.", ("the year-ago quarter", "DATE", "2024-Q3")),
        ("Orders will pick up in the current quarter.", ("the current quarter", "DATE", "2025-Q4")),
        ("Orders held steady in the quarter.", ("the quarter", "DATE", "2025-Q3")),
        ("Costs climbed during the current fiscal year.", ("the current fiscal year", "DATE", "2025")),
        ("Costs will climb in the next fiscal year.", ("the next fiscal year", "DATE", "2026")),
        ("Costs climbed in the last fiscal year.", ("the last fiscal year", "DATE", "2024")),
        ("Costs climbed in fiscal 1997.", ("fiscal 1997", "DATE", "1997")),
        ("Costs climbed in fiscal year 2019.", ("fiscal year 2019", "DATE", "2019")),
        # More than one space, or a line break, between the words is still one expression.
        ("Margins grew in the  latest\nquarter.", ("the  latest\nquarter", "DATE", "2025-Q3")),
        ("Margins grew in the\u00a0fiscal  year.", ("the\u00a0fiscal  year", "DATE", "2025")),
        # The other families with an optional word and whitespace on both sides of it.
        ("Rain is due by the end of this current year.", ("the end of this current year", "DATE", "2025")),
        ("They met the previous Monday.", ("the previous Monday", "DATE", "2025-10-13")),
        ("Prices rose over the past twenty four hours.", ("the past twenty four hours", "DURATION", "PT24H")),
        ("The dam was built in the late nineteen sixties.", ("the late nineteen sixties", "DATE", "196")),
        ("That wall stood for 1,000,000 years.", ("1,000,000 years", "DURATION", "P1000000Y")),
    ],
)
def test_ordinary_phrases_still_match(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text, "2025-10-16") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the fiscal year ended ..." is the year-long stretch, as "the year ended ..." is
        ("Sales rose in the fiscal year ended Aug. 31.", ("the fiscal year", "DURATION", "P1Y")),
        ("Sales will rise in the fiscal year ending in June.", ("the fiscal year", "DURATION", "P1Y")),
        ("Sales rose in the year ended Aug. 31.", ("the year", "DURATION", "P1Y")),
        # a fiscal year with a pointer, or without "ended", stays that year
        ("Sales rose in the current fiscal year ended Aug. 31.", ("the current fiscal year", "DATE", "2025")),
        ("Sales fell over the fiscal year, ending a run of gains.", ("the fiscal year", "DATE", "2025")),
    ],
)
def test_the_fiscal_year_ended_is_a_stretch_of_a_year(text: str, expected: tuple[str, str, str]) -> None:
    assert dates(text, "2025-10-16")[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the latestquarter nothing moved.",
        "In the currentfiscal year nothing moved.",
        "The quarter-to-quarter change was small.",
    ],
)
def test_words_run_together_are_not_dates(text: str) -> None:
    assert dates(text, "2025-10-16") == []


def test_long_whitespace_runs_give_the_same_spans() -> None:
    # Adversarial spacing for the old patterns; the scan must still find the plain dates around it.
    text = "the" + " " * 3000 + "x, then in March 2021 and" + "\n" * 3000 + "the fiscal year"
    assert [candidate.text for candidate in find_candidates(text)] == ["March 2021", "the fiscal year"]


def test_no_candidate_starts_inside_a_grouped_number() -> None:
    assert [(c.start, c.end) for c in find_candidates("A total of 4,000,500 hours")] == [(11, 26)]


def test_the_number_words_called_by_name_match_as_the_written_out_list() -> None:
    # NUM and the hyphenated durations write the number words once and call them again; written out twice,
    # every family that does so must read the same at every position.
    assert NUMWORD_FIRST in NUM
    assert NUMWORD_AGAIN in NUM
    calling = [family for family in FAMILIES if NUMWORD_AGAIN in family.pattern]
    assert {family.kind for family in calling} >= {Kind.DUR, Kind.AGO, Kind.HYPHDUR, Kind.SET}
    pairs = [
        (
            regex.compile(family.pattern, regex.IGNORECASE),
            regex.compile(
                family.pattern.replace(NUMWORD_FIRST, NUMWORD).replace(NUMWORD_AGAIN, NUMWORD), regex.IGNORECASE
            ),
        )
        for family in calling
    ]
    words = ["twenty", "Twenty", "four", "FOUR", "seven", "seventeen", "sevens", "tenth", "and", "a", "half", "one"]
    words += ["hundred", "thousand", "dozen", "few", "several", "twentyfour", "3", "1,500", "ninety-nine", "an"]
    words += ["years", "year", "days", "ago", "later", "every", "past", "about", "long", "old", "weeks"]
    # (the written-out form has no numword group to compare, so only spans)
    _assert_match_alike(pairs, words, [" ", "-", "  ", ", ", "\n"], seed=20251129, parts=False)


def _assert_match_alike(
    pairs: list[tuple[regex.Pattern[str], regex.Pattern[str]]],
    words: list[str],
    separators: list[str],
    seed: int,
    *,
    parts: bool = True,
) -> None:
    """Each pair (new form, written-out form) matches alike, span (and parts), at every position of word salads."""
    rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 8)))
        for pattern, written_out in pairs:
            for position in range(len(text)):
                expected, found = written_out.match(text, position), pattern.match(text, position)
                assert (expected and expected.span()) == (found and found.span()), (text, position)
                if parts:
                    assert (expected and expected.groupdict()) == (found and found.groupdict()), (text, position)


def test_the_folded_unit_pattern_matches_as_the_two_written_out_lists() -> None:
    # UNIT folds the plural endings into one list ("days?"); the two lists written out must read the same, alone
    # and inside every family that uses it, at every position of varied text.
    written_out = rf"(?:{UNIT_PLURAL}|{UNIT_SINGULAR})\b"
    alone = regex.compile(UNIT, regex.IGNORECASE)
    every_word = UNIT_WORDS.split() + UNIT_PLURAL_WORDS.split()
    assert all(alone.fullmatch(word) for word in every_word)
    assert all(alone.fullmatch(word.upper()) for word in every_word)
    calling = [family for family in FAMILIES if UNIT in family.pattern]
    assert {family.kind for family in calling} >= {Kind.DUR, Kind.AGO, Kind.SET}
    pairs = [(alone, regex.compile(written_out, regex.IGNORECASE))]
    pairs += [
        (
            regex.compile(family.pattern, regex.IGNORECASE),
            regex.compile(family.pattern.replace(UNIT, written_out), regex.IGNORECASE),
        )
        for family in calling
    ]
    words = [*every_word, "dayss", "weekends", "Weekend", "DAYS", "centurys", "centuri", "millenniums", "yearly"]
    words += ["weekday", "monthly", "quarterly", "hourlong", "nightfall", "decadent", "secondly", "mins", "yr"]
    words += ["two", "a", "three", "1,500", "ago", "later", "earlier", "every", "each", "past", "about", "and", "half"]
    _assert_match_alike(pairs, words, [" ", "-", "  ", ", ", "\n", "'", "."], seed=20261129)
