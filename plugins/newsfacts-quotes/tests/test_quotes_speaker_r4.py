"""Speaker rules of round 4: a participle tag (", adding: ...") reports for the clause it hangs on."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_quotes.plugin


@pytest.fixture(scope="module")
def pipeline() -> newsfacts.Pipeline:
    return newsfacts.Pipeline(autoload=False, plugins=[newsfacts_quotes.plugin])


def speaker_of(pipeline: newsfacts.Pipeline, text: str, content: str) -> str | None:
    """The resolved speaker of the quote whose text is ``content``."""
    quote = next(q for q in pipeline.extract(text).quotes if q.text == content)
    return None if quote.speaker is None else quote.speaker.name


# -- a participle tag after an inverted report ------------------------------------------


@pytest.mark.parametrize("participle", ["adding", "saying", "noting"])
def test_a_participle_after_an_inverted_report_takes_its_source(pipeline, participle):
    text = (
        f"The two ministers will meet in Oslo next month, Petra Lund said, {participle}, "
        "“They have a great deal to settle before winter.”"
    )
    assert speaker_of(pipeline, text, "They have a great deal to settle before winter.") == "Petra Lund"


def test_a_participle_after_a_plain_report_takes_its_subject(pipeline):
    text = "The harbour master said the ferry would run again, adding: “We have checked every single engine.”"
    assert speaker_of(pipeline, text, "We have checked every single engine.") == "The harbour master"


def test_a_participle_after_opening_adverbials_takes_the_sentence_subject(pipeline):
    text = (
        "On Monday, after staying silent for most of the campaign, Olga Brandt joined the rally and backed "
        "the council, saying, “A city that builds nothing new slowly dies.”"
    )
    assert speaker_of(pipeline, text, "A city that builds nothing new slowly dies.") == "Olga Brandt"
