"""Reports whose subject the mention reader cannot read: the sentence's opening noun phrase is the source."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A predicate before the reporting verb group, joined by "and" / "but": the opening's second predicate.
        (
            "Ann Okafor has run the port for years and has promised that the pier will reopen.",
            ("the pier will reopen", "Ann Okafor"),
        ),
        (
            "The port director did not mention the strike but did note that the pier had reopened.",
            ("the pier had reopened", "The port director"),
        ),
    ],
)
def test_the_opening_noun_phrase_reports_a_later_predicate(pipeline, text, expected):
    assert expected in pipeline.reports(text)


def test_a_long_subject_with_a_participle_still_reports(pipeline):
    found = pipeline.reports(
        "Majorities of riders in five towns going to the polls Tuesday say they would back the new timetable."
    )
    contents = dict(found)
    assert "they would back the new timetable" in contents
    # The source runs up to the verb: the opening noun phrase's reader stops after a few words.
    assert (
        contents["they would back the new timetable"] == "Majorities of riders in five towns going to the polls Tuesday"
    )


def test_a_long_opening_source_is_read_up_to_the_verb(pipeline):
    found = pipeline.reports("The last man to mount a major race for mayor says he doubts that Ann Lee will run.")
    assert found == [("he doubts that Ann Lee will run", "The last man to mount a major race for mayor")]


def test_the_coordinated_report_ends_the_first_one(pipeline):
    found = pipeline.reports("The port director did not mention the strike but did note that the pier had reopened.")
    assert ("the strike", "The port director") in found


@pytest.mark.parametrize(
    "text",
    [
        # A demonstrative or a lone determiner is no source.
        "That is why the riders say the timetable must change.",
        # A relative or subordinate word between the opening and the verb: the verb is another clause's.
        "The pier, which the mayor says is unsafe, will close.",
        "The ferry line that riders say runs late will add a boat.",
        "The harbour board met on Friday because its members said the pier was unsafe.",
    ],
)
def test_the_opening_is_not_the_source_of_another_clauses_verb(pipeline, text):
    opening = " ".join(text.split()[:2])
    assert all(source is None or not source.startswith(opening) for _content, source in pipeline.reports(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor mocked the council as the “king of ferries,” noting that the cuts would raise the debt.",
            ("the cuts would raise the debt", "The mayor"),
        ),
        (
            "Ann Okafor said the pier was “safe enough,” adding that the council would vote in May.",
            ("the council would vote in May", "Ann Okafor"),
        ),
    ],
)
def test_a_participle_with_a_that_clause_after_a_quotation_reports_that_clause(pipeline, text, expected):
    found = pipeline.reports(text)
    assert expected in found
    # The participle is no tag of the quotation before it: its clause is nobody's name.
    assert all(source is None or not source.startswith("that") for _content, source in found)


def test_a_participle_with_an_object_after_a_quotation_still_tags_it(pipeline):
    found = pipeline.reports("“The pier is safe,” said Ann Okafor, adding the survey to the file.")
    assert ("The pier is safe,", "Ann Okafor") in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A learned verb's object ends at a comma, but not at the comma grouping a number's digits.
        (
            "The port board released a list of more than 5,000 riders on Monday.",
            "a list of more than 5,000 riders on Monday",
        ),
        # A learned phrase cue's noun phrase, likewise.
        (
            "The mayor has fueled the talk about her future by donating $2,700 to the ferry fund.",
            "her future by donating $2,700 to the ferry fund",
        ),
    ],
)
def test_a_number_with_a_thousands_comma_stays_whole(pipeline, text, content):
    assert content in [found for found, _source in pipeline.reports(text)]


def test_a_comma_after_a_number_still_ends_the_object(pipeline):
    found = [
        content for content, _source in pipeline.reports("The port board released the 5,000 pages, and the mayor left.")
    ]
    assert "the 5,000 pages" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economists believe this provides an incentive for ferry lines to cut fares.",
            ("this provides an incentive for ferry lines to cut fares", "Economists"),
        ),
        ("Others say this is just a rough patch for the port.", ("this is just a rough patch for the port", "Others")),
        ("He knows this Dover ferry scheme will hurt him.", ("this Dover ferry scheme will hurt him", "He")),
    ],
)
def test_a_clause_opening_with_this_is_reported(pipeline, text, expected):
    assert pipeline.reports(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time adjunct before the clause, an object at the end, a time adjunct alone: no "this" clause.
        ("The mayor said this week the pier would close.", [("the pier would close", "The mayor")]),
        ("Few councillors would ever admit this.", []),
        ("She said this morning.", []),
    ],
)
def test_this_as_time_or_object_opens_no_clause(pipeline, text, expected):
    assert pipeline.reports(text) == expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("His leverage, he believes, isn’t going anywhere.", "isn’t going anywhere"),
        ("The pier, she said, it's too late to save.", "it's too late to save"),
        ("Even then, the mayor said, she’d rather wait for the vote.", "she’d rather wait for the vote"),
    ],
)
def test_the_rest_of_an_interrupted_report_may_open_on_a_contraction(pipeline, text, rest):
    assert rest in [content for content, _source in pipeline.reports(text)]


def test_a_time_adjunct_after_an_interrupting_tag_is_no_contracted_rest(pipeline):
    found = [content for content, _source in pipeline.reports("The pier, she said, in May.")]
    assert "in May" not in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor told reporters Dover would lose the ferry.", "Dover would lose the ferry"),
        ("The mayor told them Ann Lee would lose the vote.", "Ann Lee would lose the vote"),
        ("Ann Lee wrote to riders, telling them Dover was “a port in decline.”", "Dover was “a port in decline.”"),
    ],
)
def test_a_name_after_a_one_word_addressee_opens_the_clause(pipeline, text, content):
    assert content in [found for found, _source in pipeline.reports(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A day after the addressee is a time adjunct; a name without a verb is no clause.
        ("The mayor told reporters Monday the ferry was late.", "the ferry was late"),
        ("The mayor told them Dover.", None),
    ],
)
def test_a_day_or_a_bare_name_after_an_addressee_opens_no_clause(pipeline, text, content):
    found = [found for found, _source in pipeline.reports(text)]
    assert found == ([] if content is None else [content])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and"/"but" before the verb group (not right before the verb): the coordinated verb shares the subject.
        (
            "The harbour board met on Friday, and has promised that the pier will reopen.",
            ("the pier will reopen", "The harbour board"),
        ),
        (
            "The harbour board met last week but has also warned that the pier will close.",
            ("the pier will close", "The harbour board"),
        ),
        ("Ann Lee rubbed her chin, and then said the pier would close.", ("the pier would close", "Ann Lee")),
    ],
)
def test_a_coordinated_verb_group_shares_the_sentences_subject(pipeline, text, expected):
    assert pipeline.reports(text) == [expected]


def test_a_sentence_ending_on_a_quotation_after_a_tagged_one_is_the_same_speakers(pipeline):
    text = "“He is supposed to cheer for this port,” Ann Lee said. Instead, “he just acts like a beaten man.”"
    quotes = pipeline.extract(text).quotes
    continued = [q for q in quotes if q.kind == "mixed"]
    assert [(q.text, q.speaker.text if q.speaker else None) for q in continued] == [
        ("Instead, “he just acts like a beaten man.”", "Ann Lee")
    ]
    assert text[continued[0].start : continued[0].end] == continued[0].text


@pytest.mark.parametrize(
    "text",
    [
        # The quotation does not end the sentence; a new paragraph; the sentence has its own attribution.
        "“The pier is safe,” Ann Lee said. The council voted on the “safety plan” later.",
        "“The pier is safe,” Ann Lee said.\n\nInstead, “he just acts like a beaten man.”",
        "“The pier is safe,” Ann Lee said. Critics argued the plan was “a waste of money.”",
    ],
)
def test_no_continuation_without_a_sentence_ending_on_an_untagged_quotation(pipeline, text):
    sources = {q.speaker.text if q.speaker else None for q in pipeline.extract(text).quotes if q.kind == "mixed"}
    assert "Ann Lee" not in sources


@pytest.mark.parametrize(
    "text",
    [
        "As reported by the Dover Gazette, the pier will close in May.",
        "As first reported by the Dover Gazette, the pier will close in May.",
    ],
)
def test_as_reported_by_names_the_source_of_the_clause_after_it(pipeline, text):
    assert pipeline.reports(text) == [("the pier will close in May", "the Dover Gazette")]


@pytest.mark.parametrize(
    "text",
    [
        # Mid-sentence, "as ... by" is often a measure or an aside, not a source.
        "The port, as measured by revenue, is small for its region.",
        "The mayor said the pier was unsafe, as recalled by Ann Lee, a pilot at the port.",
    ],
)
def test_as_by_inside_a_sentence_names_no_source(pipeline, text):
    sources = [source for _content, source in pipeline.reports(text)]
    assert "revenue" not in sources
    assert "Ann Lee" not in sources


def test_a_sentence_ending_on_a_quotation_after_an_indirect_report_is_the_same_speakers(pipeline):
    found = pipeline.reports("Ann Lee said the pier was unsafe. Instead, “it should close for good.”")
    assert found == [("the pier was unsafe", "Ann Lee"), ("Instead, “it should close for good.”", "Ann Lee")]


@pytest.mark.parametrize(
    "text",
    [
        # The quotation does not close its sentence; a new paragraph; its own report.
        "Ann Lee said the pier was unsafe. The council voted on the “safety plan” later.",
        "Ann Lee said the pier was unsafe.\n\nInstead, “it should close for good.”",
        "Ann Lee said the pier was unsafe. Tom Hale argued it “should close for good.”",
    ],
)
def test_no_continuation_of_an_indirect_report_without_its_conditions(pipeline, text):
    continued = [source for content, source in pipeline.reports(text) if content.startswith(("Instead", "The council"))]
    assert continued in ([], [None])
