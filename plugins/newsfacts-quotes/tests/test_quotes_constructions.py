"""Each construction the quotes plugin must handle, on short sentences written for these tests."""

from __future__ import annotations

import pytest

import newsfacts
import newsfacts_quotes.plugin
from newsfacts import Quote
from newsfacts.testing import assert_spans_match


def quotes(pipeline, text: str) -> list[Quote]:
    return list(pipeline.extract(text).quotes)


def summary(quote: Quote) -> tuple[str, str, str | None, str | None, str | None]:
    speaker = quote.speaker
    return (
        quote.kind,
        quote.text,
        None if speaker is None else speaker.name,
        None if speaker is None else speaker.text,
        None if quote.cue is None else quote.cue.text,
    )


def test_direct_curly_with_attribution_after(pipeline):
    text = "“The bridge will reopen in May,” Mayor Tom Briggs said."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("direct", "The bridge will reopen in May,", "Tom Briggs", "Mayor Tom Briggs", "said")
    ]


def test_direct_straight_marks_and_inverted_said(pipeline):
    text = 'Harbour fees rose again. "We cannot absorb this," said Anna Kovacs, a shipping agent.'
    (quote,) = quotes(pipeline, text)
    assert summary(quote) == ("direct", "We cannot absorb this,", "Anna Kovacs", "Anna Kovacs", "said")
    assert text[quote.start - 1] == '"'


# One sentence, one quote: its kind, content, resolved speaker, mention and cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '“Prices will keep climbing until the spring," Paul Dray, a trader, said.',
            (
                "direct",
                "Prices will keep climbing until the spring,",
                "Paul Dray",
                "Paul Dray",
                "said",
            ),
            id="curly_opening_closed_by_straight_mark",
        ),
        pytest.param(
            "Marie Laurent said: «Nous resterons ici jusqu'au bout.»",
            ("direct", "Nous resterons ici jusqu'au bout.", "Marie Laurent", "Marie Laurent", "said"),
            id="guillemets_with_attribution_before",
        ),
        pytest.param(
            "Mr Olav Berg runs the port. Mr Berg told reporters on Monday that the cranes were idle.",
            ("indirect", "the cranes were idle", "Olav Berg", "Mr Berg", "told"),
            id="indirect_with_object_and_that",
        ),
        pytest.param(
            "Clara Mendes, the energy minister, has warned the grid could fail this winter, it has been reported.",
            (
                "indirect",
                "the grid could fail this winter",
                "Clara Mendes",
                "Clara Mendes",
                "has warned",
            ),
            id="indirect_perfect_with_apposition_and_trailing_report",
        ),
        pytest.param(
            "Ms Ada Quist met Mr Ben Hall on Friday. She believes the deal is fair.",
            ("indirect", "the deal is fair", "Ada Quist", "She", "believes"),
            id="pronoun_resolves_to_recent_person_of_matching_gender",
        ),
        pytest.param(
            "Senior navy officers last week told parliament that two ships were unfit to sail.",
            (
                "indirect",
                "two ships were unfit to sail",
                "Senior navy officers",
                "Senior navy officers",
                "told",
            ),
            id="group_subject_with_time_phrase",
        ),
        pytest.param(
            "Helsinki has said it will not extend the lease.",
            ("indirect", "it will not extend the lease", "Helsinki", "Helsinki", "has said"),
            id="organisation_keeps_its_name",
        ),
        pytest.param(
            "The ferry will be sold before June, officials said.",
            ("indirect", "The ferry will be sold before June", "officials", "officials", "said"),
            id="inverted_trailing_attribution",
        ),
        pytest.param(
            "According to Eva Holm, who leads the union, wages have fallen for two years.",
            ("indirect", "wages have fallen for two years", "Eva Holm", "Eva Holm", "According to"),
            id="according_to_at_the_start_with_relative_clause",
        ),
        pytest.param(
            "Three trucks crossed the border overnight, according to the local police.",
            (
                "indirect",
                "Three trucks crossed the border overnight",
                "the local police",
                "the local police",
                "according to",
            ),
            id="according_to_at_the_end",
        ),
        pytest.param(
            'Dr Lena Fox said the vaccine was "almost ready", despite delays at the plant.',
            ("mixed", 'the vaccine was "almost ready"', "Lena Fox", "Dr Lena Fox", "said"),
            id="mixed_quote_ends_at_contrasting_clause",
        ),
        pytest.param(
            "It is believed the factory will close next year.",
            ("indirect", "the factory will close next year", None, None, "is believed"),
            id="anonymous_belief_has_no_speaker",
        ),
    ],
)
def test_one_quote_per_construction(pipeline, text, expected):
    (quote,) = quotes(pipeline, text)
    assert summary(quote) == expected


