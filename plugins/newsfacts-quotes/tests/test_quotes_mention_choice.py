"""Which mention of a sentence is the source: the poll before a share, not its respondents."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In a Hale County poll released Monday, 40 percent of voters said the bridge should close.",
            "a Hale County poll released Monday",
        ),
        (
            "In the harbor board's survey last week, just 12 percent of pilots said the bridge should close.",
            "the harbor board's survey last week",
        ),
        (
            "In an online poll, 30 percent said the bridge should stay, while 60 percent said the bridge should close.",
            "an online poll",
        ),
    ],
)
def test_a_poll_opening_the_sentence_is_the_source_of_its_share(pipeline, text, source):
    assert ("the bridge should close", source) in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # No poll named, or the poll inside the share's own phrase: the share stays the source.
        ("In April, 40 percent of voters said the bridge should close.", "40 percent of voters"),
        (
            "About 40 percent of voters in the county poll said the bridge should close.",
            "About 40 percent of voters in the county poll",
        ),
        # A poll opening before a person: the person reports it.
        ("In a Hale County poll, Mayor Ida Brenn said the bridge should close.", "Mayor Ida Brenn"),
    ],
)
def test_a_share_or_person_without_a_poll_before_it_stays_the_source(pipeline, text, source):
    assert pipeline.reports(text) == [("the bridge should close", source)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"The ferry is late again," officials said, according to the Harbor Gazette.', "the Harbor Gazette"),
        (
            '"The ferry is late again," the pilots told reporters, according to a transcript of the briefing.',
            "a transcript of the briefing",
        ),
        ("On Tuesday, riders said, according to Port Radio, that the ferry is late again.", "Port Radio"),
    ],
)
def test_an_according_to_source_after_the_verb_is_the_source(pipeline, text, source):
    assert [source] == [s for _content, s in pipeline.reports(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"The ferry is late again," Ann Lee said.',
        '"The ferry is late again," Ann Lee said on Tuesday, adding that she would write to the Harbor Gazette.',
    ],
)
def test_without_according_to_the_subject_stays_the_source(pipeline, text):
    assert {s for _content, s in pipeline.reports(text)} == {"Ann Lee"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"The ferry is late again," Ann Lee said, according to the Harbor Gazette.', "Ann Lee"),
        ('Ann Lee spoke at the pier. "The ferry is late again," she said, according to Port Radio.', "she"),
    ],
)
def test_a_named_or_pronoun_subject_keeps_its_words_before_an_according_to(pipeline, text, source):
    # She said the words; the paper or station only relays them.
    assert {s for _content, s in pipeline.reports(text)} == {source}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to the harbor board's report, the pilots said the ferry is late again.",
            "the harbor board's report",
        ),
        ("According to Port Radio, two pilots warned that the ferry is late again.", "Port Radio"),
    ],
)
def test_an_opening_according_to_source_is_the_source(pipeline, text, source):
    assert [s for _content, s in pipeline.reports(text)] == [source]


def test_a_named_subject_after_an_opening_according_to_keeps_the_report(pipeline):
    text = "According to Port Radio, Ann Lee said the ferry is late again."
    assert [s for _content, s in pipeline.reports(text)] == ["Ann Lee"]


def test_an_according_to_phrase_in_an_earlier_sentence_does_not_count(pipeline):
    text = "According to Port Radio, the ferry left at noon. Ann Lee said the ferry is late again."
    assert ("the ferry is late again", "Ann Lee") in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ida Brenn: Lee says the ferry is late again.\n\nThe mayor spoke on Monday.", "Ida Brenn"),
        ("TOM HALE: Ann Lee said the ferry is late again. Do you agree?\n", "TOM HALE"),
    ],
)
def test_a_line_opening_on_a_name_and_a_colon_is_that_speakers(pipeline, text, source):
    assert [s for content, s in pipeline.reports(text) if content.startswith("the ferry")] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Q: Ann Lee said the ferry is late again. Do you agree?\n",
        "EXCLUSIVE: Ann Lee says the ferry is late again.\n",
        "The Latest: Ann Lee says the ferry is late again.\n",
        "Ida Brenn: a profile. Ann Lee says the ferry is late again.\n",
    ],
)
def test_a_label_that_names_nobody_leaves_the_subject(pipeline, text):
    assert [s for content, s in pipeline.reports(text) if content.startswith("the ferry")] == ["Ann Lee"]
