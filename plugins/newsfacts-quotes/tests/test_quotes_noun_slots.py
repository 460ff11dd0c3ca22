"""Precision: a cue form after "in" or "at" is a noun, and a label before a colon no source (invented sentences).

Each negative was a false quote before the rule; each guard is a report the rule must leave as it was.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The mayor met the crews in hopes of ending the strike before May.",
        "Ann Lee trails in pledged delegates by a wide margin this spring.",
        "The council spent a week in talks about the new harbour wall.",
    ],
)
def test_a_cue_form_after_in_reports_nothing(pipeline, text):
    assert pipeline.reports(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor hopes the strike will end before May.", "the strike will end before May"),
        ("In a statement, the mayor said the strike would end in May.", "the strike would end in May"),
        ("The mayor, speaking in Salem, said the strike would end in May.", "the strike would end in May"),
    ],
)
def test_a_verb_after_its_subject_still_reports(pipeline, text, content):
    assert content in [quote for quote, _ in pipeline.reports(text)]


# -- "Contributing:", "Revealed:": a label before a colon names no speaker ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The harbour reopened.\n\nContributing: Ann Lee and Tom Hale in Salem.",
        "The harbour reopened.\n\nRevealed: the harbour plan was drawn up in secret by the council.",
    ],
)
def test_a_label_before_a_colon_is_no_source(pipeline, text):
    assert all(speaker not in {"Contributing", "Revealed"} for _, speaker in pipeline.reports(text))
