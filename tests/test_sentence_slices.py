"""The segmenter's sentences slice their text from the article when read, and behave as sentences built with it."""

from __future__ import annotations

import copy
import gc
import pickle
import tracemalloc

import attrs
import pytest

from newsfacts import Sentence
from newsfacts.model import sentence_of
from newsfacts.segmentation import split_sentences

ARTICLE = "The mayor spoke first. Then the council voted!\n\nA new paragraph opens here. It ends here?"


def _built(sentence: Sentence) -> Sentence:
    return Sentence(text=sentence.text, start=sentence.start, end=sentence.end, paragraph=sentence.paragraph)


def test_a_cut_sentence_reads_compares_and_hashes_as_one_built_with_its_text() -> None:
    sentences = split_sentences(ARTICLE)
    assert [s.text for s in sentences] == [ARTICLE[s.start : s.end] for s in sentences]
    assert len(sentences) == 4
    for sentence in sentences:
        built = _built(sentence)
        assert sentence == built
        assert built == sentence
        assert hash(sentence) == hash(built)
        assert repr(sentence) == repr(built)
        assert attrs.asdict(sentence) == attrs.asdict(built)
        assert attrs.evolve(sentence, paragraph=7) == attrs.evolve(built, paragraph=7)
        assert copy.copy(sentence) == built
        assert copy.deepcopy(sentence) == built
    assert sentences[0] != sentences[1]


def test_a_cut_sentence_pickles_as_its_own_text_not_the_article() -> None:
    long_article = ARTICLE + " Filler words go on." * 5000
    sentence = split_sentences(long_article)[0]
    pickled = pickle.dumps(sentence)
    assert pickle.loads(pickled) == _built(sentence)
    assert len(pickled) == len(pickle.dumps(_built(sentence)))


def test_a_cut_sentence_is_frozen_and_has_no_other_attributes() -> None:
    sentence = sentence_of(ARTICLE, 0, 22, 0)
    assert sentence.text == "The mayor spoke first."
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        sentence.text = "changed"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="no attribute 'speaker'"):
        _ = sentence.speaker  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="no attribute 'speaker'"):
        _ = _built(sentence).speaker  # type: ignore[attr-defined]


def test_a_long_articles_sentences_do_not_copy_its_text() -> None:
    text = "Short one here. " * 20_000  # 320,000 characters in 20,000 sentences
    gc.collect()
    tracemalloc.start()
    try:
        sentences = split_sentences(text)
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(sentences) == 20_000
    # The record, its two offsets and its place in the list take ~160 bytes; a slice each would add ~64.
    assert held < 20_000 * 185
    assert all(s.text == "Short one here." for s in sentences[:50])


def test_a_cut_sentence_slices_its_text_once_however_often_it_is_read() -> None:
    # A plugin reading a long sentence's text once per date in it must not copy the sentence each time.
    article = "On 5 May 2020 and " * 2000
    (sentence,) = split_sentences(article)
    first = sentence.text
    assert first == article.strip()
    assert sentence.text is first
    assert sentence == _built(sentence)
    short = split_sentences("A short one. Another one.")[0]
    assert short.text == "A short one."
    assert short.text is not short.text  # sliced at each read: a short sentence never holds a copy
