"""Recall: "see", "view", "regard" report the object and its "as" phrase ("see the mayor as a threat") (invented).

Each positive failed before the rule; each guard is a sentence the rule must leave as it was.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Four in ten voters see the mayor as a threat to the harbour.", "the mayor as a threat to the harbour", None),
        (
            "Developers see golf courses as wasted space in the valley.",
            "golf courses as wasted space in the valley",
            "Developers",
        ),
        ("The crews saw the strike as their last chance.", "the strike as their last chance", "The crews"),
        ("The senator sees the ferry levy as a threat.", "the ferry levy as a threat", "The senator"),
        ("Many fishermen view the new wall as a waste of money.", "the new wall as a waste of money", "Many fishermen"),
        ("Residents regard the harbour wall as a mistake.", "the harbour wall as a mistake", "Residents"),
        ("The harbour is what critics see as a waste of money.", "as a waste of money", "critics"),
    ],
)
def test_a_verb_of_regarding_reports_its_object_and_as_phrase(pipeline, text, content, source):
    reports = pipeline.reports(text)
    assert content in [quote for quote, _ in reports]
    if source is not None:
        assert (content, source) in reports


@pytest.mark.parametrize(
    "text",
    [
        "They see a harbour in decline from the pier.",
        "The crews saw the film twice last week.",
        "They see problems as well, the mayor added nothing.",
        "The grim view of the harbour council comes as the storm nears.",
        "Ann Lee is widely viewed as the likeliest winner.",
    ],
)
def test_without_an_object_and_as_phrase_there_is_no_view(pipeline, text):
    assert all(
        not quote.endswith(("decline from the pier", "twice last week", "as well", "storm nears", "winner"))
        for quote, _ in pipeline.reports(text)
    )


def test_a_view_ends_at_the_comma_closing_its_as_phrase(pipeline):
    text = "While the two towns see themselves as partners, their ferry has long been in dispute."
    reports = pipeline.reports(text)
    assert ("themselves as partners", "the two towns") in reports


@pytest.mark.parametrize(
    "text",
    [
        "Fans saw the match as it happened.",
        "The mayor saw the crowd as he left the hall.",
        "We see the ferry as it docks every morning.",
        "I see him as often as I can.",
        "Investors see profits as high as 8 percent.",
    ],
)
def test_as_opening_a_clause_or_a_comparison_is_no_view(pipeline, text):
    assert pipeline.reports(text) == []
