"""Speaker rules: relative pronouns as mentions, quotation-only verbs, tags after a sentence-final quote."""

from __future__ import annotations

from newsfacts import Quote


def speakers(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    found: list[Quote] = list(pipeline.extract(text).quotes)
    return [
        (q.text, None if q.speaker is None else q.speaker.text, None if q.speaker is None else q.speaker.name)
        for q in found
    ]


def test_relative_pronoun_is_the_mention_and_its_antecedent_the_name(pipeline):
    text = "The vote was delayed by Senator Marta Lindqvist, who said the budget figures were incomplete."
    quotes = list(pipeline.extract(text).quotes)
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.text == "the budget figures were incomplete"
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.start, quote.speaker.end) == ("who", 49, 52)
    assert quote.speaker.name == "Marta Lindqvist"


def test_relative_which_names_an_organisation(pipeline):
    text = "Funding came from the Harbour Trust, which argued the pier should be rebuilt in stone."
    assert speakers(pipeline, text) == [("the pier should be rebuilt in stone", "which", "the Harbour Trust")]


def test_quotation_only_verb_after_a_quote(pipeline):
    text = "The crowd waited in the rain. “Open the gates now,” Tomas Berg shouted from the steps."
    assert speakers(pipeline, text) == [("Open the gates now,", "Tomas Berg", "Tomas Berg")]


def test_continued_gives_the_pronoun_beside_the_quote(pipeline):
    text = (
        "“The bridge will open in May,” said engineer Ada Mertens. “After that, we start on the tunnel,” she continued."
    )
    assert speakers(pipeline, text) == [
        ("The bridge will open in May,", "engineer Ada Mertens", "engineer Ada Mertens"),
        ("After that, we start on the tunnel,", "she", "Ada Mertens"),
    ]


def test_tag_in_the_sentence_after_a_question(pipeline):
    text = "The hearing paused. “Who signed the order?” the chairwoman asked, looking at the minister."
    assert speakers(pipeline, text)[0] == ("Who signed the order?", "the chairwoman", "the chairwoman")


def test_a_new_clause_after_a_question_is_not_its_tag(pipeline):
    text = "The hearing paused. “Who signed the order?” Nobody answered. Later the clerk said the file was lost."
    found = speakers(pipeline, text)
    assert found[0] == ("Who signed the order?", None, None)
