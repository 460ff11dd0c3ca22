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
    # the words before a unit that narrow the families it calls for ("the past two years", "for the years",
    # "recent years", "the long term", "that same day", "1990s")
    "for",
    "within",
    "in",
    "during",
    "intervening",
    "recent",
    "coming",
    "these",
    "near",
    "short",
    "same",
    "very",
    "full",
    "few",
    "twenty-four",
    "1,500",
    "months",
    "weeks",
    "decades",
    "1980",
    "1990's",
    "80s",
    "'70s",
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
    assert calls_for(text, Kind.SET) == calls_sets


def trigger_masks(text: str) -> list[tuple[int, int]]:
    """Each word of ``text`` (read as one piece) with the families it calls for, as bits."""
    lowered = text.lower()
    repeat = -families.LONGEST - 1
    masks = []
    for word in families.WORD.finditer(lowered):
        if word.group() in families.EVERY_WORDS:
            repeat = word.start()
        masks.append((word.start(), families.trigger_mask(lowered, word.start(), word.end(), word.start() - repeat)))
    return masks


def bit(kind: Kind) -> int:
    return 1 << next(i for i, family in enumerate(families.FAMILIES) if family.kind == kind)


def calls_for(text: str, kind: Kind) -> bool:
    """Whether the triggers of ``text`` (as one piece) call for the family ``kind``."""
    return any(mask & bit(kind) for _, mask in trigger_masks(text))


@pytest.mark.parametrize(
    ("text", "kind", "called"),
    [
        ("over the past two years", Kind.SPANDUR, True),
        ("in the next twenty-four hours", Kind.SPANDUR, True),
        ("the last 1,500 days", Kind.SPANDUR, True),
        ("the first few full months", Kind.SPANDUR, True),
        ("last week, within three years", Kind.SPANDUR, False),  # a pointer, but a word of no count before the unit
        ("at least 18 months", Kind.SPANDUR, False),
        ("for years", Kind.VAGUE, True),
        ("during the intervening decades", Kind.VAGUE, True),
        ("in the weeks ahead", Kind.VAGUE, True),
        ("within three years", Kind.VAGUE, False),
        ("fighting during years of war", Kind.VAGUE, False),  # "during" only before "the"
        ("in recent years", Kind.WORD, True),
        ("these days", Kind.WORD, True),
        ("in the long term", Kind.WORD, True),
        ("within three years, a longer-term plan", Kind.WORD, False),
        ("that same day", Kind.ANAPHOR, True),
        ("that the committee met next month", Kind.ANAPHOR, False),
        ("in the 1990s", Kind.DECADE, True),
        ("the late '80s", Kind.DECADE, True),
        ("the 1990's", Kind.DECADE, True),
        ("115 miles in 2026", Kind.DECADE, False),
        ("in 2014", Kind.YEAR, True),
        ("115 miles, 12345 troops, 3014 or 20145", Kind.YEAR, False),
        ("on 2014-03-05", Kind.ISO, True),
        ("in 2014, 115-120", Kind.ISO, False),
        ("on 3 March", Kind.DMY, True),
        ("the 3rd of March", Kind.DMY, True),
        ("he left on March 3, 2014", Kind.DMY, False),
    ],
)
def test_a_unit_or_figure_calls_for_a_family_only_with_the_words_its_pattern_takes_before_it(
    text: str, kind: Kind, called: bool
) -> None:
    assert calls_for(text, kind) == called


# The families whose needed triggers are read from the words before a unit or after a figure.
_NARROWED = (Kind.SPANDUR, Kind.VAGUE, Kind.WORD, Kind.ANAPHOR, Kind.DECADE, Kind.DUR, Kind.YEAR, Kind.ISO, Kind.DMY)


# What stands before a unit or figure in these families, what between, and the units: short salads of them,
# with words of no family mixed in, where each family often matches.
_HEADS = [
    "for",
    "within",
    "in",
    "over",
    "during the",
    "over the",
    "in the early",
    "for the following",
    "during the intervening",
    "that",
    "that same",
    "that very",
    "the past",
    "last",
    "the next",
    "the first",
    "recent",
    "coming",
    "these",
    "the near",
    "the long",
    "short",
    "at least",
    "some",
    "war",
    "Monday",
    "the late",
    "mid-",
    "during",
    "the",
    "said",
    "every",
    "once a",
    "twice per",
]
_MIDDLES = [
    "3",
    "21st",
    "3 of",
    "2014-03-05",
    "\u0662\u0660\u0661\u0664-\u0660\u0663-\u0660\u0665",
    "",
    "",
    "",
    "",
    "two",
    "twenty-four",
    "1,500",
    "1.5",
    "few",
    "a couple of",
    "more",
    "full",
    "three more",
    "half a",
    "several",
]
_UNITS = [
    "March",
    "Sept.",
    "1600",
    "20145",
    "3014",
    "years",
    "months",
    "weeks",
    "days",
    "day",
    "year",
    "week",
    "month",
    "hours",
    "decades",
    "term",
    "1990s",
    "'80s",
    "1990's",
    "2020",
    "ago",
    "earlier",
]


def test_every_match_of_a_narrowed_family_holds_a_trigger_that_calls_for_it() -> None:
    rng = random.Random(20261130)  # noqa: S311 - reproducible test data, not secrets
    separators = [" ", " ", " ", "  ", ", ", ". ", "\n", "-", "'"]
    seen = dict.fromkeys(_NARROWED, 0)
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts += [rng.choice(_HEADS), rng.choice(_MIDDLES), rng.choice(_UNITS)]
        text = "".join(part + rng.choice(separators) for part in parts if part)
        masks = trigger_masks(text)
        for position in range(len(text)):
            for kind in _NARROWED:
                match = families.BY_KIND[kind].compiled.match(text, position)
                if match is not None:
                    seen[kind] += 1
                    inside = [mask for start, mask in masks if match.start() <= start < match.end()]
                    assert any(mask & bit(kind) for mask in inside), (kind, match.group(), text)
    assert min(seen.values()) >= 10, " ".join(f"{kind}={count}" for kind, count in seen.items())


def test_the_start_check_reads_the_families_look_behind_at_every_pair_of_characters() -> None:
    # every ASCII character, and letters, digits, marks and spaces beyond ASCII, each before every other, as
    # the one or two characters before a start
    characters = [chr(code) for code in range(32, 127)] + ["é", "\u0663", "²", "\u0301", "\u00a0", "ſ", "\u2019", "\n"]
    text = "".join(first + second + "x" for first in characters for second in characters)
    for position in range(len(text) + 1):
        assert finder._can_start(text, position) == (families.START.match(text, position, position) is not None)
