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
