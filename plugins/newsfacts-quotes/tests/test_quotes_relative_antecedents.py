"""A "who" or "which" source stands for the noun phrase it follows: a person, never the place after one (issue 12).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts_quotes.antecedents import after_preposition
from newsfacts_quotes.mentions import subject_before


def speakers(pipeline, text: str) -> list[tuple[str, str] | None]:
    """(mention, resolved name) of every quote's speaker."""
    return [None if q.speaker is None else (q.speaker.text, q.speaker.name) for q in pipeline.extract(text).quotes]


def antecedent_of(text: str, verb: str) -> str | None:
    """The text the relative pronoun before ``verb`` stands for, as the mention reader gives it."""
    subject = subject_before(text, 0, text.index(verb))
    assert subject is not None
    assert text[subject.start : subject.end] in {"who", "which"}
    return None if subject.antecedent is None else text[slice(*subject.antecedent)]


# -- a place or a date after the person is skipped -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("The council met Senator Dana Pell of Oregon, who said the levy was unfair.", "Senator Dana Pell"),
        ("The levy angered a farmer in Lerin who said the tax would ruin him.", "a farmer"),
        ("The crowd cheered for the mayor of Tobar, who said the bridge would open.", "the mayor"),
        ("The plan drew a reply from the governor of New Tobar, who said it would fail.", "the governor"),
        ("The plan is likely to calm nervous voters on Tobar Hill, who said the levy was unfair.", "voters"),
        ("Lena Ruiz, a former candidate for governor in Ohio who now runs a bakery, said so.", None),
    ],
)
def test_a_who_skips_the_place_after_its_person(text: str, antecedent: str | None) -> None:
    if antecedent is None:  # the subject of "said" is Lena Ruiz; the relative reads its own noun phrase
        start = text.index("a former")
        found = after_preposition(text, start, text.index(" who"), person=True)
        assert text[slice(*found)] == "a former candidate for governor"
    else:
        assert antecedent_of(text, "said") == antecedent


def test_the_name_beside_a_who_not_a_far_opening_word(pipeline) -> None:
    text = "Abroad, the vote drew praise from President Omar Haddad, who said the deal was fair."
    assert antecedent_of(text, "said") == "Omar Haddad"
    assert speakers(pipeline, text) == [("who", "Omar Haddad")]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Ruiz, a former candidate for governor in Ohio who now runs a bakery, said the levy was unfair.",
        "Lena Ruiz, a farmer in Tobar who said the levy was unfair, left early.",
    ],
)
def test_a_who_after_a_description_in_apposition_is_the_name(pipeline, text: str) -> None:
    assert speakers(pipeline, text) == [("who", "Lena Ruiz")]


def test_the_speaker_named_for_a_who_after_a_place(pipeline) -> None:
    text = "Ivo Rask is the mayor. Later the council met Mayor Ivo Rask of Tobar, who said the bridge would open."
    assert speakers(pipeline, text) == [("who", "Ivo Rask")]


# -- what must stay as it was --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        # A person after the preposition is the antecedent.
        ("The plan came from the office of Ivo Rask, who said it would pass.", "Ivo Rask"),
        ("The plan drew a sharp reply from Governor Ana Velez, who said it would fail.", "Ana Velez"),
        ("The idea drew a reply from Omar Haddad Jr., who said it was unfit.", "Omar Haddad Jr"),
        ("The vote was a fresh attack on Ivo Rask, who said it would fail.", "Ivo Rask"),
        # A group before a place: the group.
        ("The mayor spoke with voters in Lerin who said the tax was unfair.", "voters"),
        # A name with no preposition.
        ("The board met Paul Kerr, who said the port would close.", "Paul Kerr"),
    ],
)
def test_a_person_after_the_preposition_stays(text: str, antecedent: str) -> None:
    assert antecedent_of(text, "said") == antecedent


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        # A "which" may be the place or the thing: only a "who" must be a person.
        ("Ana Velez released her records in July, which showed she was fit.", "July"),
        ("A letter from the union, which said the plan was unfair, reached the board.", "the union"),
    ],
)
def test_a_which_keeps_its_thing(text: str, antecedent: str) -> None:
    verb = "showed" if "showed" in text else "said"
    assert antecedent_of(text, verb) == antecedent


def test_a_place_after_a_bare_noun_is_skipped_too(pipeline) -> None:
    # No subject is read before the comma: the pronoun's own chunk gives "a voter", not "New Tobar".
    text = "The idea drew a harsh reply from a voter in New Tobar, who said it was unfit."
    assert antecedent_of(text, "said") == "a voter"
    assert speakers(pipeline, text) == [("who", "a voter")]
