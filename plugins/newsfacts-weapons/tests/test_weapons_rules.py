"""The general rules behind the extractor: plausible figures, bound words, the gazetteer, civilian ranges, titles."""

import math

import pytest

from newsfacts_weapons.gazetteer import ORGANISATIONS, SYSTEM_NAME
from newsfacts_weapons.numbers import parse_figure
from newsfacts_weapons.quantities import find_quantities
from newsfacts_weapons.units import MAX_KM, plausible_km

# --- absurd figures -------------------------------------------------------------------------------------------


def test_a_run_of_hundreds_of_digits_is_no_number():
    assert parse_figure("9" * 400) is None
    assert parse_figure("4,000") == 4000.0


def test_plausible_reach_is_finite_non_negative_and_capped():
    assert MAX_KM == 50_000.0
    assert plausible_km(0.0)
    assert plausible_km(MAX_KM)
    assert not plausible_km(MAX_KM + 0.001)
    assert not plausible_km(-1.0)
    assert not plausible_km(math.inf)
    assert not plausible_km(math.nan)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quill rocket has a range of " + "7" * 400 + " km.",
        "The Quill rocket has a range of 90,000 km.",
        "The Quill rocket has a range of 1e47 km.",
        "The Quill rocket has a range of 1,000,000,000,000,000,000,000 km.",
        "The Quill rocket has a range of 40,000 to 80,000 miles.",
    ],
)
def test_implausible_figures_give_no_claim(sentence, numeric):
    assert numeric(sentence) == []


def test_a_figure_just_under_the_cap_is_kept(numeric):
    assert numeric("The Quill rocket has a range of 45,000 km.") == [("45,000 km", 45000.0, 45000.0, "exact", "Quill")]


# --- reversed pairs -------------------------------------------------------------------------------------------


def test_a_reversed_pair_after_between_is_read_as_the_band(numeric):
    assert numeric("Its shells have a range of between 30 and 12 km.") == [
        ("between 30 and 12 km", 12.0, 30.0, "range", "shells")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quill rocket has a range of 250-80 km.",
        "The Quill rocket has a range of 250 to 80 km.",
        "The Quill rocket has a range of 400 miles to 500 km.",
    ],
)
def test_other_reversed_pairs_give_nothing(sentence, numeric):
    assert numeric(sentence) == []


def test_band_in_two_units_compares_kilometres(numeric):
    assert numeric("The Quill rocket has a range of 100 miles to 200 km.") == [
        ("100 miles to 200 km", 160.934, 200.0, "range", "Quill")
    ]


def test_a_cut_range_is_two_values(numeric):
    assert numeric("The Quill rocket's range was cut from 500 km to 300 km.") == [
        ("500 km", 500.0, 500.0, "exact", "Quill"),
        ("300 km", 300.0, 300.0, "exact", "Quill"),
    ]


def test_no_quantity_ever_has_min_above_max():
    text = "Ranges of 9 to 3 km, between 80 and 20 miles, 70-10 km and 5 km to 2 miles were listed."
    for quantity in find_quantities(text):
        if quantity.min_km is not None and quantity.max_km is not None:
            assert quantity.min_km <= quantity.max_km


# --- upper bounds in other words (ANNOTATION.md rule 9) -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "km"),
    [
        ("Its range did not exceed 2 km, the rocket's makers said.", "did not exceed 2 km", 2.0),
        ("The Quill rocket's range didn't exceed 6 km.", "didn't exceed 6 km", 6.0),
        ("The Quill rocket's range cannot exceed 70 km.", "cannot exceed 70 km", 70.0),
        ("The Quill missile can fly no more than 120 km.", "no more than 120 km", 120.0),
        ("The Quill missile can fly not more than 125 km.", "not more than 125 km", 125.0),
        ("The Quill missile can strike targets at most 90 km away.", "at most 90 km", 90.0),
        ("The Quill missile has a range of a maximum of 95 km.", "a maximum of 95 km", 95.0),
        ("The Quill rocket has a range of upto 45 km.", "upto 45 km", 45.0),
        ("The Quill rocket has a range of up to 55 km.", "up to 55 km", 55.0),
        ("The Quill missile can hit targets as far as 650 km away.", "as far as 650 km", 650.0),
        # said away from the number: the bound word stays out of the surface
        ("The Quill missile's range is capped at 300 km.", "300 km", 300.0),
        ("The Quill missile's range is limited to 280 km.", "280 km", 280.0),
        ("Its range can reach 80 km, the missile's builders say.", "80 km", 80.0),
        ("The Quill missile has a maximum range of 410 km.", "410 km", 410.0),
        ("The Quill rocket carries warheads upto a range of 150 km.", "150 km", 150.0),
    ],
)
def test_upper_bound_phrasings(sentence, surface, km, numeric):
    [(text, low, high, qualifier, _)] = numeric(sentence)
    assert (text, low, high, qualifier) == (surface, None, km, "upper")


