"""Whole articles of our own, labelled by hand: the quotes plugin keeps at least the figures it reached on them.

The articles and the scorer live in ``tests/articles/`` and ``benchmarks/articles.py`` (run that script to see every
miss, false quote and wrong speaker). The floors sit a little under the figures measured when they were set, so a
rule that costs quotes or speakers on real prose fails here even when every sentence test passes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from newsfacts import Quote, Speaker

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "articles.py"
QUOTE_F1_FLOOR = 0.90
ATTRIBUTED_F1_FLOOR = 0.87
BY_NAME_F1_FLOOR = 0.86  # issue 12 is about full names: 0.878 when set


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quotes_articles_benchmark", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, dict[str, float]]:
    return _benchmark().run()  # type: ignore[no-any-return]


def test_every_label_points_at_its_text() -> None:
    docs = _benchmark().load_articles()
    assert len(docs) >= 10
    for doc in docs:
        for label in doc["quotes"]:
            assert doc["text"][label["start"] : label["end"]] == label["text"]
            assert label.get("speaker") or label.get("source")


def test_quote_f1_on_our_articles_holds_its_floor(report: dict[str, dict[str, float]]) -> None:
    assert report["quotes"]["f1"] >= QUOTE_F1_FLOOR


def test_attributed_f1_by_full_name_on_our_articles_holds_its_floor(report: dict[str, dict[str, float]]) -> None:
    assert report["attributed"]["f1"] >= ATTRIBUTED_F1_FLOOR


def test_attributed_f1_on_named_labels_alone_holds_its_floor(report: dict[str, dict[str, float]]) -> None:
    assert report["attributed_by_name"]["f1"] >= BY_NAME_F1_FLOOR


def _quote(name: str | None) -> Quote:
    speaker = None if name is None else Speaker(name=name, text=name, start=0, end=len(name))
    return Quote(text="We won.", start=20, end=27, kind="direct", speaker=speaker)


@pytest.mark.parametrize(
    ("label", "name", "right"),
    [
        ({"speaker": "Ann Lee"}, "Ann Lee", True),
        ({"speaker": "Ann Lee"}, "Cllr Ann Lee", True),  # a title is no part of the name
        ({"speaker": "The Tobar Post"}, "Tobar Post", True),
        ({"speaker": "Ann Lee"}, "Lee", False),  # a bare surname is no full name
        ({"speaker": "Ann Lee"}, "the mayor", False),
        ({"speaker": "Ann Lee"}, "Ann Leeson", False),
        ({"speaker": "Ann Lee"}, None, False),
        ({"source": "a government source"}, "a senior government source", True),
        ({"source": "a government source"}, "Ann Lee", False),  # a guessed person for a nameless source
        ({"source": "three U.S. officials"}, "the U.S. embassy", False),  # only plain words shared
    ],
)
def test_the_scorer_tells_a_right_speaker_from_a_wrong_one(
    label: dict[str, str], name: str | None, right: bool
) -> None:
    assert _benchmark().speaker_is_right(label, _quote(name)) is right
