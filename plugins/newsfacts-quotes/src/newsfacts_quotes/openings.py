"""The noun phrase a sentence opens with, and whether a phrase can be a subject at all.

A participle report ("..., saying ...") takes its source from the sentence's
opening noun phrase, once opening adverbials and participle phrases are passed.
"""

from __future__ import annotations

from newsfacts.text import word_set
from newsfacts_quotes import lexicon
from newsfacts_quotes.lexicon import (
    AUXILIARIES,
    GROUP_NOUNS,
    NAME_CONNECTORS,
    NON_NAME_FIRST,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
    TRAILING_ADJUNCTS,
)
from newsfacts_quotes.subject_shapes import strip_openers
from newsfacts_quotes.time_openings import commaless_time_end
from newsfacts_quotes.tokens import (
    TRIM_END,
    Token,
    bare_word,
    is_boundary,
    is_initial,
    tokens_in,
    trim,
)

_OPENING_DETERMINERS = word_set(
    "the a an his her their its our this that these those some many several both one each most two three four five"
)
SUBJECT_PRONOUNS = word_set("he she they we i")
# Words that end a sentence's opening noun phrase: adverbs and light verbs that start its predicate.
_NP_BREAKERS = word_set(
    "also still now then just already never often again only even here there made make makes gave give gives "
    "took take takes put puts got get gets voted vote votes went go goes came come comes later earlier recently"
) | word_set(
    # Irregular past forms end a subject as "-ed" forms do: "The harbour board met last week".
    "met said told left held won lost ran saw found knew thought kept brought bought sent spent began wrote "
    "spoke stood led paid heard built grew drew became meant sought fought taught caught struck broke chose drove"
)
# Capitalised words no person's name opens with, but a noun phrase may: "French officials", "North Korean media".
_PLACE_ADJECTIVES = lexicon.DEMONYMS | word_set(
    "North South East West Northern Southern Eastern Western Central New Old Great Greater Upper Lower"
)
_VERB_LIKE_AUX = word_set("is are was were has have had will would could can may might should must did does do")


def _verb_like(text: str, token: Token) -> bool:
    """A lower-case past form or auxiliary: "The nurse sued, claiming ..." ends its subject at the verb."""
    raw = text[token[0] : token[1]]
    word = bare_word(text, token)
    return raw.islower() and (word in _VERB_LIKE_AUX or word in _NP_BREAKERS or word.endswith("ed"))


def _noun_phrase_end(text: str, toks: list[Token], end: int, limit: int) -> int:
    """Extend a noun phrase over the words after ``end`` up to a verb-like word or a boundary."""
    while end < len(toks) and end < limit:
        raw = text[toks[end][0] : toks[end][1]]
        word = bare_word(text, toks[end])
        if word in _VERB_LIKE_AUX or (raw.islower() and word.endswith("ed")) or is_boundary(text, toks[end]):
            break
        adverb = word.endswith("ly") and len(word) > 4
        if raw.islower() and (word in _NP_BREAKERS or adverb or word.endswith(("n't", "n’t"))):
            break  # "The mayor also made clear", "Voters here strongly back", "It wouldn't": the verb phrase begins
        end += 1
    return end


_MAX_OPENING_CHUNKS = 3
# An opening adverbial ends at a comma within this many words ("Amid calls from some to create lists that
# would name them, The Blaze's editor provided ...").
_MAX_ADVERBIAL_TOKENS = 20
# Lower-case words that open a predicate, not a subject ("came away convinced", "sent the letter").
_PREDICATE_OPENERS = word_set(
    "came come comes went go goes left leave leaves sent send sends took take takes gave give gives made make "
    "makes together also still then now just already never often again only even here"
)


# Lower-case words that are a source on their own; any other single lower-case word is not ("may", "both").
_LONE_SOURCES = PRONOUNS | GROUP_NOUNS | ROLE_NOUNS | word_set("who which it one others some many most critics")


