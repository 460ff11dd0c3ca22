"""Recall: reports whose subject is long or tangled, and the clauses after them (invented sentences).

Each positive failed before its rule; each guard is a sentence the rule must leave as it was.
"""

from __future__ import annotations

import pytest

# -- a relative clause with a perfect or passive verb group before the verb ---------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Fishermen who have worked the bay for decades say the catch has never been this poor.",
            "the catch has never been this poor",
            "Fishermen",
        ),
        (
            "Tenant groups that have backed the mayor say they expect a vote on rents this spring.",
            "they expect a vote on rents this spring",
            "Tenant groups",
        ),
        (
            "Pupils who were questioned by the inspectors said the new timetable left no time for lunch.",
            "the new timetable left no time for lunch",
            "Pupils",
        ),
    ],
)
def test_a_relative_clause_with_an_auxiliary_describes_the_source(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_a_relative_clause_coordinated_with_a_second_verb_gives_no_source(pipeline):
    # "and defend" shares the subject of "needed to support", not of "those who had been flooded".
    text = (
        "On Sunday, the mayor framed the flood as a moment when the town needed to support those who had "
        "been flooded and defend its old ferry service."
    )
    content = text[text.index("the flood") : -1]
    assert pipeline.reports(text) == [(content, "the mayor")]


def test_that_opening_a_reported_clause_is_no_relative_word(pipeline):
    text = "The warden said that officials on the island say the bridge is safe."
    assert pipeline.reports(text)[0] == ("officials on the island say the bridge is safe", "The warden")


# -- a name closing a chunk that opens on an adjunct without a comma ---------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "At the harbour board meeting Sen. Ines Marlow said the ferry contract was a waste.",
            "the ferry contract was a waste",
            "Sen. Ines Marlow",
        ),
        (
            "Friday at the county fair in Dunmore Gov. Teo Brandt (R-Ore.) said the levy would rise.",
            "the levy would rise",
            "Gov. Teo Brandt",
        ),
    ],
)
def test_a_name_after_an_opening_adjunct_is_the_source(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Dunmore Ines Marlow said the ferry contract was a waste.",
        "In an interview with Ines Marlow on Friday the board said the ferry contract was a waste.",
    ],
)
def test_a_name_inside_the_adjunct_is_no_source(pipeline, text):
    assert all(source is None or "Marlow" not in source for _, source in pipeline.reports(text))


