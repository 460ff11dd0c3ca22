"""The general rules of issue 16, each on sentences written for it: what counts as a range, bounds,
numbers in words, unit slips, and which weapon a figure belongs to. No sentence here is from a corpus."""

import pytest

import newsfacts_weapons.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_weapons.numbers import parse_figure
from newsfacts_weapons.quantities import find_quantities

PIPELINE = isolated_pipeline(newsfacts_weapons.plugin)


def extract(text, published=None):
    """The article, after checking that every span it reports covers its own text."""
    article = PIPELINE.extract(text, published=published)
    assert_spans_match(article)
    return article


def numeric(text):
    return [
        (c.text, c.value.min_km, c.value.max_km, c.value.qualifier, c.subject.text if c.subject else None)
        for c in extract(text).claims
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
def test_numbers_in_words_and_unit_slips(sentence, surface, km):
    assert numeric(sentence) == [(surface, km, km, "exact", "Lark")]


# --- a claim needs a range reading ------------------------------------------------------------------------------


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
def test_flights_places_and_front_lines_are_no_range(sentence):
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
def test_a_position_or_a_flight_after_a_range_is_not_a_second_range(sentence, kept):
    assert [claim[0] for claim in numeric(sentence)] == [kept]


def test_a_distance_said_as_a_capability_is_a_range():
    assert numeric("The Lark missile can cover a distance of 950 km.") == [("950 km", 950.0, 950.0, "exact", "Lark")]


# --- bounds ---------------------------------------------------------------------------------------------------


def test_up_to_far_from_its_figure_is_still_an_upper_bound():
    assert numeric("The Lark-2 can hit targets up to, its builders claim, 2,000 km away.") == [
        ("2,000 km", None, 2000.0, "upper", "Lark-2")
    ]


def test_up_to_before_an_estimate_is_an_upper_bound():
    assert numeric("The Lark-2 system's range extends up to an estimated 500 kilometres.") == [
        ("up to an estimated 500 kilometres", None, 500.0, "upper", "Lark-2")
    ]


def test_up_to_now_sets_no_bound():
    assert numeric("Up to now the Lark-2 missile had a range of 500 km.") == [
        ("500 km", 500.0, 500.0, "exact", "Lark-2")
    ]


def test_two_figures_for_two_weapons_are_two_claims_each_with_its_weapon():
    assert numeric("The Lark and Wren missiles have ranges of 300 and 500 km respectively.") == [
        ("300", 300.0, 300.0, "exact", "Lark"),
        ("500 km", 500.0, 500.0, "exact", "Wren"),
    ]


def test_a_singular_range_of_two_figures_is_one_band():
    assert numeric("The Lark-2 has a strike range of 2,500 and 3,000 km.") == [
        ("2,500 and 3,000 km", 2500.0, 3000.0, "range", "Lark-2")
    ]


def test_a_range_raised_from_one_figure_to_another_is_two_values():
    assert numeric("The Lark-2 rocket's range was increased from 290 to 450 km.") == [
        ("290", 290.0, 290.0, "exact", "Lark-2"),
        ("450 km", 450.0, 450.0, "exact", "Lark-2"),
    ]


# --- the weapon a range belongs to ----------------------------------------------------------------------------


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
def test_the_weapon_is_the_system_the_range_belongs_to(text, weapon):
    subjects = [claim[4] for claim in numeric(text)]
    assert subjects
    assert subjects[0] == weapon


@pytest.mark.parametrize(
    "text",
    [
        "The Intermediate-Range Nuclear Forces Treaty banned missiles with a range of 500 to 5,500 km.",
        "Hamas rockets have a range of 40 km, the army said.",
        "Deputy Minister Ola Dunn said missiles with a range of 300 km would follow.",
    ],
)
def test_a_treaty_a_group_or_a_titled_person_is_never_the_weapon(text):
    (claim,) = numeric(text)
    assert claim[4] in {"missiles", "rockets"}


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Ruritania tested the Tayfun on Friday. The missile has a range of 560 km.", "Tayfun"),
        ("The navy showed a new missile dubbed Sea Lance. It can hit ships 300 km away.", "Sea Lance"),
        (
            "Its first home-built cruise missile, the Borak, was fired on Monday. It can hit targets 900 km away.",
            "Borak",
        ),
        ("The Sheffield-class frigate was hit by the Lark-3, which can fly 400 km.", "Lark-3"),
        ("The frigate Arun was struck by a Wren-2 missile that has a range of 120 km.", "Wren-2"),
        (
            (
                "Over the years, officials in Ruritania have repeatedly shown the Lark-3 to foreign visitors at the "
                "coast near the old naval base, during long parades, and in films broadcast on state television, "
                "and they say it can hit targets 900 km away."
            ),
            "Lark-3",
        ),
    ],
)
def test_names_given_tested_or_in_apposition_own_the_range(text, weapon):
    subjects = [claim[4] for claim in numeric(text)]
    assert subjects
    assert subjects[-1] == weapon


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
def test_engagement_envelopes_are_ranges(sentence, expected):
    assert numeric(sentence) == expected


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011"])
def test_a_designation_is_kept_whole_across_any_hyphen(hyphen):
    name = f"Tondar{hyphen}69"
    assert numeric(f"The {name} rocket has a range of 150 km.") == [("150 km", 150.0, 150.0, "exact", name)]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("The Wren-2 entered service in May. Northern Fleet missiles have a range of 300 km.", "Wren-2"),
        ("The Wren-2 entered service in May. Harbour Times missile experts say it can fly 300 km.", "Wren-2"),
        ("The Lark-3 was shown on Monday. The missile has a range of 300 km, similar to the Scud.", "Lark-3"),
    ],
)
def test_sources_units_and_compared_systems_are_not_the_weapon(text, weapon):
    subjects = [claim[4] for claim in numeric(text)]
    assert subjects == [weapon]


