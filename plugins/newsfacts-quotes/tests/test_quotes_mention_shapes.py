"""A user sees every speaker: a source mention that runs past its noun phrase is cut back to it (invented).

"in what it calls" names "it", a relative clause or a stray verb ends the phrase, an adjective before a
noun cue leaves the possessor, a day alone is no source; guards keep the phrases that speak.
"""

from __future__ import annotations

import pytest


def _speakers(pipeline, text):
    return [(q.speaker.text, q.speaker.name) if q.speaker else None for q in pipeline.extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The firm now sees mergers as the road back to profit in what it calls “the cloud ledger” trade.",
            "it",
        ),
        ("Lena Ostrova's bold claim that the harbour would close by spring drew laughs.", "Lena Ostrova"),
        (
            "“We will rebuild the pier,” said a harbour official who spoke on condition of anonymity.",
            "a harbour official",
        ),
        ("“The tide is late,” said a local fisherman who has worked the bay for decades.", "a local fisherman"),
        ("The ferry board has not yet announced a new chair.", "The ferry board"),
    ],
)
def test_a_mention_past_its_noun_phrase_is_cut_to_the_phrase_that_speaks(pipeline, text, speaker):
    assert (speaker, speaker) in _speakers(pipeline, text)


def test_a_day_alone_names_no_source(pipeline):
    assert _speakers(pipeline, "Marta Koss arrived on Tuesday. Tuesday said the toll would rise.") == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Those who oppose the toll say it will hurt the town.", "Those who oppose the toll"),
        ("Her critics say the bridge is unsafe.", "Her critics"),
        ("His team say the bridge is unsafe.", "His team"),
        ("The mayor said on Friday that the pier was safe.", "The mayor"),
        (
            "The harbour is now the place city engineers say the wall will fail.",
            "The harbour is now the place city engineers",
        ),
    ],
)
def test_a_noun_phrase_that_speaks_is_kept_whole(pipeline, text, speaker):
    assert speaker in [pair[0] for pair in _speakers(pipeline, text) if pair]
