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


# -- drones named as weapons: a model code, an armed modifier or an apposition between the name and "drone" -------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "Ukrainian forces used Bayraktar TB2 drones, which have a range of about 150 km, early in the war.",
            [("about 150 km", 150.0, 150.0, "approx", "Bayraktar")],
        ),
        ("Ukraine's Liutyi long-range drones can fly 1,000 km.", [("1,000 km", 1000.0, 1000.0, "exact", "Liutyi")]),
        (
            "The Shahed, a delta-wing drone packed with explosives, can fly 2,500 km.",
            [("2,500 km", 2500.0, 2500.0, "exact", "Shahed")],
        ),
        # kept
        (
            "The Vela-9, a one-way attack drone, has a range of 1,800 km.",
            [("1,800 km", 1800.0, 1800.0, "exact", "Vela-9")],
        ),
        (
            "Russia has launched thousands of Geran-2 attack drones, which can fly 2,000 km.",
            [("2,000 km", 2000.0, 2000.0, "exact", "Geran-2")],
        ),
    ],
)
def test_a_drone_named_as_a_weapon_gives_its_range(numeric, sentence, expected):
    assert numeric(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Amazon's Prime Air delivery drones can fly 24 km from a warehouse.",
        "Zipline drones, which deliver blood in Rwanda, have a range of 160 km.",
        "Wing, the Alphabet drone company, says its drones can fly 10 km.",
        "Police used a Skydio X2 drone, which can fly 10 km, to find the suspect.",
        "Farmers use Agras T40 drones, which cover 20 km a day, to spray crops.",
        "The Tarn-2 missiles and the delivery drones were shown; the drones can fly 20 km.",
    ],
)
def test_a_drone_not_said_to_be_armed_has_no_weapon_range(claims, sentence):
    assert claims(sentence) == []


# -- capabilities said with other verbs, and a class word that is no cue for a later figure ------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        ("The Caesar howitzers fire shells up to 40 km.", [("up to 40 km", None, 40.0, "upper", "Caesar")]),
        ("The AS-90 howitzers, which fire shells 24 km, arrived.", [("24 km", 24.0, 24.0, "exact", "AS-90")]),
        ("The Qassam rockets fly no more than 10 km.", [("no more than 10 km", None, 10.0, "upper", "Qassam")]),
        ("The GLSDB can glide 150 km to its target.", [("150 km", 150.0, 150.0, "exact", "GLSDB")]),
        (
            "The Kh-47M2 Kinzhal can, according to Russian officials, fly more than 2,000 km.",
            [("more than 2,000 km", 2000.0, None, "lower", "Kh-47M2 Kinzhal")],
        ),
        # kept
        ("The Tarn-9 howitzer fires shells up to 40 km.", [("up to 40 km", None, 40.0, "upper", "Tarn-9")]),
        ("The Tarn-9 flies up to 2,000 km.", [("up to 2,000 km", None, 2000.0, "upper", "Tarn-9")]),
    ],
)
def test_a_capability_told_by_firing_flying_or_gliding_is_a_range(numeric, sentence, expected):
    assert numeric(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # fixed: the "range" of a class word says nothing of a figure after it
        "Long-range missiles launched from the border hit an airfield 600 km away.",
        "Short-range rockets were fired at a base 40 km away.",
        # kept: a shot fired, a flight flown, a plural subject's past
        "The howitzers fired shells at a village 20 km away.",
        "The rockets flew 40 km before landing in a field.",
        "The missiles fly 300 km over the sea in each test.",
    ],
)
def test_no_range_without_a_cue_of_its_own(values, sentence):
    assert values(sentence) == []


# -- a difference between two reaches is no reach ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        ("The upgrade extends the range of the Tarn-6 by 300 km.", []),
        ("The Tarn-6M can fly 300 km farther than the Tarn-6, or 900 km.", [("900 km", 900.0, 900.0, "exact")]),
        ("The Tarn-6 has a range 300 km longer than the Tarn-5.", []),
        ("The Tarn-6M's range of 900 km is 300 km more than the Tarn-6.", [("900 km", 900.0, 900.0, "exact")]),
        ("The new motor gives the Tarn-6 an extra 200 km of range.", []),
        # kept
        ("The range of the Tarn-6 was increased by about 300 km to 900 km.", [("900 km", 900.0, 900.0, "exact")]),
        ("The Tarn-6 has a range of 900 km, more than the Tarn-5.", [("900 km", 900.0, 900.0, "exact")]),
        ("The Tarn-6 has a range of 900 km or more.", [("900 km or more", 900.0, None, "lower")]),
    ],
)
def test_a_difference_between_reaches_is_no_range(values, sentence, expected):
    assert values(sentence) == expected


