"""A source mention cut back to the noun phrase that can speak, or dropped when no part of it can.

The finders read a source from words around a cue, and a few shapes run past the noun phrase or never
hold one: "the way back to prosperity in what it (calls)", "a strategist who (spoke)", "the show has not
yet (announced)", "His bold (claim that)", "Friday". A user sees every speaker, so each shape is settled
here, after the finders, from the mention's own words: the subject of "what X calls" is X; a relative
pronoun inside a mention ends its noun phrase, and so does a subordinator or a finite verb with no noun
phrase after it (else the speaker may be that phrase: "the place Pentagon officials (say)"); a possessor
("his", "Ann Lee's") and one adjective before a noun cue leave the possessor as the source; a day or a
month alone is none. Each test reads only the mention's words, once.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts.text import word_set
from newsfacts_quotes.lexicon import (
    DETERMINERS,
    FINITE_AUXILIARIES,
    GROUP_NOUNS,
    IRREGULAR_PASTS,
    MONTH_NAMES,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    WEEKDAY_NAMES,
)
from newsfacts_quotes.reading import Candidate, Span2

_WORD = regex.compile(r"\w[\w’'.-]*+")
# Words that open a clause inside a noun phrase: what follows them is no part of the source.
_RELATIVES = word_set("who whom whose which where")
_SUBORDINATORS = word_set("when while because although though")
# Finite verbs a subject runs into when the mention overshoots ("Voters seem to care", "X said").
_CLAUSE_VERBS = FINITE_AUXILIARIES | word_set("seem seems seemed said says")
# Heads a defining relative clause belongs to: "those who back her" is no "those".
_BARE_HEADS = word_set("those others people anyone someone some many few all one")
# What may stand before the owner in the mention: "One of Ann Lee's", "including his".
_BEFORE_OWNER = PREPOSITIONS | word_set("including")
# Nouns that take a plural verb in British usage ("his team say"): a subject, not an adjective.
_COLLECTIVES = GROUP_NOUNS | word_set("team staff family party firm company crew")
_NOT_SOURCES = frozenset(w.lower() for w in WEEKDAY_NAMES | MONTH_NAMES) | word_set("yesterday today tomorrow")
# Words that open a noun phrase: after a verb inside the mention, the speaker may be there ("the place
# Pentagon officials (say)", "Nor did they (note)"), so the mention is not cut.
_PHRASE_OPENERS = DETERMINERS | PRONOUNS | word_set("it")
# Words after which "that" is a determiner, not a relative ("officials at that meeting", "this and that plan").
_BEFORE_DETERMINER_THAT = PREPOSITIONS | word_set("and or")


def _words(text: str, mention: Span2) -> list[tuple[int, int, str]]:
    """The mention's words as (start, end, word), offsets into the article."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, mention[0], mention[1])]


def _opens_phrase(word: str) -> bool:
    """Whether a word can open a noun phrase that speaks: a determiner, a pronoun, a name or a number."""
    return word.lower() in _PHRASE_OPENERS or word[0].isupper() or word[0].isdigit()


def _clause_start(words: Sequence[tuple[int, int, str]]) -> int | None:
    """The index of the word that ends the mention's noun phrase, or None when it runs whole.

    A relative pronoun opens a clause about the phrase before it ("a strategist who spoke"), unless that
    phrase is a bare "those" or "people" the clause defines. The first subordinator or finite verb ends the
    phrase only when no noun phrase follows it, which may be the real speaker ("the place officials (say)").
    """
    for index in range(1, len(words)):
        word, previous = words[index][2], words[index - 1][2].lower()
        if word in _RELATIVES or (word == "that" and previous not in _BEFORE_DETERMINER_THAT):
            return None if index == 1 and previous in _BARE_HEADS else index
        if word in _SUBORDINATORS or word in _CLAUSE_VERBS:
            return None if any(_opens_phrase(w) for _, _, w in words[index + 1 :]) else index
    return None


def speaking_part(mention: Span2, words: Sequence[tuple[int, int, str]]) -> Span2 | None:
    """The part of a source mention that can speak: itself, a shorter span in it, or None (``words``: its words)."""
    if not words:
        return mention
    lowered = [w.lower() for _, _, w in words]
    if len(words) == 1 and lowered[0] in _NOT_SOURCES:
        return None
    if lowered[0] == "what":
        return None  # "Asked what that might look like, she said": a question, not a source
    if "what" in lowered[1:]:
        # "the way back to prosperity in what it (calls)": the source is the subject of "what X calls".
        after = lowered.index("what", 1) + 1
        return (words[after][0], words[-1][1]) if after < len(words) else None
    end = _clause_start(words)
    return mention if end is None else (mention[0], words[end - 1][1])


def _possessor_before_noun_cue(
    text: str, candidate: Candidate, mention: Span2, words: Sequence[tuple[int, int, str]]
) -> Span2 | None:
    """``His bold claim that``, ``Ann Lee's bold claim that``: the possessor, when an adjective precedes a noun cue.

    A singular subject takes "claims"; a bare "claim" after "his bold" is the noun the adjective describes,
    and whoever owns the claim is its source.
    """
    cue = candidate.cue
    if len(words) < 2 or cue is None:
        return None
    owner = first = len(words) - 2
    if words[owner][2].lower() in POSSESSIVE_DETERMINERS:
        part = words[owner][:2]
    elif words[owner][2].endswith(("'s", "’s")) and words[owner][2][0].isupper():
        # "One of Ann Lee's bold claim": the owner's capitalised run, without "'s".
        while first and words[first - 1][2][0].isupper():
            first -= 1
        part = (words[first][0], words[owner][1] - 2)
    else:
        return None
    if first and words[first - 1][2].lower() not in _BEFORE_OWNER:
        return None  # "The president revisited his own": the owner is no subject
    middle = words[-1][2]
    cue_word = text[cue[0] : cue[1]]
    plain = (
        middle.isalpha()
        and middle.islower()
        and not middle.endswith("s")
        and middle not in _COLLECTIVES
        and text[mention[1] : cue[0]].isspace()
        and cue_word.isalpha()
        and cue_word.islower()
        and not cue_word.endswith(("s", "ed"))
        and cue_word not in IRREGULAR_PASTS
    )
    return part if plain else None


def shaped_sources(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Each candidate with its source cut to the noun phrase that can speak, or with none."""
    shaped = []
    for candidate in candidates:
        mention = candidate.mention
        if mention is not None:
            words = _words(text, mention)  # read once for both tests
            part = _possessor_before_noun_cue(text, candidate, mention, words) or speaking_part(mention, words)
            if part is None:
                candidate = candidate._replace(mention=None, alias=None, antecedent=None)  # noqa: PLW2901
            elif part != mention:
                keep_alias = part[0] == mention[0]
                candidate = candidate._replace(  # noqa: PLW2901
                    mention=part,
                    alias=candidate.alias if keep_alias else None,
                    antecedent=candidate.antecedent if keep_alias else None,
                )
        shaped.append(candidate)
    return shaped
