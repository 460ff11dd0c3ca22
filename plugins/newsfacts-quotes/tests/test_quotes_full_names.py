"""Speakers by full name when the mention is longer or shorter than the name (issue 12).

Each mention is resolved directly from its span, so the rule is tested whatever mention the finder picks.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts_quotes.finder import find_candidates
from newsfacts_quotes.speakers import SpeakerTable


def name_of(text: str, mention: str, occurrence: int = 1) -> str:
    """The name the table gives the ``occurrence``-th ``mention`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.index(mention, start + 1)
    return SpeakerTable(text, list(find_candidates(text, []))).resolve(start, start + len(mention))


# -- a name whose clause ran on into the mention -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Governor Tomas Ferro signed the levy. Ferro did not release the figures, his office said.",
            "Ferro did not release",
            "Tomas Ferro",
        ),
        (
            "Lena Oduya toured the dam. Ms. Oduya has been a critic of the scheme for years.",
            "Ms. Oduya has been a",
            "Lena Oduya",
        ),
        (
            "Pavel Krantz spoke first; he was brief. Krantz however said the plan was dead.",
            "Krantz however",
            "Pavel Krantz",
        ),
    ],
)
def test_a_known_name_opening_the_mention_is_the_speaker(text: str, mention: str, name: str) -> None:
    assert name_of(text, mention) == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # Another name follows: the first is only a modifier or one of a list.
        ("Tomas Ferro won. Ferro ally Dina Walsh said the vote was fair.", "Ferro ally Dina Walsh said"),
        ("Tomas Ferro and Ivo Rask spoke. Neither Ferro nor Rask said more.", "Neither Ferro nor Rask"),
        # A role or group after the name: "the Ferro campaign staff" are others.
        ("Tomas Ferro spoke. Ferro campaign spokeswoman said no.", "Ferro campaign spokeswoman"),
        # A capitalised word nobody in the article is called.
        ("Tomas Ferro spoke. Harbour officials were angry.", "Harbour officials were angry"),
    ],
)
def test_a_leading_word_that_names_nobody_here_stays_as_written(text: str, mention: str) -> None:
    assert name_of(text, mention) == mention


# -- an office "X of Y" before the name -------------------------------------------------------


def test_an_office_of_a_body_before_a_given_name_is_no_part_of_the_name() -> None:
    text = "Party Chief of Staff Katie Morrow said the funds were safe. Morrow added that the spending was planned."
    assert name_of(text, "Morrow", 2) == "Katie Morrow"


def test_a_person_of_a_body_keeps_the_name_before_of() -> None:
    text = "Paul Strand of Harbour Watch spoke. Strand said the water was clean."
    assert name_of(text, "Strand", 2) == "Paul Strand"


# -- a description beside a name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Ferro campaign spokeswoman Lina Dahl said the rally was cancelled.",
            "Ferro campaign spokeswoman",
            "Lina Dahl",
        ),
        (
            "Omar Castell, the polling guru who built the model, said the race was close.",
            "the polling guru",
            "Omar Castell",
        ),
        (
            "Omar Castell, the polling guru, said the race was close.",
            "the polling guru",
            "Omar Castell",
        ),
        (
            "Lena Ruiz, a farmer from Tobar who grows wheat, said the harvest failed.",
            "a farmer from Tobar",
            "Lena Ruiz",
        ),
    ],
)
def test_a_description_beside_a_name_is_that_person(text: str, mention: str, name: str) -> None:
    assert name_of(text, mention) == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A list, not an apposition: the media are not Omar Castell.
        ("Omar Castell, the media and the unions said the race was close.", "the media"),
        # A capitalised head word is a headline's, not a role phrase.
        ("Harbour Board Chief Praises Omar Castell", "Harbour Board Chief"),
        # A list's item: no comma or relative pronoun closes the description.
        ("Lena Ruiz, a farmer and two pickers said the harvest failed.", "a farmer"),
        # No name beside the role.
        ("A campaign spokeswoman said the rally was cancelled.", "A campaign spokeswoman"),
    ],
)
def test_a_description_with_no_name_beside_it_stays_as_written(text: str, mention: str) -> None:
    assert name_of(text, mention) == mention


# -- namesakes and surnames inside descriptions -------------------------------------------


def test_a_bare_surname_skips_a_namesake_that_opens_with_a_common_word() -> None:
    text = (
        "Levy gets a boost from Donor Varga\n\nThe donor list grew. Miklos Varga gave the most. "
        "Varga said he would give again."
    )
    assert name_of(text, "Varga", 3) == "Miklos Varga"


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "Nadia Ferro won the primary. The Ferro campaign said she would debate.",
            "The Ferro campaign",
            "The Nadia Ferro campaign",
        ),
        (
            "Tomas Ferro won the primary. He thanked his staff. One Ferro supporter said it was deserved.",
            "One Ferro supporter",
            "One Tomas Ferro supporter",
        ),
    ],
)
def test_a_surname_modifying_a_description_gets_the_full_name(text: str, mention: str, name: str) -> None:
    assert name_of(text, mention) == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # "Kentucky Republican" names nobody with a gender: "Republican" is no surname of a person here.
        ("Kentucky Republican Paul Obi spoke. Several Republican senators objected.", "Several Republican senators"),
        # A clause is no description.
        ("Nadia Ferro won. The rival ad hits Ferro for her votes on tax.", "The rival ad hits Ferro for her"),
        # A surname the article gives with nobody's full name stays as written.
        ("The Ferro campaign said she would debate.", "The Ferro campaign"),
    ],
)
def test_a_description_keeps_words_that_are_no_known_person(text: str, mention: str) -> None:
    assert name_of(text, mention) == mention


# -- pronouns: only people, with agreement (guards for the rules above) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kerch Bridge was closed on Monday. It said repairs would take a week.",
        "The Strait of Hormuz stayed open. It said nothing.",
        "The Lancet-3 drone hit the depot. It said the strike was a success.",
        "The Treaty of Riga was signed. It said borders were fixed.",
    ],
)
def test_it_never_stands_for_a_place_weapon_or_treaty(text: str) -> None:
    assert name_of(text, "It") == "It"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Paul Kerr met the Harbour Ministry. She said the talks failed.", "She"),
        ("Anna Berg met the mayor of Tallinn. He said the talks failed.", "He"),
        ("He said the talks failed.", "He"),
    ],
)
def test_a_pronoun_with_no_person_of_its_gender_stays_unresolved(text: str, mention: str) -> None:
    assert name_of(text, mention) == mention


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Anna Berg arrived. She said the talks failed.", "She", "Anna Berg"),
        ("Paul Kerr visited Vienna. He said the treaty was dead.", "He", "Paul Kerr"),
        ("The Harbour Ministry met Paul Kerr in Oslo. It said the talks failed.", "It", "Harbour Ministry"),
    ],
)
def test_a_pronoun_stands_for_the_agreeing_person_or_body(text: str, mention: str, name: str) -> None:
    assert name_of(text, mention) == name


# -- cases the rules must not reach ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A particle of the name is no clause running on.
        ("Omar Castell met Abdul Amir. Abdul Amir al-Rawi said the well was dry.", "Abdul Amir al-Rawi"),
        # A body recorded as a two-word name is nobody's: "Harbour Steel" has no gender.
        ("The Harbour Steel plant closed. Steel business said orders fell.", "Steel business"),
    ],
)
def test_a_leading_word_that_is_no_person_is_not_read_as_one(text: str, mention: str) -> None:
    assert name_of(text, mention) == mention


def test_a_titles_gender_never_takes_a_namesake_of_the_other_gender() -> None:
    text = "Michelle Obama spoke. She thanked the staff. Mr. Obama has previously made the same point."
    assert name_of(text, "Mr. Obama has previously made") != "Michelle Obama"


def test_a_name_opening_with_a_common_word_loses_it_when_it_has_no_namesake() -> None:
    text = "The report of the year came out.\n\nPraise for Year Ann Cole\n\nCole said the year was good."
    assert name_of(text, "Cole", 2) == "Ann Cole"


def test_a_clause_naming_two_people_keeps_its_words() -> None:
    text = "Nadia Ferro won. Omar Castell lost. Castell attacked Ferro for her votes."
    assert name_of(text, "Castell attacked Ferro for her") != "Castell attacked Nadia Ferro for her"


# -- "his remarks": the words of a person are that person's --------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Paul Kerr spoke on Monday. His remarks suggested the deal was off.", "His remarks", "Paul Kerr"),
        (
            "Anna Berg wrote to the board. Her latest statement said the deal was off.",
            "Her latest statement",
            "Anna Berg",
        ),
    ],
)
def test_a_persons_words_are_that_persons(text: str, mention: str, name: str) -> None:
    assert name_of(text, mention) == name


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A group of the person's is not the person (issue 12: groups as sources where they are the source).
        ("Paul Kerr spoke on Monday. His campaign said the deal was off.", "His campaign"),
        # No person of that gender named before.
        ("The Harbour Ministry met. Her remarks suggested the deal was off.", "Her remarks"),
    ],
)
def test_other_possessed_things_and_unresolvable_owners_stay(text: str, mention: str) -> None:
    assert name_of(text, mention) == mention


# -- a headline word glued to a surname -----------------------------------------------------


def test_a_headline_word_before_a_surname_yields_to_a_namesake_with_a_given_name() -> None:
    text = "Praise for Understated Varga\n\nThomas Varga took office in May. Varga said the budget was tight."
    assert name_of(text, "Varga", 3) == "Thomas Varga"


def test_an_unlisted_given_name_keeps_its_place_among_namesakes() -> None:
    text = "Rafael Ortiz spoke first. Then Thomas Ortiz, his son, spoke. Ortiz said the farm would stay."
    assert name_of(text, "Ortiz", 3) == "Rafael Ortiz"


def test_a_leading_name_after_a_description_is_looked_up_where_it_stands() -> None:
    text = "Anna Ferro spoke first; she was brief. Then harbour Gov. Tomas Ferro agreed on the levy."
    assert name_of(text, "harbour Gov. Tomas Ferro agreed on") == "Tomas Ferro"
