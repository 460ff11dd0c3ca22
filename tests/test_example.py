"""End to end: the bundled example article through the command line, as the README's first command runs it."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import newsfacts

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "coastal-defence.txt"


@pytest.fixture(scope="module")
def output():
    result = subprocess.run(
        [sys.executable, "-m", "newsfacts", "extract", str(EXAMPLE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def text():
    return EXAMPLE.read_text(encoding="utf-8")


def test_metadata_comes_from_the_sidecar(output):
    assert output["id"] == "coastal-defence"
    assert output["published"] == "2025-10-16"
    jsonschema.validate(output, newsfacts.json_schema())


def test_every_span_is_the_text_it_reports(output, text):
    spans = []
    for quote in output["quotes"]:
        spans += [quote, quote["speaker"], quote["cue"]]
    for claim in output["claims"]:
        spans += [claim, claim["subject"]]
    spans += output["dates"]
    for span in filter(None, spans):
        assert text[span["start"] : span["end"]] == span["text"]


@pytest.mark.parametrize(
    ("kind", "content", "speaker"),
    [
        (
            "mixed",
            'the first batteries of a new coastal missile system would arrive "well before the winter storms"',
            "Ingrid Solvik",
        ),
        ("indirect", "the government had no intention of slowing down", "Ingrid Solvik"),
        ("direct", "We have waited long enough,", "Ingrid Solvik"),
        ("direct", "The contracts are signed and the crews are trained.", "Ingrid Solvik"),
        ("indirect", "deliveries have already slipped twice since last spring", "Lars Engen"),
        ("direct", "Nobody should promise dates they cannot keep,", "Lars Engen"),
        ("indirect", "the committee would question the minister at a hearing next month", "Lars Engen"),
        ("indirect", "training the new crews would take at least 18 months", "Per Haugland"),
        ("mixed", 'the fleet needed "every battery we can get" to deter an attack on the coast', "Per Haugland"),
    ],
)
def test_quotes_and_their_speakers(output, kind, content, speaker):
    found = [q for q in output["quotes"] if q["text"] == content]
    assert len(found) == 1, [q["text"] for q in output["quotes"]]
    assert found[0]["kind"] == kind
    assert found[0]["speaker"]["name"] == speaker
    assert found[0]["plugin"] == "quotes"


def test_pronoun_speakers_keep_the_pronoun_as_mention(output):
    by_text = {q["text"]: q for q in output["quotes"]}
    assert by_text["We have waited long enough,"]["speaker"]["text"] == "she"
    assert by_text["the committee would question the minister at a hearing next month"]["speaker"]["text"] == "He"


def test_weapon_ranges_in_miles_and_kilometres(output):
    numeric = [c for c in output["claims"] if c["kind"] == "weapon_range" and c["value"]["qualifier"]]
    values = [(c["value"]["qualifier"], c["value"]["min_km"], c["value"]["max_km"]) for c in numeric]
    assert values == [("upper", None, pytest.approx(185.075, abs=0.001)), ("exact", 300.0, 300.0)]
    assert "Naval Strike Missile" in numeric[0]["subject"]["text"]
    assert "missile" in numeric[1]["subject"]["text"]
    assert {c["plugin"] for c in numeric} == {"weapons"}


@pytest.mark.parametrize(
    ("expression", "date_type", "value"),
    [
        ("Tuesday", "DATE", "2025-10-14"),
        ("last spring", "DATE", "2025-SP"),
        ("last week", "DATE", "2025-W41"),
        ("next month", "DATE", "2025-11"),
        ("three years", "DURATION", "P3Y"),
        ("early 2026", "DATE", "2026"),
        ("Earlier this month", "DATE", "2025-10"),
        ("18 months", "DURATION", "P18M"),
    ],
)
def test_dates_relative_to_publication(output, expression, date_type, value):
    found = [d for d in output["dates"] if expression in d["text"]]
    assert len(found) == 1, [d["text"] for d in output["dates"]]
    assert (found[0]["type"], found[0]["value"], found[0]["plugin"]) == (date_type, value, "dates")


def test_a_date_covers_its_calendar_days(output):
    (spring,) = [d for d in output["dates"] if d["text"] == "last spring"]
    assert (spring["first"], spring["last"]) == ("2025-03-01", "2025-05-31")
    (tuesday,) = [d for d in output["dates"] if d["text"] == "Tuesday"]
    assert tuesday["first"] == tuesday["last"] == "2025-10-14"
