"""The per-document analysis is dropped with its article, and an equal text gives the same result."""

from __future__ import annotations

import gc
import re
import weakref

import pytest

import newsfacts_quotes.plugin
from newsfacts import Document, Quote, hookimpl
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_quotes import bodies, names
from newsfacts_quotes.analysis import _analysis as analysis_of
from newsfacts_quotes.finder import find_candidates
from newsfacts_quotes.speakers import SpeakerTable

ARTICLE = (
    "The harbour ferry will run all winter, the port authority said on Monday.\n\n"
    "“We have the crews and the boats,” said Ines Marlow, the authority's director. "
    "Marlow told reporters the timetable would be published next week.\n\n"
    "According to the union, drivers were not consulted."
)


class _DocumentSpy:
    """Keeps a weak reference to every document the pipeline hands its plugins, and finds nothing."""

    def __init__(self) -> None:
        self.seen: list[weakref.ref[Document]] = []

    @hookimpl
    def newsfacts_find_quotes(self, document: Document) -> list[Quote]:
        self.seen.append(weakref.ref(document))
        return []


def test_no_document_outlives_its_extraction():
    spy = _DocumentSpy()
    pipeline = isolated_pipeline(newsfacts_quotes.plugin, spy)
    article = pipeline.extract(ARTICLE)
    assert article.quotes  # the analysis was built and cached for this document
    assert_spans_match(article)
    assert spy.seen
    del article
    gc.collect()
    assert all(ref() is None for ref in spy.seen)


def test_the_same_text_twice_gives_the_same_quotes():
    pipeline = isolated_pipeline(newsfacts_quotes.plugin)
    first = pipeline.extract(ARTICLE)
    # A new but equal string: the cache is keyed by the document, so this is analysed afresh.
    second = pipeline.extract("".join(list(ARTICLE)))
    assert_spans_match(first)
    assert_spans_match(second)
    assert first.quotes == second.quotes
    assert [(q.kind, q.text) for q in first.quotes] == [(q.kind, q.text) for q in second.quotes]
    assert len(first.quotes) >= 3


@pytest.mark.parametrize("slice_chars", [1, 2, 3, 5, 8, 64])
def test_the_words_of_a_long_text_are_read_a_slice_at_a_time_without_cutting_one(monkeypatch, slice_chars):
    # Every kind of white space str.split splits at, next to words, at every slice boundary the sizes give.
    text = "Ann said\u00a0the  ferry,\trun\nall\u2028winter.\x1cPort\u3000authority  said\r\nit would\x85run \f"
    monkeypatch.setattr(names, "_SLICE_CHARS", slice_chars)
    assert names.lower_case_words(text) == frozenset(text.split())
    assert names.lower_case_words("") == frozenset()
    assert names.lower_case_words("   ") == frozenset()


def test_a_body_named_before_is_found_from_the_run_read_again():
    text = (
        "The Coastal Budget Office published its figures on Monday. Ann Lee, a harbour pilot, said the crews "
        "were ready. The budget office said costs would rise."
    )
    table = SpeakerTable(text, [])
    # Keyed by where the capitalised run starts ("The Coastal ..."), named without its determiner.
    assert table.bodies("office") == [(0, "Coastal Budget Office")]
    at = text.rindex("The budget office")
    assert table.resolve(at, at + len("The budget office")) == "Coastal Budget Office"


def test_a_repeated_cue_word_and_mention_are_one_string_in_every_quote():
    text = (
        "The ferry will run all winter, officials said on Monday. The crews are ready, officials said. "
        "Fares will not rise this year, officials said."
    )
    article = isolated_pipeline(newsfacts_quotes.plugin).extract(text)
    assert_spans_match(article)
    cues = [q.cue for q in article.quotes if q.cue is not None and q.cue.text == "said"]
    speakers = [q.speaker for q in article.quotes if q.speaker is not None and q.speaker.text == "officials"]
    assert len(cues) == 3
    assert len(speakers) == 3
    # A long article's thousands of "said" and "officials" are kept once each, not once a quote.
    assert all(cue.text is cues[0].text for cue in cues)
    assert all(speaker.text is speakers[0].text for speaker in speakers)


def _brute_force_candidate_for(candidates, start, end):
    best, best_overlap = None, 0
    earlier = [c for c in candidates if c.start <= end]
    for candidate in reversed(earlier[-64:]):
        overlap = min(end, candidate.end) - max(start, candidate.start)
        shorter = min(end - start, candidate.end - candidate.start)
        if overlap > best_overlap and 2 * overlap >= shorter:
            best, best_overlap = candidate, overlap
    return best


def test_the_analysis_keeps_every_candidate_as_the_finder_found_it():
    text = (
        "Ann Lee, the harbour master, said the ferry would run all winter. “The crews are ready,” she said. "
        "According to the union, drivers were not consulted. Officials told reporters that fares would rise."
    )
    sentences = [(m.start(), m.end(), 0) for m in re.finditer(r"[^.]+\.[”]?(?: she said\.)?", text)]
    candidates = find_candidates(text, sentences)
    analysis = analysis_of(candidates, SpeakerTable(text, candidates))
    assert len(candidates) >= 3
    expected = [(c.start, c.end, c.kind, c.cue, c.mention) for c in candidates]
    assert list(analysis.found()) == expected
    for start in range(0, len(text), 7):
        for end in range(start + 1, len(text) + 1, 11):
            best = _brute_force_candidate_for(candidates, start, end)
            found = analysis.candidate_for(start, end)
            assert found == (None if best is None else (best.start, best.end, best.kind, best.cue, best.mention))


def test_the_bodies_of_a_head_noun_are_those_the_whole_read_gives_it():
    text = (
        "The Coastal Budget Office and the Ministry of Defence met the Harbour Board's staff. The Port "
        "Authority of Kell, the Budget Office, the ÉCOLE Normale Office, Naval Ministry Office and the "
        "Kell Harbour Board spoke; the Ódin River Trust, the Alta Dam Trust, the Lee Port Office and Ann Lee."
    )
    table = SpeakerTable(text, [])
    whole = bodies.bodies_by_head(text, table.bodies._runs)
    heads = [*sorted(whole), "budget", "Office", "river", "nothing"]
    assert len(heads) > bodies._HEADS_READ_ALONE  # the last heads are read from the whole, the first one by one
    assert [table.bodies(head) for head in heads] == [whole.get(head, []) for head in heads]
    assert table.bodies("office")[0] == (0, "Coastal Budget Office")
