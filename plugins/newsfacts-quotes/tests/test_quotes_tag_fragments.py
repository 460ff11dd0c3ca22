"""Recall: the words around the tag of a direct quotation ("An early vote, he said, “…”") (invented sentences).

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
        "Outside the courthouse, Olga Brandt said, “We will rebuild the pier.”",
        "Back home in Salem, the mayor said, “We will rebuild the pier.”",
    ],
)
def test_a_setting_of_time_or_place_before_the_tag_is_no_fragment(pipeline, text):
    assert pipeline.reports(text) == [("We will rebuild the pier.", pipeline.reports(text)[0][1])]


# -- "“A,” said Ann Lee, “B”", "Said Ann Lee, “B”": an inverted tag before a quotation names its source ------


@pytest.mark.parametrize(
    ("text", "quotation", "speaker"),
    [
        ("“The pier is safe,” said Olga Brandt, “and it will stay open.”", "and it will stay open.", "Olga Brandt"),
        ("“It is late,” said a harbour pilot, “and nobody is sorry.”", "and nobody is sorry.", "a harbour pilot"),
        ("Said Olga Brandt, “The pier is safe.”", "The pier is safe.", "Olga Brandt"),
        ("But, said Olga Brandt, “the pier is safe for now.”", "the pier is safe for now.", "Olga Brandt"),
    ],
)
def test_an_inverted_tag_before_a_quotation_names_its_source(pipeline, text, quotation, speaker):
    assert (quotation, speaker) in pipeline.reports(text)


def test_a_tag_with_its_source_first_is_read_as_before(pipeline):
    text = "The mayor's office said Olga Brandt, “the pier is safe for now.”"
    assert pipeline.reports(text) == [("the pier is safe for now.", "The mayor's office")]


def test_the_addressee_after_telling_is_no_source(pipeline):
    text = "“Work hard,” she said, telling the class of 2020, “and stay humble.”"
    assert all(speaker != "the class of 2020" for _, speaker in pipeline.reports(text))


# -- "“A,” he said, B": the sentence goes on after the tag of a quotation ---------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("“The fault lay with the council,” he said, rather than with the crews.", "rather than with the crews"),
        ("“Only the council,” she said, would dare to close the pier.", "would dare to close the pier"),
        ("“We are not at war with the town,” she said, only with its council.", "only with its council"),
        ("“The pier is safe,” he said, and “nobody will close it.”", "and “nobody will close it.”"),
    ],
)
def test_the_rest_of_a_sentence_after_the_tag_of_a_quotation_is_reported_too(pipeline, text, rest):
    reports = pipeline.reports(text)
    assert (rest, reports[0][1]) in reports
    assert len(reports) == 2


@pytest.mark.parametrize(
    "text",
    [
        "“The pier is safe,” she said, with an awkward smile at the crews.",
        "“The pier is safe,” she said, as the crowd cheered at the gate.",
        "“The pier is safe,” she said, and her husband cut in at once.",
        "“The pier is safe,” she said, when a gull landed on the rail.",
        "“The pier is safe,” she said, a hint of doubt in her voice.",
        "“The pier is safe,” she said, her voice shaking at the end.",
        "“The pier is safe,” she said, the crowd booing from the gate.",
        "“The pier is safe,” she said, then walked out of the hall.",
    ],
)
def test_a_scene_after_the_tag_of_a_quotation_is_the_writers(pipeline, text):
    assert [content for content, _ in pipeline.reports(text)] == ["The pier is safe,"]


# -- "Having warned that ..., the mayor closed it": a perfect participle, like "After warning that ..." ------


def test_a_fronted_perfect_participle_reports_for_the_main_subject_up_to_its_comma(pipeline):
    text = "Having warned that the pier was unsafe, the mayor closed it on Monday."
    assert pipeline.reports(text) == [("the pier was unsafe", "the mayor")]


def test_having_said_that_reports_nothing(pipeline):
    assert pipeline.reports("Having said that, the mayor closed the pier on Monday.") == []


# -- guillemets: a quotation interrupted by an inverted tag keeps both halves --------------------------------


def test_a_guillemet_quotation_interrupted_by_an_inverted_tag_keeps_both_halves(pipeline):
    text = "«The pier is safe», said Ann Lee, «and it will stay open.»"
    assert pipeline.reports(text) == [("The pier is safe", "Ann Lee"), ("and it will stay open.", "Ann Lee")]


# -- "CLAUSE, analysts say; ...": a semicolon closes a trailing source as a full stop does ---------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "To win the vote, candidates need a third of the town, analysts say; in 2012, the mayor won half.",
            "To win the vote, candidates need a third of the town",
            "analysts",
        ),
        (
            "The pier was not closed by accident, Ann Lee noted; the council had planned it for years.",
            "The pier was not closed by accident",
            "Ann Lee",
        ),
        (
            "The pier was not closed by accident, said Ann Lee; the council had planned it.",
            "The pier was not closed by accident",
            "Ann Lee",
        ),
    ],
)
def test_a_semicolon_closes_a_trailing_source(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_a_participle_before_the_tag_tells_what_the_speaker_did(pipeline):
    text = "Switching to English, the mayor said, “We will rebuild the pier.”"
    assert pipeline.reports(text) == [("We will rebuild the pier.", "the mayor")]


# -- "Ann Lee said at a town hall in Salem on Monday night, “…”": a long adjunct between the tag and the quotation --


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said at a town hall meeting in Salem on a cold Monday night, “We will rebuild the pier.”",
        "Ann Lee wrote in an op-ed for the Gazette before the council vote last spring, “We will rebuild the pier.”",
    ],
)
def test_a_long_adjunct_after_the_tag_verb_keeps_the_tag(pipeline, text):
    assert pipeline.reports(text) == [("We will rebuild the pier.", "Ann Lee")]


def test_an_infinitive_after_a_far_verb_is_no_adjunct_of_a_tag(pipeline):
    text = "Ann Lee decided to print it on the back cover of her new book about the harbour, “Pier Pressure,” in May."
    assert all(speaker != "Ann Lee" or content != "Pier Pressure," for content, speaker in pipeline.reports(text))


def test_a_clause_between_a_far_verb_and_a_quotation_ends_its_adjunct(pipeline):
    text = "Ann Lee said in May the pier was safe, but the critics on the council had another view, “It will fall.”"
    assert ("It will fall.", "Ann Lee") not in pipeline.reports(text)
