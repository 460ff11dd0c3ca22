"""Coverage: learned cue verbs and phrases, particles, participles, adverbials before the clause, datelines."""

from __future__ import annotations

import pytest

from newsfacts_quotes.cues import CUE_THRESHOLD, LEARNED_VERBS, cue_probability, learned_verbs
from newsfacts_quotes.layout import datelines
from newsfacts_quotes.learned_cues import CUE_COUNTS
from newsfacts_quotes.lexicon import DIRECT_VERBS, LEARNED_BASE_FORMS, REPORTING_VERBS
from newsfacts_quotes.phrases import PHRASE_CUES


def found(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    article = pipeline.extract(text)
    return [
        (q.text, None if q.speaker is None else q.speaker.text, None if q.cue is None else q.cue.text)
        for q in article.quotes
    ]


# -- the learned table --------------------------------------------------------


def test_learned_verbs_follow_their_counts():
    assert LEARNED_VERBS - DIRECT_VERBS <= REPORTING_VERBS
    for form in LEARNED_VERBS:
        as_cue, total = CUE_COUNTS[form]
        assert as_cue >= CUE_THRESHOLD * total
    # A stricter threshold keeps fewer forms; every kept form is still verb-shaped.
    strict = learned_verbs(threshold=0.9)
    assert strict < LEARNED_VERBS
    assert all(
        form.endswith(("ed", "ing", "s")) or form + "ed" in CUE_COUNTS or form + "d" in CUE_COUNTS for form in strict
    )


def test_cue_probability_is_a_share():
    assert 0.0 < cue_probability("blasted") <= 1.0
    assert cue_probability("Blasted") == cue_probability("blasted")
    assert cue_probability("the") < 0.05
    assert cue_probability("zzzz-not-a-word") == 0.0


def test_learned_phrase_cues_are_not_verbs_the_verb_rules_read():
    assert PHRASE_CUES
    # A learned base form ("concern", "mention") is a verb only in a verb's slot; as a noun its phrase cues.
    assert all(word not in REPORTING_VERBS or word in LEARNED_BASE_FORMS for word, _ in PHRASE_CUES)


# -- verbs outside the hand-written lexicon -----------------------------------------


@pytest.mark.parametrize("verb", ["blasted", "denounced", "lamented", "decried"])
def test_a_learned_verb_reports_its_object(pipeline, verb):
    text = f"The harbour master {verb} the new mooring fees at a public meeting."
    assert found(pipeline, text) == [("the new mooring fees at a public meeting", "The harbour master", verb)]


def test_a_learned_verb_with_its_particle(pipeline):
    text = "Mr Bello pointed to the falling number of ferry passengers."
    assert found(pipeline, text) == [("the falling number of ferry passengers", "Mr Bello", "pointed")]


def test_a_learned_verb_never_reports_the_clause_before_it(pipeline):
    text = "The ferries will stop in winter, the harbour master lamented."
    assert all(cue != "lamented" for _, _, cue in found(pipeline, text))


def test_a_coordinated_cue_ends_the_first_report(pipeline):
    text = "Ann Lee blasted the toll plan and praised the new timetable in her speech."
    assert found(pipeline, text) == [
        ("the toll plan", "Ann Lee", "blasted"),
        ("the new timetable in her speech", "Ann Lee", "praised"),
    ]


# -- participles ------------------------------------------------------------------


def test_a_participle_after_a_clause_reports_for_the_sentence_subject(pipeline):
    text = "The union rejected the pay offer, saying it was far too low."
    assert ("it was far too low", "The union", "saying") in found(pipeline, text)


def test_a_participle_after_a_direct_quote_reports_for_its_tag(pipeline):
    text = "“We will win the seat,” Ms Odum said, citing the latest poll of the district."
    assert found(pipeline, text) == [
        ("We will win the seat,", "Ms Odum", "said"),
        ("the latest poll of the district", "Ms Odum", "citing"),
    ]


def test_a_participle_closes_the_report_before_it(pipeline):
    text = 'The minister said the roads were "a disgrace," referring to the flooded bypass.'
    quotes = found(pipeline, text)
    assert quotes[0] == ('the roads were "a disgrace,"', "The minister", "said")
    assert quotes[1] == ("the flooded bypass", "The minister", "referring")


def test_the_participle_phrase_is_never_a_speaker(pipeline):
    text = "Residents marched to the town hall on Sunday, chanting slogans, and saying the clinic must stay open."
    for _, speaker, _ in found(pipeline, text):
        assert speaker is None or not speaker.startswith(("chanting", "saying"))


# -- adverbials and addressees before the clause ------------------------------


def test_an_addressee_and_a_time_before_that(pipeline):
    text = "The mayor told reporters on Tuesday that the bridge would reopen in May."
    assert found(pipeline, text) == [("the bridge would reopen in May", "The mayor", "told")]


def test_long_adjuncts_before_that(pipeline):
    text = "The mayor said on Tuesday in an interview with a local radio station that the bridge would reopen."
    assert found(pipeline, text) == [("the bridge would reopen", "The mayor", "said")]


def test_an_opening_time_phrase_is_not_the_subject(pipeline):
    text = "On Tuesday the chief negotiator said the deal was close."
    assert found(pipeline, text) == [("the deal was close", "the chief negotiator", "said")]


# -- noun and phrase cues -------------------------------------------------------------


def test_a_statement_that_reports_for_its_owner(pipeline):
    text = "The council's statement that the pool was safe did not calm the parents."
    quotes = found(pipeline, text)
    assert len(quotes) == 1
    content, speaker, cue = quotes[0]
    assert content.startswith("the pool was safe")
    assert (speaker, cue) == ("The council's", "statement that")


def test_a_phrase_cue_inside_a_quotation_is_not_read(pipeline):
    text = "“Their statement that the pool was safe was a lie,” said Ms Varga."
    assert found(pipeline, text) == [("Their statement that the pool was safe was a lie,", "Ms Varga", "said")]


# -- datelines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline",
    ["LAGOS (Reuters) - ", "LAGOS, March 3 (Reuters) - ", "NEW YORK — ", "Lagos (AFP) -- "],
)
def test_a_dateline_is_skipped(dateline):
    text = "Rates rose.\n" + dateline + "The central bank raised its rate."
    start = len("Rates rose.\n")
    assert datelines(text) == [(start, start + len(dateline))]


