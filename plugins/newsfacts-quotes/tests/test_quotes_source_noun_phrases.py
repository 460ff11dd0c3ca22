"""The source mention before a reporting verb is a noun phrase, never the verb phrase of a clause inside it."""

from __future__ import annotations

import pytest


def speakers(pipeline, text):
    return [(q.text, q.speaker.text if q.speaker else None) for q in pipeline.extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause opening with its verb describes the source before it.
        ("Officials who spoke with the newspaper said the ferry fares would rise.", "Officials"),
        ("Tom Hale, a farmer who described himself as a lifelong Democrat, said the fares would rise.", "Tom Hale"),
        ("Three drivers who work for the depot said the night buses were unsafe.", "Three drivers"),
        # An adverb or an age between the name and "who" is no source.
        ("Ann Lee, meanwhile, who sits on the harbour board, said the ferry fares would rise.", "Ann Lee"),
        ("Bill Moss, 58, who lives near the docks, says the ferry fares will rise.", "Bill Moss"),
    ],
)
def test_the_source_is_the_noun_phrase_a_relative_clause_describes(pipeline, text, speaker):
    reports = dict(speakers(pipeline, text))
    (content,) = [c for c in reports if "rise" in c or "unsafe" in c]
    assert reports[content] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A noun after the relative word is the source of a verb inside the relative clause.
        ("The levy, which critics say would ruin the port, passed on Monday.", "critics"),
        ("It is a plan which many economists say will fail within a year.", "many economists"),
    ],
)
def test_a_relative_clause_with_its_own_subject_keeps_it(pipeline, text, speaker):
    found = speakers(pipeline, text)
    assert found
    assert found[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A verb phrase read as the source gives way to the subject before it.
        (
            "Ann Lee, who chairs the harbour board, sits at zero such endorsements, saying the party had lost its way.",
            "Ann Lee",
        ),
        ("Senator Ron Hale kept asking the minister why the port had closed.", "Senator Ron Hale"),
        ("The mayor began talking about what would happen if the ferry line closed.", "The mayor"),
        # A participle before a plural noun describes it: still a noun phrase.
        ("Retired captains said the channel was too shallow for the new ferries.", "Retired captains"),
        ("Leading Democrats said the channel was too shallow for the new ferries.", "Leading Democrats"),
        # An initialism after a determiner does not end the source after the verb.
        ("“It was a bomb on the pier,” said a U.S. Embassy official in Nairobi.", "a U.S. Embassy official"),
        ("“It was a bomb on the pier,” said the U.N. envoy.", "the U.N. envoy"),
    ],
)
def test_the_source_is_a_whole_noun_phrase(pipeline, text, speaker):
    ((_, found),) = speakers(pipeline, text)
    assert found == speaker


def test_a_predicate_before_a_quotation_gives_way_to_its_subject(pipeline):
    text = (
        "“Which port is the worst?” Ann Lee joked that Dover was her answer, but went on to say, "
        "“There are ports here that are among the worst in Europe.”"
    )
    reports = dict(speakers(pipeline, text))
    assert reports["There are ports here that are among the worst in Europe."] == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "For the harbour's critics, it's worth pointing out that the ferry made money last year.",
        "It was clear the mayor is attempting to win back the ferry crews before the vote.",
    ],
)
def test_an_it_with_its_verb_is_no_source(pipeline, text):
    assert all(speaker is None for _, speaker in speakers(pipeline, text))


def test_a_lone_it_is_still_a_source(pipeline):
    text = "The port authority met on Monday. It said the ferries would run again in May."
    ((_, speaker),) = speakers(pipeline, text)
    assert speaker == "It"


def test_an_adverb_before_a_participle_keeps_the_sentences_subject(pipeline):
    text = "The skipper complained about the harbour after the storm, even suggesting his boat may have been sabotaged."
    reports = dict(speakers(pipeline, text))
    assert reports["his boat may have been sabotaged"] == "The skipper"


def test_a_progressive_verb_group_keeps_its_subject(pipeline):
    text = "The mayor is telling voters that the ferry will run."
    assert speakers(pipeline, text) == [("the ferry will run", "The mayor")]
