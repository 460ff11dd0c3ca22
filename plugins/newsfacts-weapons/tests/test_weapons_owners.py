"""Which weapon a figure belongs to: the system the range is said of, in the sentence or the one before;
insertions, aliases, references back, lists (issue 16). No sentence here is from a corpus."""

import pytest

from newsfacts_weapons.names import find_names


def test_two_figures_for_two_weapons_are_two_claims_each_with_its_weapon(numeric):
    assert numeric("The Lark and Wren missiles have ranges of 300 and 500 km respectively.") == [
        ("300", 300.0, 300.0, "exact", "Lark"),
        ("500 km", 500.0, 500.0, "exact", "Wren"),
    ]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("The al-Tariq missile has a range of 650 km.", "al-Tariq"),
        ("The 9M555 cruise missile has a range of 2,500 km.", "9M555"),
        ("The 4K-31 Heron has a range of 1,500 km.", "4K-31 Heron"),
        ("General Ana Voss said the rockets, Fajr-5s, have a range of 75 km.", "Fajr-5s"),
        ("With a range of 1,500 km, the new missile, known as the Lark-3, can reach the whole coast.", "Lark-3"),
        ("A range of 1,500 km puts the whole coast within reach of the Iskander, analysts said.", "Iskander"),
        ("President Ola Dunn said the country's missiles could now reach 2,000 km, meaning the Lark-3.", "Lark-3"),
        ("The Lark-3 was shown on Monday. The president said the missile has a range of 900 km.", "Lark-3"),
        ("Borduria unveiled the Wren-4B on Monday. It has a range of 800 km, the minister said.", "Wren-4B"),
        ("The Super Kestrel, a light attack aircraft with a combat radius of 550 km, was shown.", "Super Kestrel"),
        ("The Lark-3 has a range of 900 km, more than the Scud's 300 km.", "Lark-3"),
    ],
)
def test_the_weapon_is_the_system_the_range_belongs_to(text, weapon, numeric):
    subjects = [claim[4] for claim in numeric(text)]
    assert subjects
    assert subjects[0] == weapon


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("The Wren-2 entered service in May. Northern Fleet missiles have a range of 300 km.", "Wren-2"),
        ("The Wren-2 entered service in May. Harbour Times missile experts say it can fly 300 km.", "Wren-2"),
        ("The Lark-3 was shown on Monday. The missile has a range of 300 km, similar to the Scud.", "Lark-3"),
    ],
)
def test_sources_units_and_compared_systems_are_not_the_weapon(text, weapon, numeric):
    subjects = [claim[4] for claim in numeric(text)]
    assert subjects == [weapon]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm builds the Heron medium-range missiles.", [("medium", "Heron")]),
        ("The ship carries a long-range version of the Lark-3.", [("long", "Lark-3")]),
        (
            "They fired several short-range missiles \u2013 the Wren-2 and the Lark-3.",
            [("short", "Wren-2"), ("short", "Lark-3")],
        ),
        ("They fired several short-range missiles at the port.", [("short", "missiles")]),
    ],
)
def test_a_class_claim_names_its_system(text, expected, class_subjects):
    assert class_subjects(text) == expected


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("The Heron-4 bomber, which carries Lark-3 missiles, has a combat radius of 900 km.", "Heron-4"),
        ("The Wren-2 rockets, fired from Tarn-1 launchers, can hit targets 90 km away.", "Wren-2"),
        ("The Corvid-5, like the older Vela-2, has a range of 600 km.", "Corvid-5"),
        ("Borduria's Kestrel-7, an answer to the Lark-3, can fly 1,100 km.", "Kestrel-7"),
        # the sentence points back past an insertion: the system of the sentence before
        (
            "Ruritania showed the Tayfun-2 on Friday. The missile, a copy of the Lark-3, has a range of 700 km.",
            "Tayfun-2",
        ),
        # a name inside an insertion is still better than a generic noun when nothing else is named
        ("The missile, a copy of the Lark-3, has a range of 700 km.", "Lark-3"),
        # a figure inside the insertion belongs to the name inside it
        ("The Heron-4 bomber, which carries Lark-3 missiles with a range of 300 km, was shown.", "Lark-3"),
    ],
)
def test_a_name_inside_an_insertion_does_not_own_the_figure_after_it(text, weapon, numeric):
    subjects = [claim[4] for claim in numeric(text)]
    assert subjects == [weapon]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("The Tarn-2 (Vela-6) has a range of 2,000 km.", "Tarn-2 (Vela-6)"),
        ("The Tarn-2 (NATO name SS-40 Hammer) has a range of 2,000 km.", "Tarn-2 (NATO name SS-40 Hammer)"),
        ("The Tarn-2, also called the Vela-6, has a range of 2,000 km.", "Tarn-2, also called the Vela-6"),
        ("The Tarn-2, known to NATO as the SS-40, can fly 2,000 km.", "Tarn-2, known to NATO as the SS-40"),
        (
            "They tested the Tarn-2, also known as Vela-6, which has a range of 2,000 km.",
            "Tarn-2, also known as Vela-6",
        ),
    ],
)
def test_a_system_given_with_its_alias_is_named_by_both(text, weapon, numeric):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        # "the missiles" points back to the name said to be a missile, not to the jets or the battery
        ("The Heron-4 jets were armed with Lark-3 missiles. The missiles have a range of 200 km.", "Lark-3"),
        ("A Shield-7 battery shot down a Wren-2 on Sunday. Officials said the missile can fly 900 km.", "Wren-2"),
        ("A Shield-7 battery shot down a Wren-2 on Sunday. The battery can hit targets 90 km away.", "Shield-7"),
        # a name said to be nothing in particular still beats one said to be something else
        ("The Heron-4 jets carried the Lark-3 on Friday. The missile has a range of 200 km.", "Lark-3"),
        # a system the sentence before compares with is not the one pointed back to
        ("Unlike the Wren-2, the new Lark-3 uses solid fuel. The missile has a range of 500 km.", "Lark-3"),
        # a pronoun points back to the first name
        ("The Lark-3 is larger than the Wren-2. It has a range of 500 km.", "Lark-3"),
        # with its alias
        ("Ruritania showed the Tarn-2 (Vela-6) in May. The missile has a range of 2,000 km.", "Tarn-2 (Vela-6)"),
    ],
)
def test_a_definite_reference_points_back_to_the_system_of_its_kind(text, weapon, numeric):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        # the figure's subject is "the missile", named after a launcher: the missile of the sentence before
        (
            "Ruritania got the Lark-3 in May. Fired from a Tarn-1 launcher, the missile can hit targets 300 km away.",
            "Lark-3",
        ),
        ("Ruritania fired the Tayfun-2. The Heron-4 jets carried the missiles, which can fly 900 km.", "Tayfun-2"),
        # a name of the reference's kind, or of no stated kind, in the same sentence is nearer
        (
            "Ruritania received the Lark-3 in May. The Heron-4 jets carried the Wren-2; the missile can fly 90 km.",
            "Wren-2",
        ),
        (
            "Ruritania got the Lark-3 in May. The Heron-4 jets carried Wren-2 missiles; the missiles can fly 90 km.",
            "Wren-2",
        ),
        # with nothing else named, the launcher is still better than no name
        ("Fired from a Tarn-1 launcher, the missile can hit targets 300 km away.", "Tarn-1"),
    ],
)
def test_a_reference_after_every_name_owns_the_figure_by_its_kind(text, weapon, numeric):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize(
    ("text", "weapons"),
    [
        ("The Vela-2 and the Corvid have ranges of 300 km and 700 km.", ["Vela-2", "Corvid"]),
        (
            "The Vela-2, Corvid-5 and Lark-3 missiles have ranges of 300 km, 700 km and 900 km.",
            ["Vela-2", "Corvid-5", "Lark-3"],
        ),
        # not a list of as many names: both figures go to the nearest system
        ("The new Lark-3 missiles have ranges of 300 km and 700 km.", ["Lark-3", "Lark-3"]),
        # a singular range is one system's two values
        ("The Vela-2 and the Corvid-5 were shown; the Corvid-5 has a range of 300 km and 700 km.", ["Corvid-5"]),
    ],
)
def test_a_list_of_figures_after_plural_ranges_goes_to_the_names_listed_in_order(text, weapons, numeric):
    assert [claim[4] for claim in numeric(text)] == weapons


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        # an apposition that only names the noun before it is the system, not an insertion
        ("The frigate carries Wren-2 missiles. The new missile, the Tayfun, can fly 1,000 km.", "Tayfun"),
        ("The frigate carries Wren-2 missiles. The new missile (Tayfun-2) can fly 1,000 km.", "Tayfun-2"),
        # ... but another system's successor inside commas is an insertion
        ("The frigate carries Wren-2 missiles. The new missile, the Tayfun's successor, can fly 1,000 km.", "Wren-2"),
    ],
)
def test_an_apposition_naming_the_noun_is_no_insertion(text, weapon, numeric):
    assert [claim[4] for claim in numeric(text)] == [weapon]


