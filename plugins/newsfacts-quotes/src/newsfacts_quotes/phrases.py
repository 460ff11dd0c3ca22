"""Reports cued by a word and a preposition: "criticism of the plan", "his statement that ...".

Which pairs cue, and how reliably, is learned (``learned_cues.PHRASE_COUNTS``):
a pair counts when a labelled content followed it often enough on PolNeAR
train. Pairs headed by a reporting verb are left to the verb rules. The
content after a preposition is the noun phrase up to the next clause
boundary; after "that" it is the clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.learned_cues import PHRASE_COUNTS
from newsfacts_quotes.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    LEARNED_BASE_FORMS,
    PRONOUNS,
    REPORTING_VERBS,
    TRAILING_ADJUNCTS,
)
from newsfacts_quotes.mentions import opens_noun_phrase, sentence_subject, subject_before, tokens_in

# The share of a pair's occurrences that must open a content, and how often it must have done so
# (3 hits re-picked after the precision filters: +0.3 pt content F1 on train, +0.15 pt on dev over 5).
PHRASE_THRESHOLD = 0.2
MIN_PHRASE_HITS = 3

_NP_STOP = LazyPattern(
    r"[;:()\[\]—–!?]|(?<!\d),|,(?!\d)|\.(?:\s|$)|\s(?:because|but|while|when|after|as|since|although|though|whereas|and\s+(?:said|says|added))\b"
)
# "his", "the mayor's", "Ann Lee's", "the unions'": a possessor right before the cue word (an adjective
# may stand between: "his sharp criticism of").
_POSSESSIVE = LazyPattern(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
    r"|(?:\b(?:[Tt]he|[Aa]n?)[ \u00a0]+)?(?:\p{Lu}[\p{L}.\-]*[ \u00a0]+){0,2}\p{L}[\p{L}.\-]*(?:['’]s|s['’]))"
    r"(?=[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?$)"
)
_MAX_NP = 200
_MAX_BACK = 220
# Words of a predicate before a phrase cue ("made it clear", "are quick to point out", "took issue").
_PREDICATE_WORDS = word_set(
    "to it no any be made make makes took take takes gave give gives drew draw draws paid pay pays "
    "quick able eager ready talk point comment spoke speak voted vote issue attention mention here best well"
)
_MAX_CLAUSE = 700


class PhraseCue(NamedTuple):
    """A content found after a learned phrase cue, with the cue and the source before it, if any."""

    start: int
    end: int
    cue: tuple[int, int]
    mention: tuple[int, int] | None


def _learned_pairs(threshold: float, min_hits: int) -> frozenset[tuple[str, str]]:
    return frozenset(
        pair
        for pair, (hits, total) in PHRASE_COUNTS.items()
        if hits >= min_hits
        and hits >= threshold * total
        and (pair[0] not in REPORTING_VERBS or pair[0] in LEARNED_BASE_FORMS)  # "his concern about"
        and pair[0] not in TRAILING_ADJUNCTS
        and pair[0] not in DETERMINERS
    )


PHRASE_CUES = _learned_pairs(PHRASE_THRESHOLD, MIN_PHRASE_HITS)


def _noun_pairs(threshold: float, min_hits: int) -> frozenset[tuple[str, str]]:
    """Learned "NOUN that" pairs headed by a form that is a reporting verb too ("claim that", "warning that").

    As verbs the verb rules read them; as nouns ("the mayor's claim that", "his warning that") only this
    step does, and only after a possessor, where they cannot be verbs and the possessor is the source.
    """
    return frozenset(
        pair
        for pair, (hits, total) in PHRASE_COUNTS.items()
        if pair[1] == "that"
        and hits >= min_hits
        and hits >= threshold * total
        and pair[0] in REPORTING_VERBS
        and pair[0] not in LEARNED_BASE_FORMS
        and not pair[0].endswith("ed")  # a past form is never the noun
    )


NOUN_PHRASE_CUES = _noun_pairs(PHRASE_THRESHOLD, MIN_PHRASE_HITS)
# A possessor, and at most one adjective, right before a noun cue: "the mayor's claim", "his repeated claim".
_NOUN_SLOT = LazyPattern(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)|\p{L}(?:['’]s|s['’]))[ \u00a0]++(?:\p{Ll}++[ \u00a0]++)?$"
)
_NOUN_SLOT_CHARS = 40
# "a claim that originated in ...": a verb right after "that" makes it a relative pronoun, no clause follows.
_RELATIVE_THAT = LazyPattern(r"[ \u00a0]++(?:\p{Ll}++ed|is|was|are|were|has|had|have|could|would|will|can|may|might)\b")


def _noun_phrase_end(text: str, start: int, end: int) -> int:
    stop = _NP_STOP.compiled.search(text, start, min(end, start + _MAX_NP))
    return stop.start() if stop is not None else min(end, start + _MAX_NP)


def _source(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The possessor before the cue word ("his comments"), else the subject the sentence opens with.

    "the mayor's criticism of", "Activists here point to ...", "The mayor also made clear that ...".
    """
    match = _POSSESSIVE.compiled.search(text, max(lo, cue_start - 60), cue_start)
    if match is not None:
        return match.span()
    group = _verb_group_start(text, lo, cue_start)
    word_end = cue_start
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    if text[cue_start:word_end].endswith(("ed", "wn")) and any(
        text[a:b].lower() in BE_FORMS for a, b in tokens_in(text, group, cue_start)
    ):
        return None  # "was charged with", "is known for": a passive, its subject is not a source
    subject = subject_before(text, max(lo, group - _MAX_BACK), group)
    if subject is not None and not subject.anonymous and opens_noun_phrase(text[subject.start : subject.end]):
        return subject.start, subject.end
    return sentence_subject(text, lo, cue_start)


