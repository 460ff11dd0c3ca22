"""Recall: a possessor's noun cue that is a verb form too ("the mayor's claim that ...") (invented sentences).

Each positive failed before the rule; each guard is a sentence the rule must leave as it was.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The story was about the mayor's claim that the pier was safe.", "the pier was safe", "the mayor's"),
        ("The story was about his claims that he had rebuilt the pier.", "he had rebuilt the pier", "his"),
        ("There was little sign of her warning that the harbour would flood.", "the harbour would flood", "her"),
    ],
)
def test_a_possessors_noun_cue_reports_the_clause_after_that(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "There was a claim that originated in a local blog.",
        "The harbour shut after a warning that could close it for a week.",
        "The harbour shut after a claim that the pier was unsafe.",
    ],
)
def test_a_noun_cue_without_a_possessor_or_before_a_relative_that_reports_nothing(pipeline, text):
    assert pipeline.reports(text) == []


def test_the_verb_reading_is_left_to_the_verb_rules(pipeline):
    assert pipeline.reports("He claims that the harbour was safe.") == [("the harbour was safe", "He")]