# --- round 4: the system a range belongs to, never its source, model or comparison ---------------------------

ROUND_FOUR_OWNERS = (
    # a dash pair encloses an insertion as commas do
    ("The Tarn-4 \u2013 a variant of the Vela-2 \u2013 can travel 1,200 km.", "Tarn-4"),
    ("The Tarn-4 - a variant of the Vela-2 - can travel 1,200 km.", "Tarn-4"),
    # what a system copies is not the system: after a reference back, and after a named subject
    (
        "North Korea showed the Hwasong-5 in 1984. The missile is a copy of the Soviet Scud, with a range of 300 km.",
        "Hwasong-5",
    ),
    ("The Qiam-1 is a derivative of the Scud with a range of 800 km.", "Qiam-1"),
    ("The Lark-7 is based on the Vela-2 and has a range of 900 km.", "Lark-7"),
    ("Borduria fired the Tarn-5, a modified Lark-3 with a range of 650 km, at the port.", "Tarn-5"),
    # a compared name set apart from the figure by a comma does not own it; right before its figure it does
    ("The Tarn-9 has a longer range than the Lark-1, at 2,000 km.", "Tarn-9"),
    ("The Tarn-9 can fly farther than the Lark-1's 500 km range.", "Lark-1"),
    # a source named after "according to" is never the weapon
    (
        "The Lark-4 entered service in 2019. According to Kim Jong Un, the weapon can hit targets 1,000 km away.",
        "Lark-4",
    ),
    (
        (
            "Borduria tested the Tarn-9 on Friday. According to the Vela Centre for Arms Control, the missile can fly "
            "2,000 km."
        ),
        "Tarn-9",
    ),
    # a sentence pointing back prefers the name that shows it is a system over a bare capitalised word
    ("Borduria has deployed the Lark-6 near the border. Its range of 1,500 km covers the whole region.", "Lark-6"),
    ("Hegseth has approved sending more Tarn missiles. They have a range of 2,500 km.", "Tarn"),
    # an insertion saying what the noun is taken to be names it: no insertion
    (
        "Arrow-3 interceptors shot down a Houthi missile. The missile, believed to be a Tarn-2, can fly 2,000 km.",
        "Tarn-2",
    ),
    # two names one space apart are one name
    ("The THAAD Increment 2 can intercept missiles 200 km away.", "THAAD Increment 2"),
    # "the weapon" is the munition fired, not the platform that fired or carried it
    ("The Vela-3 submarine fired a Lark-6 missile. The weapon can hit targets 1,500 km away.", "Lark-6"),
    ("Tu-95 bombers launched Kh-101 cruise missiles overnight. The weapons have a range of 2,500 km.", "Kh-101"),
    ("The Tarn-2 jet carried a Lark-6 on its first flight. The weapon can hit targets 300 km away.", "Lark-6"),
    # a weekday before a weapon noun dates it; it names nothing
    ("The army showed the Tarn-9 rocket. Since Tuesday rockets with a range of 300 km have hit the port.", "Tarn-9"),
    # "reach" after a modal is a verb: the owner's name before it names no range
    (
        "Borduria unveiled the Tarn-9 on Friday. The Vela president said Borduria's missile could reach 2,000 km.",
        "Tarn-9",
    ),
)


