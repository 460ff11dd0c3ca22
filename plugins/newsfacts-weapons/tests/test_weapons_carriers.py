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
