"""Datelines are read at line starts only, and that finds exactly what a search of the whole text finds."""

from __future__ import annotations

from newsfacts_quotes.layout import _DATELINE, datelines

_LINES = [
    "OSLO (Reuters) - The ferry will run all winter.",
    "  NEW HAVEN, Conn. — Ann Lee said the plan would fail.",
    "Lisbon, 4 May (AP) -- “We will stay,” she said.",
    "The harbour stays open - OSLO - all year.",
    "",
    "\tBERGEN -",
    "ROME (AFP) — 12 boats left.",
    "x OSLO - Not at a line's start.",
    "O'DELL, Tex. - A mark second.",
    "ÅLESUND (NTB) – Non-ASCII capital first.",
    "Ålesund, Norway (NTB) – Title case, non-ASCII.",
    "\u00a0D.C. — 3 votes.",
    "Moscow - no agency, no dateline.",
    "Oslo, 3 May (NTB) - Title case with an agency.",
]


def test_datelines_match_a_search_of_the_whole_text() -> None:
    for count in range(1, len(_LINES) + 1):
        for separator in ("\n", "\n\n", "\r\n", "\u2028"):
            text = separator.join(_LINES[:count] + _LINES[:count])
            assert datelines(text) == [m.span() for m in _DATELINE.compiled.finditer(text)]


def test_a_dateline_opens_a_line_and_ends_where_the_prose_starts() -> None:
    text = "Headline of the day\nOSLO (Reuters) - The ferry will run.\nIt said - OSLO - no more."
    assert [text[start:end] for start, end in datelines(text)] == ["OSLO (Reuters) - "]
