"""Issue 16, round 6: weapons named right in news-style copy about missiles, drones, artillery and air defence.

Every sentence is written for this test (real designation shapes, invented circumstances). Each "fixed" row was
wrong before its rule; the "kept" rows pin what must not change next to it.
"""

import pytest

# -- what an air defence shoots at is often a weapon, and the clause hung on it gives its reach ------------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("A Patriot battery in Riyadh fired at the Scud, whose range is about 300 km.", "Scud"),
        ("The Patriot is the only defence against the Kinzhal, a missile with a range of 2,000 km.", "Kinzhal"),
        ("Against the Kinzhal, which has a range of 2,000 km, only the Patriot has worked.", "Kinzhal"),
        # kept: a named weapon that struck a target is still the owner
        ("The Moskva was sunk by two Neptune missiles, which have a range of about 300 km.", "Neptune"),
        ("Air defences intercepted an Iskander-M, a ballistic missile with a range of 500 km.", "Iskander-M"),
    ],
)
def test_a_clause_on_a_weapon_that_was_shot_at_gives_its_own_reach(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


def test_a_target_without_a_clause_of_its_own_owns_nothing(numeric):
    # "fired at the Sheffield": the ship is the target, the range is the missile's
    sentence = "The Exocet fired at the Sheffield has a range of 70 km."
    assert [claim[4] for claim in numeric(sentence)] == ["Exocet"]


# -- an insertion with a year in it is still an insertion --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        ("The Patriot, which intercepted Scuds over Riyadh in 1991, has a range of 70 km.", "Patriot"),
        ("The Tarn-4, first shown with Vela-2 missiles in 2019, can fly 900 km.", "Tarn-4"),
        # kept: a figure in the insertion is no year
        ("The Tarn-4, which carries Vela-2 missiles, has a range of 900 km.", "Tarn-4"),
    ],
)
def test_a_year_does_not_end_an_insertion(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]
