"""The fast scan for reporting-verb shapes answers exactly as a scan of every letter run would."""

from __future__ import annotations

from newsfacts_quotes.reading import LETTERS, VERB_SHAPES, verb_shapes_in

_VERBS_TEXT = "Ida said: résaid, saidé and Said² told; Mr Ash tells (says)—warned_x asked"


def test_verb_shapes_are_the_letter_runs_a_scan_finds() -> None:
    for lo in range(len(_VERBS_TEXT) + 1):
        for hi in range(len(_VERBS_TEXT) + 1):
            scanned = [m.span() for m in LETTERS.finditer(_VERBS_TEXT, lo, hi) if m.group() in VERB_SHAPES]
            assert verb_shapes_in(_VERBS_TEXT, lo, hi) == scanned
    # A letter outside ASCII touching a verb makes another word; a figure or punctuation does not.
    found = [_VERBS_TEXT[a:b] for a, b in verb_shapes_in(_VERBS_TEXT, 0, len(_VERBS_TEXT))]
    assert found == ["said", "Said", "told", "tells", "says", "warned", "asked"]


def test_repeated_shapes_inside_longer_words_are_not_verbs() -> None:
    text = "said saidsaid unsaid, Said said; tellstells told.told"
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            scanned = [m.span() for m in LETTERS.finditer(text, lo, hi) if m.group() in VERB_SHAPES]
            assert verb_shapes_in(text, lo, hi) == scanned
    found = [text[a:b] for a, b in verb_shapes_in(text, 0, len(text))]
    assert found == ["said", "Said", "said", "told", "told"]