def class_subjects(text):
    return [
        (c.value.range_class, c.subject.text if c.subject else None)
        for c in extract(text).claims
        if c.value.range_class is not None
    ]


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
def test_a_class_claim_names_its_system(text, expected):
    assert class_subjects(text) == expected


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
def test_more_bound_wordings(sentence, expected):
    assert [claim[:4] for claim in numeric(sentence)] == expected


def test_a_sensor_watching_missiles_has_no_weapon_range():
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
def test_number_shapes(sentence, expected):
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
def test_more_range_readings(sentence, surface):
    assert [claim[0] for claim in numeric(sentence)] == [surface]


def test_a_headline_flight_in_the_present_is_no_range():
    assert numeric("Lark missile flies 800 km before falling into the sea") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lark-3, with a range of 1,000 km, reached an apogee of 2,000 km.",
        "The Lark-3 has a range of 1,000 km and in the test it reached 600 km.",
    ],
)
def test_a_height_or_a_reached_figure_after_a_range_is_not_a_second_range(sentence):
    assert [claim[0] for claim in numeric(sentence)] == ["1,000 km"]


@pytest.mark.parametrize(
    "origin",
    ["Western-made", "Soviet-era", "NATO-supplied", "Borduria-backed", "Chinese-built", "U.S.-designed"],
)
def test_a_word_saying_where_a_weapon_comes_from_is_no_name(origin):
    text = f"Ruritania fired the Lark-3 on Monday. The {origin} missiles have a range of 300 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


def test_an_origin_word_before_a_name_leaves_the_name():
    assert [claim[4] for claim in numeric("Soviet-made Wren-2 rockets have a range of 70 km.")] == ["Wren-2"]


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
def test_a_name_inside_an_insertion_does_not_own_the_figure_after_it(text, weapon):
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
def test_a_system_given_with_its_alias_is_named_by_both(text, weapon):
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
def test_a_definite_reference_points_back_to_the_system_of_its_kind(text, weapon):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        ("Ruritania's Tayfun can travel 1,400 km.", "Tayfun"),
        ("Ruritania says its Tayfun has a reported range of 1,400 km.", "Tayfun"),
        ("Officials said Tayfun could hit targets 1,400 km away.", "Tayfun"),
        ("Tayfun's range is 1,400 km, officials said of the missile.", "Tayfun"),
        ("Ruritania's Tayfun-class missile has a range of 400 km.", "Tayfun"),
    ],
)
def test_a_name_whose_range_is_told_at_once_is_found_without_a_weapon_noun(text, weapon):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania fired the Lark-3 on Monday. Borduria's Oduya said the missile can travel 1,400 km.",
        "Ruritania fired the Lark-3 on Monday. Its Oduya government says the missile has a range of 1,400 km.",
    ],
)
def test_a_person_or_body_owned_by_a_country_is_no_name(text):
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


@pytest.mark.parametrize(
    "source",
    ["The Borduria Missile Defense Project", "The Ruritania Rocket Survey Group", "The Missile Threat Initiative"],
)
def test_a_research_body_reporting_a_range_is_not_the_weapon(source):
    text = f"Ruritania fired a Lark-3 on Monday. {source} says the missile has a range of 900 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


