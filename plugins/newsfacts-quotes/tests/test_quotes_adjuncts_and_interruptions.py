"""Recall and source choice of the finder: adjuncts before the clause, interrupted reports (invented sentences)."""

from __future__ import annotations

import pytest


def found(pipeline, text: str) -> list[tuple[str, str | None]]:
    article = pipeline.extract(text)
    return [(q.text, None if q.speaker is None else q.speaker.text) for q in article.quotes]


# -- a medium between the verb and its clause: "said in a statement it would ..." -----------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The ferry company said in a statement it would cut the winter crossings.",
            "it would cut the winter crossings",
            "The ferry company",
        ),
        (
            "The bakery said in a statement on Friday the shop would close for a month.",
            "the shop would close for a month",
            "The bakery",
        ),
        (
            "Ms Hale wrote in a long email, the merger will go ahead in spring next year.",
            "the merger will go ahead in spring next year",
            "Ms Hale",
        ),
        ("The senator said on Twitter the port would close in May.", "the port would close in May", "The senator"),
        ("Ms Lee said on Harbour Radio the vote was rigged.", "the vote was rigged", "Ms Lee"),
    ],
)
def test_a_medium_between_the_verb_and_its_clause_is_skipped(pipeline, text, content, source):
    assert (content, source) in found(pipeline, text)


def test_a_medium_closing_the_sentence_is_no_content(pipeline):
    assert found(pipeline, "The council said in a statement on Monday.") == []


# -- an object verb after its clause: "CLAUSE, the mayor told reporters." --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The harbour will close for the winter, the mayor told reporters.",
        "The harbour will close for the winter, the mayor told the council on Tuesday.",
    ],
)
def test_an_object_verb_after_the_clause_reports_it(pipeline, text):
    assert found(pipeline, text) == [("The harbour will close for the winter", "the mayor")]


def test_an_object_verb_with_its_own_clause_reports_that_clause(pipeline):
    text = "The vote failed, she told him the plan was dead."
    assert ("the plan was dead", "she") in found(pipeline, text)


# -- the rest of a report interrupted by its attribution: "A, he said, to B" -------------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("It would be wise, he said, to wait for the spring tides.", "to wait for the spring tides"),
        ("The reform would be helped, Ms Lind said, by the new harbour rules.", "by the new harbour rules"),
        ("Prices will rise, he said, because the harbour is closed.", "because the harbour is closed"),
        ("Prices will rise, he said, while the harbour is closed.", "while the harbour is closed"),
    ],
)
def test_the_rest_of_an_interrupted_report_is_its_second_fragment(pipeline, text, second):
    contents = [content for content, _ in found(pipeline, text)]
    assert len(contents) == 2
    assert contents[1] == second


def test_a_place_or_time_after_the_attribution_is_not_a_fragment(pipeline):
    text = "The ferry is late again, she said, in an interview on the quay."
    assert [content for content, _ in found(pipeline, text)] == ["The ferry is late again"]


# -- a finite verb after "said" makes a clause, not a source ------------------------------------------


def test_a_clause_after_a_comma_and_said_is_not_a_source(pipeline):
    text = "Ann Lee, while admitting that the plan had flaws, said the council would vote."
    quotes = found(pipeline, text)
    assert "the council would vote" in [content for content, _ in quotes]
    assert all(source != "the council would vote" for _, source in quotes)
    # The participle's report ends before the main verb of the sentence.
    assert ("the plan had flaws", "Ann Lee") in quotes


def test_a_source_with_its_own_relative_clause_still_closes_the_sentence(pipeline):
    text = "The ferry will run all winter, said Ann Okafor, who has worked at the port."
    assert found(pipeline, text) == [("The ferry will run all winter", "Ann Okafor")]


# -- participles after a comma and a short adverb ----------------------------------------------------


def test_a_participle_after_perhaps_reports_for_the_sentence_subject(pipeline):
    text = "The aides were pleased, perhaps recognizing that the plan had worked."
    assert found(pipeline, text) == [("the plan had worked", "The aides")]


# -- shares of people and degree words -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "One in three said the council does not care about the port.",
            "the council does not care about the port",
            "One in three",
        ),
        ("Two in five say the ferry is too slow.", "the ferry is too slow", "Two in five"),
    ],
)
def test_a_share_of_people_reports(pipeline, text, content, source):
    assert found(pipeline, text) == [(content, source)]


