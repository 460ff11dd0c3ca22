"""Speakers: the subject of the cue in every order, roles and titles, pronouns only to people, organisations."""

from __future__ import annotations

import pytest

from newsfacts_quotes.mentions import opens_noun_phrase


def names(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, mention, resolved name) of every quote."""
    article = pipeline.extract(text)
    return [
        (q.text, None if q.speaker is None else q.speaker.text, None if q.speaker is None else q.speaker.name)
        for q in article.quotes
    ]


def only_name(pipeline, text: str) -> str | None:
    found = names(pipeline, text)
    assert len(found) == 1, found
    return found[0][2]


# -- every order ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Okafor said the ferry would run all winter.",
        "The ferry would run all winter, said Ann Okafor.",
        "Ann Okafor, a harbour pilot, said the ferry would run all winter.",
        "Ann Okafor, 54, a harbour pilot, said the ferry would run all winter.",
        "“The ferry will run all winter,” said Ann Okafor, a harbour pilot, in an interview.",
        "Ann Okafor, during a visit to Lyon, France, said the ferry would run all winter.",
        "Ann Okafor, facing a hard winter on the coast, said the ferry would run all winter.",
    ],
)
def test_the_subject_in_every_order(pipeline, text):
    assert only_name(pipeline, text) == "Ann Okafor"


@pytest.mark.parametrize("verb", ["responded", "replied", "retorted", "added", "answered"])
def test_reply_verbs_after_a_direct_quote(pipeline, verb):
    text = f"“We will not give up on this town,” Ms Adeyemi {verb}."
    assert names(pipeline, text) == [("We will not give up on this town,", "Ms Adeyemi", "Ms Adeyemi")]


def test_a_reply_verb_after_a_question_names_who_answered_not_who_asked(pipeline):
    text = "The hearing paused. “Who signed the order?” Nobody answered."
    assert names(pipeline, text)[0][1] is None


def test_a_learned_verb_after_a_direct_quote_names_its_speaker(pipeline):
    text = "“The figures do not add up,” Mr Rubel pointed out."
    assert names(pipeline, text) == [("The figures do not add up,", "Mr Rubel", "Mr Rubel")]


# -- roles and titles -------------------------------------------------------------------------


def test_a_title_resolves_to_the_person_it_introduced(pipeline):
    text = "Senator Ida Marsh rose to speak. “The figures are wrong,” the senator retorted."
    assert names(pipeline, text) == [("The figures are wrong,", "the senator", "Ida Marsh")]


def test_a_two_word_role_resolves_to_the_person_introduced_with_it(pipeline):
    text = (
        "Foreign Secretary Ann Moyo arrived in Accra on Monday. "
        "The foreign secretary said the talks would resume next week."
    )
    assert only_name(pipeline, text) == "Ann Moyo"


def test_a_description_in_apposition_anywhere_resolves_later(pipeline):
    text = "The US's top diplomat, Karen Obi, flew to Rome. The US's top diplomat said the deal was close."
    assert only_name(pipeline, text) == "Karen Obi"


def test_a_role_that_no_one_was_introduced_with_stays_as_written(pipeline):
    text = "Senator Ida Marsh rose to speak. The governor said the figures were wrong."
    assert only_name(pipeline, text) == "The governor"


def test_a_title_after_a_description_is_still_a_title(pipeline):
    text = "Vermont Sen. Paul Brandt spoke first. Later Brandt said the vote was rigged."
    assert only_name(pipeline, text) == "Paul Brandt"


def test_a_middle_initial_belongs_to_the_name(pipeline):
    text = "Economist Leonard E. Burrows wrote a paper. Mr. Burrows said the tax would fail."
    assert only_name(pipeline, text) == "Leonard E. Burrows"


# -- pronouns -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "place",
    ["the Strait of Hormuz", "the Kerch Bridge", "the Treaty of Lisbon", "the Bay of Biscay"],
)
def test_a_pronoun_never_resolves_to_a_place_or_a_treaty(pipeline, place):
    text = f"The ships crossed {place} on Friday. He said the crews were safe."
    assert only_name(pipeline, text) == "He"


def test_a_pronoun_skips_a_place_for_the_person_before_it(pipeline):
    text = "Mr Harlan crossed the Strait of Hormuz on Friday. He said the crews were safe."
    assert only_name(pipeline, text) == "Mr Harlan"


def test_a_title_gives_the_gender(pipeline):
    text = "Ms Ruth Alder met Mr Tom Birch on Monday. She said the talks went well."
    assert only_name(pipeline, text) == "Ruth Alder"


def test_an_earlier_pronoun_gives_the_gender(pipeline):
    text = (
        "Ruth Alder opened her office in May. Later Tom Birch visited the port with Ruth Alder. "
        "She said the port would grow."
    )
    assert only_name(pipeline, text) == "Ruth Alder"


def test_without_gender_the_sentence_subject_is_preferred(pipeline):
    text = "Ruth Alder met Tom Birch at the summit. She said the talks went well."
    assert only_name(pipeline, text) == "Ruth Alder"


def test_a_possessive_pronoun_resolves_like_the_pronoun(pipeline):
    text = "Tom Birch spoke on Monday. His criticism of the plan angered the council."
    found = names(pipeline, text)
    assert ("His", "Tom Birch") in [(mention, name) for _, mention, name in found]


# -- relative pronouns, organisations, groups, no source ---------------------------------


def test_who_resolves_to_the_name_before_it(pipeline):
    text = "Shares fell after the board met Paul Kerr, who said the deal was off."
    assert names(pipeline, text) == [("the deal was off", "who", "Paul Kerr")]


def test_it_resolves_to_an_organisation_not_a_place(pipeline):
    text = "The Water Ministry issued a report on Monday. It said the dam was safe."
    assert ("the dam was safe", "It", "Water Ministry") in names(pipeline, text)


def test_it_after_only_a_place_stays_unresolved(pipeline):
    text = "Storms hit the Bay of Biscay on Monday. It said the dam was safe."
    assert ("the dam was safe", "It", "It") in names(pipeline, text)


@pytest.mark.parametrize("source", ["The ministry", "Officials", "Two officials"])
def test_groups_and_bodies_are_speakers(pipeline, source):
    text = f"{source} said the dam was safe."
    assert names(pipeline, text) == [("the dam was safe", source, source)]


def test_a_leading_day_is_not_the_subject(pipeline):
    text = "Friday, Texas, leading a coalition of states, asked a judge to block the new rules."
    assert names(pipeline, text) == [("a judge to block the new rules", "Texas", "Texas")]


def test_a_coordinated_verb_shares_the_sentence_subject(pipeline):
    text = "The president helped broker a truce in the south and decided to visit the port."
    assert names(pipeline, text) == [("to visit the port", "The president", "The president")]


def test_a_state_after_of_is_not_part_of_the_name(pipeline):
    text = "Senator Lamar Alden of Tennessee spoke first. Mr. Alden said the vote was fair."
    assert only_name(pipeline, text) == "Lamar Alden"


def test_a_plural_title_is_a_title(pipeline):
    text = "Sens. Jon Tessler and Ann Vitt spoke first. Tessler said the vote was fair."
    assert only_name(pipeline, text) == "Jon Tessler"


@pytest.mark.parametrize("place", ["in Fort Pierce", "at Port Ellis", "near Lake Orin"])
def test_a_place_after_in_at_or_near_is_not_a_person(pipeline, place):
    text = f"The rally was held {place} on Friday. She said the vote was fair."
    assert only_name(pipeline, text) == "She"


def test_a_participle_reports_for_the_first_source_of_its_sentence(pipeline):
    text = "Ann Lee said she doubted the figures, arguing that the survey was too small."
    found = names(pipeline, text)
    assert ("the survey was too small", "Ann Lee", "Ann Lee") in found


def test_an_opening_participle_phrase_is_not_the_source(pipeline):
    text = "Chastened by the reviews, as well as the costs, the mayor revised the plan, promising to cut fees."
    assert names(pipeline, text) == [("to cut fees", "the mayor", "the mayor")]


@pytest.mark.parametrize(
    ("phrase", "subject"),
    [("came away", False), ("sent the letter", False), ("together", False), ("officials", True), ("Ann Lee", True)],
)
def test_a_predicate_is_not_a_subject(phrase, subject):
    assert opens_noun_phrase(phrase) is subject


def test_the_subject_before_a_relative_clause(pipeline):
    text = "One of the doctors, who sent the letter, called the clinic a disgrace."
    assert names(pipeline, text) == [("the clinic a disgrace", "One of the doctors", "One of the doctors")]


@pytest.mark.parametrize(
    "text",
    [
        "President Ann Obi, opening the Museum of Maps and Charts on Saturday, said the hall would tell a story.",
        "Ann Obi, appearing after Tom Lee at the harbour forum, said the hall would tell a story.",
    ],
)
def test_the_subject_before_one_adjunct_chunk(pipeline, text):
    assert only_name(pipeline, text) == "Ann Obi"


@pytest.mark.parametrize("dash", ["—", "―", "--"])
def test_a_dash_parenthetical_is_not_the_subject(pipeline, dash):
    text = f"The film {dash} which weaves together many voices, among others {dash} explains the history of the port."
    assert names(pipeline, text) == [("the history of the port", "The film", "The film")]