def test_an_ordinary_sentence_has_no_dateline():
    text = "The central bank - as expected - raised its rate.\nTHE BANK - not the state - did it."
    assert datelines(text) == []


def test_the_first_sentence_after_a_dateline(pipeline):
    text = "LAGOS (Reuters) - The central bank will hold rates for a month, two officials said."
    assert found(pipeline, text) == [("The central bank will hold rates for a month", "two officials", "said")]


def test_a_participle_after_a_dateline_reports_for_the_subject(pipeline):
    text = "LAGOS, March 3 (Reuters) - Nigeria's central bank raised its main rate, citing rising inflation."
    assert found(pipeline, text) == [("rising inflation", "Nigeria's central bank", "citing")]


# -- clause boundaries ------------------------------------------------------------------


def test_a_learned_verbs_object_ends_at_a_comma(pipeline):
    # (With "he told the council" after the comma the whole clause before it is his report instead.)
    text = "The mayor unveiled the harbour plan last year, he summoned the council on Monday."
    quotes = found(pipeline, text)
    assert ("the harbour plan last year", "The mayor", "unveiled") in quotes


def test_a_relative_that_does_not_open_a_report(pipeline):
    text = "The minister told reporters after the meeting that was held on a boat."
    assert all(content != "was held on a boat" for content, _, _ in found(pipeline, text))


def test_a_named_addressee_and_a_comma_before_the_clause(pipeline):
    text = "The mayor told the Harbour Gazette, his plan would be to wait for spring."
    assert found(pipeline, text) == [("his plan would be to wait for spring", "The mayor", "told")]


