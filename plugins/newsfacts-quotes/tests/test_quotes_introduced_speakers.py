"""Issue 12: a role, a pronoun or "it" resolves to the person or body the article introduced with it.

Every sentence is our own, in the style of British and US news; each rule has a case it fixes and a guard
for what must stay unresolved (a wrong full name is worse than a role left as written).
"""

from __future__ import annotations

from newsfacts_quotes.appositions import role_appositions, role_before
from newsfacts_quotes.organisations import is_body_source
from newsfacts_quotes.speakers import SpeakerTable


def named(pipeline, text: str) -> list[tuple[str, str | None]]:
    """Each quote's speaker mention and the name it resolves to."""
    return [
        (q.speaker.text, q.speaker.name) if q.speaker is not None else ("", None) for q in pipeline.extract(text).quotes
    ]


# -- a role put beside a name is that person later on -------------------------------------------


def test_a_capitalised_role_before_the_name_is_the_person_later(pipeline):
    text = "The Foreign Secretary, Dana Pellow, flew to Riga. The foreign secretary said the talks were useful."
    assert named(pipeline, text) == [("The foreign secretary", "Dana Pellow")]


def test_a_role_owned_by_a_country_is_the_person_named_after_it(pipeline):
    text = (
        "Britain's Home Secretary, Ivo Marsh, said on Monday that the rules would stay. "
        "The home secretary added that more officers were coming."
    )
    assert named(pipeline, text) == [("Britain's Home Secretary", "Ivo Marsh"), ("The home secretary", "Ivo Marsh")]


def test_a_role_of_a_place_before_the_name_is_the_person_later(pipeline):
    text = 'The senator from Ohio, Quillon Brask, spoke on Monday. "We are ready," the senator said.'
    assert named(pipeline, text) == [("the senator", "Quillon Brask")]


def test_a_role_without_an_article_after_the_name_is_the_person_later(pipeline):
    text = 'Mark Telvane, chief executive of Orin Energy, met investors. "Prices will fall," the chief executive said.'
    assert named(pipeline, text) == [("the chief executive", "Mark Telvane")]


def test_a_role_nobody_was_given_stays_as_written(pipeline):
    text = "Rishan Sunby met Emile Marcon in Paris. The prime minister said the partnership was strong."
    assert named(pipeline, text) == [("The prime minister", "The prime minister")]


def test_a_name_after_a_noun_that_is_no_role_is_not_the_roles():
    text = "Ivo Marsh, the editor of the city's evening paper, The Tobar Post, said so."
    assert all(name != "The Tobar Post" for _, name, _ in role_appositions(text))


def test_a_listed_name_after_a_role_is_no_apposition_of_the_name_before():
    text = "The panel heard Dana Pellow, former governor Ivo Marsh, and two mayors."
    assert not [found for found in role_appositions(text) if found[1] == "Dana Pellow"]


def test_a_clause_after_a_comma_is_no_apposition():
    text = "The plan came from the Tobar Council, a former official said, and was dropped."
    assert list(role_appositions(text)) == []


def test_a_role_in_lower_case_before_a_name_is_the_person_later(pipeline):
    text = "Shadow chancellor Rina Holloway met traders. The shadow chancellor said growth was too slow."
    assert named(pipeline, text) == [("The shadow chancellor", "Rina Holloway")]


def test_a_party_and_a_role_before_a_name_are_the_person_later(pipeline):
    text = 'Labour leader Rina Holloway attacked the budget. "It is a mess," the Labour leader said.'
    assert named(pipeline, text)[-1] == ("the Labour leader", "Rina Holloway")


def test_a_party_before_a_role_is_not_what_the_person_is_later(pipeline):
    text = "Republican candidate Ivo Marsh met donors. The Republican party leader said the vote was close."
    assert named(pipeline, text) == [("The Republican party leader", "The Republican party leader")]


def test_role_before_reads_only_a_role_in_lower_case_right_before_the_name():
    text = "They met campaign spokeswoman Lina Dahl and Senator Ivo Marsh."
    assert role_before(text, text.index("Lina")) == "met campaign spokeswoman"
    assert role_before(text, text.index("Ivo")) is None


# -- "it" is the organisation named just before --------------------------------------------------


def test_it_is_a_ministry_named_with_of(pipeline):
    text = "The Ministry of Defence confirmed the strike on Tuesday. It said no civilians had been hurt."
    assert named(pipeline, text)[-1] == ("It", "Ministry of Defence")


