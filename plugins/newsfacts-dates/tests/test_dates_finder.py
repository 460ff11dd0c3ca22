"""The trigger-and-dispatch finder against a brute-force scan that tries every family at every position."""

from __future__ import annotations

import random

import pytest

from newsfacts_dates import finder
from newsfacts_dates.families import FAMILIES, match_family


def scan_everywhere(text: str) -> list[tuple[int, int]]:
    """What the finder must return: the first family matching at each position, left to right, not overlapping."""
    found = []
    position = 0
    while position < len(text):
        candidate = match_family(text, position, FAMILIES)
        if candidate is None:
            position += 1
            continue
        if finder._keep(text, candidate):
            found.append((candidate.start, candidate.end))
        position = max(candidate.end, position + 1)
    return found


def spans(text: str) -> list[tuple[int, int]]:
    """Where the finder's candidates are."""
    return [(candidate.start, candidate.end) for candidate in finder.find_candidates(text)]


SENTENCES = [
    "The ferry left at 10:35 a.m. Tuesday and came back three days later, in early March 2021.",
    "Profit rose in the third quarter from a year earlier; the year-ago period was weaker.",
    "For the year ended June 30, sales fell, and by year-end the plant will close.",
    "He was 37 years old when he moved there in nineteen ninety-six, the year two thousand loomed.",
    "We'll meet again next week, as soon as Friday, or the following Monday at noon.",
    "Sales grew 20% annually over the past two decades, the company said on Sept. 3.",
    "The talks ended on Thanksgiving Day; by Christmas the treaty was signed, and that year ended well.",
    "In the 1990s and the late '80s, the market closed for the weekend every other Friday.",
    "The the the a a an that that year 2014 $2014 2,014 1.2014 May may March march.",
]

VOCABULARY = [
    "the",
    "a",
    "an",
    "that",
    "at",
    "about",
    "more",
    "than",
    "least",
    "no",
    "up",
    "some",
    "over",
    "early",
    "late",
    "mid",
    "this",
    "last",
    "next",
    "past",
    "previous",
    "following",
    "first",
    "third",
    "quarter",
    "year",
    "years",
    "month",
    "day",
    "days",
    "week",
    "weekend",
    "Friday",
    "Monday",
    "March",
    "May",
    "June",
    "Sept.",
    "2014",
    "1990s",
    "'80s",
    "10:35",
    "a.m.",
    "p.m.",
    "ago",
    "later",
    "earlier",
    "from",
    "now",
    "daily",
    "every",
    "each",
    "once",
    "twice",
    "noon",
    "tonight",
    "morning",
    "night",
    "today",
    "yesterday",
    "now",
    "recently",
    "future",
    "term",
    "fiscal",
    "period",
    "year-ago",
    "year-end",
    "end",
    "of",
    "spring",
    "Thanksgiving",
    "Christmas",
    "New",
    "Year's",
    "Day",
    "Election",
    "nineteen",
    "ninety-six",
    "two",
    "thousand",
    "old",
    "company",
    "said",
    "20%",
    "$5",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_finder_equals_brute_force_on_sentences(text: str) -> None:
    assert spans(text) == scan_everywhere(text)


def test_finder_equals_brute_force_on_word_salad() -> None:
    rng = random.Random(20240611)  # noqa: S311 - reproducible test data, not secrets
    separators = [" ", " ", " ", ", ", ". ", "\n", "  ", "-", "'"]
    for _ in range(300):
        words = [rng.choice(VOCABULARY) + rng.choice(separators) for _ in range(rng.randint(3, 30))]
        text = "".join(words)
        assert spans(text) == scan_everywhere(text), text
