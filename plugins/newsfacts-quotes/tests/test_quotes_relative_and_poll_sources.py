"""Recall: relative-clause attributions, polls and reports as sources (invented sentences)."""

from __future__ import annotations

import pytest


def found(pipeline, text: str) -> list[tuple[str, str | None]]:
    article = pipeline.extract(text)
    return [(q.text, None if q.speaker is None else q.speaker.text) for q in article.quotes]


# -- a relative word before the source: "what the auditors said was ..." -------------------------


def test_what_the_source_said_reports_the_verb_phrase(pipeline):
    text = "The fees rose again, adding to what the auditors said was a hidden tax on tenants."
    assert ("was a hidden tax on tenants", "the auditors") in found(pipeline, text)


def test_which_critics_say_reports_the_verb_phrase(pipeline):
    text = "The council kept the ferry toll, which local traders say will drive shoppers to the mainland."
    assert ("will drive shoppers to the mainland", "local traders") in found(pipeline, text)


def test_a_clause_with_its_own_subject_is_not_a_relative_attribution(pipeline):
    # The clause after "said" opens on its subject: the report is that clause, not a verb phrase.
    text = "Farmers who lost their harvest said they would sue the water board."
    assert "they would sue the water board" in [content for content, _ in found(pipeline, text)]


# -- polls, surveys and reports that show or find -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Most tenants oppose the new parking fees, the survey found.",
            "Most tenants oppose the new parking fees",
            "the survey",
        ),
        (
            "Both harbour towns are losing residents, a new county report shows.",
            "Both harbour towns are losing residents",
            "a new county report",
        ),
        (
            "Ferry crossings doubled in August, the harbour figures indicated.",
            "Ferry crossings doubled in August",
            "the harbour figures",
        ),
        (
            "Rail use fell by a third in the winter, the study suggested.",
            "Rail use fell by a third in the winter",
            "the study",
        ),
    ],
)
def test_a_poll_or_report_after_its_finding_is_the_source(pipeline, text, content, source):
    assert (content, source) in found(pipeline, text)


def test_a_person_finding_something_is_not_read_as_a_report(pipeline):
    assert found(pipeline, "The shed was locked at noon, the gardener found.") == []


# -- standings "in the polls" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Mayor Lind holds a narrow lead in the latest Harbour Gazette poll.",
            "Mayor Lind holds a narrow lead",
            "the latest Harbour Gazette poll",
        ),
        (
            "But the challenger slipped to 12 percent in a county survey.",
            "the challenger slipped to 12 percent",
            "a county survey",
        ),
        ("In April, Ms Okafor had 40 percent support in the polls.", "Ms Okafor had 40 percent support", "the polls"),
        (
            "The race is close: Ann Berg trails by two points in the polling average.",
            "Ann Berg trails by two points",
            "the polling average",
        ),
    ],
)
def test_a_standing_in_a_poll_is_what_the_poll_reports(pipeline, text, content, source):
    assert (content, source) in found(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Voters stood in line at the polls for an hour.",  # no "in" before the poll noun
        "Twenty percent of voters in the poll had no opinion of the bridge.",  # the poll's respondents
        "While she leads in the polls, her rival has more money.",  # a subordinate clause
        "The poll was conducted in a county survey week.",  # the poll itself
        "He rose in the polls.",  # too short to be a finding
    ],
)
def test_what_is_not_a_poll_finding(pipeline, text):
    assert all("poll" not in (source or "") and "survey" not in (source or "") for _, source in found(pipeline, text))


# -- a second source after a comma ends the first report ------------------------------------------


def test_a_second_source_after_a_comma_starts_its_own_report(pipeline):
    text = "While 40 percent of riders said the buses were late, 35 percent said the trains were worse."
    quotes = found(pipeline, text)
    assert ("the buses were late", "40 percent of riders") in quotes
    assert ("the trains were worse", "35 percent") in quotes


def test_a_relative_source_after_a_comma_ends_the_report(pipeline):
    text = "Ms Berg said the ferry would run all winter, unlike two captains who told the council it would not."
    contents = [content for content, _ in found(pipeline, text)]
    assert "the ferry would run all winter" in contents
    assert "it would not" in contents


def test_a_comma_without_another_source_keeps_the_report_whole(pipeline):
    text = "Ms Berg said the ferry would run all winter, and the fares would stay the same."
    contents = [content for content, _ in found(pipeline, text)]
    assert "the ferry would run all winter, and the fares would stay the same" in contents


# -- an inverted attribution whose source reader leaves out the article ------------------------------


def test_an_article_before_a_named_source_after_the_clause(pipeline):
    text = "The toll will stay at two euros, the Harbour Traders Guild said."
    assert [content for content, _ in found(pipeline, text)] == ["The toll will stay at two euros"]


def test_a_longer_phrase_between_comma_and_source_is_not_an_inversion(pipeline):
    text = "The toll will stay at two euros, on a calm day the Harbour Traders Guild said."
    assert "The toll will stay at two euros" not in [content for content, _ in found(pipeline, text)]


# -- a share of people as the subject -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "About six in 10 said the new bridge was too expensive.",
            "the new bridge was too expensive",
            "About six in 10",
        ),
        ("Most said the harbour fees should stay as they are.", "the harbour fees should stay as they are", "Most"),
    ],
)
def test_a_share_of_people_reports(pipeline, text, content, source):
    assert (content, source) in found(pipeline, text)


# -- a coordinated clause before an inverted source -----------------------------------------------


def test_a_coordinated_clause_before_an_inverted_source_is_reported(pipeline):
    text = "The ferry left late, and the passengers missed the market, said one harbour official."
    assert ("The ferry left late, and the passengers missed the market", "one harbour official") in found(
        pipeline, text
    )


def test_an_apposition_before_the_verb_is_still_the_source(pipeline):
    text = "Ann Berg, a pilot and harbour guide, said the ferry would run."
    assert ("the ferry would run", "Ann Berg") in found(pipeline, text)


def test_what_before_the_source_closes_it_on_the_left(pipeline):
    text = "The gap between what the mayor says the tunnel will cost and the bids is wide."
    sources = [source for _, source in found(pipeline, text)]
    assert "the mayor" in sources
    assert "The gap between what the mayor" not in sources


# -- a participle modifying a plural noun opens a subject ------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The hearing moved to Lund, where visiting engineers say the pier is sinking.",
            "the pier is sinking",
            "visiting engineers",
        ),
        (
            "Despite the storms, retired captains from the island say the ferry is safe.",
            "the ferry is safe",
            "retired captains from the island",
        ),
    ],
)
def test_a_participle_before_a_plural_noun_is_a_subject(pipeline, text, content, source):
    assert (content, source) in found(pipeline, text)
