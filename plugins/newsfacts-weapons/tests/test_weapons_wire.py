"""Wire-style sentences written for text nobody tuned on (round 3 of issue 16): values, weapons, hard negatives,
lists, conversions, class subjects. No sentence here is from a corpus."""

import pytest

from newsfacts_weapons.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names before and after the figure, appositions, relative clauses
        (
            "The Kestrel-7 cruise missile, which Borduria unveiled last year, can strike targets 1,500 km away.",
            [("1,500 km", 1500.0, 1500.0, "exact", "Kestrel-7")],
        ),
        (
            "The new interceptor, the Falcon-12, has a range of roughly 150 km.",
            [("roughly 150 km", 150.0, 150.0, "approx", "Falcon-12")],
        ),
        (
            "The missile, dubbed Vulture-3, has a range of between 700 and 900 kilometres.",
            [("between 700 and 900 kilometres", 700.0, 900.0, "range", "Vulture-3")],
        ),
        (
            "Borduria's newest missile, the Tarn-12, can travel more than 2,000 km, according to state media.",
            [("more than 2,000 km", 2000.0, None, "lower", "Tarn-12")],
        ),
        (
            "Russia's Kestrel, a cruise missile with a range of more than 2,500 km, was used in the attack.",
            [("more than 2,500 km", 2500.0, None, "lower", "Kestrel")],
        ),
        # the weapon in the sentence before, by pronoun or "the system"
        (
            "The army fielded the Heron-2 launcher last spring. It can hit targets more than 300 kilometres away.",
            [("more than 300 kilometres", 300.0, None, "lower", "Heron-2")],
        ),
        (
            "It is the Vela-9. The system can engage aircraft up to 120 km away, the ministry said.",
            [("up to 120 km", None, 120.0, "upper", "Vela-9")],
        ),
        (
            "Borduria test-fired the Tarn-9. The missile has a range of 2,000 km, officials said.",
            [("2,000 km", 2000.0, 2000.0, "exact", "Tarn-9")],
        ),
        # two systems in one sentence
        (
            "The Tarn-3, which has a range of 120 km, and the Tarn-8, which can fly 250 km, were displayed.",
            [("120 km", 120.0, 120.0, "exact", "Tarn-3"), ("250 km", 250.0, 250.0, "exact", "Tarn-8")],
        ),
        (
            "The Corvid-9 has an effective range of 40 km and a maximum range of 70 km.",
            [("40 km", 40.0, 40.0, "exact", "Corvid-9"), ("70 km", None, 70.0, "upper", "Corvid-9")],
        ),
        # conversions, miles, nautical miles, words
        (
            "The Osprey-6 can hit ships 200 nautical miles away.",
            [("200 nautical miles", 370.4, 370.4, "exact", "Osprey-6")],
        ),
        (
            "The Tarn-8 can strike targets up to 70 kilometres (43 miles) away.",
            [("up to 70 kilometres", None, 70.0, "upper", "Tarn-8")],
        ),
        (
            "The range of the Corvid-8 is about 250 miles.",
            [("about 250 miles", 402.336, 402.336, "approx", "Corvid-8")],
        ),
        (
            "The Sparrow-3 has a range of five hundred kilometres.",
            [("five hundred kilometres", 500.0, 500.0, "exact", "Sparrow-3")],
        ),
        # bounds
        (
            "The Lark-9 has a maximum range of 3,000 km, officials said.",
            [("3,000 km", None, 3000.0, "upper", "Lark-9")],
        ),
        (
            "The Vela-5 can carry a 500 kg warhead up to 700 km.",
            [("up to 700 km", None, 700.0, "upper", "Vela-5")],
        ),
        (
            "The Heron-5's range is said to be 1,500 to 2,000 km.",
            [("1,500 to 2,000 km", 1500.0, 2000.0, "range", "Heron-5")],
        ),
    ],
)
def test_wire_sentences_already_right(text, expected, numeric):
    assert numeric(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "within" a distance is anything up to it (ANNOTATION.md rules 4 and 9)
        (
            "The Heron-9 missile can reach targets within 300 km.",
            [("within 300 km", None, 300.0, "upper", "Heron-9")],
        ),
        # a weapon that "can reach" a figure reaches up to it (rule 12); a change keeps the old figure exact
        (
            "Borduria's missiles can now reach 2,000 km, up from 1,300 km a decade ago.",
            [("2,000 km", None, 2000.0, "upper", "missiles"), ("1,300 km", 1300.0, 1300.0, "exact", "missiles")],
        ),
        (
            "The Tayfun-2 has a range of 560 km, while the older Tayfun-1 can reach only 300 km.",
            [("560 km", 560.0, 560.0, "exact", "Tayfun-2"), ("300 km", None, 300.0, "upper", "Tayfun-1")],
        ),
        # a place in reach, then its distance: the weapon reaches at least that far
        (
            "The missiles can reach Haifa, 160 km away.",
            [("160 km", 160.0, None, "lower", "missiles")],
        ),
        (
            "From the border, the Lark rockets can hit Port Vell, 90 kilometres (56 miles) away.",
            [("90 kilometres", 90.0, None, "lower", "Lark")],
        ),
        # the figure named a range after it
        (
            "Officials said 900 km was the range of the new Tarn-4 rocket.",
            [("900 km", 900.0, 900.0, "exact", "Tarn-4")],
        ),
        # the system named only after the figure
        (
            "With a range of 2,500 km, the Vela-4 could hit most of the region.",
            [("2,500 km", 2500.0, 2500.0, "exact", "Vela-4")],
        ),
        # armed drones are weapons: named, or said to be armed; a drone's "fly up to" is its reach
        (
            "The Sparrow-8 drone can fly up to 2,000 kilometers.",
            [("up to 2,000 kilometers", None, 2000.0, "upper", "Sparrow-8")],
        ),
        (
            "The Shahed drone can fly up to 2,000 kilometers.",
            [("up to 2,000 kilometers", None, 2000.0, "upper", "Shahed")],
        ),
        (
            "Kamikaze drones with a range of 1,500 km have struck power plants.",
            [("1,500 km", 1500.0, 1500.0, "exact", "drones")],
        ),
        # a gun firing in the present tense states what it can do
        (
            "The Orca howitzer fires shells up to 40 km.",
            [("up to 40 km", None, 40.0, "upper", "Orca")],
        ),
        # a name the figure is compared with is not its owner
        (
            "The new missile can travel 4,000 km, twice as far as the Tarn-1.",
            [("4,000 km", 4000.0, 4000.0, "exact", "missile")],
        ),
    ],
)
def test_wire_sentences_fixed_in_round_three(text, expected, numeric):
    assert numeric(text) == expected


