from pathlib import Path

import pytest

from newsfacts_weapons.numbers import parse_figure
from newsfacts_weapons.units import to_km

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"


# Distances next to weapons that are no reach: places, flights, heights, speeds, civilian things, sizes.
HARD_NEGATIVES = (
    "Rebels fired rockets at a village 120 miles east of the capital.",
    "Artillery struck positions 20 km from the port city on Sunday.",
    "The missile flew about 800 km before falling into the sea.",
    "The rocket reached an altitude of 2,000 km during the test.",
    "The missile can reach speeds of 9,000 km an hour.",
    "The new airliner has a range of 14,000 kilometres.",
    "The electric car offers a range of 500 miles on one charge.",
    "A delivery drone with a range of ten kilometres serves the suburbs.",
    "The ministry weighed a range of options for new missiles.",
    "A missile was fired from a base 300 km north of the capital.",
    "The 12-metre-long missile was paraded through the square.",
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Gorgon rocket has a range of 75 miles.", [("75 miles", 120.701, 120.701, "exact")]),
        ("The Vela cruise missile has a range of up to 90 kilometres.", [("up to 90 kilometres", None, 90.0, "upper")]),
        ("Its new missile has a range of nearly 400 miles.", [("nearly 400 miles", None, 643.738, "upper")]),
        (
            "The Kestrel-4 missile can strike targets more than 250 km away.",
            [("more than 250 km", 250.0, None, "lower")],
        ),
        (
            "The Talon missile has a range of over 80 nautical miles.",
            [("over 80 nautical miles", 148.16, None, "lower")],
        ),
        ("The Orin-2 rocket can travel at least 1,200 kms.", [("at least 1,200 kms", 1200.0, None, "lower")]),
        (
            "The army fields a missile with a range of about 3,500 kilometers.",
            [("about 3,500 kilometers", 3500.0, 3500.0, "approx")],
        ),
        (
            "Their artillery shells have a range of approximately 30 km.",
            [("approximately 30 km", 30.0, 30.0, "approx")],
        ),
        (
            "The Harrow missile has a range of 1,000 to 1,800 miles.",
            [("1,000 to 1,800 miles", 1609.344, 2896.819, "range")],
        ),
        ("The Pike-3 missile has a range of 600-900 km.", [("600-900 km", 600.0, 900.0, "range")]),
        (
            "The battery fires interceptor missiles with a range of between five and 40 kilometres.",
            [("between five and 40 kilometres", 5.0, 40.0, "range")],
        ),
        ("The navy tested a 450-km-range cruise missile on Monday.", [("450-km", 450.0, 450.0, "exact")]),
        ("The navy tested a 450 km range cruise missile on Monday.", [("450 km", 450.0, 450.0, "exact")]),
        ("Officials showed a 300km-range rocket.", [("300km", 300.0, 300.0, "exact")]),
        (
            "The Zarya has a 5,500-kilometre range, the missile's makers say.",
            [("5,500-kilometre", 5500.0, 5500.0, "exact")],
        ),
        ("The rocket has a range of two thousand kilometres.", [("two thousand kilometres", 2000.0, 2000.0, "exact")]),
        ("The mortar round has a range of 7,500 metres.", [("7,500 metres", 7.5, 7.5, "exact")]),
        ("The small rocket has a range of 2.5 miles.", [("2.5 miles", 4.023, 4.023, "exact")]),
        ("The Brand missile has a maximum range of 500 km.", [("500 km", None, 500.0, "upper")]),
        (
            "Engineers plan to extend the missile's range from 300 km to 500 km.",
            [("300 km", 300.0, 300.0, "exact"), ("500 km", 500.0, 500.0, "exact")],
        ),
        (
            "The missile can hit targets as far as 2,000 kilometers away.",
            [("as far as 2,000 kilometers", None, 2000.0, "upper")],
        ),
        (
            "The Sentinel air defence system can engage aircraft about 120 km (75 miles) away.",
            [("about 120 km", 120.0, 120.0, "approx")],
        ),
    ],
)
def test_phrasings_and_units(sentence, expected, values):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", HARD_NEGATIVES)
def test_hard_negatives_give_nothing(sentence, values):
    assert values(sentence) == []


def test_subject_named_in_the_sentence(claims):
    text = "The Kestrel-4 missile can strike targets more than 250 km away."
    (claim,) = claims(text)
    assert claim.subject.text == "Kestrel-4"
    assert text[claim.subject.start : claim.subject.end] == "Kestrel-4"


def test_subject_from_previous_sentence(claims):
    text = "The army unveiled the Hatchet-2 rocket on Friday. The rocket has a range of 45 miles."
    (claim,) = claims(text)
    assert claim.subject.text == "Hatchet-2"
    assert claim.value.max_km == 72.42


