"""The reference article from the shared data: the speakers and kinds that must come out right."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsfacts
import newsfacts_quotes.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
CRIMEA = SHARED / "examples" / "crimea.txt"


@pytest.fixture(scope="module")
def crimea() -> newsfacts.Article:
    if not CRIMEA.exists():
        pytest.skip("the shared examples are not available")
    pipeline = isolated_pipeline(newsfacts_quotes.plugin)
    article = pipeline.extract(CRIMEA.read_text(encoding="utf-8"), published="2023-02-28")
    assert_spans_match(article)
    return article


def find(article: newsfacts.Article, start_words: str) -> newsfacts.Quote:
    matches = [q for q in article.quotes if q.text.startswith(start_words)]
    assert len(matches) == 1, [q.text for q in article.quotes]
    return matches[0]


def test_volker_direct_quote_is_whole(crimea):
    quote = find(crimea, "This would leave a lot of Russian forces")
    assert quote.kind == "direct"
    assert quote.text.endswith("military effort,")
    assert crimea.text[quote.start - 1] == "“"
    assert crimea.text[quote.end] == '"'
    assert quote.speaker is not None
    assert quote.speaker.name == "Kurt Volker"


def test_milley_mixed_quote(crimea):
    quote = find(crimea, 'it would be "very, very difficult" to militarily eject')
    assert quote.kind == "mixed"
    assert quote.text.endswith("including Crimea")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.text) == ("Mark Milley", "General Mark Milley")


@pytest.mark.parametrize(
    ("start_words", "mention", "cue"),
    [
        ("a Ukrainian attempt to retake Crimea", "Antony Blinken", "has warned"),
        ("the US is not seeking", "Mr Blinken", "told"),
        ("the decision should be left up to Ukraine", "The US’s top diplomat", "said"),
        ("Joe Biden's administration should focus", "he", "believes"),
        ("Kyiv's resources would be better used", "Mr Blinken", "said"),
    ],
)
def test_blinken_statements(crimea, start_words, mention, cue):
    quote = find(crimea, start_words)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.text) == ("Antony Blinken", mention)
    assert quote.cue is not None
    assert quote.cue.text == cue


def test_first_statement_excludes_the_trailing_report(crimea):
    quote = find(crimea, "a Ukrainian attempt to retake Crimea")
    assert quote.text.endswith("could escalate the conflict")


@pytest.mark.parametrize(
    ("start_words", "name"),
    [
        ("It came after Ukrainian drones", "the city's governor"),
        ("it would be able to use US-donated", "Kyiv"),
        ("it doesn't have sufficient stockpiles", "Washington"),
        ("recapturing Crimea would be a war in itself", "Military experts"),
        ("Ukraine would be unable to recapture Crimea", "Senior Pentagon officials"),
    ],
)
def test_group_and_organisation_sources(crimea, start_words, name):
    quote = find(crimea, start_words)
    assert quote.speaker is not None
    assert quote.speaker.name == name


def test_anonymous_belief(crimea):
    quote = find(crimea, "Ukraine would be better off attempting")
    assert quote.speaker is None