def test_it_is_the_body_that_spoke_before(pipeline):
    text = "The Kremlin said the strikes would continue. It added that the fleet was safe."
    assert named(pipeline, text) == [("The Kremlin", "The Kremlin"), ("It", "The Kremlin")]


def test_it_after_a_person_stays_as_written(pipeline):
    text = "Quillon Brask said the strikes would continue. It added that the fleet was safe."
    assert named(pipeline, text)[-1] == ("It", "It")


def test_it_after_a_bridge_stays_as_written(pipeline):
    text = "The Kerch Strait Bridge was closed for repairs on Monday. It said the crossing would reopen soon."
    assert named(pipeline, text) == [("It", "It")]


def test_a_body_source_is_no_person_and_no_two_word_name():
    def is_person_word(word: str) -> bool:
        return word in {"Brask", "Quillon"}

    assert is_body_source(["The", "Kremlin"], is_person_word)
    assert is_body_source(["Moscow"], is_person_word)
    assert not is_body_source(["Brask"], is_person_word)
    assert not is_body_source(["Tobar", "Motors"], is_person_word)
    assert not is_body_source(["The", "Quillon", "Brask"], is_person_word)


# -- a pronoun with no one before it announces the subject named next ------------------------------


def test_a_he_opening_the_article_is_the_subject_of_the_next_sentence(pipeline):
    text = '"We will not back down," he said. Mark Telvane, the head of Orin Energy, was speaking in Leeds.'
    assert named(pipeline, text) == [("he", "Mark Telvane")]


def test_a_she_is_the_subject_after_the_next_sentences_opening_clause(pipeline):
    text = '"The result was fair," she said. After the vote, Rina Holloway left the hall in Tobar.'
    assert named(pipeline, text) == [("she", "Rina Holloway")]


def test_a_he_with_no_subject_named_next_stays_as_written(pipeline):
    text = '"We will not back down," he said. The strike ended after talks with Mark Telvane on Friday.'
    assert named(pipeline, text) == [("he", "he")]


def test_a_name_inside_a_quotation_is_not_announced(pipeline):
    text = "He said: \u201cMark Telvane will decide.\u201d The board met on Friday."
    assert all(name != "Mark Telvane" for _, name in named(pipeline, text))


def test_a_senators_state_is_not_his_name_and_the_senator_retorting_is_him(pipeline):
    text = 'Senator Quillon Brask of Ohio attacked the plan. "This is a disgrace," the senator retorted.'
    assert named(pipeline, text)[-1] == ("the senator", "Quillon Brask")
    assert ("Senator Quillon Brask of Ohio", "Quillon Brask") in named(pipeline, text)


def test_a_body_of_something_keeps_its_name(pipeline):
    text = "The Bank of Tobar said rates would rise. It added that inflation was easing."
    assert named(pipeline, text)[0] == ("The Bank of Tobar", "The Bank of Tobar")


def test_a_body_named_with_a_title_word_keeps_that_word(pipeline):
    text = "A State Department spokesman left. A spokesman for the Home Office said the rules would stand."
    assert named(pipeline, text) == [("Home Office", "Home Office")]


def test_its_body_named_with_a_title_word_keeps_that_word(pipeline):
    text = "The Treasury Department confirmed the sanctions. It said more would follow."
    assert named(pipeline, text)[-1] == ("It", "Treasury Department")


# -- a surname with its particle is the person named in full ---------------------------------------


def test_a_surname_with_its_particle_is_the_full_name(pipeline):
    text = "Amelie Le Brun, the far-right leader, spoke in Lyon. Le Brun said France must change course."
    assert named(pipeline, text) == [("Le Brun", "Amelie Le Brun")]


def test_a_surname_with_its_particle_alone_stays_as_written(pipeline):
    text = "Crowds gathered in Lyon on Sunday. De Brasco said France must change course."
    assert named(pipeline, text) == [("De Brasco", "De Brasco")]


def test_a_given_name_like_van_still_opens_a_full_name(pipeline):
    text = "Van Rasko spoke in Tobar on Monday. Later Rasko said the mill would reopen."
    assert named(pipeline, text)[-1] == ("Rasko", "Van Rasko")


def test_a_role_said_in_a_relative_clause_is_the_person_later(pipeline):
    text = (
        "Rina Tolley, who was prime minister for 49 days, said she had no regrets. "
        "The former prime minister said the markets were wrong."
    )
    assert named(pipeline, text)[-1] == ("The former prime minister", "Rina Tolley")


