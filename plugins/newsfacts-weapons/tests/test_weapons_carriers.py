"""Issue 16, round 7: weapons and their carriers (jets, bombers, ships) in news copy, and what owns a range.

Every sentence is written for this test. Each "fixed" row was wrong before its rule; the "kept" rows pin what
must not change next to it.
"""

import pytest

# -- "flight" that only says what kind of range follows is no airliner's flight -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        ("The Vela-2 missile has a flight range of 800 km.", [("800 km", 800.0, 800.0, "exact", "Vela-2")]),
        (
            "The Lark-8 drone has a flight range of 1,000 km and carries a 50 kg warhead.",
            [("1,000 km", 1000.0, 1000.0, "exact", "Lark-8")],
        ),
        # kept: an airliner's flight range stays an airliner's
        ("The Airbus A350 has a flight range of 15,000 km.", []),
        ("The airliner has a flight range of 15,000 km, more than any missile.", []),
        # kept: an observed flight is no range
        ("The missile's flight of 800 km ended in the sea.", []),
    ],
)
def test_a_flight_range_is_a_range(numeric, sentence, expected):
    assert numeric(sentence) == expected


# -- an aircraft that carries or launches a weapon is its platform, not an airliner --------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "France's ASMP-A nuclear missile, carried by Rafale jets, has a range of 500 km.",
            [("500 km", 500.0, 500.0, "exact", "ASMP-A")],
        ),
        (
            "The Kh-59 missiles dropped by Russian planes can glide 290 km.",
            [("290 km", 290.0, 290.0, "exact", "Kh-59")],
        ),
        # kept: what airliners carry is no weapon
        ("The jets carrying 200 passengers have a range of 8,000 km, the airline said.", []),
        ("Passengers carried by the planes can fly 8,000 km.", []),
    ],
)
def test_an_aircraft_carrying_a_weapon_is_no_airliner(numeric, sentence, expected):
    assert numeric(sentence) == expected
