"""Issue 12: a speaker resolves to a person, not to a thing, a group or a role's wrong holder.

Every sentence is our own; each rule has a case it fixes and a guard for what it must leave alone.
"""

from __future__ import annotations


def named(pipeline, text: str) -> list[tuple[str, str | None]]:
    """Each quote's speaker mention and the name it resolves to."""
    return [
        (q.speaker.text, q.speaker.name) if q.speaker is not None else ("", None) for q in pipeline.extract(text).quotes
    ]


# -- pronouns stand for people only -------------------------------------------------------------


def test_a_he_skips_a_name_the_article_gives_with_an_article(pipeline):
    text = "Envoys of the Tallis Gambit met Quillon Brask in Geneva. He said the talks would resume in spring."
    assert named(pipeline, text) == [("He", "Quillon Brask")]


def test_a_he_skips_a_name_ending_in_a_word_the_article_writes_in_lower_case(pipeline):
    text = (
        "Morning Ledger interviewed Quillon Brask about the ledger of debts. "
        "He said the accounts would balance by June."
    )
    assert named(pipeline, text) == [("He", "Quillon Brask")]


def test_a_she_skips_a_group_named_by_its_place(pipeline):
    text = "A letter from Ohio Democrats reached Ilse Varga on Friday. She said the plan would pass this year."
    assert named(pipeline, text) == [("She", "Ilse Varga")]


def test_a_he_with_only_a_thing_before_it_stays_unresolved(pipeline):
    text = "The Tallis Gambit was signed in May by both capitals. He said the border would stay open."
    assert named(pipeline, text) == [("He", "He")]


def test_a_person_of_unknown_gender_is_still_a_pronouns_person(pipeline):
    text = "Quillon Brask opened the meeting in Geneva. He said the talks would resume in spring."
    assert named(pipeline, text) == [("He", "Quillon Brask")]


def test_a_person_named_with_an_article_and_a_given_name_stays_a_person(pipeline):
    text = "Allies of the Maria Lopez campaign met reporters in Reno. She said the vote would be close."
    assert named(pipeline, text) == [("She", "Maria Lopez")]
