"""The small reading steps answer exactly as their plain definitions would."""

from __future__ import annotations

from newsfacts import Document, Pipeline, Quote, Speaker
from newsfacts_quotes.lexicon import LEARNED_BASE_FORMS, REPORTING_VERBS
from newsfacts_quotes.plugin import newsfacts_attribute_speaker
from newsfacts_quotes.reading import LETTERS, has_words, prose_sentences, read_page, verb_at

_TEXT = "OSLO (AP) - Ida Berg said so-called “boats” sink. 12 of-them re-said; Said Told VIEW view views, ok."


def test_has_words_counts_letter_runs_up_to_the_count() -> None:
    for lo in range(len(_TEXT) + 1):
        for hi in range(lo, len(_TEXT) + 1):
            words = len(LETTERS.findall(_TEXT, lo, hi))
            for count in range(5):
                assert has_words(_TEXT, lo, hi, count) == (words >= count)


def test_verb_at_reads_a_reporting_verb_in_either_case_outside_compounds() -> None:
    spans = [m.span() for m in LETTERS.finditer(_TEXT)]
    found = [(_TEXT[a:b], verb_at(_TEXT, a, b)) for a, b in spans]
    assert [verb for _, verb in found if verb is not None] == ["said", "said", "told"]
    # "re-said" and "so-called" are compounds' parts; "VIEW" is in neither case a verb is written in.
    assert ("said", None) in found
    assert ("called", None) in found
    assert ("VIEW", None) in found
    view = next((a, b) for a, b in spans if _TEXT[a:b] == "view")
    assert "view" in LEARNED_BASE_FORMS
    assert verb_at(_TEXT, *view) is None
    assert verb_at(_TEXT, *view, LEARNED_BASE_FORMS) == "view"
    for a, b in spans:
        if _TEXT[a:b].lower() not in REPORTING_VERBS:
            assert verb_at(_TEXT, a, b) is None


def test_prose_sentences_skip_the_dateline_of_each_sentence() -> None:
    page = read_page(_TEXT, [(0, 49, 0), (50, len(_TEXT), 0)])
    assert [_TEXT[a:b] for a, b in prose_sentences(page)] == [_TEXT[12:49], _TEXT[50:]]


def test_a_mention_that_is_the_full_name_is_the_speaker_attributed() -> None:
    text = "Ida Berg said the ferry would run all winter. Berg said it would not stop."
    article = Pipeline(blocked=["dates", "weapons"]).extract(text)
    speakers = [(q.speaker.name, q.speaker.text) for q in article.quotes if q.speaker is not None]
    assert speakers == [("Ida Berg", "Ida Berg"), ("Ida Berg", "Berg")]
    assert all(q.speaker is not None and q.speaker.plugin == "quotes" for q in article.quotes)
    document = Document(text=text)
    mention = Speaker(name="Ida Berg", text="Ida Berg", start=0, end=8, plugin="quotes")
    quote = Quote(text=text[14:44], start=14, end=44, kind="indirect", speaker=mention)
    assert newsfacts_attribute_speaker(document=document, quote=quote) is mention
