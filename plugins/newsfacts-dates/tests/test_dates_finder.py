"""The trigger-and-dispatch finder against a brute-force scan that tries every family at every position."""

from __future__ import annotations

import random

import pytest

from newsfacts_dates import families, finder
from newsfacts_dates.families import FAMILIES, match_family
from newsfacts_dates.family import Kind


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
    # words that only narrow which families a start calls for ("ago", "the end of", "three times a")
    "beginning",
    "middle",
    "close",
    "start",
    "times",
    "three",
    "Sundays",
    "mornings",
    "nights",
    "hours",
    "4",
    # a figure glued to "am"/"pm", and the words of hyphenated durations ("five-year", "day-long")
    "9am",
    "10:30pm",
    "am",
    "pm",
    "five",
    "long",
    "couple",
    "additional",
    "several",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_finder_equals_brute_force_on_sentences(text: str) -> None:
    assert spans(text) == scan_everywhere(text)


def test_finder_equals_brute_force_on_word_salad() -> None:
    rng = random.Random(20240611)  # noqa: S311 - reproducible test data, not secrets
    separators = [" ", " ", " ", ", ", ". ", "\n", "  ", "-", "'"]
    for _ in range(600):
        words = [rng.choice(VOCABULARY) + rng.choice(separators) for _ in range(rng.randint(3, 30))]
        text = "".join(words)
        assert spans(text) == scan_everywhere(text), text


def test_the_text_is_lower_cased_a_piece_at_a_time_without_moving_an_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(finder, "_LOWERED_PIECE", 7)
    text = "Last WEEK,  in ISTANBUL\nthe ΟΔΟΣ  talks ran   2 days " * 3
    assert "".join(piece for _, piece in finder._lowered_pieces(text)) == text.lower()
    text = text.replace("ISTANBUL", "İSTANBUL")  # "İ" lower-cases to two characters: it stays as it is
    pieces = list(finder._lowered_pieces(text))
    assert len(pieces) > 3
    assert "".join(piece for _, piece in pieces) == text.lower().replace("i̇stanbul", "İstanbul")
    ends = [offset + len(piece) for offset, piece in pieces]
    assert [offset for offset, _ in pieces] == [0, *ends[:-1]]
    assert all(text[end].isspace() for end in ends[:-1])  # no word is cut


@pytest.mark.parametrize("piece", [1, 5, 64])
def test_the_candidates_do_not_depend_on_where_the_text_is_cut_for_lower_casing(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    text = (
        "On Monday, the past week and a year ago, '90 and 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 "
        "22 23 24 25 26 in May 2019; the meeting lasted three hours and ended last Thursday at 9 a.m. "
        "Two years  earlier a ten-year plan began at 10pm, twice a year and every  Monday. "
    ) * 4
    whole = [(c.start, c.end, c.text) for c in finder.find_candidates(text)]
    monkeypatch.setattr(finder, "_LOWERED_PIECE", piece)
    assert [(c.start, c.end, c.text) for c in finder.find_candidates(text)] == whole
    assert len(whole) > 8


@pytest.mark.parametrize(
    ("text", "calls_sets"),
    [
        ("They met twice a week.", True),
        ("It runs three times  per day.", True),
        ("Once an hour, a bell.", True),
        ("It was tested twice since last week.", False),  # "twice" repeats only what "a"/"an"/"per" brings
        ("Once again, next month.", False),
        ("He said it twice: a year ago.", False),
        ("Every other week.", True),
        ("each of the boats left last year", True),  # "every"/"each" may stand far before what they repeat
    ],
)
def test_a_singular_unit_calls_for_sets_after_once_twice_or_times_only_with_a_or_per(
    text: str, calls_sets: bool
) -> None:
    lowered = text.lower()
    index = next(i for i, family in enumerate(families.FAMILIES) if family.kind == Kind.SET)
    repeat = -families.LONGEST - 1
    called = 0
    for word in families.WORD.finditer(lowered):
        if word.group() in families.EVERY_WORDS:
            repeat = word.start()
        called |= families.trigger_mask(lowered, word.start(), word.end(), word.start() - repeat)
    assert bool(called >> index & 1) == calls_sets
