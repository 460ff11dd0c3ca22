"""Attribution constructions added for PolNeAR-style indirect reports, on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfacts import Quote
from newsfacts_quotes.mentions import sentence_subject


def summary(pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    found: list[Quote] = list(pipeline.extract(text).quotes)
    return [
        (q.kind, q.text, None if q.speaker is None else q.speaker.text, None if q.cue is None else q.cue.text)
        for q in found
    ]


def test_attribution_inside_the_report_gives_two_fragments(pipeline):
    text = "The ferry timetable, the harbourmaster said, will change in March."
    assert summary(pipeline, text) == [
        ("indirect", "The ferry timetable", "the harbourmaster", "said"),
        ("indirect", "will change in March", "the harbourmaster", "said"),
    ]


def test_participle_after_parenthetical_attribution_is_not_content(pipeline):
    text = "Ticket sales were strong, she said, counting the coins in her box."
    assert summary(pipeline, text) == [("indirect", "Ticket sales were strong", "she", "said")]


def test_participle_takes_the_sentence_subject(pipeline):
    text = "Ms Lena Ortiz opened the depot on Monday, saying the new buses would run every ten minutes."
    assert summary(pipeline, text) == [
        ("indirect", "the new buses would run every ten minutes", "Ms Lena Ortiz", "saying")
    ]


def test_participle_after_preposition(pipeline):
    text = "Ms Dora Fenn ended the meeting by saying the depot would stay open."
    assert summary(pipeline, text) == [("indirect", "the depot would stay open", "Ms Dora Fenn", "saying")]


def test_told_addressee_then_clause_without_that(pipeline):
    text = "Mr Karl Weiss told reporters he would not stand again."
    assert summary(pipeline, text) == [("indirect", "he would not stand again", "Mr Karl Weiss", "told")]


def test_told_addressee_then_adjunct_is_not_a_report(pipeline):
    assert summary(pipeline, "Mr Karl Weiss told reporters in the square.") == []


def test_coordinated_verb_shares_the_subject(pipeline):
    text = "Ms Ida Berg met the inspectors and said the dam had been checked twice."
    assert summary(pipeline, text) == [("indirect", "the dam had been checked twice", "Ms Ida Berg", "said")]


def test_existential_clause_after_said(pipeline):
    text = "The auditor said there were gaps in the accounts."
    assert summary(pipeline, text) == [("indirect", "there were gaps in the accounts", "The auditor", "said")]


def test_said_there_as_place_is_not_a_report(pipeline):
    assert summary(pipeline, "The auditor said there.") == []


def test_seems_without_infinitive_is_not_a_report(pipeline):
    assert summary(pipeline, "The council seemed tired after the long session.") == []


def test_declined_without_infinitive_is_not_a_report(pipeline):
    assert summary(pipeline, "The minister declined the invitation.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left early, saying nothing.", "He"),
        ("Ms Ada Quist spoke first, saying ...", "Ms Ada Quist"),
        ("The port authority closed the quay, saying ...", "The port authority"),
        ("On Friday, the mayor opened the hall, saying ...", "the mayor"),
        ("in the end nobody came", None),
    ],
)
def test_sentence_subject(text, expected):
    found = sentence_subject(text, 0, len(text))
    assert (None if found is None else text[found[0] : found[1]]) == expected


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("“We will hold the line,” said Maren Aas on Monday.", "Maren Aas"),
        ("“We will hold the line,” said the minister in a statement.", "the minister"),
        ("“We will hold the line,” said President Tor Vik Tuesday.", "President Tor Vik"),
        ("“We will hold the line,” said the governor of the province.", "the governor of the province"),
    ],
)
def test_a_source_named_after_its_verb_stops_before_adjuncts(pipeline, sentence, mention):
    assert summary(pipeline, sentence) == [("direct", "We will hold the line,", mention, "said")]


def test_an_according_to_source_keeps_its_prepositional_phrase(pipeline):
    text = "According to two officials involved in the talks, the deal was close."
    assert summary(pipeline, text) == [
        ("indirect", "the deal was close", "two officials involved in the talks", "According to")
    ]


def test_an_according_to_source_with_an_apposition(pipeline):
    text = "According to Ann Lee, the port's spokeswoman, the ferries will sail again on Monday."
    assert summary(pipeline, text) == [("indirect", "the ferries will sail again on Monday", "Ann Lee", "According to")]
