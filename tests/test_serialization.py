import datetime as dt
import json
import re
import typing

import attrs
import jsonschema
import pytest

import newsfacts
from newsfacts import (
    SCHEMA_VERSION,
    Article,
    Claim,
    DateExpression,
    Document,
    Quote,
    RangeClass,
    SchemaError,
    Sentence,
    Span,
    Speaker,
    WeaponRange,
    dumps,
    from_dict,
    json_schema,
    loads,
    serialization,
    to_dict,
)

TEXT = "“We hold,” Ms Lund said. Missiles with a range of up to 50 miles arrived in 2014. 3 people were killed."

ARTICLE = Article(
    text=TEXT,
    id="a1",
    title="Title",
    published=dt.date(2023, 2, 28),
    quotes=(
        Quote(
            text="We hold,",
            start=1,
            end=9,
            kind="direct",
            speaker=Speaker(name="Anna Lund", text="Ms Lund", start=11, end=18, plugin="quotes"),
            cue=Span(text="said", start=19, end=23),
            plugin="quotes",
        ),
    ),
    claims=(
        Claim(
            kind="weapon_range",
            text="up to 50 miles",
            start=50,
            end=64,
            subject=Span(text="Missiles", start=25, end=33),
            value=WeaponRange(max_km=80.467, qualifier="upper"),
            plugin="weapons",
        ),
        Claim(kind="casualties", text="3 people were killed", start=82, end=102, value={"count": 3}, plugin="x"),
    ),
    dates=(
        DateExpression(
            text="2014",
            start=76,
            end=80,
            type="DATE",
            value="2014",
            first=dt.date(2014, 1, 1),
            last=dt.date(2014, 12, 31),
            plugin="dates",
        ),
    ),
)


def test_the_fixture_spans_are_honest():
    for record in (*ARTICLE.quotes, *ARTICLE.claims, *ARTICLE.dates):
        assert TEXT[record.start : record.end] == record.text


def test_article_json_has_the_contract_shape():
    data = to_dict(ARTICLE)
    assert data["schema"] == SCHEMA_VERSION == "newsfacts/1"
    assert data["quotes"][0] == {
        "text": "We hold,",
        "start": 1,
        "end": 9,
        "kind": "direct",
        "speaker": {"name": "Anna Lund", "text": "Ms Lund", "start": 11, "end": 18, "plugin": "quotes"},
        "cue": {"text": "said", "start": 19, "end": 23},
        "plugin": "quotes",
    }
    assert data["claims"][0]["value"] == {"min_km": None, "max_km": 80.467, "qualifier": "upper", "range_class": None}
    assert data["dates"][0]["first"] == "2014-01-01"
    assert "text" not in data


def test_article_json_validates_against_the_shipped_schema():
    jsonschema.Draft202012Validator.check_schema(json_schema())
    jsonschema.validate(json.loads(dumps(ARTICLE)), json_schema())
    jsonschema.validate(json.loads(dumps(ARTICLE, include_text=True)), json_schema())


def test_the_schema_admits_exactly_the_range_classes_of_the_model():
    enum = json_schema()["$defs"]["weapon_range"]["properties"]["range_class"]["enum"]
    assert enum == [*typing.get_args(RangeClass), None]


@pytest.mark.parametrize("range_class", ["longer", "medium-long", "unlimited"])
def test_a_comparative_or_odd_class_claim_validates_and_round_trips(range_class):
    claim = Claim(
        kind="weapon_range",
        text="Missiles",
        start=25,
        end=33,
        value=WeaponRange(range_class=range_class),
        plugin="weapons",
    )
    article = attrs.evolve(ARTICLE, claims=(claim,))
    jsonschema.validate(json.loads(dumps(article)), json_schema())
    assert loads(dumps(article), text=TEXT) == article


def test_the_schema_rejects_an_unknown_range_class():
    data = to_dict(ARTICLE)
    data["claims"][0]["value"]["range_class"] = "longer-range"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


def test_the_schema_rejects_a_wrong_quote_kind():
    data = to_dict(ARTICLE)
    data["quotes"][0]["kind"] = "rumour"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, json_schema())


def test_article_round_trips_through_json():
    assert loads(dumps(ARTICLE, include_text=True)) == ARTICLE
    assert loads(dumps(ARTICLE), text=TEXT) == ARTICLE


@pytest.mark.parametrize(
    "record",
    [
        ARTICLE.quotes[0],
        ARTICLE.quotes[0].speaker,
        ARTICLE.claims[0],
        ARTICLE.claims[1],
        ARTICLE.claims[0].value,
        ARTICLE.dates[0],
        Span(text="x", start=0, end=1),
        Sentence(text="x", start=0, end=1, paragraph=3),
        Document(
            text="A. B.",
            id="d",
            published=dt.date(2020, 1, 1),
            sentences=(Sentence(text="A.", start=0, end=2), Sentence(text="B.", start=3, end=5)),
        ),
    ],
)
def test_every_record_round_trips(record):
    data = json.loads(json.dumps(to_dict(record)))
    assert from_dict(type(record), data) == record


