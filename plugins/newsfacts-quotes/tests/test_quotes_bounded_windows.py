"""Per-verb pattern calls read a bounded window, counted rather than timed.

``regex`` looks for a pattern's required literal ("that", "As") in all of the text a call allows before it
matches; a call per verb that allows the rest of the text or the whole sentence is then quadratic over one
endless sentence. These tests record the window each call is given on such a sentence.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex

from newsfacts_quotes import indirect, inversion

from .conftest import SpanCheckedPipeline


class _Spy:
    """Stands in for a compiled pattern and records ``(pos, endpos)`` of every call."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern = pattern
        self.windows: list[tuple[int, int]] = []

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.windows.append((pos, len(text) if endpos is None else endpos))
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        self.windows.append((pos, len(text) if endpos is None else endpos))
        return self.pattern.fullmatch(text, pos, len(text) if endpos is None else endpos)


class _LazySpy:
    def __init__(self, spy: _Spy) -> None:
        self.compiled = spy


def test_that_after_an_infinitive_verb_is_looked_for_in_five_characters_past_the_spaces(
    pipeline: SpanCheckedPipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = _Spy(indirect._THAT_CLAUSE)
    monkeypatch.setattr(indirect, "_THAT_CLAUSE", spy)
    text = "They want to insist that the pier is safe and they hope to say the road is open and " * 40
    pipeline.extract(text)
    assert len(spy.windows) >= 40  # every "to VERB" is tested
    assert max(end - start for start, end in spy.windows) <= 6  # a space and "that "
    assert pipeline.reports("They want to insist that the pier is safe, officials said.")  # still found


def test_as_reported_by_reads_only_the_sentence_opening_when_it_holds_no_as(
    pipeline: SpanCheckedPipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    spy = _Spy(inversion._AS_OPENING.compiled)
    monkeypatch.setattr(inversion, "_AS_OPENING", _LazySpy(spy))
    pipeline.extract("the pier is safe as reported by Ab Cd, and " * 60)
    assert spy.windows == []  # the sentence opens on no "As": no pattern reads it, per verb or once
    pipeline.extract("As reported by the Gazette, the pier is safe.")
    assert spy.windows  # a sentence that opens on "As" still reaches the pattern