def test_split_quote_pieces_share_the_speaker(pipeline):
    text = "Ms Rana Patel runs the clinic. “The queue is long,” she said. “Nobody is turned away.”"
    found = [summary(q) for q in quotes(pipeline, text)]
    assert found == [
        ("direct", "The queue is long,", "Rana Patel", "she", "said"),
        ("direct", "Nobody is turned away.", "Rana Patel", "she", None),
    ]


def test_scare_quotes_are_not_quotes(pipeline):
    text = "The so-called “peace dividend” never arrived for the town."
    assert quotes(pipeline, text) == []


def test_apposition_description_resolves_later_mention(pipeline):
    text = (
        "Clara Mendes, the energy minister, has warned the grid could fail this winter. "
        "The energy minister said new cables were on order."
    )
    second = quotes(pipeline, text)[1]
    assert summary(second) == ("indirect", "new cables were on order", "Clara Mendes", "The energy minister", "said")


def test_description_sharing_a_word_with_an_apposition(pipeline):
    text = (
        "Jonas Lind, Denmark's foreign minister, said the talks were over. "
        "Denmark's top diplomat said the embassy would stay open."
    )
    second = quotes(pipeline, text)[1]
    assert second.speaker is not None
    assert (second.speaker.name, second.speaker.text) == ("Jonas Lind", "Denmark's top diplomat")


def test_description_without_a_match_keeps_its_text(pipeline):
    text = "Jonas Lind said the talks were over. The region's mayor said the roads were shut."
    second = quotes(pipeline, text)[1]
    assert second.speaker is not None
    assert second.speaker.name == "The region's mayor"


def test_attribution_works_for_another_plugins_quote(pipeline):
    text = "Ms Ada Quist met Mr Ben Hall. He said the roof was leaking."
    sentences = pipeline.plugin_manager.hook.newsfacts_segment(text=text)
    document = newsfacts.Document(text=text, sentences=tuple(sentences))
    span_start = text.index("the roof")
    foreign = Quote(text="the roof was leaking", start=span_start, end=span_start + 20, kind="indirect")
    speaker = newsfacts_quotes.plugin.newsfacts_attribute_speaker(document, foreign)
    assert speaker is not None
    assert (speaker.name, speaker.text) == ("Ben Hall", "He")


def test_every_span_matches_the_text(pipeline):
    text = (
        "“We will build,” she said. Mr Tom Ash, the mayor, said the plan was "
        '"fully costed" and that work would start soon, according to the council.'
    )
    article = pipeline.pipeline.extract(text)  # the bare pipeline: this test does the checking itself
    assert len(article.quotes) == 2  # the direct quote and the mixed report with its cue and speaker
    assert all(q.cue is not None and q.speaker is not None for q in article.quotes)
    assert_spans_match(article)


def test_sentence_ends_bound_mentions_without_segmentation():
    text = "Ms Ada Quist met Mr Ben Hall. He said the roof was leaking."
    document = newsfacts.Document(text=text)
    found = list(newsfacts_quotes.plugin.newsfacts_find_quotes(document))
    assert [(q.text, q.speaker.text if q.speaker else None) for q in found] == [("the roof was leaking", "He")]
