"""Speakers named by a dash after a quotation, untagged quotations after a tagged one, and opening adverbials."""

from __future__ import annotations

import pytest

from newsfacts_quotes.mentions import opens_noun_phrase, transcript_speaker


def speakers(pipeline, text: str) -> list[tuple[str, str | None]]:
    """(content, resolved speaker name) of every quote, in order."""
    return [(q.text, None if q.speaker is None else q.speaker.name) for q in pipeline.extract(text).quotes]


# -- a dash and a name after a quotation -----------------------------------------------


@pytest.mark.parametrize("dash", ["―", "—", "–", "--"])
def test_a_dash_and_a_name_after_a_quotation_name_its_speaker(pipeline, dash):
    text = (
        "Readers wrote in about the new bridge.\n\n"
        f"“The toll is far too high for people who cross it every day.” {dash} Marta Quiroga\n\n"
        f"“I walk to work now and it takes me an hour.” {dash} Jon Bell, Leeds"
    )
    assert speakers(pipeline, text) == [
        ("The toll is far too high for people who cross it every day.", "Marta Quiroga"),
        ("I walk to work now and it takes me an hour.", "Jon Bell"),
    ]


def test_a_dash_opening_a_clause_is_no_byline(pipeline):
    text = "“We will rebuild the pier before summer,” — the mayor paused — “and the beach too.”"
    found = speakers(pipeline, text)
    assert all(name != "the mayor paused" for _, name in found), found


# -- an untagged quotation after a tagged one ---------------------------------------------


def test_an_untagged_quotation_after_a_tagged_one_in_its_paragraph_is_the_same_speaker(pipeline):
    text = (
        "“The harbour will stay open all winter,” said Ines Varga, the port director. "
        "“We have ordered two new icebreakers for the channel.”"
    )
    assert speakers(pipeline, text) == [
        ("The harbour will stay open all winter,", "Ines Varga"),
        ("We have ordered two new icebreakers for the channel.", "Ines Varga"),
    ]


# -- opening adverbials are not the source of a participle --------------------------------


@pytest.mark.parametrize(
    "opening",
    ["Hours later", "Publicly", "Back in 2019", "Together with her deputy", "More recently", "Earlier Wednesday"],
)
def test_an_opening_adverbial_is_not_the_source_of_a_participle(pipeline, opening):
    text = f"{opening}, Senator Ida Marsh visited the shipyard, saying the contract would bring 400 jobs."
    found = speakers(pipeline, text)
    assert ("the contract would bring 400 jobs.", "Ida Marsh") in found or (
        "the contract would bring 400 jobs",
        "Ida Marsh",
    ) in found, found


def test_a_title_with_a_period_stays_with_its_name(pipeline):
    text = "Gov. Ruth Alvarez toured the flooded farms on Monday, saying the state would pay for new levees."
    found = speakers(pipeline, text)
    assert [name for _, name in found] == ["Ruth Alvarez"], found


# -- a trailing "according to" names the source of the clause before it ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council plans to close the library in March, according to two people at the town hall.",
        "The harbour master said the pier was unsafe, according to two people at the town hall.",
    ],
)
def test_a_trailing_according_to_names_the_source_of_the_clause(pipeline, text):
    found = speakers(pipeline, text)
    assert found, found
    assert all(name == "two people at the town hall" for _, name in found), found


# -- a pronoun prefers the source of the sentence it stands in -----------------------------


def test_a_pronoun_prefers_the_source_over_the_topic_of_its_sentence(pipeline):
    text = (
        "Asked about Tomas Brandt, Karl Weiss said the port deal was sound. “We negotiated it in good faith,” he said."
    )
    found = speakers(pipeline, text)
    assert found[-1] == ("We negotiated it in good faith,", "Karl Weiss"), found


# -- what cannot be a subject -----------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["may", "both", "observation", "wouldn’t", "couldn't say"])
def test_a_lone_word_naming_nobody_or_a_negated_auxiliary_is_no_subject(phrase):
    assert not opens_noun_phrase(phrase)


@pytest.mark.parametrize("phrase", ["officials", "critics", "he", "the minister", "Ann Lee", "which"])
def test_sources_still_open_a_noun_phrase(phrase):
    assert opens_noun_phrase(phrase)


# -- transcripts ----------------------------------------------------------------------------


def test_a_transcript_paragraph_is_its_speakers(pipeline):
    text = (
        "Part of the interview follows.\n\n"
        "OKONJO: I said last week that the audit would show the money was spent well.\n\n"
        "HALVORSEN: The ministry said it would publish the letters too."
    )
    assert speakers(pipeline, text) == [
        ("the audit would show the money was spent well", "OKONJO"),
        ("it would publish the letters too", "The ministry"),
    ]


@pytest.mark.parametrize("label", ["UPDATE", "NOTE", "A"])
def test_labels_are_no_transcript_speakers(label):
    text = f"{label}: The ministry said it would publish the audit."
    assert transcript_speaker(text, 0) is None


def test_a_name_in_capitals_and_a_colon_opens_a_transcript_paragraph():
    text = "SEN. MARSH: We will vote on Friday."
    start_end = transcript_speaker(text, 0)
    assert start_end is not None
    assert text[start_end[0] : start_end[1]] == "SEN. MARSH"


# -- the fullest name ---------------------------------------------------------------------


def test_a_surname_given_only_with_a_title_keeps_it(pipeline):
    text = "‘We are ready for the vote tomorrow,’ said Mr Odum. Odum said the count would take a day."
    assert [name for _, name in speakers(pipeline, text)] == ["Mr Odum", "Mr Odum"]


def test_a_full_name_given_earlier_wins_over_the_title(pipeline):
    text = "John Odum chairs the board. ‘We are ready for the vote tomorrow,’ said Mr Odum."
    assert [name for _, name in speakers(pipeline, text)] == ["John Odum"]


def test_a_quoted_transcript_paragraph_names_its_speaker_inside_the_quotation(pipeline):
    text = (
        "A partial transcript follows.\n\n"
        "“OKONJO: We will publish the audit next week, whatever the ministry says about it.”\n\n"
        "“HALVORSEN: And the letters, will those be published as well, minister?”"
    )
    assert [name for _, name in speakers(pipeline, text)] == ["OKONJO", "HALVORSEN"]


def test_a_long_apposition_between_the_name_and_the_verb_after_a_quotation(pipeline):
    text = (
        "“The bridge will carry trains again by the spring,” Marta Quiroga, a senior engineer at the regional rail "
        "authority and a former adviser to the transport ministry, said."
    )
    assert [name for _, name in speakers(pipeline, text)] == ["Marta Quiroga"]


def test_a_coordinated_verb_shares_the_sentences_first_source_not_a_nested_one(pipeline):
    text = (
        "Premier Ruth Alvarez said on Monday that the province would announce new levees by March "
        "and suggested that the farmers would be paid for their flooded fields."
    )
    found = speakers(pipeline, text)
    suggested = [name for content, name in found if content.startswith("the farmers")]
    assert suggested == ["Ruth Alvarez"], found


# -- adverbs between the subject and its cue ---------------------------------------------------


@pytest.mark.parametrize("adverb", ["long", "now", "initially", "consistently"])
def test_an_adverb_after_the_auxiliary_is_not_part_of_the_speaker(pipeline, adverb):
    text = f"Tenants have {adverb} argued that the rents are too high."
    assert speakers(pipeline, text) == [("the rents are too high", "Tenants")]
