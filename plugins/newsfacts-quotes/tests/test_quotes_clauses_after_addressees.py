"""Reported clauses after a bounded quantity or after an addressee with its own phrase or a time adjunct."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coastguard said at least six boats had sunk in the storm.", "at least six boats had sunk in the storm"),
        ("The union says at most ten crews will strike.", "at most ten crews will strike"),
        (
            "Ann Lee told The Dover Star last week she would rather vote for the ferry plan.",
            "she would rather vote for the ferry plan",
        ),
        ("Ann Lee told the mayor of Dover she would vote for the ferry plan.", "she would vote for the ferry plan"),
        ("Ann Lee told the board on Tuesday they had to sell the ferry.", "they had to sell the ferry"),
    ],
)
def test_the_clause_after_the_verb_is_reported(pipeline, text, content):
    assert pipeline.reports(text)[0][0] == content


@pytest.mark.parametrize(
    "text",
    [
        "The ferry stopped at least twice.",  # no reporting verb
        "Ann Lee told the mayor on Tuesday.",  # an addressee and a time, no clause
        "Ann Lee told the mayor of Dover about the ferry.",
    ],
)
def test_no_clause_no_report(pipeline, text):
    assert pipeline.reports(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not name his rivals, but told his supporters, “Our town is in trouble with these ferries.”",
        "The mayor smiled and told his supporters: “Our town is in trouble with these ferries.”",
    ],
)
def test_a_coordinated_tag_before_a_quotation_shares_the_subject(pipeline, text):
    assert pipeline.reports(text) == [("Our town is in trouble with these ferries.", "The mayor")]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lee said, among other things, that the ferry has a huge debt problem.",
        "Mr. Lee said, however, that the ferry has a huge debt problem.",
        "Mr. Lee said — on the radio, as it happens — that the ferry has a huge debt problem.",
    ],
)
def test_an_aside_between_the_verb_and_that(pipeline, text):
    assert pipeline.reports(text) == [("the ferry has a huge debt problem", "Mr. Lee")]


def test_an_aside_without_that_stays_an_inverted_report(pipeline):
    text = "The ferry will run, Ann Lee said, in a statement."
    assert pipeline.reports(text) == [("The ferry will run", "Ann Lee")]