# A designation's digit before "missile" is no "7 mi" (a unit window cut inside a word).
UNIT_LETTERS_IN_WORDS = (
    "A 600-kilometre-range Tarn-7 missile was fired on Monday.",
    "The Tarn-7 missile and 600-km-range rockets were shown.",
)


@pytest.mark.parametrize("text", UNIT_LETTERS_IN_WORDS)
def test_no_unit_read_inside_a_word(text, numeric):
    assert [claim[0] for claim in numeric(text)] == ["600-kilometre" if "kilometre" in text else "600-km"]


@pytest.mark.parametrize(
    "text",
    [
        # flights, places, front lines, heights, speeds and things that are not weapons
        "The missile flew 950 km before splashing into the sea, the military said.",
        "Borduria test-fired the Tarn-9. The missile flew 1,100 km before landing in the sea.",
        "The two cities are 300 km apart.",
        "The strike hit a depot 40 km from the front line.",
        "The front line is 1,000 km long.",
        "Rockets were fired from positions 25 km inside the territory.",
        "The buffer zone extends 30 km from the border.",
        "The troops advanced 15 km into the region.",
        "The drone flew at an altitude of 4,000 metres.",
        "The test missile reached an altitude of 2,000 km and landed 1,000 km away.",
        "The missile travelled at speeds of up to 6,000 km per hour.",
        "The new airliner has a range of 14,000 km.",
        "The Boeing 787 has a range of 14,000 km, more than any missile in the region.",
        "The electric car has a range of 500 km on one charge.",
        "The delivery drone has a range of 10 km.",
        "The government is considering a range of options.",
        "The rebels fired rockets at a town 20 miles from the border.",
        "The ship was 50 nautical miles off the coast when the missile was launched.",
        "The plane flew 3,000 km from the base to the island.",
        "The ship can sail 10,000 nautical miles without refuelling.",
        "The city lies within 300 km of the launch sites.",
        "The Tarn-2 can hit targets within 300 km of the border.",
        "The drone was shot down 30 km from Moscow.",
        "The missile was fired from 300 km away.",
    ],
)
def test_wire_hard_negatives(text, numeric):
    assert numeric(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an air defence's engagement envelope in the present tense (ANNOTATION.md rule 11)
        (
            "The Iron Dome system intercepts rockets fired from 4 to 70 km away.",
            [("4 to 70 km", 4.0, 70.0, "range", "Iron Dome")],
        ),
        # a hyphenated word between "carry" and the warhead
        (
            "The Tarn-6 can carry a two-tonne warhead 800 km.",
            [("800 km", 800.0, 800.0, "exact", "Tarn-6")],
        ),
        # listed names that each carry their kind still take the listed figures in order
        (
            "The Vela-7 anti-ship missile and the Vela-8 cruise missile have ranges of 300 km and 1,500 km.",
            [("300 km", 300.0, 300.0, "exact", "Vela-7"), ("1,500 km", 1500.0, 1500.0, "exact", "Vela-8")],
        ),
        # one figure shared by listed names is about all of them (rule 12)
        (
            "The Vela-1 and Vela-2 can both fly about 600 km.",
            [("about 600 km", 600.0, 600.0, "approx", "Vela-1 and Vela-2")],
        ),
        # a list of three figures with one unit: the first bare figure is kept
        (
            "The Lark missile has ranges of 300, 700 and 900 km.",
            [
                ("300", 300.0, 300.0, "exact", "Lark"),
                ("700", 700.0, 700.0, "exact", "Lark"),
                ("900 km", 900.0, 900.0, "exact", "Lark"),
            ],
        ),
    ],
)
def test_wire_sentences_lists_and_envelopes(text, expected, numeric):
    assert numeric(text) == expected