def test_a_capitalised_weapon_noun_ending_a_name_still_names_a_system():
    text = "The Borduria Tactical Missile System has a range of 300 km."
    assert [claim[4] for claim in numeric(text)] == ["Borduria Tactical Missile System"]


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
def test_a_reference_after_every_name_owns_the_figure_by_its_kind(text, weapon):
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
def test_a_list_of_figures_after_plural_ranges_goes_to_the_names_listed_in_order(text, weapons):
    assert [claim[4] for claim in numeric(text)] == weapons


@pytest.mark.parametrize(
    "sentence",
    [
        "Ola Dunn, a missile expert at a Borduria institute, said the missile can fly 900 km.",
        "Ola Dunn, a senior missile analyst, said the missile can fly 900 km.",
        "MBDA says the missile can fly 900 km.",
    ],
)
def test_an_expert_or_a_maker_is_not_the_weapon(sentence):
    text = f"Ruritania fired a Lark-3 on Monday. {sentence}"
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The COVID-19 pandemic delayed its tests.",
        "The JCPOA collapsed in 2018.",
        "The New START treaty expires soon.",
        "AUKUS partners will build submarines.",
    ],
)
def test_agreements_blocs_and_diseases_by_code_are_no_system_pointed_back_to(sentence):
    text = f"Ruritania fired a Lark-3 on Monday. {sentence} It has a range of 900 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


@pytest.mark.parametrize("owner", ["Ethiopian", "Sudanese", "Kharkiv", "Black Sea", "Shiite", "South African"])
def test_a_people_or_a_place_before_a_weapon_noun_is_no_name(owner):
    text = f"Ruritania fired a Lark-3 on Monday. {owner} missiles have a range of 300 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


@pytest.mark.parametrize("name", ["Red Arrow", "Sea Sparrow", "Black Shaheen"])
def test_a_name_opening_with_a_colour_or_sea_word_is_still_a_name(name):
    assert [claim[4] for claim in numeric(f"{name} missiles have a range of 300 km.")] == [name]


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
def test_an_apposition_naming_the_noun_is_no_insertion(text, weapon):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize("body", ["The Knesset was", "The Duma was", "The Senate was"])
def test_a_parliament_told_about_a_weapon_is_not_the_weapon(body):
    text = f"Ruritania fired a Lark-3 on Monday. {body} told the missile can fly 900 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


# --- round 3: wire-style sentences written for text nobody tuned on ------------------------------------------
# Each row is (article text, the numeric claims it must give). Invented systems (Tarn, Vela, Heron, Sparrow...)
# keep the rules from leaning on the gazetteer; a few real names check that well-known systems still work.


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
def test_wire_sentences_already_right(text, expected):
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
def test_wire_sentences_fixed_in_round_three(text, expected):
    assert numeric(text) == expected


# A designation's digit before "missile" is no "7 mi" (a unit window cut inside a word).
UNIT_LETTERS_IN_WORDS = (
    "A 600-kilometre-range Tarn-7 missile was fired on Monday.",
    "The Tarn-7 missile and 600-km-range rockets were shown.",
)


@pytest.mark.parametrize("text", UNIT_LETTERS_IN_WORDS)
def test_no_unit_read_inside_a_word(text):
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
def test_wire_hard_negatives(text):
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
def test_wire_sentences_lists_and_envelopes(text, expected):
    assert numeric(text) == expected


def test_a_year_before_a_pair_opens_no_list():
    text = "In 2019, 300 and 400 km ranges were shown."
    assert [text[q.start : q.end] for q in find_quantities(text)] == ["300", "400 km"]


def classes_of(text):
    return [
        (c.text, c.value.range_class, c.subject.text if c.subject else None)
        for c in extract(text).claims
        if c.value.range_class is not None
    ]


def test_a_plural_class_word_before_a_list_is_said_of_each_system():
    text = "The army test-fired two medium-range missiles, the Vela-1 and Vela-2, on Monday."
    assert classes_of(text) == [
        ("medium-range missiles", "medium", "Vela-1"),
        ("medium-range missiles", "medium", "Vela-2"),
    ]


def test_a_singular_class_word_before_a_list_is_said_of_the_first_system_only():
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
def test_the_subject_of_a_coordinated_verb(text, weapon):
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
def test_conversions_in_words(text, expected):
    assert numeric(text) == expected


def test_a_class_said_of_a_name_by_a_copula_names_it():
    assert classes_of("The Tarn-6 is a medium-range missile.") == [("medium-range missile", "medium", "Tarn-6")]
    assert classes_of("The Tarn-6 is on show beside a medium-range missile.") == [
        ("medium-range missile", "medium", "missile")
    ]