@pytest.mark.parametrize(("text", "weapon"), ROUND_FOUR_OWNERS)
def test_the_owner_is_the_system_not_its_source_model_or_comparison(text, weapon, numeric):
    assert [claim[4] for claim in numeric(text)] == [weapon]


def test_a_model_named_with_no_system_before_it_still_owns_the_figure(numeric):
    # nothing else is named: "a version of the X" is the only system the sentence offers
    assert [claim[4] for claim in numeric("A long-range version of the Lark-3 can fly 900 km.")] == ["Lark-3"]


def test_a_name_after_according_to_is_no_name_but_one_after_its_comma_is():
    text = "According to Ivo Tarn, the Vela-2 missile has a range of 300 km."
    assert [text[start:end] for start, end in find_names(text)] == ["Vela-2"]


ROUND_FOUR_TIED = (
    # a figure that modifies the name after it, or is given "for" it, is that name's
    ("Borduria fields the Lark-1 and the 500-km-range Wren-2.", ["Wren-2"]),
    ("The Lark-1 can fly 300 km, compared with 500 km for the Wren-2.", ["Lark-1", "Wren-2"]),
    # names listed after the figures and closed by "respectively" take them in order
    ("Ranges of 300 km and 500 km are claimed for the Lark-1 and the Wren-2 respectively.", ["Lark-1", "Wren-2"]),
)


@pytest.mark.parametrize(("text", "weapons"), ROUND_FOUR_TIED)
def test_a_figure_tied_to_the_name_after_it_is_that_names(text, weapons, numeric):
    assert [claim[4] for claim in numeric(text)] == weapons


def test_a_figure_for_a_payload_is_still_the_weapons_before_it(numeric):
    assert [claim[4] for claim in numeric("The Lark-1 has a range of 300 km for a light warhead.")] == ["Lark-1"]
