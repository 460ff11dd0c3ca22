"""Reports at "said"/"says" whose shape no reader took: "SOURCE says, CLAUSE" and "this"/"there" after an aside."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The rest of an interrupted report opens with "this" or "there" as its subject.
        (
            "In the long run, many economists say, this change could slow the rise in ferry fares.",
            ("this change could slow the rise in ferry fares", "many economists"),
        ),
        (
            "When she finally reached the town hall, she said, there were no ballots left.",
            ("there were no ballots left", "she"),
        ),
        # A source opening the sentence, its speech verb and a comma: the clause after the comma.
        (
            "Ann Okafor says, win or lose in the primary, she is staying in the race.",
            ("win or lose in the primary, she is staying in the race", "Ann Okafor"),
        ),
        (
            "The harbour master added, the pier will reopen in May.",
            ("the pier will reopen in May", "The harbour master"),
        ),
    ],
)
def test_clause_after_an_attribution_comma(pipeline, text, expected):
    assert expected in pipeline.reports(text)


@pytest.mark.parametrize(
    "text",
    [
        # An adjunct after the comma, not a clause.
        "Ann Okafor said, in an interview with the island paper.",
        # "told," and "plans," close other things than an attribution.
        "All told, the ferry carried nine thousand people last year.",
        "Nor does the council have any plans, for now, to sell the pier.",
        # "there" as a place after an aside stays out.
        "In the end, the mayor said, there in the hall.",
    ],
)
def test_no_clause_after_other_commas(pipeline, text):
    contents = [content for content, _ in pipeline.reports(text)]
    wrong = ("the ferry carried", "for now", "to sell", "in an interview")
    assert not any(content.startswith(wrong) for content in contents)
    assert "there in the hall" not in contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "CLAUSE, said TITLE NAME.": lower-case words before the name still make a source, not a clause.
        (
            "The harbour fund ran dry last spring, said former island governor Ed Rowe.",
            ("The harbour fund ran dry last spring", "former island governor Ed Rowe"),
        ),
        (
            "Even the ferry has more riders than the bus, says political scientist Ann Brook in Leeds.",
            ("Even the ferry has more riders than the bus", "political scientist Ann Brook"),
        ),
    ],
)
def test_clause_before_a_titled_source(pipeline, text, expected):
    assert expected in pipeline.reports(text)


@pytest.mark.parametrize(
    "text",
    [
        # A time or place adjunct after the verb names no source.
        "The harbour fund ran dry, said on Monday in New York.",
        "The harbour fund ran dry, said last week in New York.",
    ],
)
def test_no_titled_source_from_an_adjunct(pipeline, text):
    speakers = [speaker for _, speaker in pipeline.reports(text)]
    assert not any(speaker and "New York" in speaker for speaker in speakers)


def test_contracted_has_before_said(pipeline):
    # "'s" before "said"/"told" is a contracted "has", not a possessive: the source is the word before it.
    assert ("he will stay in the race", "He") in pipeline.reports("He's said he will stay in the race.")
    assert ("the pier is safe", "she") in pipeline.reports("And she’s told reporters the pier is safe.")
    # A name keeps its "'s": the company is "Hallam's".
    assert ("the store would close", "Hallam's") in pipeline.reports("Hallam's said the store would close.")


def test_possessive_before_a_noun_stays_out(pipeline):
    assert pipeline.reports("Ann Lee's thought process on the pier is hard to follow.") == []