# -- a share of people with its noun phrase ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "About three in 10 registered county voters say the bridge toll is too high.",
            "the bridge toll is too high",
            "About three in 10 registered county voters",
        ),
        (
            "One in five registered voters in a Harbour Gazette poll said the mayor should resign.",
            "the mayor should resign",
            "One in five registered voters in a Harbour Gazette poll",
        ),
        (
            "About two-thirds of registered ferry users in all three harbour towns say the toll is too high.",
            "the toll is too high",
            "About two-thirds of registered ferry users in all three harbour towns",
        ),
        (
            "Nearly three out of 10 dairy farmers in the valley said the drought had cost them a harvest.",
            "the drought had cost them a harvest",
            "Nearly three out of 10 dairy farmers in the valley",
        ),
    ],
)
def test_a_share_with_its_noun_phrase_is_the_source(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_a_share_after_a_preposition_is_no_source(pipeline):
    text = "Support rose to one in four voters in the county last year, the survey found."
    assert all(source is None or "one in four" not in source for _, source in pipeline.reports(text))


# -- a focus adverb before the subject ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Against the tide of protest, even a senior harbour pilot said the new berth was unsafe.",
            "the new berth was unsafe",
            "a senior harbour pilot",
        ),
        (
            "Yet even leaders of the fishing union are asking whether the quota is too low.",
            "whether the quota is too low",
            "leaders of the fishing union",
        ),
    ],
)
def test_even_before_the_subject_is_no_part_of_it(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


# -- a pronoun head with its relative clause, and a capitalised "That" as a determiner ----------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "But those who fish the northern banks say the quota has emptied the harbour.",
            "the quota has emptied the harbour",
            "those who fish the northern banks",
        ),
        (
            "A pilot close to the board spoke on Monday. That pilot said the new berth was too shallow.",
            "the new berth was too shallow",
            "That pilot",
        ),
    ],
)
def test_a_pronoun_or_demonstrative_subject_is_read_whole(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


@pytest.mark.parametrize(
    "text",
    ["That is the reason tenants have backed the levy.", "That prompted calls for an inquiry into the ferry."],
)
def test_that_opening_a_clause_gives_no_source(pipeline, text):
    assert all(source is None or not source.startswith("That") for _, source in pipeline.reports(text))


# -- the sentence's opening noun phrase as a participle's source --------------------------------------


def test_a_first_name_ending_in_ly_is_no_opening_adverb(pipeline):
    text = "Kelly Marsh threw her weight behind the ferry plan, saying the island needed a daily crossing."
    assert ("the island needed a daily crossing", "Kelly Marsh") in pipeline.reports(text)


def test_an_opening_adverb_in_ly_still_opens_an_adverbial(pipeline):
    text = "Privately, the harbour master backed the plan, saying the berth was deep enough."
    assert ("the berth was deep enough", "the harbour master") in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Both pilots refused the new roster, saying it left no time for rest.",
            "it left no time for rest",
            "Both pilots",
        ),
        (
            "One planner inside the harbour office tried to calm the crews, saying the cuts were small.",
            "the cuts were small",
            "One planner inside the harbour office",
        ),
        (
            "Two weeks after the storm, the harbour master spoke to the crews, saying the berth would reopen.",
            "the berth would reopen",
            "the harbour master",
        ),
    ],
)
def test_a_quantified_opening_noun_phrase_is_a_participles_source(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_a_long_opening_adverbial_is_passed_to_the_subject(pipeline):
    text = (
        "Amid calls from some residents to publish a list of the owners who let their boats rot, the harbour "
        "master gave a short speech, saying the berths would be cleared by spring."
    )
    assert ("the berths would be cleared by spring", "the harbour master") in pipeline.reports(text)


def test_even_before_the_opening_noun_phrase_is_passed(pipeline):
    text = "And even the harbour master tried to calm the crews, noting that the berth was safe."
    assert ("the berth was safe", "the harbour master") in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The pilot later resigned, claiming the roster broke the safety rules.",
            "the roster broke the safety rules",
            "The pilot",
        ),
        (
            "The pilot resigned, claiming the roster broke the safety rules.",
            "the roster broke the safety rules",
            "The pilot",
        ),
        (
            "A few days later, the harbour master changed course, telling the crews that the berth would stay shut.",
            "the berth would stay shut",
            "the harbour master",
        ),
    ],
)
def test_the_opening_noun_phrase_ends_at_its_verb_or_time_adverb(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_a_noun_phrase_before_an_apposition_is_no_opening_source(pipeline):
    text = "The chief of the port, a former pilot, resigned in May, saying the berths were unsafe."
    assert all(source != "The chief of the port" for _, source in pipeline.reports(text))


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Danish Transport Minister Ole Brandt also spoke against the toll, suggesting that it would hurt trade.",
            "it would hurt trade",
            "Danish Transport Minister Ole Brandt",
        ),
        (
            "Norwegian officials reacted sharply, saying the ferry deal was void.",
            "the ferry deal was void",
            "Norwegian officials",
        ),
        (
            "Speaking at a fair in Dunmore, West Virginia, Ann Okafor went after the board, calling it a closed club.",
            "it a closed club",
            "Ann Okafor",
        ),
    ],
)
def test_a_place_adjective_or_a_place_after_the_adverbial_is_read(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


# -- a participle after a name with an apostrophe, or after a contracted "is"/"are" --------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The unions went further, with harbour pilot Sean O’Keefe calling the roster a scandal.",
            "the roster a scandal",
            "Sean O’Keefe",
        ),
        ("The mayor lost the vote. She’s hoping the ferry will run by May.", "the ferry will run by May", "She"),
        ("They're predicting the berth will stay shut.", "the berth will stay shut", "They"),
    ],
)
def test_a_participle_after_an_apostrophe_word_has_its_source(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


@pytest.mark.parametrize(
    "text",
    ["The Gazette's reporting often tells a different story.", "The mayor isn't seeking another term."],
)
def test_a_possessor_or_negated_auxiliary_before_a_participle_is_no_source(pipeline, text):
    assert pipeline.reports(text) == []


def test_an_initialism_opening_a_title_keeps_the_name(pipeline):
    text = "U.S. Harbour Commissioner Ann Lee flew to Dover on Monday, promising to reopen the berth."
    assert ("to reopen the berth", "U.S. Harbour Commissioner Ann Lee") in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Island voters rallied, saying the ferry was late.", "Island voters"),
        ("Ann Lee said the ferry was late.", "Ann Lee"),
    ],
)
def test_a_name_before_a_group_noun_names_the_group(pipeline, text, source):
    assert ("the ferry was late", source) in pipeline.reports(text)


# -- a participle fronted in the sentence's opening phrase ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "After saying the berth was unsafe, the harbour master closed it for a week.",
            "the berth was unsafe",
            "the harbour master",
        ),
        ("Criticizing the new roster, the pilots walked out.", "the new roster", "the pilots"),
        (
            "Since announcing in May that she would not run again, Ann Okafor has kept quiet.",
            "she would not run again",
            "Ann Okafor",
        ),
    ],
)
def test_a_fronted_participle_reports_for_the_main_subject(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_a_fronted_participle_without_a_comma_reports_nothing(pipeline):
    assert pipeline.reports("Speaking softly the pilot walked out.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Okafor, citing figures from the port office, closed the north berth.", "Ann Okafor"),
        ("The harbour master, citing figures from the port office, closed the north berth.", "The harbour master"),
    ],
)
def test_a_participle_aside_after_the_subject_reports_up_to_its_comma(pipeline, text, source):
    assert ("figures from the port office", source) in pipeline.reports(text)


def test_a_participle_after_an_inverted_tag_keeps_its_clause(pipeline):
    text = "“The file is valuable,” said Ann Okafor, explaining that she had worked on it, with care, for years."
    assert ("she had worked on it, with care, for years", "Ann Okafor") in pipeline.reports(text)


def test_often_between_the_comma_and_a_participle_keeps_it_a_report(pipeline):
    text = "Ferry users backed the levy, often citing the winter storms as a reason."
    assert ("the winter storms as a reason", "Ferry users") in pipeline.reports(text)


def test_a_negated_auxiliary_ends_the_opening_noun_phrase(pipeline):
    text = "The ferry company wouldn't elaborate, citing competitive reasons."
    assert pipeline.reports(text) == [("competitive reasons", "The ferry company")]