def test_a_year_before_a_pair_opens_no_list():
    text = "In 2019, 300 and 400 km ranges were shown."
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["300", "400 km"]


def test_a_plural_class_word_before_a_list_is_said_of_each_system(classes_of):
    text = "The army test-fired two medium-range missiles, the Vela-1 and Vela-2, on Monday."
    assert classes_of(text) == [
        ("medium-range missiles", "medium", "Vela-1"),
        ("medium-range missiles", "medium", "Vela-2"),
    ]


def test_a_singular_class_word_before_a_list_is_said_of_the_first_system_only(classes_of):
    text = "The army showed a medium-range missile, the Vela-1, and the Tarn-2 launcher."
    assert classes_of(text) == [("medium-range missile", "medium", "Vela-1")]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        # a coordinated verb shares the sentence's subject; the name after "of" is not it
        ("The Tarn-4 is a copy of the Vela-3 but has a range of 600 km.", "Tarn-4"),
        ("Borduria's Kestrel-2 is based on the Vela-3 and can fly 600 km.", "Kestrel-2"),
        # ... but a name after "of" with no coordinated verb still owns the figure
        ("The ship carries a version of the Vela-3 with a range of 600 km.", "Vela-3"),
        # "neither ... nor" lists names like "and"
        ("Neither the Vela-1 nor the Vela-2 can reach 600 km.", "Vela-1 nor the Vela-2"),
    ],
)
def test_the_subject_of_a_coordinated_verb(text, weapon, numeric):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conversion said in words after the figure is no second claim (ANNOTATION.md rule 3)
        (
            "The Tarn-4 has a range of up to 300 kilometres, or 186 miles.",
            [("up to 300 kilometres", None, 300.0, "upper", "Tarn-4")],
        ),
        (
            "The Tarn-4 has a range of 100 miles - about 160 km.",
            [("100 miles", 160.934, 160.934, "exact", "Tarn-4")],
        ),
        # ... but two different figures joined by "or" are two claims
        (
            "The Tarn-4 has ranges of 300 km or 500 km, depending on the warhead.",
            [("300 km", 300.0, 300.0, "exact", "Tarn-4"), ("500 km", 500.0, 500.0, "exact", "Tarn-4")],
        ),
    ],
)
def test_conversions_in_words(text, expected, numeric):
    assert numeric(text) == expected


def test_a_class_said_of_a_name_by_a_copula_names_it(classes_of):
    assert classes_of("The Tarn-6 is a medium-range missile.") == [("medium-range missile", "medium", "Tarn-6")]
    assert classes_of("The Tarn-6 is on show beside a medium-range missile.") == [
        ("medium-range missile", "medium", "missile")
    ]
