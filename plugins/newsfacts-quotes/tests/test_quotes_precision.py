"""What real articles need: every quotation-mark style attributed, and nothing that is not a quote.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts import Quote
from newsfacts_quotes.layout import datelines, headline_end


def quotes(pipeline, text: str) -> list[Quote]:
    return list(pipeline.extract(text).quotes)


def summary(quote: Quote) -> tuple[str, str, str | None]:
    return (quote.kind, quote.text, None if quote.speaker is None else quote.speaker.text)


# -- quotation marks ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "‘The lock gates must be replaced,’ the engineer told the council.",
            "The lock gates must be replaced,",
            "the engineer",
        ),
        (
            "'We expect the ferry back by noon,' said Mr Tobi Ansah.",
            "We expect the ferry back by noon,",
            "Mr Tobi Ansah",
        ),
        (
            "‘We expect the ferry back by noon’, said Mr Tobi Ansah.",
            "We expect the ferry back by noon",
            "Mr Tobi Ansah",
        ),
        (
            "Mr Tobi Ansah said: ‘We expect the ferry back by noon.’",
            "We expect the ferry back by noon.",
            "Mr Tobi Ansah",
        ),
        ("« Le port restera ouvert », said Claire Dubois.", "Le port restera ouvert", "Claire Dubois"),
        ("«Le port restera ouvert», said Claire Dubois.", "Le port restera ouvert", "Claire Dubois"),
        ("„Der Hafen bleibt offen“, said Jonas Keller.", "Der Hafen bleibt offen", "Jonas Keller"),
    ],
)
def test_every_mark_style_gives_one_attributed_direct_quote(pipeline, text, content, speaker):
    assert [summary(q) for q in quotes(pipeline, text)] == [("direct", content, speaker)]


def test_apostrophes_in_a_single_quote_keep_it_whole(pipeline):
    text = "‘Drivers’ tempers are short and the town’s roads won’t cope,’ said Ms Elin Moss."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("direct", "Drivers’ tempers are short and the town’s roads won’t cope,", "Ms Elin Moss")
    ]


def test_apostrophes_outside_quotes_make_no_quote(pipeline):
    text = "The ferry’s engine failed in the ’90s. Drivers' fees didn't change and it's still late."
    assert quotes(pipeline, text) == []


def test_double_inside_single_is_one_quote_by_the_outer_speaker(pipeline):
    text = "‘He said “give it a week”, and walked out,’ said Mr Omar Pike."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("direct", "He said “give it a week”, and walked out,", "Mr Omar Pike")
    ]


def test_single_inside_double_is_one_quote_by_the_outer_speaker(pipeline):
    text = "“She told them ‘not before spring’ and left,” said Ms Vera Holt."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("direct", "She told them ‘not before spring’ and left,", "Ms Vera Holt")
    ]


def test_multi_paragraph_quote_gives_every_paragraph_the_speaker_named_at_the_end(pipeline):
    text = (
        "The harbour board met on Friday.\n\n"
        "‘We have waited three winters for the new breakwater.\n\n"
        "‘The storms will not wait for us.\n\n"
        "‘We need the money this year,’ said Councillor Ada Frost."
    )
    found = quotes(pipeline, text)
    assert [q.kind for q in found] == ["direct", "direct", "direct"]
    assert [q.speaker.name if q.speaker else None for q in found] == ["Ada Frost"] * 3


def test_multi_paragraph_straight_double_quote_gets_the_closing_speaker(pipeline):
    text = (
        'Ms Lena Roth led the review.\n\n"The first finding is that the ledgers were incomplete.\n\n'
        '"The second is that nobody checked them," said Mr Karl Dunn.'
    )
    found = quotes(pipeline, text)
    assert [q.speaker.name if q.speaker else None for q in found] == ["Karl Dunn", "Karl Dunn"]


# -- precision -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Council defends tram plan as shopkeepers warn of lost trade",
        "Minister says ferry subsidy will stay",
        "Mayor: ‘We will not close the library’",
    ],
)
def test_no_quotes_from_a_headline(pipeline, headline):
    text = headline + "\nThe council met on Monday. Shopkeepers said the works would cost them customers."
    found = quotes(pipeline, text)
    assert all(q.start > len(headline) for q in found)
    assert [summary(q) for q in found] == [("indirect", "the works would cost them customers", "Shopkeepers")]


def test_a_wrapped_first_sentence_is_not_a_headline(pipeline):
    text = "The harbourmaster said the pier would\nreopen in the spring."
    assert [q.kind for q in quotes(pipeline, text)] == ["indirect"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister refused to discuss the figures.",
        "A spokeswoman declined to comment on the talks.",
        "The ministry would not confirm the report.",
        "Police could not confirm how many people were hurt.",
        "The company did not comment on the claims.",
        "Mr Hale has refused to say whether he will stand again.",
        "The trust never commented on the audit of its accounts.",
        "The landlord didn't respond to the tenants' letter.",
        "The coach would not elaborate on the injury to his captain.",
    ],
)
def test_refusals_are_not_quotes(pipeline, text):
    assert quotes(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The patrol boat fired what appeared to be a warning flare.",
        "The new timetable seems to be aimed at commuters.",
        "The vote appeared to be close.",
        "The bridge is expected to reopen in May.",
        "It appears that the tender was never published.",
    ],
)
def test_raising_and_hedging_verbs_are_not_quotes(pipeline, text):
    assert quotes(pipeline, text) == []


def test_an_attribution_inside_a_quote_is_part_of_it(pipeline):
    text = "Governor Ruth Alvarez said she believes the state will recover."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("indirect", "she believes the state will recover", "Governor Ruth Alvarez")
    ]


def test_quotes_never_overlap_on_nested_reports(pipeline):
    text = "The union said members think the offer is too low and fear that jobs will go."
    found = quotes(pipeline, text)
    assert len(found) == 1
    assert found[0].speaker is not None
    assert found[0].speaker.text == "The union"


def test_an_indirect_report_holding_single_marks_is_mixed(pipeline):
    text = "Ms Ida Penn said the delay was ‘a scandal for the town’ and called for an inquiry."
    # The coordinated "called for an inquiry" is a second report of its own.
    quote, called_for = quotes(pipeline, text)
    assert quote.kind == "mixed"
    assert quote.text.startswith("the delay was ‘a scandal for the town’")
    assert (called_for.kind, called_for.text) == ("indirect", "an inquiry")


def test_words_inside_quotation_marks_are_never_a_speaker(pipeline):
    text = "« Nous sommes prêts », said Paul Garnier."
    found = quotes(pipeline, text)
    assert [summary(q) for q in found] == [("direct", "Nous sommes prêts", "Paul Garnier")]


# -- datelines -----------------------------------------------------------------------


def test_dateline_is_not_part_of_the_content(pipeline):
    text = "PARIS (Reuters) - The government will delay the pension reform by a year, a source said."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("indirect", "The government will delay the pension reform by a year", "a source")
    ]


@pytest.mark.parametrize(
    "dateline",
    [
        "OSLO (Reuters) - ",
        "KYIV, Ukraine (AP) — ",
        "NEW YORK — ",
        "GENEVA, March 3 (Reuters) - ",
        "BERN (Reuters) -",
        "Geneva, 3 March (Reuters) - ",
    ],
)
def test_first_sentence_after_a_dateline_is_found(pipeline, dateline):
    text = "Grain talks resume\n" + dateline + "The negotiators said they were close to a deal on grain."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("indirect", "they were close to a deal on grain", "The negotiators")
    ]


def test_dateline_without_agency_or_in_title_case_is_cut(pipeline):
    text = (
        "Tallinn, 4 May (Reuters) - Ferries will stop on Sunday, the operator said.\n"
        "BONN -The rail strike ended, the union said."
    )
    assert [q.text for q in quotes(pipeline, text)] == ["Ferries will stop on Sunday", "The rail strike ended"]


def test_a_mixed_case_opening_with_a_dash_is_not_a_dateline(pipeline):
    text = "Port staff - The crews will strike on Monday, the union said."
    assert [q.text for q in quotes(pipeline, text)] == ["Port staff - The crews will strike on Monday"]


def test_direct_quote_opening_after_a_dateline(pipeline):
    text = "OSLO (Reuters) - “We will keep the fleet at sea all winter,” the admiral said."
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("direct", "We will keep the fleet at sea all winter,", "the admiral")
    ]


def test_layout_helpers():
    assert headline_end("Tram plan delayed\nThe council said so.") == len("Tram plan delayed")
    assert headline_end("Tram plan delayed") == len("Tram plan delayed")
    assert headline_end("The council met.\nIt said so.") == 0
    assert headline_end("The council said the plan\nwould wait.") == 0
    text = "Intro.\nROME (AP) — The talks ended.\nNATO said nothing."
    assert [text[s:e] for s, e in datelines(text)] == ["ROME (AP) — "]


def test_a_short_quoted_heading_paragraph_is_not_a_quote(pipeline):
    text = (
        "“We will finish the bridge this year,” said Mayor Lena Dahl.\n\n"
        "‘A bridge too far.’\n\n"
        "The works began in March."
    )
    assert [summary(q) for q in quotes(pipeline, text)] == [
        ("direct", "We will finish the bridge this year,", "Mayor Lena Dahl")
    ]


def test_a_short_last_paragraph_of_a_running_quote_is_kept(pipeline):
    text = "Mayor Lena Dahl spoke last.\n\n‘We will finish the bridge this year and open it in May.\n\n‘Mark my words.’"
    found = quotes(pipeline, text)
    assert [q.text for q in found] == ["We will finish the bridge this year and open it in May.", "Mark my words."]


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday's episode of “The Morning Harbour Show,” the minister said the port would stay open.",
        "Speaking on Radio Nord's “Coast Hour With Ida Lund,” the minister said the port would stay open.",
    ],
)
def test_a_title_in_quotation_marks_is_not_a_direct_quote(pipeline, text):
    assert [summary(q) for q in quotes(pipeline, text)] == [("indirect", "the port would stay open", "the minister")]


def test_a_title_case_quote_opening_a_sentence_is_still_a_quote(pipeline):
    text = "“We Will Not Be Moved,” Mr Lars Vik said."
    assert [summary(q) for q in quotes(pipeline, text)] == [("direct", "We Will Not Be Moved,", "Mr Lars Vik")]


def test_a_direct_quote_inside_a_mixed_report_is_one_quote(pipeline):
    text = "Ms Nora Quist says she still “hopes the channel will be dredged before the winter.”"
    found = quotes(pipeline, text)
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in found] == [("mixed", "Nora Quist")]
    assert found[0].text.endswith("“hopes the channel will be dredged before the winter.”")


def test_a_report_that_swallowed_a_direct_quote_and_its_attribution_is_cut_back(pipeline):
    text = "Ms Nora Quist warned the channel was risky: “Nobody should sail it at night,” she said."
    found = quotes(pipeline, text)
    assert [(q.kind, q.text) for q in found] == [
        ("indirect", "the channel was risky"),
        ("direct", "Nobody should sail it at night,"),
    ]
    assert [q.speaker.name if q.speaker else None for q in found] == ["Nora Quist", "Nora Quist"]


def test_a_report_left_with_nothing_before_the_direct_quote_is_dropped(pipeline):
    text = "The pilots want to “keep the channel open for every boat in the fleet,” Ms Nora Quist said."
    found = quotes(pipeline, text)
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in found] == [("direct", "Nora Quist")]