def test_too_many_opens_the_clause_after_the_verb(pipeline):
    text = "With two crews filming, Okafor says too many ferries are late in winter."
    assert found(pipeline, text) == [("too many ferries are late in winter", "Okafor")]


# -- a short quoted sentence right after a tagged quotation ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“This is childish,” Ann Lee wrote on her blog. “Banned?”",
        "“This is childish,” Ann Lee wrote on her blog. “Banned?” The board met later that day.",
    ],
)
def test_a_short_quoted_sentence_after_a_tagged_one_is_hers(pipeline, text):
    assert ("Banned?", "Ann Lee") in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "“This is childish,” Ann Lee wrote on her blog. “Banned?” was the headline.",
        "“This is childish,” Ann Lee said, “so-called” reform.",
        "“This is childish,” Ann Lee wrote on her blog.\n\n“Banned?”",
    ],
)
def test_a_short_quotation_inside_a_sentence_or_paragraph_away_is_no_quote(pipeline, text):
    assert [content for content, _ in found(pipeline, text)] == ["This is childish,"]


# -- a mixed clause before its attribution: 'the mayor is a “change agent,” Cole said.' -----------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("Yet the mayor is also a “change agent,” Cole said.", "Yet the mayor is also a “change agent,”", "Cole"),
        ('This is a "raw deal," said Ann Lee, a strategist.', 'This is a "raw deal,"', "Ann Lee"),
        (
            "The navy tested a missile with “stealth features”, the admiral said.",
            "The navy tested a missile with “stealth features”",
            "the admiral",
        ),
    ],
)
def test_a_clause_ending_in_a_short_quotation_before_the_attribution_is_mixed(pipeline, text, content, source):
    article = pipeline.extract(text)
    assert [(q.text, q.kind, q.speaker and q.speaker.text) for q in article.quotes] == [(content, "mixed", source)]


@pytest.mark.parametrize("text", ["“The ferry is late,” Ann Lee said.", '"The ferry is late," said Ann Lee.'])
def test_a_whole_quotation_before_the_attribution_stays_direct(pipeline, text):
    article = pipeline.extract(text)
    assert [(q.text, q.kind) for q in article.quotes] == [("The ferry is late,", "direct")]


# -- a source between a subject and its predicate: "The line, said Ms Kerr, would be cheaper." ----------


def test_a_source_between_subject_and_predicate_reports_both_fragments(pipeline):
    text = "The ferry line, said Ms Kerr and others, would be cheaper by far."
    assert found(pipeline, text) == [
        ("The ferry line", "Ms Kerr and others"),
        ("would be cheaper by far", "Ms Kerr and others"),
    ]


def test_an_apposition_after_an_inverted_source_is_no_fragment(pipeline):
    text = "Taxes will not bring the jobs back, said Ann Lee, a professor of economics."
    assert found(pipeline, text) == [("Taxes will not bring the jobs back", "Ann Lee")]


# -- after an addressee: more clause openers, and what the addressee was told to do ----------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Okafor told reporters this was the last chance for the plan.", "this was the last chance for the plan"),
        ("Ann Lee tells voters she’s with them.", "she’s with them"),
        ("Okafor told the radio host a loss is likely.", "a loss is likely"),
        ("The crowd cheered when Okafor told the mayor to resign at once.", "to resign at once"),
    ],
)
def test_the_clause_after_an_addressee(pipeline, text, content):
    assert [c for c, _ in found(pipeline, text)] == [content]


@pytest.mark.parametrize(
    "text",
    ["Okafor told a story to the children.", "Okafor told a story to them.", "Okafor told a crowd in the square."],
)
def test_an_addressee_and_a_place_or_recipient_are_no_report(pipeline, text):
    assert found(pipeline, text) == []


def test_a_short_subject_and_a_short_predicate_around_the_attribution(pipeline):
    assert found(pipeline, "The ferry, he says, is late.") == [("The ferry", "he"), ("is late", "he")]


# -- a lone function word is no source ------------------------------------------------------------


def test_a_lone_function_word_read_as_a_source_is_dropped(pipeline):
    text = "Nor is it clear that the ferry will run in winter."
    assert found(pipeline, text) == [("the ferry will run in winter", None)]
