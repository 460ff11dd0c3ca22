"""The core's text primitives and per-document cache, as plugins use them."""

from __future__ import annotations

import gc
import sys
import weakref

import pytest
import regex

import newsfacts
from newsfacts import Document, per_document, text


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("7", 7.0),
        ("2,500", 2500.0),
        ("2 500", 2500.0),
        ("2\u00a0500", 2500.0),
        ("1.5", 1.5),
        ("2 1/2", 2.5),
        ("twenty-five", 25.0),
        ("Twenty five", 25.0),
        ("a hundred", 100.0),
        ("three hundred and twenty", 320.0),
        ("two thousand and one", 2001.0),
        ("nine hundred and ninety-nine thousand nine hundred and ninety-nine", 999999.0),
        ("4 million", 4_000_000.0),
        ("half a dozen", 6.0),
        ("two and a half", 2.5),
        ("1,200 thousand", 1_200_000.0),
    ],
)
def test_numbers_are_read_in_digits_words_or_both(written: str, value: float) -> None:
    assert text.parse_number(written) == value


@pytest.mark.parametrize("written", ["", "and", "several", "range", "1/0", "9" * 400, "1.2.3x"])
def test_what_is_not_a_number_gives_none(written: str) -> None:
    assert text.parse_number(written) is None


def test_a_plugin_can_add_words_of_its_own_domain() -> None:
    assert text.parse_number("single") is None
    assert text.parse_number("single", extra_words={"single": 1}) == 1.0


def test_alternation_is_longest_first_escaped_and_stable() -> None:
    pattern = text.alternation(["mar", "march", "a.m.", "may"])
    assert pattern == text.alternation(["may", "a.m.", "march", "mar"])
    assert regex.fullmatch(pattern, "march")
    assert regex.match(pattern, "march").group() == "march"  # type: ignore[union-attr]
    assert not regex.fullmatch(pattern, "abm.")


def test_word_lists_and_word_spans() -> None:
    assert text.word_set(" said  told\nsays ") == {"said", "told", "says"}
    sample = "It flew 300 km, officials said."
    spans = text.word_spans(sample)
    assert [sample[s:e] for s, e in spans] == ["It", "flew", "300", "km", "officials", "said"]
    assert [sample[s:e] for s, e in text.word_spans(sample, 3, 11)] == ["flew", "300"]


def test_month_and_weekday_names_cover_every_month_and_day() -> None:
    assert sorted(set(text.MONTHS.values())) == list(range(1, 13))
    assert sorted(text.WEEKDAYS.values()) == list(range(7))
    assert text.MONTHS["sep"] == text.MONTHS["sept"] == text.MONTHS["september"] == 9


def test_per_document_computes_once_per_object_and_forgets_it_with_the_document() -> None:
    calls: list[str] = []

    @per_document
    def length(document: Document) -> int:
        calls.append(document.text)
        return len(document.text)

    first = Document(text="One text.")
    equal_copy = Document(text="One text.")
    assert length(first) == length(first) == 9
    assert length(equal_copy) == 9
    assert len(calls) == 2  # by identity: an equal document is its own entry, never compared
    watcher = weakref.ref(first)
    del first
    gc.collect()
    assert watcher() is None


def test_the_primitives_are_public() -> None:
    assert newsfacts.text is text
    assert "per_document" in newsfacts.__all__


def test_a_lazy_pattern_is_compiled_on_first_use_and_once() -> None:
    pattern = text.LazyPattern(r"range", regex.IGNORECASE)
    assert not pattern.is_compiled
    assert pattern.compiled.search("RANGE") is not None
    assert pattern.compiled is pattern.compiled
    assert pattern.is_compiled


def test_may_hold_finds_a_word_in_any_case_and_only_then() -> None:
    assert text.may_hold("It can REACH the coast", ("strike", "reach"))
    assert not text.may_hold("It was shown in May", ("strike", "reach"))
    assert not text.may_hold("no such word in here, é", ("zzz",))


def test_may_hold_says_yes_for_every_character_regex_folds_onto_an_ascii_letter() -> None:
    letter = regex.compile(r"(?i)[a-z]")
    folding = [chr(c) for c in range(128, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and letter.fullmatch(chr(c))]
    assert folding  # "İ", "ı", "ſ" and the Kelvin sign in today's regex
    for character in folding:
        # Either str.lower turns it into the ASCII letter regex takes it for, or may_hold cannot tell and says yes.
        lowered = character.lower()
        assert (lowered.isascii() and letter.fullmatch(lowered)) or text.may_hold(f"x{character}y", ("zzz",))
