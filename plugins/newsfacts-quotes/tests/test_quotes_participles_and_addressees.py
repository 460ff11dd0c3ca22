"""Recall: reporting participles the source readers missed, and clauses after an addressee (invented).

Each positive failed before its rule; each guard is a sentence the rule must leave as it was.
"""

from __future__ import annotations

import pytest

# -- "by saying “...”": a preposition hangs the participle on the main clause, as a comma does -------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ferry captain ended the briefing by saying “We sail at dawn.”", "The ferry captain"),
        ("She followed that by saying, “The harbour stays open all winter.”", "She"),
        ("On Monday, Olga Brandt dodged several questions before adding: “We will rebuild the pier.”", "Olga Brandt"),
    ],
)
def test_a_participle_after_a_preposition_tags_the_quotation_for_the_sentence_subject(pipeline, text, speaker):
    reports = pipeline.reports(text)
    assert len(reports) == 1
    assert reports[0][1] == speaker


def test_a_participle_after_a_comma_still_reads_the_earlier_reporting_verb(pipeline):
    text = "“The pier is safe,” said Olga Brandt, adding: “We will rebuild it.”"
    assert ("We will rebuild it.", "Olga Brandt") in pipeline.reports(text)


def test_a_quotation_after_a_plain_preposition_takes_no_participle_tag(pipeline):
    text = "The ferry captain ended the briefing by the harbour, “We sail at dawn.”"
    assert all(speaker != "The ferry captain" for _, speaker in pipeline.reports(text))


# -- a dash before the participle, an adverb after its preposition ----------------------------------------


@pytest.mark.parametrize("dash", ["–", "—", "--"])
def test_a_participle_after_a_dash_reports_for_the_sentence_subject(pipeline, dash):
    text = f"Olga Brandt changed her mind on the spot {dash} saying the pier would reopen in May."
    assert ("the pier would reopen in May", "Olga Brandt") in pipeline.reports(text)


def test_an_adverb_between_the_preposition_and_the_participle(pipeline):
    text = "Olga Brandt spoke on Monday before cautiously predicting that the pier would reopen in May."
    assert ("the pier would reopen in May", "Olga Brandt") in pipeline.reports(text)


def test_a_dash_before_a_participle_that_reports_nothing_adds_no_quote(pipeline):
    text = "Olga Brandt walked along the pier – smiling at the crews."
    assert pipeline.reports(text) == []


# -- "told reporters her group had ...": a possessive "her" opens the clause when a verb follows ----------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Olga Brandt told the AP her crew never worked for the firm.", "her crew never worked for the firm"),
        ("Olga Brandt told reporters her harbour plan would cost less.", "her harbour plan would cost less"),
    ],
)
def test_a_possessive_her_after_an_addressee_opens_a_clause(pipeline, text, content):
    assert (content, "Olga Brandt") in pipeline.reports(text)


@pytest.mark.parametrize(
    "text", ["Olga Brandt told the AP her story.", "Olga Brandt told reporters her plans for the pier, then left."]
)
def test_her_and_a_noun_without_a_verb_stay_a_second_object(pipeline, text):
    assert all(not found.startswith("her") for found, _ in pipeline.reports(text))


# -- a time phrase opening the sentence without a comma ------------------------------------------------


@pytest.mark.parametrize(
    "opening", ["Last week", "Two days later", "A few minutes later", "On Tuesday", "In March", "Last Friday night"]
)
def test_a_time_phrase_without_a_comma_is_no_part_of_the_source(pipeline, opening):
    text = f"{opening} the harbour master toured the pier and said it would reopen in May."
    assert ("it would reopen in May", "the harbour master") in pipeline.reports(text)


def test_a_time_phrase_without_a_comma_before_a_reporting_verb(pipeline):
    text = "Two days later the harbour master said the pier would reopen in May."
    assert pipeline.reports(text) == [("the pier would reopen in May", "the harbour master")]


def test_a_possessive_time_phrase_stays_in_the_source(pipeline):
    text = "Last year's winner said the pier would reopen in May."
    assert pipeline.reports(text) == [("the pier would reopen in May", "Last year's winner")]


# -- a participle after a time word reports for the sentence's source ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ferry union sent a letter this week urging the council to fund the pier.",
        "The ferry union sent a letter on Monday urging the council to fund the pier.",
        "The ferry union sent a letter in April urging the council to fund the pier.",
    ],
)
def test_a_participle_after_a_time_word_reports_for_the_subject(pipeline, text):
    assert ("the council to fund the pier", "The ferry union") in pipeline.reports(text)


def test_a_participle_after_a_noun_still_reports_for_the_noun(pipeline):
    text = "The ferry union sent a letter to the council members urging a vote on the pier."
    assert all(speaker != "The ferry union" for _, speaker in pipeline.reports(text))


# -- a verb after a quotation that reports a clause is no inverted tag --------------------------------


def test_a_clause_after_the_verb_is_not_the_quotation_s_speaker(pipeline):
    text = "Olga Brandt, citing “the charm of the old harbour,” said the pier could draw visitors again."
    assert all(speaker != "the pier could" for _, speaker in pipeline.reports(text))
    assert ("the charm of the old harbour,", "Olga Brandt") in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We sail at dawn,” said the captain who was on duty.", "the captain"),
        ("“We sail at dawn,” said Olga Brandt.", "Olga Brandt"),
    ],
)
def test_an_inverted_tag_still_names_its_speaker(pipeline, text, speaker):
    [(content, found)] = pipeline.reports(text)
    assert content == "We sail at dawn,"
    assert found is not None
    assert found.startswith(speaker)


# -- "and" before a reporting participle coordinates it with an earlier participle ---------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator opened the fair, touring the pier with the crews and accusing the board of neglect.",
            "the board of neglect",
        ),
        (
            "The senator ran ads tying the mayor to the firm and criticizing him as careless.",
            "him as careless",
        ),
    ],
)
def test_a_participle_after_and_shares_an_earlier_participle_s_source(pipeline, text, content):
    assert (content, "The senator") in pipeline.reports(text)


def test_and_before_a_participle_without_an_earlier_one_reports_nothing(pipeline):
    text = "The senator toured the pier in the morning and praising it was not needed."
    assert pipeline.reports(text) == []


# -- "Graham said, Mr. Hale's plan was ...": a title opens the clause after the comma ---------------------


def test_a_title_opens_the_clause_after_said_and_a_comma(pipeline):
    text = "Like the last report, Olga Brandt said, Mr. Hale's pier plan was entirely unacceptable."
    assert ("Mr. Hale's pier plan was entirely unacceptable", "Olga Brandt") in pipeline.reports(text)


def test_an_untitled_clause_after_said_and_a_comma_still_reports(pipeline):
    text = "Olga Brandt said, the pier plan was entirely unacceptable."
    assert ("the pier plan was entirely unacceptable", "Olga Brandt") in pipeline.reports(text)


# -- "That is why critics say ...": the reason opening is no part of the source ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "That is why harbour pilots say the pier needs dredging.",
        "The channel is shallow, which is why harbour pilots say the pier needs dredging.",
    ],
)
def test_a_reason_opening_before_the_subject_is_passed(pipeline, text):
    assert ("the pier needs dredging", "harbour pilots") in pipeline.reports(text)


def test_that_s_why_opening_leaves_only_the_subject(pipeline):
    text = "That's why harbour pilots say the pier needs dredging."
    assert pipeline.reports(text) == [("the pier needs dredging", "harbour pilots")]