# -- a name made, bought or sent by its maker or buyer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("Fire Point, which makes the Flamingo, says the missile can fly 3,000 km.", "Flamingo"),
        (
            (
                "Lockheed Martin is building the Dark Eagle for the Army. The company says the weapon can strike "
                "targets 2,775 km away."
            ),
            "Dark Eagle",
        ),
        ("Hanwha, which makes the Redback, said the howitzer can fire shells 40 km.", "Redback"),
        # kept
        ("Poland ordered the Homar-K last year; the launcher can hit targets 290 km away.", "Homar-K"),
        ("Germany will send the IRIS-T SLM; the system can hit targets 40 km away.", "IRIS-T"),
    ],
)
def test_a_name_a_maker_or_buyer_deals_in_is_a_system(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


@pytest.mark.parametrize(
    "sentence",
    [
        "Boeing, which builds the Dreamliner, says the jet can fly 14,000 km.",
        "The airline ordered the Falcon, which has a range of 7,000 km.",
    ],
)
def test_a_civilian_thing_a_maker_builds_has_no_weapon_range(claims, sentence):
    assert claims(sentence) == []


# -- what fires or carries a weapon, named in a participle after it, does not own its range ------------------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("The 9M723 missile fired by the Iskander launcher has a range of about 500 kilometres.", "9M723"),
        ("Kh-101 missiles launched from Tu-95 bombers can fly 2,500 km.", "Kh-101"),
        ("Storm Shadow missiles carried by Su-24 bombers have a range of 250 km.", "Storm Shadow"),
        # kept: a clause of the platform's own gives its reach
        ("The Exocet was fired from a Mirage-5, an aircraft with a combat radius of 700 km.", "Mirage-5"),
        ("The Exocet fired from the Mirage-5, which has a combat radius of 700 km, hit the ship.", "Mirage-5"),
    ],
)
def test_a_platform_in_a_participle_after_a_weapon_does_not_own_its_range(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


# -- a name before a glide bomb -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("Russia's Grom glide bomb can fly 120 km after release.", "Grom"),
        ("The Vela guided glide bombs can fly 70 km.", "Vela"),
        # kept
        ("Russia has used the Oreshnik once. The missile can reach 5,500 km.", "Oreshnik"),
    ],
)
def test_a_glide_bomb_is_named(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


def test_a_thing_used_that_is_no_weapon_owns_no_range(claims):
    # "used" names nothing: police and pilots use drones and devices
    assert claims("The pilots used the Garmin, which has a range of 30 km, to find the runway.") == []


# -- a name set before the other name it goes by -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("The Cheongung, often called the Korean Patriot, can hit aircraft 40 km away.", "Cheongung"),
        ("The Vityaz, also known as the S-350, can hit targets 120 km away.", "Vityaz"),
        # kept
        ("The missile, dubbed the Vela, can fly 900 km.", "Vela"),
    ],
)
def test_a_name_before_the_name_it_goes_by_is_a_system(numeric, sentence, weapon):
    subjects = [claim[4] for claim in numeric(sentence)]
    assert len(subjects) == 1
    assert weapon in subjects[0]


# -- a two-word name that opens a clause ---------------------------------------------------------------------------


def test_a_two_word_name_opening_a_clause_is_a_system(numeric):
    sentence = "The Abu Mahdi has a range of more than 1,000 km, state TV said."
    assert numeric(sentence) == [("more than 1,000 km", 1000.0, None, "lower", "Abu Mahdi")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Borduria fired the Tarn-5. The White House has said the missile can fly 900 km.",
        "Borduria fired the Tarn-5. The European Union has said the missile can fly 900 km.",
        "Borduria fired the Tarn-5. The Supreme Court is told the missile can fly 900 km.",
        "Borduria fired the Tarn-5. Vladimir Putin has said the missile can fly 900 km.",
    ],
)
def test_a_body_opening_a_clause_is_no_system(numeric, sentence):
    assert [claim[4] for claim in numeric(sentence)] == ["Tarn-5"]


# -- lower bounds said by a verb, or around an estimate ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed
        (
            "The Tarn-5 has a range of more than an estimated 1,100 km.",
            ("more than an estimated 1,100 km", 1100.0, None, "lower"),
        ),
        ("The Tarn-5 can fly more than a reported 2,000 km.", ("more than a reported 2,000 km", 2000.0, None, "lower")),
        ("The Tarn-5 has a range that tops 2,000 km.", ("tops 2,000 km", 2000.0, None, "lower")),
        ("The Tarn-5's range surpasses 2,000 km.", ("surpasses 2,000 km", 2000.0, None, "lower")),
        # kept
        (
            "The Tarn-5 has a range of up to an estimated 1,100 km.",
            ("up to an estimated 1,100 km", None, 1100.0, "upper"),
        ),
        ("The Tarn-5 has a range of an estimated 1,100 km.", ("an estimated 1,100 km", 1100.0, 1100.0, "approx")),
    ],
)
def test_a_lower_bound_said_by_a_verb_or_around_an_estimate(values, sentence, expected):
    assert values(sentence) == [expected]


