"""Per-article indexes and fast scans answer exactly as a fresh scan of the window would."""

from __future__ import annotations

import pytest

from newsfacts_quotes.reading import LETTERS, VERB_SHAPES, verb_shapes_in
from newsfacts_quotes.tokens import indexed_tokens, tokens_in

_TEXT = "  The ferry’s captain,  Ida Marsh, said:\n“We sail at dawn.”\u00a0Tides  permitting. "


def _windows(text: str) -> list[tuple[int, int]]:
    return [(lo, hi) for lo in range(len(text) + 1) for hi in range(len(text) + 1)]


def test_every_window_matches_a_fresh_scan() -> None:
    fresh = {window: tokens_in(_TEXT, *window) for window in _windows(_TEXT)}
    with indexed_tokens(_TEXT):
        indexed = {window: tokens_in(_TEXT, *window) for window in _windows(_TEXT)}
    assert indexed == fresh
    # A window that cuts a word keeps the cut part only, as the scan does.
    assert fresh[(7, 12)] == [(7, 12)]


@pytest.mark.parametrize("other", ["Another text altogether.", "  The ferry’s captain"])
def test_an_other_text_is_scanned_not_sliced(other: str) -> None:
    with indexed_tokens(_TEXT):
        found = tokens_in(other, 0, len(other))
    assert [other[a:b] for a, b in found] == other.split()


def test_the_index_is_dropped_after_the_article() -> None:
    with indexed_tokens(_TEXT):
        pass
    assert tokens_in(_TEXT, 0, 9) == [(2, 5), (6, 9)]


_VERBS_TEXT = "Ida said: résaid, saidé and Said² told; Mr Ash tells (says)—warned_x asked"


def test_verb_shapes_are_the_letter_runs_a_scan_finds() -> None:
    for lo, hi in _windows(_VERBS_TEXT):
        scanned = [m.span() for m in LETTERS.finditer(_VERBS_TEXT, lo, hi) if m.group() in VERB_SHAPES]
        assert verb_shapes_in(_VERBS_TEXT, lo, hi) == scanned
    # A letter outside ASCII touching a verb makes another word; a figure or punctuation does not.
    found = [_VERBS_TEXT[a:b] for a, b in verb_shapes_in(_VERBS_TEXT, 0, len(_VERBS_TEXT))]
    assert found == ["said", "Said", "told", "tells", "says", "warned", "asked"]
