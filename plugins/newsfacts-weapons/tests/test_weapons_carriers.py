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


# -- a platform that carries a munition, then "has a range": the platform's own range ------------------------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        (
            "Tu-95 bombers carrying Kh-101 missiles have an operational range of 15,000 km, the think tank said.",
            "Tu-95",
        ),
        ("The Tu-95 bombers that launched Kh-101 missiles have a range of 15,000 km.", "Tu-95"),
        ("The ministry said the MiG-31K jets that carry Kinzhal missiles have a combat radius of 700 km.", "MiG-31K"),
        ("B-52 bombers armed with AGM-86 cruise missiles have an unrefuelled combat range of 14,000 km.", "B-52"),
        ("The Su-57 fighters that fire Kh-59 missiles have a combat radius of 1,500 km, the ministry said.", "Su-57"),
        # kept: a clause or phrase on the munition gives the munition's range
        ("The B-52 bombers, armed with AGM-86 missiles that can fly 2,400 km, took off from Guam.", "AGM-86"),
        ("Sweden's JAS-39 fighters carry Meteor missiles with a range of more than 100 km.", "Meteor"),
        ("The Kilo-class submarine fired four Kalibr missiles, which have a range of 2,500 km.", "Kalibr"),
        ("The HIMARS launchers fire GMLRS rockets with a range of about 80 km.", "GMLRS"),
        ("The Tarn-4, which carries Vela-2 missiles, has a range of 900 km.", "Tarn-4"),
        # kept: a munition fired by a platform, then its range
        ("Kh-59 missiles fired by Su-57 fighters have a range of 290 km.", "Kh-59"),
    ],
)
def test_a_platform_carrying_a_munition_owns_the_range_it_has(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


# -- a munition "used by", "mounted on", "fitted to" a platform: the platform only says how it is used -------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("The 40N6 missile used by the S-400 system can hit targets 400 km away.", "40N6"),
        ("The Kh-47 missile mounted on the MiG-31K jet can fly 2,000 km.", "Kh-47"),
        ("The Tarn-2 rockets used in the Vela-9 launcher have a range of 70 km.", "Tarn-2"),
        # kept: the platform named first and using the munition is still the owner before a clause on it
        ("The S-400 system uses the 40N6 missile, which can hit targets 400 km away.", "40N6"),
    ],
)
def test_a_munition_used_by_a_platform_owns_its_range(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


# -- a figure said to be "its" range, or modifying "range" before a clause that points back ------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "The Tarn-9 changes everything. With its 2,000 km range, nothing in the region is safe.",
            [("2,000 km", 2000.0, 2000.0, "exact", "Tarn-9")],
        ),
        (
            "The Tarn-9 changes everything. With a 2,000 km range, it can hit any city.",
            [("2,000 km", 2000.0, 2000.0, "exact", "Tarn-9")],
        ),
        (
            "The Tarn-9 changes everything. With a 2,000-km range, they can hit any city.",
            [("2,000-km", 2000.0, 2000.0, "exact", "Tarn-9")],
        ),
        # kept: an airliner's range pointed back to is no weapon's
        ("The Airbus A350 was unveiled. With its 15,000 km range, it can fly nonstop.", []),
        ("The Tarn-9 changes everything. With a 2,000 km convoy, they can move it.", []),
    ],
)
def test_its_range_points_back(numeric, sentence, expected):
    assert numeric(sentence) == expected


# -- what a system copies may be named with its owner's possessive ("a copy of Russia's Iskander") -----------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("North Korea fired KN-23 missiles, a copy of Russia's Iskander, which have a range of 690 km.", "KN-23"),
        ("The Qiam-1 is a derivative of Russia's Scud with a range of 800 km.", "Qiam-1"),
        ("The Vela-2 is a copy of the Soviet Union's Tarn-5 but has a range of 900 km.", "Vela-2"),
        # kept: a possessive system is still the owner when nothing copies it
        ("Analysts compared the Vela-2 with Russia's Iskander, which has a range of 500 km.", "Iskander"),
    ],
)
def test_a_copied_system_after_a_possessive_is_only_the_model(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


# -- a designation's last digits never open a space-grouped figure ("the Lark-2 500 km") ---------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "The Lark-1 can fly 300 km, the Lark-2 500 km and the Lark-3 800 km.",
            [
                ("300 km", 300.0, 300.0, "exact", "Lark-1"),
                ("500 km", 500.0, 500.0, "exact", "Lark-2"),
                ("800 km", 800.0, 800.0, "exact", "Lark-3"),
            ],
        ),
        # kept: space-grouped figures, alone and in a band
        ("The Tarn-5 has a range of 2 500 km.", [("2 500 km", 2500.0, 2500.0, "exact", "Tarn-5")]),
        ("The Tarn-5 has a range of 2 500-3 000 km.", [("2 500-3 000 km", 2500.0, 3000.0, "range", "Tarn-5")]),
    ],
)
def test_a_designation_opens_no_digit_group(numeric, sentence, expected):
    assert numeric(sentence) == expected


