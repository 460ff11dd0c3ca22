"""Finding the source mention next to a reporting verb, from a bounded window of text.

Without a parser the subject is the noun phrase between the last clause
boundary and the verb, once time adjuncts and connectives are peeled off.
``Name, description,`` and ``description, Name,`` appositions give the name as
the mention and keep the description as an alias of it.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes import lexicon
from newsfacts_quotes.antecedents import name_tail, relative_antecedent
from newsfacts_quotes.bylines import byline_after, transcript_speaker
from newsfacts_quotes.lexicon import PREPOSITIONS, TITLES, TRAILING_ADJUNCTS
from newsfacts_quotes.mention_names import names_a_person
from newsfacts_quotes.openings import SUBJECT_PRONOUNS, opens_noun_phrase, sentence_subject
from newsfacts_quotes.subject_shapes import (
    PRONOUN_HEADS,
    according_opening,
    according_source_after,
    colon_speaker,
    demonstrative_start,
    name_after_adjunct,
    perfect_verb_group,
    poll_of_share,
    strip_openers,
)
from newsfacts_quotes.time_openings import commaless_time_end
from newsfacts_quotes.tokens import (
    BOUNDARY_WORDS,
    Token,
    bare_word,
    ends_sentence,
    is_boundary,
    is_initial,
    is_proper,
    tokens_in,
    tokens_to,
    trim,
)

# Re-exported: the finder reads every kind of source mention from this module.
__all__ = [
    "Subject",
    "byline_after",
    "opens_noun_phrase",
    "phrase_after",
    "pronoun_core",
    "sentence_subject",
    "subject_before",
    "tokens_in",
    "transcript_speaker",
    "trim",
]

_RELATIVE = frozenset({"who", "which"})
_DASHES = "—―–-"
_MAX_SUBJECT_TOKENS = 9
_MAX_APPOSITION_TOKENS = 12
_ADVERB_ONLY = word_set("however too though meanwhile also instead moreover")


class Subject(NamedTuple):
    """A source mention, and the span of a description in apposition to it if any."""

    start: int
    end: int
    alias: tuple[int, int] | None
    anonymous: bool
    antecedent: tuple[int, int] | None = None


def _peel_adjuncts(text: str, toks: list[Token]) -> list[Token]:
    """Drop trailing time and manner adjuncts ("earlier this month", "on Tuesday", "publicly")."""
    end = len(toks)
    while end > 1:
        raw = text[toks[end - 1][0] : toks[end - 1][1]]
        word = raw.lower()
        if raw[-1] in ",;:":
            break
        if word in TRAILING_ADJUNCTS or (raw.islower() and word.endswith("ly") and len(word) > 4):
            end -= 1
            continue
        break
    return toks[:end]


def _chunk_start(text: str, toks: list[Token], end: int) -> int:
    """Index of the first token after the last clause boundary before ``end``."""
    i = end
    while i > 0 and not is_boundary(text, toks[i - 1]):
        i -= 1
    return i


def _valid_subject(text: str, toks: list[Token], i: int, end: int, limit: int) -> bool:
    if not 0 < end - i <= limit:
        return False
    first = bare_word(text, toks[i])
    return first not in PREPOSITIONS and first not in {"there", "this", "which", "what", "who", "to"}


def subject_before(
    text: str, lo: int, hi: int, depth: int = 0, *, scanned: list[Token] | None = None
) -> Subject | None:
    """The subject of a verb that starts at ``hi``, looking no further back than ``lo``.

    ``scanned``, where the caller has them, are the tokens of ``text[lo:b]`` for some ``b >= hi``: a
    prefix of them is this window's, so it is not scanned again.
    """
    stop = hi
    while stop > lo and text[stop - 1].isspace():
        stop -= 1
    if stop > lo and text[stop - 1] == ")":
        # "Rep. Jane Doe (D-Ohio) said": the parenthesis is not the subject.
        opening = text.rfind("(", lo, stop)
        if opening > lo:
            hi = opening
    elif stop > lo and text[stop - 1] in _DASHES:
        # "The film — which weaves together many voices — explains": nor is a dash parenthetical.
        dash = text[stop - 1]
        opening = text.rfind(dash, lo, stop - 2 if text[stop - 2] == dash else stop - 1)
        if opening > lo and text[opening - 1] == dash:
            opening -= 1
        if opening > lo:
            hi = opening
    toks = _peel_adjuncts(text, tokens_in(text, lo, hi) if scanned is None else tokens_to(scanned, hi))
    if not toks:
        return None
    if len(toks) > _AGE_AFTER_NAME and _age_after_name(text, toks):
        toks = toks[:-1]  # "Another resident, Ann Lee, 61, said": the age is the name's, no adjunct of the clause
    end = len(toks)
    last_raw = text[toks[-1][0] : toks[-1][1]]
    gap = _subject_relative(text, toks) if depth == 0 else None
    if gap is not None:
        # "Officials who spoke with the paper said", "Tom Hale, a farmer who runs a dairy, said": the
        # relative clause describes the source, which stands before it.
        if last_raw.endswith(","):
            return _apposition(text, toks[:gap], lo)
        found = subject_before(text, lo, toks[gap][0], depth + 1)
        if found is not None and text[found.start : found.end].lower() in PRONOUN_HEADS:
            # "those who back her rivals say": the pronoun names nobody without its relative clause.
            return found._replace(end=trim(text, found.start, toks[-1][1])[1])
        return found
    if last_raw.endswith(","):
        return _subject_before_adjuncts(text, toks) or _apposition(text, toks, lo)
    i = _chunk_start(text, toks, end)
    if 0 < i < end and text.startswith("That", toks[i - 1][0]):
        i = demonstrative_start(text, toks, i, end)
    if i == end and depth == 0 and bare_word(text, toks[end - 1]) in _RELATIVE and end >= 2:
        # "X, who said ...": the relative pronoun is the mention beside the verb, X names it.
        antecedent = subject_before(text, lo, toks[end - 2][1], depth + 1)
        if text[toks[end - 1][0] : toks[end - 1][1]] not in _RELATIVE:
            return antecedent
        beside = None if antecedent is None else (antecedent.start, antecedent.end, antecedent.alias)
        span = relative_antecedent(text, toks, end - 1, beside)
        return Subject(toks[end - 1][0], toks[end - 1][1], None, anonymous=False, antecedent=span)
    i = _skip_time_phrase(text, toks, strip_openers(text, toks, i, end), end)
    if not _valid_subject(text, toks, i, end, _MAX_SUBJECT_TOKENS):
        i = name_after_adjunct(text, toks, i, end)
        if i < 0:
            return None
    anonymous = end - i == 1 and bare_word(text, toks[i]) == "it"
    i = name_tail(text, toks, i, end)
    start, stop = trim(text, toks[i][0], toks[end - 1][1])
    if stop <= start:
        return None
    source = (
        poll_of_share(text, lo, start, stop)
        or according_source_after(text, start, hi)
        or according_opening(text, lo, start)
        or colon_speaker(text, lo, start)
    )
    if source is not None:
        return Subject(*source, None, anonymous=False)
    return Subject(start, stop, None, anonymous)


_GAP_RELATIVES = word_set("who which that")
# "that" opens a relative clause without a subject only before a perfect or passive auxiliary ("that have endorsed").
_THAT_AUXILIARY = LazyPattern(r"\bthat[ \u00a0]++(?:have|has|had|were|was|are|is)\b")
# Words that open a noun phrase, so a relative word before them has a subject of its own ("which critics say").
_INDEFINITES = word_set("many most all both few anyone everyone someone nobody none")
_NOUN_OPENERS = lexicon.DETERMINERS | lexicon.PRONOUNS | lexicon.GROUP_NOUNS | lexicon.ROLE_NOUNS | _INDEFINITES
# Words that follow a verb, not a noun, right after a relative word: an object or a preposition ("who spoke with").
_AFTER_A_VERB = (
    lexicon.DETERMINERS | (PREPOSITIONS - {"of"}) | word_set("him her them us me it himself herself themselves")
)


def _subject_relative(text: str, toks: list[Token]) -> int | None:
    """Index of a relative word whose clause lacks a subject and ends right before the verb, if any.

    In "Officials who spoke with the paper said" the clause after "who" opens with its verb, so "said"
    belongs to "Officials"; in "which critics say" a noun opens it, and the source is that noun.
    """
    last = len(toks) - 1 if text[toks[-1][1] - 1] == "," else len(toks)
    window = text[toks[max(0, last - _MAX_APPOSITION_TOKENS)][0] : toks[-1][1]].lower()
    if "who" not in window and "which" not in window and _THAT_AUXILIARY.compiled.search(window) is None:
        return None  # the common case, settled by one look at the window ("that" only before an auxiliary)
    i = last
    while i > max(0, last - _MAX_APPOSITION_TOKENS) and bare_word(text, toks[i - 1]) not in _GAP_RELATIVES:
        raw = text[toks[i - 1][0] : toks[i - 1][1]]
        if raw[-1] in ',;:)]”»"' or ends_sentence(raw):
            return None
        i -= 1
    if i < 2 or last - i < 2 or bare_word(text, toks[i - 1]) not in _GAP_RELATIVES:
        return None
    if text[toks[i - 2][1] - 1] in ",;:":
        return None  # "X, who ..., said": an apposition, read by _apposition
    verb, after = text[toks[i][0] : toks[i][1]], bare_word(text, toks[i + 1])
    if not verb.isalpha() or not verb.islower() or verb in _NOUN_OPENERS:
        return None
    if perfect_verb_group(text, toks[i:last], verb, after):
        return i - 1  # "Groups that have endorsed him say": a perfect or passive verb group has no subject
    if bare_word(text, toks[i - 1]) == "that":
        return None  # "that" opens reported clauses as well: only a verb group that needs a subject tells
    return i - 1 if after in _AFTER_A_VERB or after.isdigit() or verb.endswith("ed") else None


def _skip_time_phrase(text: str, toks: list[Token], i: int, end: int) -> int:
    """Skip an opening time phrase without a comma: "On Tuesday the minister said" → "the minister"."""
    if i >= end - 1:
        return i
    if bare_word(text, toks[i]) not in PREPOSITIONS:
        timed = commaless_time_end(text, toks[:end], i)  # "Last week the minister", "Two days later she"
        return i if timed is None else timed
    j = i + 1
    while j < end - 1 and (
        bare_word(text, toks[j]) in TRAILING_ADJUNCTS
        or bare_word(text, toks[j]) in lexicon.MONTH_NAMES
        or bare_word(text, toks[j]).isdigit()
    ):
        j += 1
    return j if j > i + 1 else i


_CLAUSE_BOUNDARY = BOUNDARY_WORDS - {
    "said",
    "says",
    "told",
    "added",
    "after",
    "before",
    "as",
    "while",
    "when",
    "since",
}
_MAX_ADJUNCT_CHUNKS = 4


_AGE_AFTER_NAME = 2  # tokens a name and its age take at the least


def _age_after_name(text: str, toks: list[Token]) -> bool:
    """Whether the tokens end on ", NAME, 61,": an age of one to three digits after a capitalised name's comma."""
    age = text[toks[-1][0] : toks[-1][1]]
    before = text[toks[-2][0] : toks[-2][1]]
    return age.endswith(",") and age[:-1].isdigit() and len(age) <= 4 and before.endswith(",") and before[0].isupper()