def opens_noun_phrase(phrase: str) -> bool:
    """Whether ``phrase`` can be a subject, not a predicate read as one ("came away", "sent the letter").

    Nor a lone lower-case word that names nobody ("may", "both", "observation") or a negated auxiliary
    ("wouldn't say").
    """
    tokens = phrase.split()
    if not tokens:
        return True
    first = tokens[0]
    if not first.islower():
        return True
    bare = first.strip(TRIM_END).replace("’", "'")
    if bare.endswith("n't") or (len(tokens) == 1 and bare not in _LONE_SOURCES and not bare.endswith("s")):
        return False
    return not (first in AUXILIARIES or first in _PREDICATE_OPENERS or first.endswith(("ed", "ing")))


# Words that open a sentence's adverbial, never its subject: "Hours later, ...", "Publicly, ...", "Back in 1999, ...".
_ADVERBIAL_OPENERS = (
    TRAILING_ADJUNCTS
    | lexicon.MONTH_NAMES
    | word_set(
        """
        hours days weeks months years minutes moments decades together absent along back more most first
        finally still yet instead meanwhile however indeed moreover furthermore nevertheless once twice
        soon shortly already having being
        """
    )
)


def _is_adverbial_word(bare: str) -> bool:
    """A time word, an adverb ("publicly") or a number: what an opening adverbial starts with."""
    return bare in _ADVERBIAL_OPENERS or (bare.endswith("ly") and len(bare) > 4) or bare.isdigit()


# Words opening an adverbial clause or phrase before a sentence's subject ("Despite the polls, Lee ...").
_SUBORDINATORS = word_set(
    "as while when after before despite although though because unlike amid amidst since if until once upon"
)


def _opens_adjunct_phrase(text: str, toks: list[Token], i: int) -> bool:
    """A preposition, a participle ("Chastened", "Speaking"), "as well as" or an adverb opening a chunk.

    A capitalised "-ly" word before another capitalised word is a first name ("Carly Fiorina", "Kelly
    Ayotte"), no adverb.
    """
    bare = bare_word(text, toks[i])
    return (
        bare in PREPOSITIONS
        or bare in _SUBORDINATORS
        or (bare.endswith(("ed", "ing")) and len(bare) > 4 and bare not in _VERB_LIKE_AUX)
        or (_is_adverbial_word(bare) and not (bare.endswith("ly") and _first_name(text, toks, i)))
        or (bare in _COUNTS and any(bare_word(text, tok) in _TIME_UNITS for tok in toks[i + 1 : i + _COUNT_WORDS]))
    )


# "One month after ...", "Two weeks later, ...": a count of time units opens an adverbial, not a subject.
_COUNTS = word_set("a one two three four five six seven eight nine ten several few")
# "A few days later", "a couple of years ago": the count and its unit lie within this many words.
_COUNT_WORDS = 4
_TIME_UNITS = word_set("minute minutes hour hours day days week weeks month months year years decade decades")


def _first_name(text: str, toks: list[Token], i: int) -> bool:
    """Whether ``toks[i]`` is a capitalised word running on into another capitalised one, without a comma."""
    raw = text[toks[i][0] : toks[i][1]]
    return raw.isalpha() and raw[0].isupper() and i + 1 < len(toks) and text[toks[i + 1][0]].isupper()


def _past_place_tail(text: str, toks: list[Token], i: int) -> int:
    """Past a state or country after a place that closed the adverbial: "in Salem, New Hampshire, Trump ..."."""
    if not 0 < i < len(toks) or not text[toks[i - 1][0]].isupper() or text[toks[i - 1][1] - 1] != ",":
        return i
    for k in range(i, min(len(toks) - 1, i + _MAX_PLACE_WORDS)):
        if not text[toks[k][0]].isupper():
            return i
        if text[toks[k][1] - 1] == ",":
            return k + 1
    return i


