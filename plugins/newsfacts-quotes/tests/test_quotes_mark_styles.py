"""Wire-style ``…'' and `…', Swedish ”…” and German/Danish »…«: each pairs, apostrophes still never do."""

from __future__ import annotations

import pytest

from newsfacts_quotes.marks import find_quotations


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("``The dam will hold,'' the engineer said.", ["The dam will hold,"]),
        ("The mayor said: ``We have no money left.'' Then she left.", ["We have no money left."]),
        # Nested single wire marks stay inside the double quotation.
        ("``He told me `never again' twice,'' Ann Lee said.", ["He told me `never again' twice,"]),
        ("The plan was called `a gamble' by its critics.", ["a gamble"]),
        ("”The trains are late again”, said Eva Lind.", ["The trains are late again"]),
        ("»The bridge stays shut«, said Jens Holm.", ["The bridge stays shut"]),
        # The French guillemets keep their usual reading, spaced or not.
        ("« The bridge stays shut », said Paul Roux.", ["The bridge stays shut"]),
        ("«The bridge stays shut», said Paul Roux.", ["The bridge stays shut"]),
        # An English curly pair is unchanged by the Swedish reading of ”.
        ("“The bridge stays shut,” said Ann Lee.", ["The bridge stays shut,"]),
    ],
)
def test_wire_and_european_marks_pair(text, expected):
    assert contents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The port didn`t open and the ship`s crew waited.",  # a backtick typed for an apostrophe
        "The party's chairman said the voters' mood had changed.",
        "In the '90s the ferry's fares rose.",
    ],
)
def test_backticks_and_apostrophes_inside_words_are_no_marks(text):
    assert contents(text) == []


def test_a_wire_quote_runs_over_paragraphs():
    text = "``The first paragraph of it.\n\n``The second one,'' she said."
    assert contents(text) == ["The first paragraph of it.", "The second one,"]


def test_a_wire_quote_gets_its_speaker(pipeline):
    article = pipeline.extract("``We will not back down on the tax,'' the finance minister said on Tuesday.")
    (quote,) = article.quotes
    assert quote.text == "We will not back down on the tax,"
    assert quote.kind == "direct"
    assert quote.speaker is not None
    assert quote.speaker.text == "the finance minister"


def test_a_swedish_quote_gets_its_speaker(pipeline):
    article = pipeline.extract("”We are ready for the vote tomorrow”, said Anna Berg.")
    (quote,) = article.quotes
    assert quote.text == "We are ready for the vote tomorrow"
    assert quote.speaker is not None
    assert quote.speaker.text == "Anna Berg"