def _opens_adjunct(text: str, token: Token) -> bool:
    """A comma chunk that cannot be the subject: a prepositional or participle phrase, or an age."""
    raw = text[token[0] : token[1]]
    bare = bare_word(text, token)
    if bare.isdigit():
        return True  # an age: "Ann Lee, 54, a nurse, said"
    return bare in PREPOSITIONS or (raw.islower() and bare.endswith(("ing", "ed")) and len(bare) > 4)


def _inside_name(text: str, toks: list[Token], k: int) -> bool:
    """A lower-case "and" between capitalised words: "the Museum of History and Culture"."""
    return (
        0 < k < len(toks) - 1
        and text[toks[k][0] : toks[k][1]] == "and"
        and text[toks[k - 1][0]].isupper()
        and text[toks[k + 1][0]].isupper()
    )


def _subject_before_adjuncts(text: str, toks: list[Token]) -> Subject | None:
    """``Ann Lee, during a visit to Lyon, France, said``: the subject stands before the adjunct chunks.

    Comma chunks are read back to the clause's start; when one after the first opens with a
    preposition or a participle, the first chunk is the subject, whatever the chunks after it name.
    """
    start = len(toks)
    while start > 0:
        raw = text[toks[start - 1][0] : toks[start - 1][1]]
        if ends_sentence(raw) or raw[-1] in ";:":
            break
        if bare_word(text, toks[start - 1]) in _CLAUSE_BOUNDARY and not _inside_name(text, toks, start - 1):
            break
        if raw[0] in "(“«[" or raw[-1] in ")]”»" or raw.endswith('"'):
            break
        start -= 1
    chunks: list[int] = [start]
    chunks += [k + 1 for k in range(start, len(toks) - 1) if text[toks[k][1] - 1] == ","]
    while len(chunks) > 2 and chunks[1] - chunks[0] == 1 and bare_word(text, toks[chunks[0]]) in TRAILING_ADJUNCTS:
        chunks = chunks[1:]  # "Friday, Texas, leading a coalition, asked": the day is not the subject
    if not 2 <= len(chunks) <= _MAX_ADJUNCT_CHUNKS + 1:
        return None
    if not any(_opens_adjunct(text, toks[c]) for c in chunks[1:]) or _opens_adjunct(text, toks[chunks[0]]):
        return None
    first = _segment(text, toks, chunks[0], chunks[1])
    if first is None:
        return None
    return Subject(first[0], first[1], None, anonymous=False)