# -- bombs are weapons, and "the bombs"/"each bomb" point back to the bombs the sentence before names --------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "Israeli F-35 jets dropped GBU-39 bombs. The bombs can glide 110 km.",
            [("110 km", 110.0, 110.0, "exact", "GBU-39")],
        ),
        (
            "Su-34s had dropped FAB-3000 bombs on the town. The bombs can glide up to 60 km.",
            [("up to 60 km", None, 60.0, "upper", "FAB-3000")],
        ),
        (
            "Su-34s had dropped FAB-3000 bombs on the town. Each bomb, guided by a UMPK kit, can glide up to 60 km.",
            [("up to 60 km", None, 60.0, "upper", "FAB-3000")],
        ),
        (
            "Su-34 jets fired Kh-59 missiles. Each missile can fly 290 km.",
            [("290 km", 290.0, 290.0, "exact", "Kh-59")],
        ),
        # kept: a bomb's place
        ("Police defused a car bomb 20 km from the city.", []),
        ("A bomb exploded 30 km north of Kabul.", []),
    ],
)
def test_bombs_are_pointed_back_to(numeric, sentence, expected):
    assert numeric(sentence) == expected


# -- "the rockets" after a platform: a munition named in an insertion, when nothing outside it is of that kind -----


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("A Vela-9 launcher, which fires Tarn-2 rockets, was destroyed; the rockets can fly 70 km.", "Tarn-2"),
        # kept: the launcher pointed back to is the launcher; a name of no kind stays out
        ("A Vela-9 launcher, which fires Tarn-2 rockets, was destroyed; the launcher can fire 70 km.", "Vela-9"),
        ("A Vela-9 launcher, which the Tarn-2 battalion used, was destroyed; the missile can fly 70 km.", "Vela-9"),
    ],
)
def test_a_reference_finds_its_kind_inside_an_insertion(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


# -- a clause after a semicolon that leaves out its verb: "; the Kinzhal, 2,000 km" --------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "The Iskander has a range of 500 km; the Kinzhal, 2,000 km.",
            [("500 km", 500.0, 500.0, "exact", "Iskander"), ("2,000 km", 2000.0, 2000.0, "exact", "Kinzhal")],
        ),
        (
            "The Tarn-2 has a range of 300 km; the Tarn-3, about 700 km.",
            [("300 km", 300.0, 300.0, "exact", "Tarn-2"), ("about 700 km", 700.0, 700.0, "approx", "Tarn-3")],
        ),
        # kept: a place after the semicolon, a clause with a verb of its own, no figure before
        ("The Tarn-2 has a range of 300 km; Kyiv, 700 km.", [("300 km", 300.0, 300.0, "exact", "Tarn-2")]),
        ("The Tarn-2 has a range of 300 km; Kyiv is 700 km away.", [("300 km", 300.0, 300.0, "exact", "Tarn-2")]),
        ("The Tarn-2 has a long range; the Tarn-3, 700 km north of it.", []),
    ],
)
def test_a_gapped_clause_after_a_semicolon_keeps_the_range(numeric, sentence, expected):
    assert numeric(sentence) == expected


# -- a long attribution between a modal and its verb ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "The Vela-4 can, according to a report from the Royal United Services Institute, fly up to 900 km.",
            [("up to 900 km", None, 900.0, "upper", "Vela-4")],
        ),
        # kept: a figure inside the insertion is no capability
        ("The Vela-4 can, officials said after a 900 km test flight, fly far.", []),
    ],
)
def test_a_long_attribution_after_a_modal(numeric, sentence, expected):
    assert numeric(sentence) == expected


# -- a figure given "for the older/original X" is X's ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "weapons"),
    [
        # fixed
        ("The Iskander-M can fly 500 km, compared with 120 km for the older Tochka-U.", ["Iskander-M", "Tochka-U"]),
        ("The Tarn-5 has a range of 800 km, against 500 km for the original Tarn-4.", ["Tarn-5", "Tarn-4"]),
        # kept: "for" without a name after it
        ("The Tarn-5 can fly 800 km for the first time, officials said.", ["Tarn-5"]),
    ],
)
def test_a_figure_for_an_older_system_is_its_own(numeric, sentence, weapons):
    assert [claim[4] for claim in numeric(sentence)] == weapons


# -- a platform named by a word before its kind ("the Apache helicopters") carrying a named munition ---------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("The Apache helicopters, which fire Hellfire missiles, have a combat radius of 480 km.", "Apache"),
        ("Rafale jets carrying the ASMP-A nuclear missile have a range of 1,850 km.", "Rafale"),
        ("The Gripen fighters, which carry Meteor missiles, have a combat radius of 800 km.", "Gripen"),
        # kept: a people's word is no platform's name; a clause on the munition gives the munition's range
        ("The Russian jets carrying Kh-101 missiles have a range of 5,000 km.", "Kh-101"),
        ("The Apache helicopters fire Hellfire missiles, which have a range of 8 km.", "Hellfire"),
        ("Ukraine's F-16 jets, carrying AIM-120 missiles with a range of 160 km, patrol the skies.", "AIM-120"),
    ],
)
def test_a_platform_named_before_its_kind_owns_the_range_it_has(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]
