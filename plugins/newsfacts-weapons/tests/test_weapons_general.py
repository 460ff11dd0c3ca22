"""The general rules of issue 16, each on sentences written for it: what counts as a range, bounds,
numbers in words, unit slips, and which weapon a figure belongs to. No sentence here is from a corpus."""

import pytest

import newsfacts
import newsfacts_weapons.plugin
from newsfacts_weapons.numbers import parse_number

PIPELINE = newsfacts.Pipeline(autoload=False, plugins=[newsfacts_weapons.plugin])


def numeric(text):
    return [
        (c.text, c.value.min_km, c.value.max_km, c.value.qualifier, c.subject.text if c.subject else None)
        for c in PIPELINE.extract(text).claims
        if c.value.range_class is None
    ]


# --- numbers in words, grouped digits, unit slips and abbreviations -------------------------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("three hundred and twenty", 320.0),
        ("two thousand five hundred", 2500.0),
        ("a thousand", 1000.0),
        ("one thousand two hundred and fifty", 1250.0),
        ("forty-five", 45.0),
        ("2 500", 2500.0),
        ("2\u00a0500", 2500.0),
    ],
)
def test_spelled_and_grouped_numbers_parse(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("sentence", "surface", "km"),
    [
        (
            "The Lark rocket has a range of three hundred and twenty kilometres.",
            "three hundred and twenty kilometres",
            320.0,
        ),
        ("The Lark rocket has a range of two thousand five hundred km.", "two thousand five hundred km", 2500.0),
        ("The Lark rocket has a range of 1 200 km.", "1 200 km", 1200.0),
        ("The Lark rocket has a range of 450 kilomters.", "450 kilomters", 450.0),
        ("The Lark rocket has a range of 450 kilometrs.", "450 kilometrs", 450.0),
        ("The Lark rocket has a range of 450 klm.", "450 klm", 450.0),
        ("The Lark rocket has a range of 100 mi.", "100 mi", 160.934),
        ("The Lark rocket has a range of 100 nm.", "100 nm", 185.2),
    ],
)
def test_numbers_in_words_and_unit_slips(sentence, surface, km):
    assert numeric(sentence) == [(surface, km, km, "exact", "Lark")]