def test_subject_capitalised_system_name(claims):
    text = "Allies will send Coastal Strike Missile Systems, which have a range of nearly 90 miles."
    (claim,) = claims(text)
    assert claim.subject.text == "Coastal Strike Missile Systems"
    assert (claim.text, claim.value.max_km, claim.value.qualifier) == ("nearly 90 miles", 144.841, "upper")


def test_parenthetical_conversion_is_not_a_second_claim(values):
    assert values("The Lance-2 missile has a range of 200 km (124 miles).") == [("200 km", 200.0, 200.0, "exact")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Both sides agreed to withdraw their intermediate-range missiles.",
            [("intermediate-range missiles", "intermediate")],
        ),
        ("The country has a stock of long-range cruise missiles.", [("long-range cruise missiles", "long")]),
        (
            "They hold an array of short- and medium-range rockets.",
            [("short- and medium-range rockets", "short"), ("medium-range rockets", "medium")],
        ),
        ("The army bought a mid-range missile system.", [("mid-range missile system", "medium")]),
        ("The state test-fired an ICBM on Tuesday.", [("ICBM", "intercontinental")]),
        (
            "It tested an intercontinental ballistic missile.",
            [("intercontinental ballistic missile", "intercontinental")],
        ),
        ("The airline bought a long-range jet for its routes.", []),
        ("Both sides signed the Intermediate-Range Nuclear Forces Treaty.", []),
        # ANNOTATION.md rule 6: comparatives and odd wordings are classes of their own, normalised.
        ("The plant is working on a longer-range missile.", [("longer-range missile", "longer")]),
        ("Its shorter-range rockets were fired first.", [("shorter-range rockets", "shorter")]),
        ("They showed their longest-range ballistic missile.", [("longest-range ballistic missile", "longest")]),
        ("Its shortest-range rockets stay near the coast.", [("shortest-range rockets", "shortest")]),
        ("The wing now flies extended-range Kestrels that carry missiles.", [("extended-range", "extended")]),
        ("The navy wants a Medium-Long range missile.", [("Medium-Long range missile", "medium-long")]),
        ("The navy wants a medium long-range missile.", [("medium long-range missile", "medium-long")]),
        ("The Lark is a missile with an unlimited range.", [("unlimited range", "unlimited")]),
        (
            "It keeps medium and shorter-range rockets.",
            [("medium and shorter-range rockets", "medium"), ("shorter-range rockets", "shorter")],
        ),
        (
            "It keeps shorter- or longer-range missiles.",
            [("shorter- or longer-range missiles", "shorter"), ("longer-range missiles", "longer")],
        ),
        ("The carrier sells extended-range fuel tanks for trucks.", []),
        ("The longer range of the new airliner pleased the airline.", []),
    ],
)
def test_range_classes(sentence, expected, classes):
    assert classes(sentence) == expected


def test_numbers_and_units():
    assert parse_figure("1,250") == 1250.0
    assert parse_figure("two-thousand") == 2000.0
    assert parse_figure("forty-five") == 45.0
    assert parse_figure("1.5") == 1.5
    assert to_km(200, "miles") == 321.869
    assert to_km(100, "nautical miles") == 185.2
    assert to_km(250, "metres") == 0.25


def test_example_article(extract):
    path = Path(__file__).resolve().parents[3] / "examples" / "coastal-defence.txt"
    article = extract(path.read_text(encoding="utf-8"), published="2025-10-16")
    found = [(c.text, c.value.min_km, c.value.max_km, c.value.qualifier, c.subject.text) for c in article.claims]
    assert found == [
        ("up to 115 miles", None, 185.075, "upper", "Naval Strike Missile"),
        ("300km", 300.0, 300.0, "exact", "missile"),
    ]


def test_crimea_reference(extract):
    path = SHARED / "examples" / "crimea.txt"
    if not path.is_file():
        pytest.skip("../shared/examples is not available")
    text = path.read_text(encoding="utf-8")
    article = extract(text, published="2023-02-28")
    numeric_claims = [c for c in article.claims if c.value.range_class is None]
    class_claims = [c for c in article.claims if c.value.range_class is not None]
    assert [(c.text, c.value.min_km, c.value.max_km, c.value.qualifier) for c in numeric_claims] == [
        ("nearly 200 miles", None, 321.869, "upper")
    ]
    assert numeric_claims[0].subject.text == "Army Tactical Missile Systems"
    assert [(c.text, c.value.range_class, c.value.min_km) for c in class_claims] == [
        ("long-range missiles", "long", None)
    ]
