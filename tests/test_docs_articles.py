"""The accuracy page's figures for our own labelled articles are the ones the quotes plugin's benchmark gives now.

The page states them in prose (``docs/accuracy.md``, beside the PolNeAR table), so no table test sees them: when a
rule changes them, this fails naming the figure, and the sentence is updated from
``python plugins/newsfacts-quotes/benchmarks/articles.py``.
"""

import importlib.util
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
PAGE = REPO / "docs" / "accuracy.md"
SCRIPT = REPO / "plugins" / "newsfacts-quotes" / "benchmarks" / "articles.py"
# The sentence that holds the figures, as the page words it.
FIGURES = re.compile(
    r"gives quote\s+F1 (?P<quote_f1>[\d.]+) \(precision (?P<quote_p>[\d.]+), recall (?P<quote_r>[\d.]+)\),"
    r"\s+attributed F1 (?P<attributed_f1>[\d.]+) and F1 by full name (?P<by_name_f1>[\d.]+)"
)
# Where each figure sits in the benchmark's report.
KEYS = {
    "quote_f1": ("quotes", "f1"),
    "quote_p": ("quotes", "precision"),
    "quote_r": ("quotes", "recall"),
    "attributed_f1": ("attributed", "f1"),
    "by_name_f1": ("attributed_by_name", "f1"),
}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_articles_benchmark", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    pytest.importorskip("newsfacts_quotes")
    return _benchmark().run()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def page() -> str:
    return " ".join(PAGE.read_text(encoding="utf-8").split())


def test_the_page_states_the_figures_the_benchmark_gives_now(report, page):
    found = FIGURES.search(page)
    assert found is not None, "docs/accuracy.md no longer states the articles' figures in the sentence this reads"
    stale = {
        name: (found[name], f"{report[group][measure]:.3f}")
        for name, (group, measure) in KEYS.items()
        if found[name] != f"{report[group][measure]:.3f}"
    }
    assert not stale, f"docs/accuracy.md says (page, code now): {stale}"


def test_the_page_counts_the_articles_and_quotes_there_are(report, page):
    assert "eleven whole articles" in page
    assert len(_benchmark().load_articles()) == 11
    assert f"{report['quotes']['gold']} quotes labelled by hand" in page
    assert f"over the {report['attributed_by_name']['gold']} quotes with a named speaker" in page


def test_the_page_names_the_floors_the_articles_test_keeps(page):
    floors = (REPO / "plugins" / "newsfacts-quotes" / "tests" / "test_quotes_articles.py").read_text(encoding="utf-8")
    quote_floor = re.search(r"QUOTE_F1_FLOOR = ([\d.]+)", floors)
    attributed_floor = re.search(r"ATTRIBUTED_F1_FLOOR = ([\d.]+)", floors)
    assert quote_floor is not None
    assert attributed_floor is not None
    assert f"fails below {float(quote_floor[1]):.2f} and {float(attributed_floor[1]):.2f}" in page