def test_an_adverb_before_a_participle(pipeline):
    text = "The mayor praised the crews, falsely suggesting that the repairs were done."
    assert found(pipeline, text) == [
        ("the crews", "The mayor", "praised"),
        ("the repairs were done", "The mayor", "suggesting"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Federal rules are a burden on small schools, said Ann Wilcox, a teacher who founded two schools.",
        "The ferry will run all winter, said Ann Wilcox.",
    ],
)
def test_the_clause_before_said_name_is_the_content(pipeline, text):
    quotes = found(pipeline, text)
    assert len(quotes) == 1
    content, speaker, cue = quotes[0]
    assert text.startswith(content)
    assert (speaker, cue) == ("Ann Wilcox", "said")


# -- according to -------------------------------------------------------------------------


def test_according_to_a_long_source(pipeline):
    text = (
        "Both candidates are more disliked than any nominee in sixty years, according to the Centre for "
        "Public Opinion Research at the University of the Lakes in Port Ellis."
    )
    quotes = found(pipeline, text)
    assert len(quotes) == 1
    assert quotes[0][0] == "Both candidates are more disliked than any nominee in sixty years"
    assert quotes[0][1].startswith("the Centre for Public Opinion Research")


def test_according_to_after_an_opening_adverbial(pipeline):
    text = "Over the long term, according to the budget office, the deficit will grow with the ageing population."
    assert found(pipeline, text) == [
        ("the deficit will grow with the ageing population", "the budget office", "according to")
    ]


def test_coordinated_participles_each_report(pipeline):
    text = "The union walked out, saying the offer was too low, and vowing to strike again."
    assert found(pipeline, text) == [
        ("the offer was too low", "The union", "saying"),
        ("to strike again", "The union", "vowing"),
    ]


@pytest.mark.parametrize(
    "text", ["Three officers were charged with assault in the square.", "Ann Lee is best known for her novels."]
)
def test_a_passive_phrase_cue_has_no_source(pipeline, text):
    assert all(speaker is None for _, speaker, _ in found(pipeline, text))


# -- indirect questions ---------------------------------------------------------------------


def test_an_indirect_question_after_asked_and_its_object(pipeline):
    text = "Ann Lee asked the mayor how high the new sea wall would be."
    assert found(pipeline, text) == [("how high the new sea wall would be", "Ann Lee", "asked")]


def test_when_asked_has_no_named_asker_and_ends_at_the_comma(pipeline):
    text = "When asked which quality mattered most, only a quarter of voters named honesty."
    assert ("which quality mattered most", None, "asked") in found(pipeline, text)


def test_asked_by_names_the_asker(pipeline):
    text = "Asked by Ann Lee whether the figures were right, the mayor declined to comment."
    assert ("whether the figures were right", "Ann Lee", "Asked") in found(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the Harbour Post reported, the mayor has emerged as a close adviser.",
            ("the mayor has emerged as a close adviser", "Harbour Post", "reported"),
        ),
        (
            "Given that, as the Harbour Post reported on Saturday, he has emerged as an adviser.",
            ("he has emerged as an adviser", "Harbour Post", "reported"),
        ),
        (
            "Several outlets reported on Wednesday the service had spoken to the mayor.",
            ("the service had spoken to the mayor", "Several outlets", "reported"),
        ),
        ("The mayor said on Tuesday the bridge would reopen.", ("the bridge would reopen", "The mayor", "said")),
    ],
)
def test_as_x_reported_and_a_time_before_the_clause(pipeline, text, expected):
    assert expected in found(pipeline, text)


def test_a_time_adjunct_alone_is_not_a_report(pipeline):
    assert found(pipeline, "The mayor spoke on Tuesday about the bridge.") == []


# -- recall: short fragments around an attribution, sources after the verb -----------------------


@pytest.mark.parametrize(
    ("text", "source", "fragments"),
    [
        (
            "The audit, the inspectors said, found nothing wrong with the accounts.",
            "the inspectors",
            ["The audit", "found nothing wrong with the accounts"],
        ),
        ("Later, she said, the ferry crews went on strike.", "she", ["Later", "the ferry crews went on strike"]),
    ],
)
def test_a_short_opening_before_a_parenthetical_attribution_is_a_fragment(pipeline, text, source, fragments):
    assert found(pipeline, text) == [(fragment, source, "said") for fragment in fragments]