# -- what "the interceptor", "the jet" or "the missile" points back to -------------------------------------------


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        # fixed
        (
            (
                "The Standard Missile-3 was fired from the USS Lake Erie, an Aegis cruiser. The interceptor can hit "
                "targets 1,200 km away."
            ),
            "Standard Missile-3",
        ),
        ("The Kh-22 is carried by the Vela-3. The jet has a combat radius of 2,400 km.", "Vela-3"),
        ("The Vela-3 carries the Kh-22. The missile has a range of 600 km.", "Kh-22"),
        ("A Patriot battery fired a PAC-3 at the Kinzhal. The interceptor has a range of 35 km.", "PAC-3"),
        # kept
        (
            "The Arrow 3 intercepted a Tarn-5 missile over the desert. The interceptor can hit targets 2,400 km away.",
            "Arrow 3",
        ),
        ("The Tu-95 bombers launched Kh-101 missiles. The missiles have a range of 2,500 km.", "Kh-101"),
        ("The Vela-3 fired a Lark-6. The missile can fly 900 km.", "Lark-6"),
    ],
)
def test_a_reference_points_back_to_the_name_of_its_kind(numeric, text, weapon):
    assert [claim[4] for claim in numeric(text)] == [weapon]


def test_a_platform_noun_inside_a_sentence_points_back_to_nothing(numeric):
    text = (
        "The Shaurya can hit targets at over 800 km. The navy also test-fired the Tarn-5 from its warship to show its "
        "capability to strike targets at ranges of more than 400 km."
    )
    assert [claim[4] for claim in numeric(text)] == ["Shaurya", "Tarn-5"]


# -- "the latter" and "the former" point back to the last and the first name of the sentence before --------------


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        # fixed
        ("Borduria tested the Tarn-5 and the Tarn-6 on Monday. The latter has a range of 2,000 km.", "Tarn-6"),
        ("Borduria tested the Tarn-5 and the Tarn-6 on Monday. The former has a range of 2,000 km.", "Tarn-5"),
        # kept
        ("The army fired a Tarn-5 and a Vela-2; the latter can fly 500 km.", "Vela-2"),
    ],
)
def test_the_latter_and_the_former_point_back_in_order(numeric, text, weapon):
    assert [claim[4] for claim in numeric(text)] == [weapon]


# -- a missile's glide vehicle and a designated warplane are no civilian things; a camera drone's maker is one ------


@pytest.mark.parametrize(
    ("sentence", "weapon"),
    [
        # fixed
        ("The DF-17, which carries a hypersonic glide vehicle, has a range of about 2,500 km.", "DF-17"),
        ("The Tarn-9 carries three re-entry vehicles and can fly 10,000 km.", "Tarn-9"),
        ("Storm Shadow missiles carried by Su-24 jets have a range of 250 km.", "Storm Shadow"),
        ("The Vela-16 fighter jets can strike targets 500 km away.", "Vela-16"),
    ],
)
def test_a_weapon_part_or_a_designated_warplane_is_no_civilian_thing(numeric, sentence, weapon):
    assert [claim[4] for claim in numeric(sentence)] == [weapon]


@pytest.mark.parametrize(
    "sentence",
    [
        # fixed
        "The DJI Mavic 3 drone has a range of 15 km, the company says.",
        "The Matrice 300 drone, made by DJI, can fly 15 km.",
        # kept
        "The Boeing 737 jets have a range of 5,000 km.",
        "The Airbus A320 planes can fly 6,000 km.",
        "The electric vehicle has a range of 500 km.",
    ],
)
def test_airliners_cars_and_camera_drones_have_no_weapon_range(claims, sentence):
    assert claims(sentence) == []


def test_a_designation_with_a_long_model_code_is_one_name(numeric):
    # fixed: "S-300PMU2" was no name, so its NATO name in brackets took the figure
    subjects = [claim[4] for claim in numeric("The S-300PMU2 (SA-20 Gargoyle) can engage targets at 200 km.")]
    assert len(subjects) == 1
    assert subjects[0].startswith("S-300PMU2")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fixed: a figure set before the range it is
        ("At 500 km, the Iskander's range is four times that of the Tochka-U.", [("500 km", "Iskander")]),
        ("At 1,100 km, the Tarn-5's reach covers the capital.", [("1,100 km", "Tarn-5")]),
        # kept: a place reached is no range
        ("The Tarn-5 landed at 300 km, its maximum range.", []),
    ],
)
def test_a_figure_set_before_the_range_it_is(extract, sentence, expected):
    assert [
        (claim.text, claim.subject.text if claim.subject else None) for claim in extract(sentence).claims
    ] == expected


def test_a_name_ending_in_munition_is_a_system(numeric):
    # fixed: "Munition" ends a name as "Missile" does
    text = "The Pentagon will send the Joint Direct Attack Munition. The weapon can glide 70 km."
    assert [claim[4] for claim in numeric(text)] == ["Joint Direct Attack Munition"]