def test_another_schema_version_is_refused():
    data = to_dict(ARTICLE)
    data["schema"] = "newsfacts/2"
    with pytest.raises(SchemaError, match="newsfacts/2"):
        from_dict(Article, data)


def test_a_malformed_record_names_what_is_wrong():
    with pytest.raises(SchemaError, match="Quote: missing key 'kind'"):
        from_dict(Quote, {"text": "x", "start": 0, "end": 1})
    with pytest.raises(SchemaError, match="DateExpression: not an ISO date"):
        from_dict(DateExpression, {"text": "x", "start": 0, "end": 1, "type": "DATE", "value": "x", "first": "soon"})
    with pytest.raises(SchemaError, match="not JSON"):
        loads("{")


def test_to_dict_refuses_foreign_objects():
    with pytest.raises(TypeError, match="not a newsfacts record"):
        to_dict(object())


def test_an_article_needs_its_text_and_spans_that_match_it():
    with pytest.raises(SchemaError, match="no 'text'"):
        loads(dumps(ARTICLE))
    with pytest.raises(SchemaError, match="but the text there is"):
        loads(dumps(ARTICLE), text=TEXT.upper())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(quotes=5), "'quotes' must be a list"),
        (lambda d: d["quotes"][0].update(speaker=7), "expected a JSON object or null for Speaker"),
        (lambda d: d["quotes"][0].update(start="1"), "'start' must be int, got '1'"),
        (lambda d: d["claims"][0].update(value=5), "expected a JSON object or null for WeaponRange"),
        (lambda d: d["claims"][1].update(value=[1]), "'value' must be a JSON object or null"),
    ],
)
def test_malformed_json_gives_a_schema_error_that_says_what_is_wrong(change, message):
    data = to_dict(ARTICLE)
    data["text"] = TEXT
    change(data)
    with pytest.raises(SchemaError, match=re.escape(message)):
        from_dict(Article, data)


def test_json_schema_returns_a_fresh_copy():
    json_schema()["title"] = "changed"
    assert json_schema()["title"] == "newsfacts article"


@pytest.mark.parametrize("indent", [None, 0, 2, 5])
@pytest.mark.parametrize("include_text", [False, True])
@pytest.mark.parametrize("ensure_ascii", [False, True])
@pytest.mark.parametrize("at_once", [1, 2, 256])
def test_dumps_writes_exactly_what_json_dumps_writes_of_the_dict(
    indent, include_text, ensure_ascii, at_once, monkeypatch
):
    """dumps encodes a few records at a time; the text must be json.dumps's own, every layout included."""
    monkeypatch.setattr(serialization, "_RECORDS_AT_ONCE", at_once)
    nested = Claim(
        kind="casualties",
        text="3 people",
        start=82,
        end=90,
        value={"count": 3, "who": ["a\nb", {"deep": [1.5, None, True]}], "empty": [], "none": {}},
        plugin="x",
    )
    failure = newsfacts.PluginFailure(plugin="p", hook="newsfacts_find_dates", message="Boom: “quoted”\n")
    articles = [
        ARTICLE,
        attrs.evolve(ARTICLE, claims=(*ARTICLE.claims, nested), failures=(failure,), url="u", author="é"),
        Article(text=""),
    ]
    for article in articles:
        expected = to_dict(article)
        if include_text:
            expected["text"] = article.text
        reference = json.dumps(expected, indent=indent, ensure_ascii=ensure_ascii, allow_nan=False)
        assert dumps(article, indent=indent, include_text=include_text, ensure_ascii=ensure_ascii) == reference
        pieces = serialization.dumps_pieces(
            article, indent=indent, include_text=include_text, ensure_ascii=ensure_ascii
        )
        assert "".join(pieces) == reference


def test_dumps_pieces_keep_a_long_list_of_records_apart(monkeypatch):
    """A writer gets the records a few at a time: no piece holds a whole list of more than _RECORDS_AT_ONCE."""
    monkeypatch.setattr(serialization, "_RECORDS_AT_ONCE", 1)
    records = len(ARTICLE.quotes) + len(ARTICLE.claims) + len(ARTICLE.dates)
    assert records > 3
    pieces = serialization.dumps_pieces(ARTICLE)
    assert len(pieces) > records
    assert all(piece.count('"plugin"') <= 2 for piece in pieces)  # a quote's own and its speaker's at most
