"""A participle tag (", adding: ...") reports for the clause it hangs on."""

from __future__ import annotations

import pytest

from newsfacts_quotes.mentions import pronoun_core
from newsfacts_quotes.speakers import SpeakerTable


def speaker_of(pipeline, text: str, content: str) -> str | None:
    """The resolved speaker of the quote whose text is ``content``."""
    quote = next(q for q in pipeline.extract(text).quotes if q.text == content)
    return None if quote.speaker is None else quote.speaker.name


# -- a participle tag after an inverted report ------------------------------------------


@pytest.mark.parametrize("participle", ["adding", "saying", "noting"])
def test_a_participle_after_an_inverted_report_takes_its_source(pipeline, participle):
    text = (
        f"The two ministers will meet in Oslo next month, Petra Lund said, {participle}, "
        "“They have a great deal to settle before winter.”"
    )
    assert speaker_of(pipeline, text, "They have a great deal to settle before winter.") == "Petra Lund"


def test_a_participle_after_a_plain_report_takes_its_subject(pipeline):
    text = "The harbour master said the ferry would run again, adding: “We have checked every single engine.”"
    assert speaker_of(pipeline, text, "We have checked every single engine.") == "The harbour master"


def test_a_participle_after_opening_adverbials_takes_the_sentence_subject(pipeline):
    text = (
        "On Monday, after staying silent for most of the campaign, Olga Brandt joined the rally and backed "
        "the council, saying, “A city that builds nothing new slowly dies.”"
    )
    assert speaker_of(pipeline, text, "A city that builds nothing new slowly dies.") == "Olga Brandt"


# -- the fullest name: a name after a period, after a body's name or after a role -------


@pytest.mark.parametrize(
    ("opening", "full"),
    [
        ("The talks ended in Geneva. Marek Halloway, a trade envoy, left early.", "Marek Halloway"),
        ("Fr. Tobiah Quenning, a parish priest, spoke first.", "Tobiah Quenning"),
        ("Harbour Forum’s Delia Stroud, a pollster, shared the figures.", "Delia Stroud"),
        ("He met Senate Majority Leader Orla Brennick on Tuesday.", "Orla Brennick"),
    ],
)
def test_a_later_surname_gets_the_full_name_given_earlier(pipeline, opening, full):
    surname = full.split()[-1]
    text = f"{opening}\n\n“We will not accept the plan as it stands today,” {surname} said."
    assert speaker_of(pipeline, text, "We will not accept the plan as it stands today,") == full


def test_a_body_name_alone_is_still_no_person(pipeline):
    text = "“The vote is delayed until spring,” the Senate Foreign Relations Committee said."
    assert speaker_of(pipeline, text, "The vote is delayed until spring,") == "Senate Foreign Relations Committee"


# -- a middle initial in an inverted tag ------------------------------------------------


@pytest.mark.parametrize("tail", [", a pollster in Leeds.", ". The count went on until dawn."])
def test_a_middle_initial_after_the_verb_does_not_end_the_name(pipeline, tail):
    text = f"“The count is slower than anyone expected,” said Idris K. Varga{tail}"
    assert speaker_of(pipeline, text, "The count is slower than anyone expected,") == "Idris K. Varga"


# -- a mention read too widely around a pronoun -----------------------------------------


def test_a_mention_closing_on_a_pronoun_is_that_pronoun(pipeline):
    text = "Nadia Pell toured the docks at noon. The things she said were that the port would double in size."
    quote = next(q for q in pipeline.extract(text).quotes if "port would double" in q.text)
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("she", "Nadia Pell")


@pytest.mark.parametrize(
    ("mention", "core"),
    [("The things he", "he"), ("he doesn’t", "he"), ("' she", "she"), ("one they", "they")],
)
def test_pronoun_core_narrows_to_the_pronoun(mention, core):
    start, end = pronoun_core(mention, 0, len(mention))
    assert mention[start:end] == core


@pytest.mark.parametrize("mention", ["Ann Lee and he", "the mayor", "he", "Officials he met"])
def test_pronoun_core_keeps_names_and_plain_phrases(mention):
    assert pronoun_core(mention, 0, len(mention)) == (0, len(mention))


# -- a given name says the gender -------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "pronoun", "expected"),
    [
        ("Lisa Farrow", "Martin Oakes", "he", "Martin Oakes"),
        ("Martin Oakes", "Lisa Farrow", "she", "Lisa Farrow"),
    ],
)
def test_a_given_name_tells_the_pronoun_who_is_meant(pipeline, first, second, pronoun, expected):
    text = f"{first} and {second} met the dockers on Friday. Later {pronoun} said the strike could end within a week."
    quote = next(q for q in pipeline.extract(text).quotes if "strike could end" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.name == expected


# -- a leading "according to" reports the clause it governs ----------------------------


def test_a_report_inside_a_leading_according_to_clause_takes_its_source(pipeline):
    text = "According to the audit office, the ledgers reveal that the agency lost millions in a single year."
    quote = next(q for q in pipeline.extract(text).quotes if "lost millions" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.text == "the audit office"


def test_a_report_in_the_next_sentence_keeps_its_own_source(pipeline):
    text = (
        "According to the audit office, the agency lost millions in a single year. "
        "The minister said the figures would be checked again."
    )
    quote = next(q for q in pipeline.extract(text).quotes if "figures would be checked" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.text == "The minister"


def test_a_named_person_speaking_inside_a_leading_according_to_keeps_the_quote(pipeline):
    text = "According to two aides, Mr Haldane said the money would be better spent on the harbour."
    quote = next(q for q in pipeline.extract(text).quotes if "better spent" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.text == "Mr Haldane"


# -- an opening subordinate clause is not the subject ------------------------------------


@pytest.mark.parametrize(
    "opening", ["Despite the poor turnout", "Although the hall was half empty", "Because time was short"]
)
def test_an_opening_subordinate_clause_is_skipped_to_the_subject(pipeline, opening):
    text = f"{opening}, Vera Quist kept her speech going, reminding voters that the bridge had been promised twice."
    quote = next(q for q in pipeline.extract(text).quotes if "bridge had been promised" in q.text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Vera Quist"


# -- a quoted title is no person ----------------------------------------------------------


def test_a_quoted_title_is_no_person():
    text = 'Paul Brandt reread “Silent Harbour” and "Cold River," over the winter.'
    people = {person.name for person in SpeakerTable(text, []).people}
    assert people == {"Paul Brandt"}
