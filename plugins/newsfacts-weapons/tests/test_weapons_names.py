"""Which capitalised words name a weapon system: designations, names given or told at once; never a person,
country, agreement, maker or source (issue 16). No sentence here is from a corpus."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Intermediate-Range Nuclear Forces Treaty banned missiles with a range of 500 to 5,500 km.",
        "Hamas rockets have a range of 40 km, the army said.",
        "Deputy Minister Ola Dunn said missiles with a range of 300 km would follow.",
    ],
)
def test_a_treaty_a_group_or_a_titled_person_is_never_the_weapon(text, numeric):
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
def test_names_given_tested_or_in_apposition_own_the_range(text, weapon, numeric):
    subjects = [claim[4] for claim in numeric(text)]
    assert subjects
    assert subjects[-1] == weapon


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011"])
def test_a_designation_is_kept_whole_across_any_hyphen(hyphen, numeric):
    name = f"Tondar{hyphen}69"
    assert numeric(f"The {name} rocket has a range of 150 km.") == [("150 km", 150.0, 150.0, "exact", name)]


@pytest.mark.parametrize(
    "origin",
    ["Western-made", "Soviet-era", "NATO-supplied", "Borduria-backed", "Chinese-built", "U.S.-designed"],
)
def test_a_word_saying_where_a_weapon_comes_from_is_no_name(origin, numeric):
    text = f"Ruritania fired the Lark-3 on Monday. The {origin} missiles have a range of 300 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


def test_an_origin_word_before_a_name_leaves_the_name(numeric):
    assert [claim[4] for claim in numeric("Soviet-made Wren-2 rockets have a range of 70 km.")] == ["Wren-2"]


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
def test_a_name_whose_range_is_told_at_once_is_found_without_a_weapon_noun(text, weapon, numeric):
    assert [claim[4] for claim in numeric(text)] == [weapon]


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania fired the Lark-3 on Monday. Borduria's Oduya said the missile can travel 1,400 km.",
        "Ruritania fired the Lark-3 on Monday. Its Oduya government says the missile has a range of 1,400 km.",
    ],
)
def test_a_person_or_body_owned_by_a_country_is_no_name(text, numeric):
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


@pytest.mark.parametrize(
    "source",
    ["The Borduria Missile Defense Project", "The Ruritania Rocket Survey Group", "The Missile Threat Initiative"],
)
def test_a_research_body_reporting_a_range_is_not_the_weapon(source, numeric):
    text = f"Ruritania fired a Lark-3 on Monday. {source} says the missile has a range of 900 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


def test_a_capitalised_weapon_noun_ending_a_name_still_names_a_system(numeric):
    text = "The Borduria Tactical Missile System has a range of 300 km."
    assert [claim[4] for claim in numeric(text)] == ["Borduria Tactical Missile System"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ola Dunn, a missile expert at a Borduria institute, said the missile can fly 900 km.",
        "Ola Dunn, a senior missile analyst, said the missile can fly 900 km.",
        "MBDA says the missile can fly 900 km.",
    ],
)
def test_an_expert_or_a_maker_is_not_the_weapon(sentence, numeric):
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
def test_agreements_blocs_and_diseases_by_code_are_no_system_pointed_back_to(sentence, numeric):
    text = f"Ruritania fired a Lark-3 on Monday. {sentence} It has a range of 900 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


@pytest.mark.parametrize("owner", ["Ethiopian", "Sudanese", "Kharkiv", "Black Sea", "Shiite", "South African"])
def test_a_people_or_a_place_before_a_weapon_noun_is_no_name(owner, numeric):
    text = f"Ruritania fired a Lark-3 on Monday. {owner} missiles have a range of 300 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]


@pytest.mark.parametrize("name", ["Red Arrow", "Sea Sparrow", "Black Shaheen"])
def test_a_name_opening_with_a_colour_or_sea_word_is_still_a_name(name, numeric):
    assert [claim[4] for claim in numeric(f"{name} missiles have a range of 300 km.")] == [name]


@pytest.mark.parametrize("body", ["The Knesset was", "The Duma was", "The Senate was"])
def test_a_parliament_told_about_a_weapon_is_not_the_weapon(body, numeric):
    text = f"Ruritania fired a Lark-3 on Monday. {body} told the missile can fly 900 km."
    assert [claim[4] for claim in numeric(text)] == ["Lark-3"]
