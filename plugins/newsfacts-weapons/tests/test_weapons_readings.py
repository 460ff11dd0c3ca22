"""What counts as a weapon's range and how it is read, each rule on sentences written for it (issue 16):
numbers in words, unit slips, range readings, bounds. No sentence here is from a corpus."""

import pytest

from newsfacts_weapons.numbers import parse_figure


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
    assert parse_figure(words) == value


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
def test_numbers_in_words_and_unit_slips(sentence, surface, km, numeric):
    assert numeric(sentence) == [(surface, km, km, "exact", "Lark")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lark missile travelled a distance of 950 km before falling into the sea.",
        "In Sunday's launch the rocket reached a distance of 420 km, the agency said.",
        "During the drill the Lark-2 flew to a range of 600 km and splashed down.",
        "The village lies within range of the guns, about 25 km from the front line.",
        "The buffer zone would reach 15 km deep along the front, out of range of most artillery.",
        "The two ports are 1,200 km apart, well within range of the Lark missile.",
        "A truce line runs 1,000 km along the front, within range of the Lark rockets.",
    ],
)
def test_flights_places_and_front_lines_are_no_range(sentence, numeric):
    assert numeric(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("The howitzers, which have a range of 40 km, were placed 20 km behind the front line.", "40 km"),
        ("The guns have a range of 30 km, so they were moved to positions 10 km inside the border.", "30 km"),
        ("The rockets' range of 70 km spans a distance of 1,200 km between the two towns.", "70 km"),
        ("The Lark-3 missile, with a range of 900 km, flew 600 km in Tuesday's test.", "900 km"),
    ],
)
def test_a_position_or_a_flight_after_a_range_is_not_a_second_range(sentence, kept, numeric):
    assert [claim[0] for claim in numeric(sentence)] == [kept]


def test_a_distance_said_as_a_capability_is_a_range(numeric):
    assert numeric("The Lark missile can cover a distance of 950 km.") == [("950 km", 950.0, 950.0, "exact", "Lark")]


def test_up_to_far_from_its_figure_is_still_an_upper_bound(numeric):
    assert numeric("The Lark-2 can hit targets up to, its builders claim, 2,000 km away.") == [
        ("2,000 km", None, 2000.0, "upper", "Lark-2")
    ]


def test_up_to_before_an_estimate_is_an_upper_bound(numeric):
    assert numeric("The Lark-2 system's range extends up to an estimated 500 kilometres.") == [
        ("up to an estimated 500 kilometres", None, 500.0, "upper", "Lark-2")
    ]


def test_up_to_now_sets_no_bound(numeric):
    assert numeric("Up to now the Lark-2 missile had a range of 500 km.") == [
        ("500 km", 500.0, 500.0, "exact", "Lark-2")
    ]


def test_a_singular_range_of_two_figures_is_one_band(numeric):
    assert numeric("The Lark-2 has a strike range of 2,500 and 3,000 km.") == [
        ("2,500 and 3,000 km", 2500.0, 3000.0, "range", "Lark-2")
    ]


def test_a_range_raised_from_one_figure_to_another_is_two_values(numeric):
    assert numeric("The Lark-2 rocket's range was increased from 290 to 450 km.") == [
        ("290", 290.0, 290.0, "exact", "Lark-2"),
        ("450 km", 450.0, 450.0, "exact", "Lark-2"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Shield-7 battery intercepts rockets fired from distances of 4 km to 70 km.",
            [("4 km to 70 km", 4.0, 70.0, "range", "Shield-7")],
        ),
        (
            "The Shield-7 air defence system can shoot down aircraft up to 400 km away.",
            [("up to 400 km", None, 400.0, "upper", "Shield-7")],
        ),
    ],
)
def test_engagement_envelopes_are_ranges(sentence, expected, numeric):
    assert numeric(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Lark missile can hit ships as far away as 250 km.", [("as far away as 250 km", None, 250.0, "upper")]),
        ("The Lark missile has a range of fewer than 300 km.", [("fewer than 300 km", None, 300.0, "upper")]),
        ("The Lark missile has a range of no less than 300 km.", [("no less than 300 km", 300.0, None, "lower")]),
        (
            "The Lark missile's range was raised to 3,500 km from 2,750 km.",
            [("3,500 km", 3500.0, 3500.0, "exact"), ("2,750 km", 2750.0, 2750.0, "exact")],
        ),
    ],
)
def test_more_bound_wordings(sentence, expected, numeric):
    assert [claim[:4] for claim in numeric(sentence)] == expected


def test_a_sensor_watching_missiles_has_no_weapon_range(numeric):
    assert numeric("The coastal radar can detect missiles at a range of 600 km.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Lark missile has a range of 300-to-500 km.", [("300-to-500 km", 300.0, 500.0, "range")]),
        ("The Lark missile has a range of 1.200 km.", [("1.200 km", 1200.0, 1200.0, "exact")]),
        ("The Lark mortar has a range of 1.2 km.", [("1.2 km", 1.2, 1.2, "exact")]),
        (
            "The Lark missile has a range of twenty-five hundred km.",
            [("twenty-five hundred km", 2500.0, 2500.0, "exact")],
        ),
    ],
)
def test_number_shapes(sentence, expected, numeric):
    assert [claim[:4] for claim in numeric(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The Lark missile can go as far as 300 km.", "as far as 300 km"),
        ("The Lark missile is effective out to 300 km.", "300 km"),
        ("The Lark missile can be fired at targets up to 300 km away.", "up to 300 km"),
        ("The Lark missile can deliver a 500 kg payload 300 km.", "300 km"),
        ("The Lark missile flies up to 2,000 km.", "up to 2,000 km"),
    ],
)
def test_more_range_readings(sentence, surface, numeric):
    assert [claim[0] for claim in numeric(sentence)] == [surface]


def test_a_headline_flight_in_the_present_is_no_range(numeric):
    assert numeric("Lark missile flies 800 km before falling into the sea") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lark-3, with a range of 1,000 km, reached an apogee of 2,000 km.",
        "The Lark-3 has a range of 1,000 km and in the test it reached 600 km.",
    ],
)
def test_a_height_or_a_reached_figure_after_a_range_is_not_a_second_range(sentence, numeric):
    assert [claim[0] for claim in numeric(sentence)] == ["1,000 km"]