_MAX_PLACE_WORDS = 3


def sentence_subject(text: str, lo: int, hi: int, *, comma_closed: bool = False) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with: the source of a later participle ("..., saying ...").

    The phrase must end before ``hi``; with ``comma_closed`` it may end at ``hi`` on a comma ("The Journal,"
    before "citing ...").
    """
    toks = tokens_in(text, lo, min(hi, lo + 300))[:24]
    closed = comma_closed and bool(toks) and text[toks[-1][1] - 1] == ","
    i = strip_openers(text, toks, 0, len(toks))
    for _ in range(_MAX_OPENING_CHUNKS):
        timed = commaless_time_end(text, toks, i) if i < len(toks) else None
        if timed is not None:
            i = timed  # "Last week the mayor ...": a time phrase without its comma
            continue
        if i >= len(toks) or not _opens_adjunct_phrase(text, toks, i):
            break
        # An opening adverbial or participle phrase ("On Tuesday, ...", "Chastened by the reviews, as
        # well as the costs, ..."): the subject follows its comma.
        reach = min(len(toks), i + _MAX_ADVERBIAL_TOKENS)
        comma = next((k for k in range(i, reach) if text[toks[k][1] - 1] == ","), None)
        if comma is None:
            return None
        i = _past_place_tail(text, toks, strip_openers(text, toks, comma + 1, len(toks)))
    if i >= len(toks) or _opens_adjunct_phrase(text, toks, i):
        return None
    first = text[toks[i][0] : toks[i][1]]
    bare = bare_word(text, toks[i])
    if bare in SUBJECT_PRONOUNS and first.strip(TRIM_END).isalpha():
        return trim(text, *toks[i])
    end = i
    if bare in _OPENING_DETERMINERS:
        end = _noun_phrase_end(text, toks, i + 1, i + 6)
        comma_after = end < len(toks) and is_boundary(text, toks[end]) and text[toks[end][1] - 1] == ","
        if comma_after and not _verb_like(text, toks[end]):
            if not (closed and end == len(toks) - 1):
                return None  # "The chief of staff, ...": an apposition follows, read elsewhere
            end = len(toks)  # "The Journal, citing ...": the comma closes the phrase at ``hi``
    elif first in _PLACE_ADJECTIVES and i + 1 < len(toks) and text[toks[i + 1][0]].islower():
        end = _noun_phrase_end(text, toks, i + 1, i + 6)  # "French officials", "Western diplomats"
    elif first[0].isupper() and (first not in NON_NAME_FIRST or first in _PLACE_ADJECTIVES):
        # "French Prime Minister Manuel Valls", "New York Mayor Bill de Blasio": a name run all the same.
        while end < len(toks) and end - i < 6:
            raw = text[toks[end][0] : toks[end][1]]
            if not (raw[0].isupper() or raw in NAME_CONNECTORS):
                break
            end += 1
            place = end == i + 1 and first in _PLACE_ADJECTIVES  # "U.S. Secretary of State ..." goes on
            if raw[-1] in ",;:!?" or (raw[-1] == "." and raw not in TITLES and not is_initial(raw) and not place):
                break  # "Mr. McConnell", "Gov. John Kasich", "Leonard E. Burman": a title or initial goes on
        if end > i and text[toks[end - 1][0] : toks[end - 1][1]].endswith(("'s", "’s")):
            # "Nigeria's central bank": the possessive opens a longer noun phrase.
            end = _noun_phrase_end(text, toks, end, i + 6)
        elif end < len(toks) and text[toks[end - 1][1] - 1].isalpha() and bare_word(text, toks[end]) in GROUP_NOUNS:
            end += 1  # "Island voters", "Trump supporters", "Senate Republicans": the run names whose members
    if end == i or (end >= len(toks) and not closed):
        return None
    start, stop = trim(text, toks[i][0], toks[end - 1][1])
    return (start, stop) if stop > start else None