def test_a_short_opening_alone_is_not_a_quote(pipeline):
    assert found(pipeline, "Frankly, he said.") == []


@pytest.mark.parametrize("source", ["several residents", "two engineers", "most traders", "12 of the pilots"])
def test_a_clause_then_said_and_a_plain_noun_phrase_source(pipeline, source):
    text = f"The new lock may have been built too narrow, said {source}."
    assert found(pipeline, text) == [("The new lock may have been built too narrow", source, "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor announced Friday that the pool would close.", "the pool would close"),
        ("The mayor said Tuesday night the bridge would reopen.", "the bridge would reopen"),
        ("The union said yesterday it would strike.", "it would strike"),
        ("The cuts are cruel, Ms Holm said Tuesday in Oslo.", "The cuts are cruel"),
    ],
)
def test_a_bare_day_between_the_cue_and_its_clause(pipeline, text, content):
    assert [c for c, _, _ in found(pipeline, text)] == [content]


def test_an_adjunct_closes_a_parenthetical_attribution(pipeline):
    text = "The audit, Ms Varga wrote in her report, found the accounts in order."
    assert found(pipeline, text) == [
        ("The audit", "Ms Varga", "wrote"),
        ("found the accounts in order", "Ms Varga", "wrote"),
    ]


def test_a_learned_verb_object_stops_before_the_main_reporting_verb(pipeline):
    text = "Parents who lamented the closure told the council they were ignored."
    assert all("told" not in content for content, _, _ in found(pipeline, text))


@pytest.mark.parametrize(
    ("text", "name"), [("The union praised Okafor.", "Okafor"), ("Farmers backed Ms Lind.", "Ms Lind")]
)
def test_a_name_alone_is_the_object_a_cue_reports(pipeline, text, name):
    assert [content for content, _, _ in found(pipeline, text)] == [name]


def test_a_progressive_cue_is_not_a_passive(pipeline):
    text = "The ferry company is telling passengers that the crossing will resume on Monday."
    assert found(pipeline, text) == [("the crossing will resume on Monday", "The ferry company", "is telling")]


def test_a_passive_cue_still_reports_nothing(pipeline):
    assert found(pipeline, "The budget is being debated by the council.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The governor called for calm.", "calm"),
        ("The unions called on the minister to resign.", "the minister to resign"),
    ],
)
def test_a_learned_particle_belongs_to_the_cue(pipeline, text, content):
    assert [c for c, _, _ in found(pipeline, text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("On the agenda is a motion condemning the new toll.", "the new toll"),
        ("The file holds notes from aides suggesting the audit should wait.", "the audit should wait"),
    ],
)
def test_a_participle_after_a_noun_reports_for_it(pipeline, text, content):
    assert [c for c, _, _ in found(pipeline, text)] == [content]


@pytest.mark.parametrize("text", ["The ferry was leaving the harbour.", "The crew kept sailing the boat home."])
def test_a_participle_after_a_verb_is_no_report(pipeline, text):
    assert found(pipeline, text) == []


@pytest.mark.parametrize("verb", ["believes", "thinks", "fears", "hoped"])
def test_a_belief_after_its_clause(pipeline, verb):
    text = f"The old lock will not last another winter, the harbourmaster {verb}."
    assert found(pipeline, text) == [("The old lock will not last another winter", "the harbourmaster", verb)]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Mark Lind: I would consider running for the council again.",
            "I would consider running for the council again",
            "Mark Lind",
        ),
        ("ANN LEE: Why not put the plan to a vote now?", "Why not put the plan to a vote now", "ANN LEE"),
    ],
)
def test_a_name_and_a_colon_opening_a_sentence(pipeline, text, content, source):
    assert found(pipeline, text) == [(content, source, ":")]


@pytest.mark.parametrize(
    "text",
    [
        "The result was plain: the ferry will stop in May.",
        "Correction: An earlier version of this story gave the wrong date for the vote.",
        "Editor's Note: The following is an excerpt from a new book about harbours.",
    ],
)
def test_a_colon_after_a_label_or_a_lower_case_phrase_is_no_source(pipeline, text):
    assert found(pipeline, text) == []
