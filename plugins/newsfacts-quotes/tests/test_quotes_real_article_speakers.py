"""Speakers as real articles name them: role words before a name, a person of an organisation, roles met later.

Sentences are our own, in the styles of ``tests/articles/`` (whose errors each rule here was written for).
"""

from __future__ import annotations

import pytest


def _names(pipeline, text: str) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in pipeline.extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chief Executive Dana Wirth said the plant would close in May.", "Dana Wirth"),
        ("Prosecutor Owen Baird told the jury that the van had been seen twice.", "Owen Baird"),
        ("Cllr Mina Shah said the library would stay open on Sundays.", "Mina Shah"),
        ("Lakeside County Schools Superintendent Lee Park said classes would resume on Monday.", "Lee Park"),
        ("Det Insp Ravi Odell said officers were still searching the woods.", "Ravi Odell"),
        # a title of several words keeps none of its words in the name
        ("Chief Executive Officer Mara Lind said the plant would close in May.", "Mara Lind"),
        ("Detective Constable Ivo Sand said the house had been locked.", "Ivo Sand"),
        ("Chief of Staff Nadia Rook said the plan was dead.", "Nadia Rook"),
        ("Officer Dan Reyes said the driver had fled on foot.", "Dan Reyes"),
        # guards: the same words as a surname or a body's last word stay
        ("John Officer said the club would fold.", "John Officer"),
        ("The Joint Chiefs of Staff said the drill went well.", "The Joint Chiefs of Staff"),
    ],
)
def test_a_role_word_before_a_name_is_no_part_of_it(pipeline, text: str, name: str) -> None:
    assert _names(pipeline, text) == [name]


def test_a_role_of_an_owner_is_not_someone_sharing_the_owners_words(pipeline) -> None:
    text = (
        "Ivo Petrak, a former transport minister, said the vote would be close. "
        "The prime minister's official spokesman said there were no plans to delay it."
    )
    assert _names(pipeline, text) == ["Ivo Petrak", "The prime minister's official spokesman"]


def test_a_role_sharing_a_qualifier_still_finds_its_holder(pipeline) -> None:
    text = "Ivo Petrak, a former transport minister, arrived late. The former minister said the vote would be close."
    assert _names(pipeline, text) == ["Ivo Petrak"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Professor Ann Lee of Tobar University said the study was flawed.", "Ann Lee"),
        ("Julie Marchand of Climate Action France said the tax was too low.", "Julie Marchand"),
        ("“The climate waits,” Julie Marchand of Climate Action France wrote on X.", "Julie Marchand"),
        # a title before "of" is the person's office, so the name after it is the speaker
        ("Party Secretary of State Ivo Rask said the talks were over.", "Ivo Rask"),
    ],
)
def test_a_person_of_a_body_is_the_speaker_not_the_body(pipeline, text: str, name: str) -> None:
    assert _names(pipeline, text) == [name]


def _reports(pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.extract(text).quotes]


def test_a_bare_day_after_the_verb_closes_the_tag_as_a_dated_one_does(pipeline) -> None:
    text = "The bridge will stay shut until May, two engineers said Thursday, a delay nobody had expected."
    dated = text.replace("said Thursday", "said on Thursday")
    assert _reports(pipeline, text) == _reports(pipeline, dated) == ["The bridge will stay shut until May"]


@pytest.mark.parametrize(
    "text",
    [
        "The order will double, the minister said on Monday, as she toured a shipyard in Kiel.",
        "Talks will resume next week, a union source said, amid growing anger among drivers.",
    ],
)
def test_a_scene_after_a_whole_clause_and_its_tag_is_not_reported(pipeline, text: str) -> None:
    assert _reports(pipeline, text) == [text.split(",", 1)[0]]


def test_a_report_going_on_after_its_tag_stays_whole(pipeline) -> None:
    text = "Costs will rise, she said, because the suppliers want more."
    assert _reports(pipeline, text) == ["Costs will rise", "because the suppliers want more"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            (
                "Dr. Mara Quist, the county epidemiologist, said two more cases were found. "
                "The epidemiologist said the clinic would stay open."
            ),
            "Mara Quist",
        ),
        (
            "Det Insp Ravi Odell said the search was over. The inspector said officers were still questioning a man.",
            "Ravi Odell",
        ),
        (
            "Noor Baig, a barrister for the family, said the ruling was wrong. The barrister said they would appeal.",
            "Noor Baig",
        ),
    ],
)
def test_an_occupation_or_abbreviated_title_is_its_holder_later(pipeline, text: str, name: str) -> None:
    assert _names(pipeline, text) == [name, name]


def test_an_apposition_naming_a_person_of_a_body_names_the_description(pipeline) -> None:
    text = "Its treasurer, Hana Ruiz of the Tobar Party, said the accounts were in order."
    assert _names(pipeline, text) == ["Hana Ruiz"]


def test_an_apposition_naming_a_body_leaves_the_description(pipeline) -> None:
    text = "The spokesman, an aide to the Tobar Party, said the accounts were in order."
    assert _names(pipeline, text) == ["The spokesman"]


def test_a_clause_after_a_quotation_is_no_tag_of_it(pipeline) -> None:
    text = (
        "Town manager Lena Vance said her players were ‘not good enough’ after they were knocked out "
        "of the FA Cup by Ashby Rovers on Saturday."
    )
    quotes = pipeline.extract(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Lena Vance"] * len(quotes)
    assert any("not good enough" in q.text for q in quotes)


def test_a_body_named_by_its_first_word_is_the_body_named_before(pipeline) -> None:
    text = "Velda Energy cut its forecast on Monday. Velda said it expected both plants to open in 2027."
    assert _names(pipeline, text) == ["Velda Energy"]


def test_a_titled_name_of_a_body_is_the_person(pipeline) -> None:
    text = "Kenji Moro is an analyst. Mr. Moro of Tobar Securities said prices fell."
    assert _names(pipeline, text) == ["Kenji Moro"]


@pytest.mark.parametrize(
    "text",
    [
        "Another resident, Omar Ruiz, 61, said the council had ignored a petition.",
        "That engineer, Omar Ruiz, 74, said the old plans had never been used.",
    ],
)
def test_an_age_after_the_name_of_an_apposition_keeps_the_name(pipeline, text: str) -> None:
    assert _names(pipeline, text) == ["Omar Ruiz"]


def test_an_age_before_a_description_still_leaves_the_name(pipeline) -> None:
    assert _names(pipeline, "Omar Ruiz, 54, a nurse, said the ward was full.") == ["Omar Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        "The official, who asked not to be named, said the price had fallen.",
        "A source who asked not to be identified because the talks were private said the deal was close.",
    ],
)
def test_asking_for_anonymity_is_no_report(pipeline, text: str) -> None:
    assert [q.text for q in pipeline.extract(text).quotes] == [text.rsplit(" said ", 1)[1].rstrip(".")]


def test_asking_for_something_else_is_still_reported(pipeline) -> None:
    assert _reports(pipeline, "She asked that the council reopen the library.") == ["the council reopen the library"]
