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

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "articles.py"
QUOTE_F1_FLOOR = 0.90
ATTRIBUTED_F1_FLOOR = 0.87


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
