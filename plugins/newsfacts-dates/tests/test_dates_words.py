"""The word walk finds the same words as ``newsfacts.text.WORD``, whichever engine it takes."""

from __future__ import annotations

import itertools

import pytest

from newsfacts.text import WORD
from newsfacts_dates import tense
from newsfacts_dates.words import words_of

# Our own characters: ASCII word and non-word characters, and non-ASCII ones that the engines could read apart
# (a combining accent, a superscript two, an Arabic-Indic digit, a letter with an accent, a curly apostrophe).
ASCII = ("a", "Z", "7", "_", " ", "-", "'", ".", "\n")
OTHERS = ("\u0301", "\u00b2", "\u0663", "\u00e9", "\u2019", "\u00a0")


def _spans(found: object) -> list[tuple[int, int]]:
    return [match.span() for match in found]  # type: ignore[attr-defined]


@pytest.mark.parametrize("size", [1, 2, 3])
def test_the_word_walk_finds_the_words_of_the_core_word_pattern_in_every_short_string_and_window(size: int) -> None:
    for chars in itertools.product(ASCII + OTHERS, repeat=size):
        string = "x" + "".join(chars) + "y"
        assert _spans(words_of(string)) == _spans(WORD.finditer(string)), string
        for start, end in itertools.combinations(range(len(string) + 1), 2):
            assert _spans(words_of(string, start, end)) == _spans(WORD.finditer(string, start, end)), string


@pytest.mark.parametrize(
    ("string", "words"),
    [
        # The standard engine would cut "cafe\u0301s" at the accent, and read "km\u00b2" as one word.
        ("two cafe\u0301s opened", ["two", "cafe\u0301s", "opened"]),
        ("40 km\u00b2 of land", ["40", "km", "of", "land"]),
        (
            "the caf\u00e9\u2019s \u201cfive\u201d days \u0663\u0661",
            ["the", "caf\u00e9", "s", "five", "days", "\u0663\u0661"],
        ),
    ],
)
def test_the_words_are_those_of_the_core_word_pattern_in_text_beyond_ascii(string: str, words: list[str]) -> None:
    assert [match.group() for match in words_of(string)] == words


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We'll meet again on Friday.", "future"),
        ("The envoy arrived on Friday.", "past"),
        ("The talks won't resume until Friday.", "future"),
        ("The strikes begin on Friday.", "present"),
        ("Her revised plan for Friday.", "none"),
    ],
)
def test_the_tense_of_a_sentence_comes_from_its_markers_alone(sentence: str, expected: str) -> None:
    start = sentence.index("Friday")
    assert tense.tense_near(sentence, start, start + len("Friday")) == expected


def test_only_the_characters_within_the_bounds_choose_how_the_words_are_walked() -> None:
    # A combining accent outside the window changes nothing inside it, whichever engine walks the window.
    string = "cafe\u0301 " + "two days later " * 3
    start = string.index("two")
    assert [match.group() for match in words_of(string, start, start + 8)] == ["two", "days"]
    assert _spans(words_of(string, start)) == _spans(WORD.finditer(string, start))