def source_of_predicate(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The source of a cue inside a longer predicate ("He continues to insist", "his criticism of")."""
    return _source(text, lo, cue_start)


def _verb_group_start(text: str, lo: int, cue_start: int) -> int:
    """Where the predicate holding the cue word starts: "they [are quick to point] out that"."""
    start = cue_start
    for token in reversed(tokens_in(text, max(lo, cue_start - 80), cue_start)[-6:]):
        word = text[token[0] : token[1]]
        lower = word.lower()
        if not word.isalpha() or not word.islower() or lower in DETERMINERS or lower in PRONOUNS:
            break
        if not (lower in AUXILIARIES or lower in _PREDICATE_WORDS or lower.endswith(("ed", "ing", "ly"))):
            break
        start = token[0]
    return start


def _preposition_pattern(pairs: frozenset[tuple[str, str]]) -> re.Pattern[str]:
    """The learned pairs' prepositions between blanks: the text is read once, and only there further."""
    prepositions = sorted({preposition for _, preposition in pairs}) or ["\u0000"]
    return re.compile(r"[ \u00a0](" + "|".join(prepositions) + r")[ \u00a0]+")  # plain re: faster here


_PREPOSITION = _preposition_pattern(PHRASE_CUES | NOUN_PHRASE_CUES)
_MAX_WORD = 30
# The last two letters of each cue word with its preposition: most words before a preposition end otherwise,
# which two ASCII characters tell without reading the word (every cue word has two letters or more).
_CUE_TAILS = frozenset((word[-2:], preposition) for word, preposition in PHRASE_CUES | NOUN_PHRASE_CUES)


def find_phrase_cues(
    text: str,
    sentence_at: Callable[[int], tuple[int, int]],
    cut: Callable[[str, int, int], tuple[int, int]],
    skip: Callable[[int], bool] = lambda _: False,
) -> Iterator[PhraseCue]:
    """Contents after learned phrase cues in ``text``.

    ``sentence_at`` gives the sentence around an offset (less any dateline), ``cut`` trims a clause,
    and a cue at an offset ``skip`` refuses is not read further.
    """
    for match in _PREPOSITION.finditer(text):
        word_end = match.start()
        tail = text[max(0, word_end - 2) : word_end]
        if tail.isascii() and (tail.lower(), match.group(1)) not in _CUE_TAILS:
            continue
        lo = max(0, word_end - _MAX_WORD)
        blank = max(text.rfind(" ", lo, word_end), text.rfind("\n", lo, word_end), text.rfind("\u00a0", lo, word_end))
        if blank < 0 < lo:
            continue  # a word longer than any cue word; slicing back to the text's start would be quadratic
        word_start = blank + 1
        word, preposition = text[word_start:word_end], match.group(1)
        pair = (word.lower(), preposition)
        if pair not in PHRASE_CUES and not (
            pair in NOUN_PHRASE_CUES
            and _NOUN_SLOT.compiled.search(text, max(0, word_start - _NOUN_SLOT_CHARS), word_start) is not None
            and _RELATIVE_THAT.compiled.match(text, match.end(1)) is None
        ):
            continue
        if not (word.islower() or word.istitle()):
            continue
        if skip(word_start):
            continue
        s_start, s_end = sentence_at(word_start)
        if word_start < s_start:
            continue
        lo = match.end()
        if preposition == "that":
            start, end = cut(text, lo, min(s_end, lo + _MAX_CLAUSE))
        else:
            start, end = lo, _noun_phrase_end(text, lo, s_end)
            while end > start and text[end - 1] in " \u00a0.,;:":
                end -= 1
        if end - start < 2:
            continue
        yield PhraseCue(start, end, (word_start, match.end(1)), _source(text, s_start, word_start))
