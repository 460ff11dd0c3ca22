"""Reports whose source is a share of people ("About half of voters said ...")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("About half of the ferry riders said the crossing was too slow.", "About half of the ferry riders"),
        ("Nearly half said the crossing was too slow.", "Nearly half"),
        (
            "About 40 percent of likely Dover voters said the crossing was too slow.",
            "About 40 percent of likely Dover voters",
        ),
        ("More than 60% said the crossing was too slow.", "More than 60%"),
        ("Two-thirds of the members said the crossing was too slow.", "Two-thirds of the members"),
        ("A third of the crews say the crossing is too slow.", "A third of the crews"),
        ("Three in 10 riders said the crossing was too slow.", "Three in 10 riders"),
        ("Some say the crossing is too slow.", "Some"),
    ],
)
def test_a_share_of_people_is_the_source(pipeline, text, source):
    content = "the crossing was too slow" if " said " in text else "the crossing is too slow"
    assert pipeline.reports(text) == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        # A share after a preposition is an object, and "claims" a noun.
        "The board rated 22% of the bids as sound, compared to 11% of rival claims.",
        "The board rated 22% of the bids as sound, compared with half of the council claims.",
    ],
)
def test_a_share_after_a_preposition_reports_nothing(pipeline, text):
    assert pipeline.reports(text) == []


# -- base forms of learned verbs ("oppose", "view", "favor") --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The harbour council would oppose the new ferry timetable.", "the new ferry timetable", "The harbour council"),
        ("They strongly oppose the new ferry timetable.", "the new ferry timetable", "They"),
        ("The Dover pilots do not favor a slower crossing.", "a slower crossing", "The Dover pilots"),
    ],
)
def test_a_base_form_in_a_verbs_slot_reports(pipeline, text, content, source):
    assert pipeline.reports(text) == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "The grim view of the harbour council comes as the storm nears.",  # an adjective before it: a noun
        "The mayor's call for calm was ignored by the crews.",  # a possessive before it
        "His offer of a new ferry was turned down.",  # a determiner before it
        "The ferry is under its offer.",
    ],
)
def test_a_base_form_read_as_a_noun_reports_nothing(pipeline, text):
    assert pipeline.reports(text) == []


def test_a_base_form_after_a_noun_is_a_noun(pipeline):
    text = "The telecoms concern said profits would fall this year."
    assert pipeline.reports(text) == [("profits would fall this year", "The telecoms concern")]


@pytest.mark.parametrize(
    ("text", "phrase_content"),
    [
        ("The council voiced concern about the winter ferry timetable.", "concern about the winter ferry timetable"),
        ("The report made no mention of the winter ferry timetable.", "the winter ferry timetable"),
    ],
)
def test_a_base_form_read_as_a_noun_keeps_its_phrase_cue(pipeline, text, phrase_content):
    assert phrase_content in [content for content, _ in pipeline.reports(text)]


def test_a_trailing_chunk_ending_on_a_base_form_is_no_attribution(pipeline):
    text = "The firm said two million shares, or about a third of them, have been tendered under its offer."
    assert pipeline.reports(text) == [
        ("two million shares, or about a third of them, have been tendered under its offer", "The firm")
    ]


def test_a_contracted_negation_makes_a_refusal(pipeline):
    assert pipeline.reports("The landlord didn't respond to the tenants' letter.") == []
    assert pipeline.reports("The landlord wouldn't comment on the tenants' letter.") == []


@pytest.mark.parametrize("verb", ["refused", "declined"])
def test_a_refusal_to_say_a_clause_is_no_report(pipeline, verb):
    assert pipeline.reports(f"Ann Lee {verb} to say that the ferry was late.") == []
    assert pipeline.reports(f"Ann Lee {verb} to say whether the ferry was late.") == []


# -- the topic of a question put by someone unnamed ("Asked about the ferry, ...") ---------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Asked about the winter ferry timetable, Ann Lee smiled.", "the winter ferry timetable"),
        ("When asked about the winter ferry timetable, Ann Lee smiled.", "the winter ferry timetable"),
        ("Ann Lee, who was asked about the winter ferry timetable, left early.", "the winter ferry timetable"),
    ],
)
def test_the_topic_of_an_unnamed_question_is_reported_without_a_source(pipeline, text, topic):
    assert (topic, None) in pipeline.reports(text)


def test_a_named_asker_keeps_the_ordinary_report(pipeline):
    assert pipeline.reports("Ann Lee asked about the winter ferry timetable.") == [
        ("the winter ferry timetable", "Ann Lee")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about it, she left.",  # too short a topic
        "Asked to leave the stage, the mayor refused.",  # no "about"
    ],
)
def test_no_topic_no_report(pipeline, text):
    assert all(source is not None for _, source in pipeline.reports(text))


# -- "to VERB that CLAUSE" inside a longer predicate ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The harbour master continues to insist that the ferry will sail.",
            "the ferry will sail",
            "The harbour master",
        ),
        ("Ann Lee went out of her way to say that the ferry was safe.", "the ferry was safe", "Ann Lee"),
        ("The pilots want to warn that the channel is silting up.", "the channel is silting up", "The pilots"),
    ],
)
def test_a_reporting_infinitive_reports_for_the_predicates_subject(pipeline, text, content, source):
    assert pipeline.reports(text) == [(content, source)]


@pytest.mark.parametrize(
    "text",
    [
        "It is fair to say that the ferry is late again.",  # the writer's own view
        "That is to say that the ferry is late again.",
        "The crews had nothing to say about the ferry.",  # no clause
    ],
)
def test_an_infinitive_without_a_source_reports_nothing(pipeline, text):
    assert pipeline.reports(text) == []


@pytest.mark.parametrize(
    "text",
    ["As Ann Lee has pointed out, the ferry is late again.", "As Ann Lee pointed out, the ferry is late again."],
)
def test_a_particle_before_the_comma_closes_an_as_attribution(pipeline, text):
    assert pipeline.reports(text) == [("the ferry is late again", "Ann Lee")]


def test_a_particle_before_a_comma_inverts_no_learned_verb(pipeline):
    assert pipeline.reports("The ferry is late, Ann Lee pointed out, and the port is shut.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor, who has long criticized the ferry plan, left the council.", "the ferry plan"),
        ("The mayor, who said the ferry was late, left the harbour.", "the ferry was late"),
    ],
)
def test_a_report_in_a_relative_clause_ends_at_its_comma(pipeline, text, content):
    quotes = pipeline.extract(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [(content, "The mayor")]


def test_a_report_after_a_restrictive_relative_runs_on(pipeline):
    text = "Officials who spoke with the crews said the ferry, the port and the bridge would close."
    assert pipeline.reports(text) == [("the ferry, the port and the bridge would close", "Officials")]