def test_exceeding_without_negation_is_a_lower_bound(numeric):
    assert numeric("The Quill missile can fly distances exceeding 700 km.")[0][:4] == (
        "exceeding 700 km",
        700.0,
        None,
        "lower",
    )


# --- the gazetteer --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("troops fired an Iskander-M near the border", "Iskander-M"),
        ("a battery of S-400 launchers", "S-400"),
        ("parading DF-41 missiles", "DF-41"),
        ("the Hwasong-17 was shown", "Hwasong-17"),
        ("two Scuds fell short", "Scuds"),
        ("a Storm Shadow struck the bridge", "Storm Shadow"),
        ("the Agni V flew", "Agni V"),
    ],
)
def test_gazetteer_finds_listed_systems(text, name):
    assert SYSTEM_NAME.compiled.search(text)["n"] == name


def test_gazetteer_is_case_sensitive_for_ordinary_words():
    assert SYSTEM_NAME.compiled.search("an arrow pointed at the frog and a patriot smiled") is None


def test_a_listed_system_is_a_weapon_without_a_weapon_noun(numeric):
    assert numeric("The Kalibr has a range of 1,500 km.") == [("1,500 km", 1500.0, 1500.0, "exact", "Kalibr")]
    assert numeric("Analysts said the Zircon can travel 1,000 km.") == [("1,000 km", 1000.0, 1000.0, "exact", "Zircon")]


def test_an_unlisted_name_is_still_found_from_its_weapon_noun(numeric):
    assert numeric("The Gannet rockets have a range of 65 km.") == [("65 km", 65.0, 65.0, "exact", "Gannet")]


def test_news_and_space_agencies_are_never_the_weapon(numeric):
    assert {"kcna", "irna", "nasa", "isro", "xinhua"} <= ORGANISATIONS
    assert numeric("KCNA reported that the new rocket has a range of 1,000 km.") == [
        ("1,000 km", 1000.0, 1000.0, "exact", "rocket")
    ]


# --- civilian things with a range -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Next to its missiles, the maker showed an e-bike with a range of 90 km.",
        "Beside the missile stand, a delivery drone with a range of 25 km was on show.",
        "The Hornet missile is sold alongside a Boeing 737 whose range is 6,000 km.",
        "The rocket maker's electric SUV has a range of 480 km.",
        "Near the rockets stood a scooter with a range of 35 km.",
        "The missile crews carry radios with a range of 12 km.",
        "The missile depot's Wi-Fi has a range of 100 metres.",
        "Like the missile, the motorcycle can travel 300 km on one tank.",
    ],
)
def test_a_nearer_civilian_thing_owns_the_range(sentence, numeric):
    assert numeric(sentence) == []


def test_a_hyphenated_modifier_is_no_civilian_thing(classes, numeric):
    assert numeric("Army crews drove truck-mounted launchers whose rockets have a range of 70 km.") == [
        ("70 km", 70.0, 70.0, "exact", "rockets")
    ]
    assert classes("They showed short-range truck-mounted cruise missiles.") == [
        ("short-range truck-mounted cruise missiles", "short")
    ]


def test_a_civilian_class_claim_is_dropped(classes):
    assert classes("The airline ordered long-range jets, not missiles.") == []


# --- cues -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cue", ["strike capability", "hitting capacity", "attack radius", "striking radius"])
def test_strike_capacity_words_are_range_cues(cue, numeric):
    assert numeric(f"The Vortex missile has a {cue} of 600 km.") == [("600 km", 600.0, 600.0, "exact", "Vortex")]


# --- titles ---------------------------------------------------------------------------------------------------


def test_a_titled_instrument_or_treaty_is_no_class_claim(classes):
    assert classes("Engineers built the Long Range Discovery Telescope near the missile range.") == []
    assert classes("Officials debated the Intermediate-Range Nuclear Forces Treaty and its missiles.") == []


def test_a_titled_weapon_is_a_class_claim(classes):
    assert classes("The army tested its Long-Range Precision Missile on Friday.") == [
        ("Long-Range Precision Missile", "long")
    ]


def test_a_sentence_opening_class_word_is_no_title(classes):
    assert classes("Long-range missiles were on parade.") == [("Long-range missiles", "long")]


# --- number-dense text ----------------------------------------------------------------------------------------


def test_a_figure_among_many_bare_numbers_is_still_found(numeric):
    filler = " ".join(str(i) for i in range(3000))
    text = f"{filler} and the Quill missile has a range of 300 km {filler}"
    assert numeric(text) == [("300 km", 300.0, 300.0, "exact", "Quill")]
    assert numeric(filler) == []
