"""Recall: the words before the tag of a direct quotation ("An early vote, he said, “…”") (invented sentences).

Each positive failed before its rule; each guard is a sentence the rule must leave as it was.
"""

from __future__ import annotations

import pytest

# -- "A, he said, “B”": the fragment before the tag is the speaker's, as with "A, he said, B" -------------


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        ("An early vote, he said, “would be a mistake for the town.”", "An early vote", "he"),
        (
            "The new harbour wall, Ms. Okafor said, ''is a perfect example of waste.''",
            "The new harbour wall",
            "Ms. Okafor",
        ),
        (
            'If the bridge closes, Olga Brandt said, "the whole valley will suffer."',
            "If the bridge closes",
            "Olga Brandt",
        ),
        ("As for the ferry timetable, she said, “We will publish it in May.”", "As for the ferry timetable", "she"),
        (
            "After she read the report, the mayor added, “Nobody in this town was told.”",
            "After she read the report",
            "the mayor",
        ),
    ],
)
def test_the_words_before_the_tag_of_a_quotation_are_a_fragment_of_the_report(pipeline, text, fragment, speaker):
    reports = pipeline.reports(text)
    assert (fragment, speaker) in reports
    assert len(reports) == 2  # the quotation after the tag stays as it was


@pytest.mark.parametrize(
    "text",
    [
        "At a rally on Tuesday, Olga Brandt said, “We will rebuild the pier.”",
        "In an interview with the Gazette, she said, “We will rebuild the pier.”",
        "Two days later, the mayor wrote, “We will rebuild the pier.”",
        "After the meeting, the mayor added, “We will rebuild the pier.”",
        "On Monday, Olga Brandt said, “We will rebuild the pier.”",
    ],
)
def test_a_setting_of_time_or_place_before_the_tag_is_no_fragment(pipeline, text):
    assert pipeline.reports(text) == [("We will rebuild the pier.", pipeline.reports(text)[0][1])]