def _antecedent_end(text: str, toks: list[Token], relative: int) -> int:
    """Where the antecedent of ``X, ..., who`` ends: before the comma chunks that are a lone adverb or an age.

    "Ann Lee, meanwhile, who chairs the board, said" and "Bill Moss, 58, who lives nearby, said" name Ann
    Lee and Bill Moss, not "meanwhile" or "58".
    """
    j = relative - 1
    while j >= 1 and text[toks[j - 1][1] - 1] == "," and _lone_aside(bare_word(text, toks[j])):
        j -= 1
    return toks[j][1] - 1


def _lone_aside(word: str) -> bool:
    """A one-word comma chunk that names nobody: an adverb ("meanwhile") or an age ("58")."""
    return word in _ADVERB_ONLY or word in TRAILING_ADJUNCTS or word.isdigit()


def _apposition(text: str, toks: list[Token], lo: int) -> Subject | None:
    end2 = len(toks)
    for k in range(end2 - 1, 0, -1):
        if bare_word(text, toks[k]) in _RELATIVE and text[toks[k - 1][1] - 1] == ",":
            # "X, who chairs the committee, said": the subject is what the relative clause follows.
            found = subject_before(text, lo, _antecedent_end(text, toks, k), depth=1)
            if found is not None:
                return found
            break
    i2 = _chunk_start(text, toks, end2 - 1)
    while i2 > 1 and bare_word(text, toks[i2 - 1]) == "and" and text[toks[i2 - 2][1] - 1] not in ",;:":
        # "Ann Lee, a judge and a former senator, said": an "and" inside the description does not end it.
        i2 = _chunk_start(text, toks, i2 - 1)
    if i2 == 0 or text[toks[i2 - 1][1] - 1] != ",":
        # A single phrase closed by a comma: "Officials, however," or a chunk after a boundary.
        seg = _segment(text, toks, i2, end2)
        return None if seg is None else Subject(seg[0], seg[1], None, anonymous=False)
    end1 = i2
    i1 = strip_openers(text, toks, _chunk_start(text, toks, end1 - 1), end1)
    seg2 = _segment(text, toks, i2, end2, _MAX_APPOSITION_TOKENS)
    seg1 = _segment(text, toks, i1, end1)
    if seg2 is not None and end2 - i2 == 1 and bare_word(text, toks[i2]) in _ADVERB_ONLY:
        seg2 = None
        if seg1 is None:
            return None
        return Subject(seg1[0], seg1[1], None, anonymous=False)
    if seg1 is None:
        return None if seg2 is None else Subject(seg2[0], seg2[1], None, anonymous=False)
    if seg2 is None:
        return Subject(seg1[0], seg1[1], None, anonymous=False)
    if (is_proper(text, *seg2) or names_a_person(text, *seg2)) and not is_proper(text, *seg1):
        return Subject(seg2[0], seg2[1], seg1, anonymous=False)
    del lo
    return Subject(seg1[0], seg1[1], seg2, anonymous=False)


