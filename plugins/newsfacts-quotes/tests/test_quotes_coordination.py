"""Two coordinated reports in one sentence are two quotes; a report inside a report stays one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour master praised the new ferry timetable but warned that the winter crossings would be slower.",
            [
                ("the new ferry timetable", "The harbour master"),
                ("the winter crossings would be slower", "The harbour master"),
            ],
        ),
        (
            "Ann Okafor says the ferry is too slow and calls the timetable a disgrace to the island.",
            [("the ferry is too slow", "Ann Okafor"), ("the timetable a disgrace to the island", "Ann Okafor")],
        ),
    ],
)
def test_a_second_predicate_of_the_same_speaker_is_a_second_quote(pipeline, text, expected):
    assert pipeline.reports(text) == expected


def test_each_predicate_in_a_list_is_a_quote(pipeline):
    text = (
        "The mayor urged the council to keep the ferry running, proposed that the pier be rebuilt "
        "and praised the pilots."
    )
    assert pipeline.reports(text) == [
        ("the council to keep the ferry running", "The mayor"),
        ("the pier be rebuilt", "The mayor"),
        ("the pilots", "The mayor"),
    ]


def test_a_participle_between_commas_is_no_second_predicate(pipeline):
    text = "Ann Okafor said the new timetable, praised by the mayor, would fail the island."
    assert pipeline.reports(text) == [("the new timetable, praised by the mayor, would fail the island", "Ann Okafor")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Okafor said the ferry was too slow, and the mayor accused the company of cutting its crossings.",
            [("the ferry was too slow", "Ann Okafor"), ("the company of cutting its crossings", "the mayor")],
        ),
        (
            "The harbour board has said the ferry will run all winter - but the mayor insisted the pier was unsafe.",
            [("the ferry will run all winter", "The harbour board"), ("the pier was unsafe", "the mayor")],
        ),
    ],
)
def test_a_second_clause_after_a_comma_or_dash_is_a_second_quote(pipeline, text, expected):
    assert pipeline.reports(text) == expected


def test_a_subordinate_report_after_an_object_is_a_second_quote(pipeline):
    text = "The mayor attacked the ferry company's record after the pilots accused it of cutting corners."
    assert pipeline.reports(text) == [
        ("the ferry company's record", "The mayor"),
        ("it of cutting corners", "the pilots"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A base form after "would" is a verb inside the report, not a second predicate of the speaker.
        (
            "Ann Okafor said the ferry would run again and endorse the new timetable.",
            "the ferry would run again and endorse the new timetable",
        ),
        # After a verb of saying, a subordinate clause is part of what was said.
        (
            "Ann Okafor said the ferry was late because the captain said the pier was unsafe.",
            "the ferry was late because the captain said the pier was unsafe",
        ),
        # Without a comma, a second clause may be part of the report.
        (
            "Ann Okafor said the ferry is too slow and she feels the island deserves better.",
            "the ferry is too slow and she feels the island deserves better",
        ),
        # A report that opens the content is nested in it.
        ("The mayor said she believes the ferry will run all winter.", "she believes the ferry will run all winter"),
        # Coordinated subjects inside the report.
        (
            "Ann Okafor said the pilots and the harbour board praised the new timetable.",
            "the pilots and the harbour board praised the new timetable",
        ),
    ],
)
def test_a_report_inside_a_report_stays_one_quote(pipeline, text, content):
    assert pipeline.reports(text) == [(content, text.split(" said", 1)[0])]


def test_offsets_of_cut_contents_are_exact(pipeline):
    text = "Ann Okafor said the ferry was too slow, and the mayor accused the company of cutting its crossings."
    for quote in pipeline.extract(text).quotes:
        assert text[quote.start : quote.end] == quote.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While Ann Okafor said the ferry was too slow, the mayor called the timetable a triumph for the island.",
            [("the ferry was too slow", "Ann Okafor"), ("the timetable a triumph for the island", "the mayor")],
        ),
        (
            "Although the pilots have warned that the pier is unsafe, the harbour board insists the ferry will run.",
            [("the pier is unsafe", "the pilots"), ("the ferry will run", "the harbour board")],
        ),
    ],
)
def test_a_report_in_a_fronted_subordinate_clause_ends_at_its_comma(pipeline, text, expected):
    assert pipeline.reports(text) == expected


def test_a_subordinate_clause_inside_the_report_stays_in_it(pipeline):
    text = "Ann Okafor said that while the mayor praised the timetable, the pilots feared the winter crossings."
    assert pipeline.reports(text) == [
        ("while the mayor praised the timetable, the pilots feared the winter crossings", "Ann Okafor")
    ]