def test_a_relative_clause_with_another_verb_gives_no_role():
    text = "Rina Tolley, who met the prime minister on Monday, left early."
    assert list(role_appositions(text)) == []


def test_an_mp_named_before_is_the_mp_later(pipeline):
    text = "The MP for Tobar, Ivo Marsh, resigned on Monday. The MP said he had been treated unfairly."
    assert named(pipeline, text) == [("The MP", "Ivo Marsh")]


def test_an_mp_nobody_was_called_stays_as_written(pipeline):
    text = "Ivo Marsh met voters in Tobar on Monday. The MP said the town had been treated unfairly."
    assert named(pipeline, text) == [("The MP", "The MP")]


def test_his_lawyer_is_not_a_lawyer_named_before(pipeline):
    text = (
        "Cara Milton, a lawyer for the family, spoke first. The panel then held Ivo Marsh in contempt. "
        "His lawyer said he would not answer questions."
    )
    assert ("His lawyer", "His lawyer") in named(pipeline, text)


def test_a_role_before_a_name_pages_earlier_is_not_the_role_now(pipeline):
    filler = "The talks went on through the night and into the next morning without any result. " * 20
    text = f"British minister Ivo Marsh flew home. {filler}The minister denied the kingdom had cut supplies."
    assert named(pipeline, text)[-1] == ("The minister", "The minister")


def test_a_role_before_a_name_just_named_is_the_role_now(pipeline):
    text = "British minister Ivo Marsh flew home on Monday. The minister denied the kingdom had cut supplies."
    assert named(pipeline, text)[-1] == ("The minister", "Ivo Marsh")


# -- "who" is the noun phrase a clause ends with, not the clause --------------------------------


def test_who_after_a_clause_is_its_object(pipeline):
    text = "Critics include the former chancellor, who said the plan was reckless."
    assert named(pipeline, text) == [("who", "the former chancellor")]


def test_who_after_a_verb_and_an_indefinite_is_someone_new(pipeline):
    text = "Police in Tobar arrested a man who said he had been threatened."
    assert named(pipeline, text) == [("who", "a man")]


def test_who_after_a_coordinated_phrase_keeps_it_whole(pipeline):
    text = "Aides and the former chancellor, who said the plan was fair, left."
    assert named(pipeline, text) == [("who", "Aides and the former chancellor")]


# -- a middle name that is also a place word -------------------------------------------------------


def test_a_middle_name_that_is_a_place_word_keeps_the_person(pipeline):
    text = "Kathleen Hall Varga studies debates in Tobar. Varga said they matter less than ads."
    assert named(pipeline, text) == [("Varga", "Kathleen Hall Varga")]


def test_a_given_name_before_two_place_words_is_still_a_place(pipeline):
    text = "Crowds filled Victoria Park Hall on Monday. Later Hall said the event was a success."
    assert named(pipeline, text)[-1] == ("Hall", "Hall")


# -- no "he" or "she" stands for a place -----------------------------------------------------------


def test_a_place_after_a_visit_to_is_no_person(pipeline):
    text = "Rina Holloway spoke in Leeds. On a visit to Tobar Hill, she met workers. He said the plant would close."
    assert named(pipeline, text)[-1] == ("He", "He")


def test_a_name_after_a_sentences_subject_pronoun_takes_no_gender_from_the_next_pronoun():
    text = "She will visit Tobar Hill on Thursday. After her meeting, the talks resumed."
    table = SpeakerTable(text, [])
    assert all(person.gender == "" for person in table.people if person.name == "Tobar Hill")


def test_a_name_that_opens_its_sentence_takes_the_gender_of_the_next_pronoun():
    text = "Quillon Brask spoke on Thursday. After his speech, the talks resumed."
    table = SpeakerTable(text, [])
    assert [person.gender for person in table.people if person.name == "Quillon Brask"] == ["m"]


def test_a_place_after_on_is_no_person_but_an_owner_after_on_is(pipeline):
    assert named(pipeline, "Staff on Tobar Hill were angry. He said the vote was rigged.") == [("He", "He")]
    text = "The report focused on Quillon Brask's bill. He said the bill was fair."
    assert named(pipeline, text)[-1] == ("He", "Quillon Brask")
    text = "Rina Holloway spoke. She will visit Tobar Hill on Thursday. After her meeting, he said the talks resumed."
    assert named(pipeline, text)[-1] == ("he", "he")
