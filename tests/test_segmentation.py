from newsfacts.segmentation import split_sentences


def texts(text):
    return [(s.text, s.paragraph) for s in split_sentences(text)]


def test_sentences_and_paragraphs_by_line():
    text = "First one here. Second one!\nNew paragraph? Yes."
    assert texts(text) == [
        ("First one here.", 0),
        ("Second one!", 0),
        ("New paragraph?", 1),
        ("Yes.", 1),
    ]


def test_blank_lines_separate_paragraphs_when_present():
    text = "A wrapped\nline stays one sentence.\n\nNext paragraph."
    assert texts(text) == [("A wrapped\nline stays one sentence.", 0), ("Next paragraph.", 1)]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Mr. Ford met Gen. Lee in the U.S. capital. J. K. Doyle left at 5 p.m. on Friday."
    assert [s for s, _ in texts(text)] == [
        "Mr. Ford met Gen. Lee in the U.S. capital.",
        "J. K. Doyle left at 5 p.m. on Friday.",
    ]


def test_closing_quotation_marks_stay_with_their_sentence():
    text = '“It is over.” She left. "Done." He stayed.'
    assert [s for s, _ in texts(text)] == ["“It is over.”", "She left.", '"Done."', "He stayed."]


def test_offsets_point_into_the_text():
    text = "  Leading space.  Trailing space.  \n\n\n  Third.  "
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_empty_and_blank_texts_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n \n\t") == []


def test_no_is_an_abbreviation_only_before_a_number():
    assert [s for s, _ in texts("He said no. The talks ended. See No. 5 today.")] == [
        "He said no.",
        "The talks ended.",
        "See No. 5 today.",
    ]


def test_scripts_without_capitals_and_full_width_stops():
    assert [s for s, _ in texts("他说。她说！我们走吧？")] == ["他说。", "她说！", "我们走吧？"]
    assert [s for s, _ in texts("Он сказал. Она ушла.")] == ["Он сказал.", "Она ушла."]


def test_a_single_line_break_separates_paragraphs_unless_it_wraps_a_sentence():
    text = "Headline Without A Stop\nThe minister spoke, and\nthe talks went on. Then\nSomething else."
    assert texts(text) == [
        ("Headline Without A Stop", 0),
        ("The minister spoke, and\nthe talks went on.", 1),
        ("Then", 1),
        ("Something else.", 2),
    ]


def test_appending_a_paragraph_never_changes_the_earlier_ones():
    text = "One line\nsecond line. Third\nFourth."
    before = split_sentences(text)
    after = split_sentences(text + "\n\nA new paragraph.\n\n\nAnother one")
    assert after[: len(before)] == before


def test_a_sentence_may_open_with_an_emoji():
    assert [s for s, _ in texts("“We hold,” she said. 😀 “We go,” he said.")] == [
        "“We hold,” she said.",
        "😀 “We go,” he said.",
    ]


def test_a_run_of_stops_ends_a_sentence_by_its_last_stop():
    # A full-width stop last: the sentence ends whatever follows; a western stop last: only before a capital.
    assert [s for s, _ in texts("Wait.。then more")] == ["Wait.。", "then more"]
    assert [s for s, _ in texts("Wait。. then more")] == ["Wait。. then more"]
    assert [s for s, _ in texts("Really?! Yes")] == ["Really?!", "Yes"]


def test_a_line_break_after_blanks_wraps_by_the_character_before_the_blanks():
    assert texts("the talks went on, \t\nand on.") == [("the talks went on, \t\nand on.", 0)]
    assert texts("THE TALKS \t\nand on.") == [("THE TALKS", 0), ("and on.", 1)]
    assert texts("talks, \n \nand on.") == [("talks,", 0), ("and on.", 1)]
    assert texts("talks,\n  Then on.") == [("talks,", 0), ("Then on.", 1)]


def test_only_the_word_right_before_a_period_is_read_as_an_abbreviation():
    # "A." is an initial and "e.g." a dotted abbreviation; "Mr" earlier in a sentence does not matter at its end.
    assert [s for s, _ in texts("Go to A. Then e.g. Smith came. Done.")] == ["Go to A. Then e.g. Smith came.", "Done."]
    assert [s for s, _ in texts("Ask Mr. Day first. Bye.")] == ["Ask Mr. Day first.", "Bye."]


def test_separator_like_characters_are_trimmed_as_before():
    # U+001C..U+001F are white space to str.isspace but not to the regex engine: kept at a sentence's start,
    # trimmed at its end.
    assert texts("\x1cStart here. Next one.\x1c") == [("\x1cStart here.", 0), ("Next one.", 0)]


def test_a_letter_closing_a_designation_is_no_initial():
    # A capital right after a digit ends a model code, so its period ends the sentence; a lone capital is an initial.
    text = "The drone was shot down by a Su-35S. The pilot returned. Crews met K. Ode. He left."
    assert [s.text for s in split_sentences(text)] == [
        "The drone was shot down by a Su-35S.",
        "The pilot returned.",
        "Crews met K. Ode.",
        "He left.",
    ]