def _segment(
    text: str, toks: list[Token], i: int, end: int, limit: int = _MAX_SUBJECT_TOKENS
) -> tuple[int, int] | None:
    i = strip_openers(text, toks, i, end)
    if not _valid_subject(text, toks, i, end, limit):
        return None
    start, stop = trim(text, toks[i][0], toks[end - 1][1])
    return (start, stop) if stop > start else None


# Words that end a source named after its verb: prepositions other than "of" ("the governor of Texas"),
# and time adjuncts.
_PHRASE_STOPS = (PREPOSITIONS - {"of"}) | TRAILING_ADJUNCTS
# Capital letters with points: "U.S.", "U.N.", "D.C.".
_INITIALISM = regex.compile(r"(?:\p{Lu}\.){2,4}+")


def phrase_after(
    text: str, lo: int, hi: int, limit: int = 10, *, stop_at_adjuncts: bool = True
) -> tuple[int, int] | None:
    """The noun phrase starting at ``lo``: up to the next comma or the end of the sentence.

    After a speech verb ("said X on Monday") a preposition or a time word ends the phrase; after
    "according to" it does not, since the whole phrase up to the comma is the source ("two people
    involved in the talks").
    """
    toks = tokens_in(text, lo, min(hi, lo + 40 * limit))
    end = 0
    while end < len(toks):
        if stop_at_adjuncts and end > 0 and bare_word(text, toks[end]).rstrip(".") in _PHRASE_STOPS:
            # "said Ingrid Solvik on Monday", "said the minister in a statement": the adjunct is not the name.
            break
        raw = text[toks[end][0] : toks[end][1]]
        end += 1
        if is_initial(raw) and end < len(toks) and text[toks[end][0]].isupper():
            continue  # "said Mark S. Mellman": a middle initial does not end the name
        if _INITIALISM.fullmatch(raw) and 1 < end < len(toks) and bare_word(text, toks[end - 2]) in lexicon.DETERMINERS:
            continue  # "said a U.S. Embassy official": after a determiner the initialism ends no sentence
        if raw[-1] in ",;:" or (raw[-1] in ".!?" and raw not in TITLES):
            break
    if not 0 < end <= limit:
        return None
    if bare_word(text, toks[0]) in PREPOSITIONS:
        return None
    start, stop = trim(text, toks[0][0], toks[end - 1][1])
    return (start, stop) if stop > start else None


_WORD_SPAN = regex.compile(r"[\p{L}'’]+")


def pronoun_core(text: str, start: int, end: int) -> tuple[int, int]:
    """The subject pronoun a mention read too widely stands for: "The things he", "he doesn’t", "' she".

    A mention of several words that opens or closes on he/she/they/we/I, with no other capitalised word
    (a name: "Ann Lee and he" stays), is that pronoun; anything else is returned unchanged.
    """
    words = _WORD_SPAN.findall(text, start, end)
    if not 2 <= len(words) <= _MAX_PRONOUN_MENTION:
        return start, end
    if SUBJECT_PRONOUNS.isdisjoint((words[0].lower(), words[-1].lower())):
        return start, end  # neither end is a pronoun (most mentions): settled without the words' spans
    found = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(text, start, end)]
    first, last = found[0], found[-1]
    for core, rest in ((first, found[1:]), (last, found[:-1])):
        if text[core[0] : core[1]].lower() not in SUBJECT_PRONOUNS:
            continue
        others = [w for w in rest if w != found[0]]
        if all(text[w[0]].islower() or text[w[0] : w[1]].lower() in SUBJECT_PRONOUNS for w in others):
            return core
    return start, end


_MAX_PRONOUN_MENTION = 12
