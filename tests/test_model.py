import datetime as dt
import pickle
import typing

import attrs
import pytest

from newsfacts import (
    Article,
    Claim,
    DateExpression,
    Document,
    FrozenMapping,
    Quote,
    RangeClass,
    Sentence,
    Span,
    WeaponRange,
)


def test_records_are_immutable():
    span = Span(text="abc", start=0, end=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 1  # type: ignore[misc]


def test_records_are_keyword_only():
    with pytest.raises(TypeError):
        Span("abc", 0, 3)  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(3, 2), (-1, 2)])
def test_offsets_are_checked(start, end):
    with pytest.raises(ValueError, match="Span"):
        Span(text="x", start=start, end=end)


@pytest.mark.parametrize(
    ("start", "end", "error", "message"),
    [
        (True, 3, TypeError, "start must be an int, got a bool"),
        (0, False, TypeError, "end must be an int, got a bool"),
        ("0", 3, TypeError, "'start' must be <class 'int'>"),
        (0, 3.0, TypeError, "'end' must be <class 'int'>"),
        (-2, 3, ValueError, "start must not be negative, got -2"),
        (2, 1, ValueError, r"end \(1\) is before start \(2\)"),
    ],
)
def test_each_bad_offset_has_its_own_error(start, end, error, message):
    with pytest.raises(error, match=message):
        Span(text="x", start=start, end=end)


def test_offsets_and_nested_records_may_be_subclasses():
    class Offset(int):
        pass

    class Cue(Span):
        pass

    quote = Quote(text="x", start=Offset(0), end=Offset(1), kind="direct", cue=Cue(text="y", start=2, end=3))
    assert (quote.start, quote.end, type(quote.cue)) == (0, 1, Cue)
    with pytest.raises(ValueError, match="negative"):
        Span(text="x", start=Offset(-1), end=1)


def test_quote_kind_is_checked():
    with pytest.raises(ValueError, match="kind"):
        Quote(text="x", start=0, end=1, kind="rumour")  # type: ignore[arg-type]


def test_weapon_range_qualifier_and_class_are_checked():
    with pytest.raises(ValueError, match="qualifier"):
        WeaponRange(max_km=10.0, qualifier="roughly")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="range_class"):
        WeaponRange(range_class="huge")  # type: ignore[arg-type]


# ANNOTATION.md rule 6 of the weapon-range set: the five bands, comparatives and odd wordings, normalised.
ANNOTATED_RANGE_CLASSES = (
    "short",
    "medium",
    "intermediate",
    "long",
    "intercontinental",
    "shorter",
    "longer",
    "shortest",
    "longest",
    "medium-long",
    "extended",
    "unlimited",
)


def test_range_classes_are_the_annotated_closed_set():
    assert typing.get_args(RangeClass) == ANNOTATED_RANGE_CLASSES
    for name in ANNOTATED_RANGE_CLASSES:
        assert WeaponRange(range_class=name).range_class == name
    for unnormalised in ("longer-range", "Longer", "mid", "medium long"):
        with pytest.raises(ValueError, match="range_class"):
            WeaponRange(range_class=unnormalised)  # type: ignore[arg-type]


def test_date_type_is_checked():
    with pytest.raises(ValueError, match="type"):
        DateExpression(text="x", start=0, end=1, type="DAY", value="2020")  # type: ignore[arg-type]


def test_claim_value_mapping_is_frozen_hashable_and_picklable():
    claim = Claim(kind="casualties", text="12 dead", start=0, end=7, value={"count": 12})
    assert isinstance(claim.value, FrozenMapping)
    assert claim.value == {"count": 12}
    with pytest.raises(TypeError):
        claim.value["count"] = 13  # type: ignore[index]
    assert hash(claim) == hash(Claim(kind="casualties", text="12 dead", start=0, end=7, value={"count": 12}))
    assert pickle.loads(pickle.dumps(claim)) == claim


def test_article_pickles_for_worker_processes():
    article = Article(
        text="In 2014.",
        published=dt.date(2023, 2, 28),
        dates=(DateExpression(text="2014", start=3, end=7, type="DATE", value="2014"),),
    )
    assert pickle.loads(pickle.dumps(article)) == article


def test_sentence_at_finds_the_containing_sentence():
    sentences = (
        Sentence(text="One.", start=0, end=4),
        Sentence(text="Two.", start=5, end=9),
        Sentence(text="Three.", start=11, end=17),
    )
    document = Document(text="One. Two.  Three.", sentences=sentences)
    assert document.sentence_at(0) == sentences[0]
    assert document.sentence_at(6) == sentences[1]
    assert document.sentence_at(9) is None  # the space between sentences
    assert document.sentence_at(16) == sentences[2]
    assert document.sentence_at(17) is None


def test_nested_records_must_have_their_types():
    with pytest.raises(TypeError, match="speaker"):
        Quote(text="x", start=0, end=1, kind="direct", speaker="Bob")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="subject"):
        Claim(kind="k", text="x", start=0, end=1, subject=(0, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        Span(text=None, start=0, end=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_km": float("inf")}, "finite"),
        ({"max_km": float("nan")}, "finite"),
        ({"max_km": -5.0}, "non-negative"),
        ({"min_km": 250.0, "max_km": 80.0}, "below min_km"),
        ({"max_km": "200"}, "number"),
    ],
)
def test_weapon_ranges_must_be_plausible_numbers(kwargs, message):
    with pytest.raises(ValueError, match=message):
        WeaponRange(**kwargs)


def test_a_weapon_range_claim_carries_a_weapon_range():
    with pytest.raises(TypeError, match="WeaponRange"):
        Claim(kind="weapon_range", text="x", start=0, end=1, value={"max_km": 5})


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"when": dt.date(2020, 1, 1)}, "date, which JSON cannot hold"),
        ({"n": float("inf")}, "finite"),
        ({"nested": {1: "x"}}, "not a string"),
        ([1, 2], "mapping"),
    ],
)
def test_claim_values_of_other_kinds_must_be_json_ready(value, message):
    with pytest.raises((TypeError, ValueError), match=message):
        Claim(kind="casualties", text="x", start=0, end=1, value=value)
