"""Per-figure tests over a sentence read it once, counted rather than timed."""

from __future__ import annotations

import itertools

import pytest
import regex

import newsfacts_weapons.plugin
from newsfacts.testing import isolated_pipeline
from newsfacts_weapons import nearby
from newsfacts_weapons.gates import GatedPattern


class _CountingGate:
    """Stands in for the drone reference pattern and counts the searches made with it."""

    def __init__(self, gate: GatedPattern) -> None:
        self.gate = gate
        self.searches = 0

    def search(self, text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
        self.searches += 1
        return self.gate.search(text, start, end)


def test_a_drone_word_before_many_figures_is_searched_for_once_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingGate(nearby._DRONE_REFERENCE)
    monkeypatch.setattr(nearby, "_DRONE_REFERENCE", counting)
    tested = []
    reference_before = nearby.drone_reference_before
    monkeypatch.setattr(
        nearby,
        "drone_reference_before",
        lambda text, end, first_end: tested.append(end) or reference_before(text, end, first_end),
    )
    text = "a drone, " + "the jets can fly 300 km and " * 60 + "the drones can fly 40 km."
    isolated_pipeline(newsfacts_weapons.plugin).extract(text)
    assert len(tested) > 60  # every figure reached the test
    assert counting.searches <= 2


@pytest.mark.parametrize(
    "text",
    [
        "".join(words)
        for words in itertools.product(["the ", "these big ", "a "], ["drones", "UAV", "drone"], ["300", " 3", "-x 3"])
    ],
)
def test_a_drone_reference_before_a_figure_is_what_a_search_of_the_text_before_it_finds(text: str) -> None:
    first_end = nearby.first_drone_reference_end(text)
    for end in range(len(text) + 1):
        found = nearby._DRONE_REFERENCE.search(text, 0, end) is not None
        assert nearby.drone_reference_before(text, end, first_end) == found
