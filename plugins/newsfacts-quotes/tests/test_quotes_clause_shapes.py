"""Recall: reported clauses and infinitives the verb rules missed, and cues read in the wrong place (invented).

Each positive failed before its rule; each guard is a sentence the rule must leave as it was.
"""

from __future__ import annotations

import pytest

# -- clauses opening on a quantity or on "there" with an adverb ---------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The harbour board said about half of the new berths were already leased.",
            "about half of the new berths were already leased",
        ),
        ("The union said over 300 crews would stop work on Monday.", "over 300 crews would stop work on Monday"),
        ("The auditors said about a third of the grant was never spent.", "about a third of the grant was never spent"),
    ],
)
def test_a_quantity_after_about_or_over_opens_the_clause(pipeline, text, content):
    assert content in [found for found, _ in pipeline.reports(text)]


def test_there_and_an_adverb_before_the_verb_open_the_clause(pipeline):
    text = "The pilot said there certainly was room for a second berth."
    assert ("there certainly was room for a second berth", "The pilot") in pipeline.reports(text)


@pytest.mark.parametrize(
    "text", ["The pilot spoke about a storm that sank two boats.", "The pilot said about the storm that it was rare."]
)
def test_about_before_a_noun_phrase_stays_an_adjunct(pipeline, text):
    assert all(not found.startswith("about") for found, _ in pipeline.reports(text))


# -- verbs that report their infinitive --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The ferry union threatened to strike over the new roster.",
            "to strike over the new roster",
            "The ferry union",
        ),
        (
            "The mayor has been blunt in her remarks, threatening to close the harbour if the levy fails.",
            "to close the harbour if the levy fails",
            "The mayor",
        ),
    ],
)
def test_a_threat_reports_its_infinitive(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("A group of pilots is planning to boycott the new roster.", "to boycott the new roster", "A group of pilots"),
        ("The harbour board agreed to rebuild the north berth.", "to rebuild the north berth", "The harbour board"),
        (
            "The ferry company has offered to cover the cost of retraining.",
            "to cover the cost of retraining",
            "The ferry company",
        ),
        ("Several pilots claimed to be owed a month of wages.", "to be owed a month of wages", "Several pilots"),
        ("The harbour master decided not to reopen the berth.", "not to reopen the berth", "The harbour master"),
        (
            "The union pressed the board for a seat at the talks, aiming to lock in a shorter week.",
            "to lock in a shorter week",
            "The union",
        ),
    ],
)
def test_a_plan_aim_offer_or_claim_reports_its_infinitive(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_aiming_without_an_infinitive_reports_nothing(pipeline):
    reports = pipeline.reports("The board is planning a new berth, aiming at the cruise trade.")
    assert all("cruise" not in content for content, _ in reports)


# -- a title in quotation marks before a verb that reports its own clause ------------------------------


def test_a_title_before_a_verb_with_a_clause_is_no_quotation(pipeline):
    text = (
        'In an interview with Tom Reddy on his podcast "The Harbour Files" out Thursday, Mary Ann Okafor said her '
        "union is going into “overdrive” to fight the board."
    )
    assert pipeline.reports(text) == [("her union is going into “overdrive” to fight the board", "Mary Ann Okafor")]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“The ferry will run,” Ann Okafor said on Friday.", "The ferry will run,"),
        ("“Never” Ann Okafor said.", "Never"),
    ],
)
def test_a_tagged_quotation_stays_direct(pipeline, text, quote):
    assert pipeline.reports(text) == [(quote, "Ann Okafor")]


# -- a report inside a poll's standing ------------------------------------------------------------------


def test_a_report_inside_a_polls_standing_is_the_named_speakers(pipeline):
    text = "The novelist Ida Brenn told the Gazette she would run for mayor if she reached 15 percent in the polls."
    assert pipeline.reports(text) == [("she would run for mayor if she reached 15 percent in the polls", "Ida Brenn")]


def test_a_polls_standing_without_a_report_stays(pipeline):
    text = "The mayor has a clear lead in the latest Harbour Gazette poll."
    assert pipeline.reports(text) == [("The mayor has a clear lead", "the latest Harbour Gazette poll")]


# -- "described as" -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The bidding closed on what the owner described as a piece of harbour history.",
            "as a piece of harbour history",
            "the owner",
        ),
        ("The mayor toured the harbour, which she describes as her second home.", "as her second home", "she"),
    ],
)
def test_the_as_phrase_after_describe_is_the_report(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


# -- "went on to VERB", "to say" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "The harbour master went on to say the berth would reopen in May.",
            "the berth would reopen in May",
            "The harbour master",
        ),
        ("The mayor went on to call the toll a tax on islanders.", "the toll a tax on islanders", "The mayor"),
        ("The union continued to portray the roster as unsafe.", "the roster as unsafe", "The union"),
    ],
)
def test_went_on_to_reports_through_its_infinitive(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


def test_to_say_after_another_predicate_stays_out(pipeline):
    assert pipeline.reports("It is hard to say the berth will reopen in May.") == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Even after the vote, the harbour master continued to say the berth was safe.",
            "the berth was safe",
            "the harbour master",
        ),
        ("The older voters were more likely to say the ferry was late.", "the ferry was late", "The older voters"),
    ],
)
def test_to_say_reports_for_its_predicates_subject(pipeline, text, content, source):
    assert (content, source) in pipeline.reports(text)


# -- a new sentence after a quotation is no tag of it --------------------------------------------------------


def test_a_verb_inside_the_next_sentence_is_no_tag_of_the_quotation(pipeline):
    text = "The mayor spoke of “my failure to keep the ferry running.” It was, she said, the worst week for the port."
    assert ("the worst week for the port", "she") in pipeline.reports(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("“The ferry will run.” Ann Okafor said.", "The ferry will run."),
        ("“The ferry will run,” the harbour master of Dover said.", "The ferry will run,"),
    ],
)
def test_a_tag_right_after_a_quotation_stays_its_tag(pipeline, text, quote):
    assert (quote, text[text.index("” ") + 2 : -len(" said.")]) in pipeline.reports(text)
