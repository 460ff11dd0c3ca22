"""The reference article and the shared evaluation sets, read by path; skipped where ../shared is absent."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


def extract(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", "extract", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def crimea():
    path = SHARED / "examples" / "crimea.txt"
    if not path.is_file():
        pytest.skip("../shared is not present")
    result = extract(str(path), "--published", "2023-02-28")
    assert result.returncode == 0, result.stderr
    return path.read_text(encoding="utf-8"), json.loads(result.stdout)


def speaker_name(quote):
    return (quote["speaker"] or {}).get("name")


def test_crimea_kurt_volker_direct_quote_whole(crimea):
    text, article = crimea
    (quote,) = [q for q in article["quotes"] if speaker_name(q) == "Kurt Volker"]
    assert quote["kind"] == "direct"
    assert quote["text"].startswith("This would leave a lot of Russian forces")
    assert quote["text"].endswith("military effort,")
    assert text[quote["start"] - 1] == "“"
    assert text[quote["end"]] == '"'


def test_crimea_mark_milley_mixed_quote(crimea):
    _, article = crimea
    (quote,) = [q for q in article["quotes"] if speaker_name(q) == "Mark Milley"]
    assert quote["kind"] == "mixed"
    assert '"very, very difficult"' in quote["text"]


def test_crimea_blinken_statements_resolve_to_his_full_name(crimea):
    _, article = crimea
    mentions = {q["speaker"]["text"] for q in article["quotes"] if speaker_name(q) == "Antony Blinken"}
    assert {"Mr Blinken", "The US’s top diplomat", "Antony Blinken"} <= mentions


def test_crimea_atacms_range_is_an_upper_bound(crimea):
    _, article = crimea
    numeric = [c for c in article["claims"] if c["kind"] == "weapon_range" and c["value"]["qualifier"]]
    assert len(numeric) == 1
    (claim,) = numeric
    assert claim["value"]["qualifier"] == "upper"
    assert claim["value"]["min_km"] is None
    assert claim["value"]["max_km"] == pytest.approx(321.869, abs=0.001)
    assert claim["subject"]["text"] == "Army Tactical Missile Systems"


@pytest.mark.parametrize(
    ("expression", "value"), [("2014", "2014"), ("earlier this month", "2023-02"), ("Last summer", "2022-SU")]
)
def test_crimea_dates(crimea, expression, value):
    _, article = crimea
    assert [d["value"] for d in article["dates"] if d["text"] == expression] == [value]


def assert_all_spans_match(texts, outputs):
    assert len(outputs) == len(texts)
    checked = 0
    for output in outputs:
        text = texts[output["id"]]
        spans = list(output["dates"]) + list(output["claims"]) + list(output["quotes"])
        spans += [q["speaker"] for q in output["quotes"]] + [q["cue"] for q in output["quotes"]]
        spans += [c["subject"] for c in output["claims"]]
        for span in filter(None, spans):
            assert text[span["start"] : span["end"]] == span["text"], (output["id"], span)
            checked += 1
    return checked


def run_jsonl(tmp_path, items):
    path = tmp_path / "input.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    result = extract(str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_tempeval_train_runs_and_every_span_matches(shared, tmp_path):
    docs = [
        json.loads(line) for line in (shared / "data" / "tempeval3" / "train.jsonl").read_text("utf-8").splitlines()
    ]
    items = [{"id": d["id"], "text": d["text"], "published": d["published"]} for d in docs]
    outputs = run_jsonl(tmp_path, items)
    assert [o["id"] for o in outputs] == [d["id"] for d in docs]
    assert assert_all_spans_match({d["id"]: d["text"] for d in docs}, outputs) > 1000


def test_weapon_ranges_dev_runs_and_every_span_matches(shared, tmp_path):
    records = [
        json.loads(line) for line in (shared / "data" / "weapon-ranges" / "dev.jsonl").read_text("utf-8").splitlines()
    ]
    items = [{"id": r["id"], "text": (r["context"] + " " + r["sentence"]).strip()} for r in records]
    outputs = run_jsonl(tmp_path, items)
    assert assert_all_spans_match({i["id"]: i["text"] for i in items}, outputs) > 100
