"""Reports whose source is a share of people ("About half of voters said ...")."""

from __future__ import annotations

import pytest


def reports(pipeline, text):
    return [(q.text, q.speaker.text if q.speaker else None) for q in pipeline.extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("About half of the ferry riders said the crossing was too slow.", "About half of the ferry riders"),
        ("Nearly half said the crossing was too slow.", "Nearly half"),
        (
            "About 40 percent of likely Dover voters said the crossing was too slow.",
            "About 40 percent of likely Dover voters",
        ),
        ("More than 60% said the crossing was too slow.", "More than 60%"),
        ("Two-thirds of the members said the crossing was too slow.", "Two-thirds of the members"),
        ("A third of the crews say the crossing is too slow.", "A third of the crews"),
        ("Three in 10 riders said the crossing was too slow.", "Three in 10 riders"),
        ("Some say the crossing is too slow.", "Some"),
    ],
)
def test_a_share_of_people_is_the_source(pipeline, text, source):
    content = "the crossing was too slow" if " said " in text else "the crossing is too slow"
    assert reports(pipeline, text) == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        # A share after a preposition is an object, and "claims" a noun.
        "The board rated 22% of the bids as sound, compared to 11% of rival claims.",
        "The board rated 22% of the bids as sound, compared with half of the council claims.",
    ],
)
def test_a_share_after_a_preposition_reports_nothing(pipeline, text):
    assert reports(pipeline, text) == []
