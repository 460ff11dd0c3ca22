"""Finding the source mention next to a reporting verb, from a bounded window of text.

Without a parser the subject is the noun phrase between the last clause
boundary and the verb, once time adjuncts and connectives are peeled off.
``Name, description,`` and ``description, Name,`` appositions give the name as
the mention and keep the description as an alias of it.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from newsfacts_quotes.lexicon import (
    AUXILIARIES,
    GROUP_NOUNS,
    LEADING_CONNECTIVES,
    NON_NAME_FIRST,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLES,
    TRAILING_ADJUNCTS,
    words,
)

_TOKEN = regex.compile(r"\S+")
_TRIM_END = ",;:!?)]}”\"»’'"
_BOUNDARY_WORDS = frozenset(
    [
        "that",
        "but",
        "and",
        "while",
        "as",
        "because",
        "if",
        "when",
        "since",
        "although",
        "though",
        "so",
        "or",
        "after",
        "before",
        "where",
        "which",
        "who",
        "whom",
        "whether",
        "than",
        "said",
        "says",
        "told",
        "added",
    ]
)
_RELATIVE = frozenset({"who", "which"})
_DASHES = "—―–-"
_NAME_CONNECTORS = words("of de van von al bin da la le du der del di")
_MAX_SUBJECT_TOKENS = 9
_MAX_APPOSITION_TOKENS = 12
_ADVERB_ONLY = words("however too though meanwhile also instead moreover")


class Subject(NamedTuple):
    """A source mention, and the span of a description in apposition to it if any."""

    start: int
    end: int
    alias: tuple[int, int] | None
    anonymous: bool
    antecedent: tuple[int, int] | None = None


Token = tuple[int, int]


def tokens_in(text: str, lo: int, hi: int) -> list[Token]:
    """White-space separated tokens of ``text[lo:hi]`` as absolute spans."""
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text, lo, hi)]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks and trailing punctuation from a span (a title's period stays)."""
    while start < end and (text[start].isspace() or text[start] in '“"«‘('):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIM_END):
        end -= 1
    if end > start and text[end - 1] == ".":
        word = text[start:end].rsplit(None, 1)[-1]
        if word not in TITLES and word.count(".") == 1 and len(word) > 2:
            end -= 1
    return start, end


def _bare(text: str, token: Token) -> str:
    return text[token[0] : token[1]].strip(_TRIM_END + "“‘«(").lower()


def _ends_sentence(raw: str) -> bool:
    """A word closing a sentence ("Hall."), not a title ("Mr.") or an initial ("J.")."""
    if raw[-1] in "!?":
        return True
    return raw[-1] == "." and raw not in TITLES and len(raw) > 2 and raw.count(".") == 1


def _is_boundary(text: str, token: Token) -> bool:
    raw = text[token[0] : token[1]]
    if _ends_sentence(raw):
        return True
    if raw[-1] in ",;:)]”»" or raw[0] in "(“«[" or raw.endswith(('"', "''")) or raw in {"—", "–", "-"}:
        return True
    return _bare(text, token) in _BOUNDARY_WORDS


def is_proper(text: str, start: int, end: int) -> bool:
    """Whether a span reads as a name: every word capitalised and the first not a function word."""
    words = text[start:end].split()
    if not words or words[0] in NON_NAME_FIRST:
        return False
    return all(w[0].isupper() or w in _NAME_CONNECTORS for w in words)


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
    while i > 0 and not _is_boundary(text, toks[i - 1]):
        i -= 1
    return i


def _strip_connectives(text: str, toks: list[Token], i: int, end: int) -> int:
    while i < end and _bare(text, toks[i]) in LEADING_CONNECTIVES:
        i += 1
    return i


def _valid_subject(text: str, toks: list[Token], i: int, end: int, limit: int) -> bool:
    if not 0 < end - i <= limit:
        return False
    first = _bare(text, toks[i])
    return first not in PREPOSITIONS and first not in {"there", "this", "which", "what", "who", "to"}


def _name_tail(text: str, toks: list[Token], i: int, end: int) -> int:
    """Start index of a trailing capitalised name inside a longer phrase ("GOP frontrunner Donald Trump")."""
    j = end
    while j > i and text[toks[j - 1][0]].isupper() and (j == end or not _ends_sentence(text[slice(*toks[j - 1])])):
        j -= 1
    if j > i and end - j >= 2 and text[toks[j][0] : toks[j][1]] not in NON_NAME_FIRST:
        return j
    return i


def subject_before(text: str, lo: int, hi: int, depth: int = 0) -> Subject | None:
    """The subject of a verb that starts at ``hi``, looking no further back than ``lo``."""
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
    toks = _peel_adjuncts(text, tokens_in(text, lo, hi))
    if not toks:
        return None
    end = len(toks)
    last_raw = text[toks[-1][0] : toks[-1][1]]
    if last_raw.endswith(","):
        return _subject_before_adjuncts(text, toks) or _apposition(text, toks, lo)
    i = _chunk_start(text, toks, end)
    if i == end and depth == 0 and _bare(text, toks[end - 1]) in _RELATIVE and end >= 2:
        # "X, who said ...": the relative pronoun is the mention beside the verb, X names it.
        antecedent = subject_before(text, lo, toks[end - 2][1], depth + 1)
        if text[toks[end - 1][0] : toks[end - 1][1]] not in _RELATIVE:
            return antecedent
        span = None if antecedent is None else _after_preposition(text, antecedent.start, antecedent.end)
        return Subject(toks[end - 1][0], toks[end - 1][1], None, anonymous=False, antecedent=span)
    i = _skip_time_phrase(text, toks, _strip_connectives(text, toks, i, end), end)
    if not _valid_subject(text, toks, i, end, _MAX_SUBJECT_TOKENS):
        return None
    anonymous = end - i == 1 and _bare(text, toks[i]) == "it"
    i = _name_tail(text, toks, i, end)
    start, stop = trim(text, toks[i][0], toks[end - 1][1])
    if stop <= start:
        return None
    return Subject(start, stop, None, anonymous)


_MONTHS = words("january february march april may june july august september october november december")


def _skip_time_phrase(text: str, toks: list[Token], i: int, end: int) -> int:
    """Skip an opening time phrase without a comma: "On Tuesday the minister said" → "the minister"."""
    if i >= end - 1 or _bare(text, toks[i]) not in PREPOSITIONS:
        return i
    j = i + 1
    while j < end - 1 and (
        _bare(text, toks[j]) in TRAILING_ADJUNCTS or _bare(text, toks[j]) in _MONTHS or _bare(text, toks[j]).isdigit()
    ):
        j += 1
    return j if j > i + 1 else i


_CLAUSE_BOUNDARY = _BOUNDARY_WORDS - {
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


def _opens_adjunct(text: str, token: Token) -> bool:
    """A comma chunk that cannot be the subject: a prepositional or participle phrase, or an age."""
    raw = text[token[0] : token[1]]
    bare = _bare(text, token)
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
        if _ends_sentence(raw) or raw[-1] in ";:":
            break
        if _bare(text, toks[start - 1]) in _CLAUSE_BOUNDARY and not _inside_name(text, toks, start - 1):
            break
        if raw[0] in "(“«[" or raw[-1] in ")]”»" or raw.endswith('"'):
            break
        start -= 1
    chunks: list[int] = [start]
    chunks += [k + 1 for k in range(start, len(toks) - 1) if text[toks[k][1] - 1] == ","]
    while len(chunks) > 2 and chunks[1] - chunks[0] == 1 and _bare(text, toks[chunks[0]]) in TRAILING_ADJUNCTS:
        chunks = chunks[1:]  # "Friday, Texas, leading a coalition, asked": the day is not the subject
    if not 2 <= len(chunks) <= _MAX_ADJUNCT_CHUNKS + 1:
        return None
    if not any(_opens_adjunct(text, toks[c]) for c in chunks[1:]) or _opens_adjunct(text, toks[chunks[0]]):
        return None
    first = _segment(text, toks, chunks[0], chunks[1])
    if first is None:
        return None
    return Subject(first[0], first[1], None, anonymous=False)


def _after_preposition(text: str, start: int, end: int) -> tuple[int, int]:
    """The noun phrase a relative clause follows: after the chunk's last preposition, or its closing name.

    "the board met Paul Kerr, who ...": a name of two or more words ending the chunk is the antecedent.
    """
    toks = tokens_in(text, start, end)
    for k in range(len(toks) - 2, -1, -1):
        if _bare(text, toks[k]) in PREPOSITIONS:
            return toks[k + 1][0], end
    tail = _name_tail(text, toks, 0, len(toks))
    return (toks[tail][0], end) if 0 < tail < len(toks) else (start, end)


def _apposition(text: str, toks: list[Token], lo: int) -> Subject | None:
    end2 = len(toks)
    for k in range(end2 - 1, 0, -1):
        if _bare(text, toks[k]) in _RELATIVE and text[toks[k - 1][1] - 1] == ",":
            # "X, who chairs the committee, said": the subject is what the relative clause follows.
            found = subject_before(text, lo, toks[k - 1][1] - 1, depth=1)
            if found is not None:
                return found
            break
    i2 = _chunk_start(text, toks, end2 - 1)
    while i2 > 1 and _bare(text, toks[i2 - 1]) == "and" and text[toks[i2 - 2][1] - 1] not in ",;:":
        # "Ann Lee, a judge and a former senator, said": an "and" inside the description does not end it.
        i2 = _chunk_start(text, toks, i2 - 1)
    if i2 == 0 or text[toks[i2 - 1][1] - 1] != ",":
        # A single phrase closed by a comma: "Officials, however," or a chunk after a boundary.
        seg = _segment(text, toks, i2, end2)
        return None if seg is None else Subject(seg[0], seg[1], None, anonymous=False)
    end1 = i2
    i1 = _strip_connectives(text, toks, _chunk_start(text, toks, end1 - 1), end1)
    seg2 = _segment(text, toks, i2, end2, _MAX_APPOSITION_TOKENS)
    seg1 = _segment(text, toks, i1, end1)
    if seg2 is not None and end2 - i2 == 1 and _bare(text, toks[i2]) in _ADVERB_ONLY:
        seg2 = None
        if seg1 is None:
            return None
        return Subject(seg1[0], seg1[1], None, anonymous=False)
    if seg1 is None:
        return None if seg2 is None else Subject(seg2[0], seg2[1], None, anonymous=False)
    if seg2 is None:
        return Subject(seg1[0], seg1[1], None, anonymous=False)
    if is_proper(text, *seg2) and not is_proper(text, *seg1):
        return Subject(seg2[0], seg2[1], seg1, anonymous=False)
    del lo
    return Subject(seg1[0], seg1[1], seg2, anonymous=False)


def _segment(
    text: str, toks: list[Token], i: int, end: int, limit: int = _MAX_SUBJECT_TOKENS
) -> tuple[int, int] | None:
    i = _strip_connectives(text, toks, i, end)
    if not _valid_subject(text, toks, i, end, limit):
        return None
    start, stop = trim(text, toks[i][0], toks[end - 1][1])
    return (start, stop) if stop > start else None


# Words that end a source named after its verb: prepositions other than "of" ("the governor of Texas"),
# and time adjuncts.
_PHRASE_STOPS = (PREPOSITIONS - {"of"}) | TRAILING_ADJUNCTS


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
        if stop_at_adjuncts and end > 0 and _bare(text, toks[end]).rstrip(".") in _PHRASE_STOPS:
            # "said Ingrid Solvik on Monday", "said the minister in a statement": the adjunct is not the name.
            break
        raw = text[toks[end][0] : toks[end][1]]
        end += 1
        if _is_initial(raw) and end < len(toks) and text[toks[end][0]].isupper():
            continue  # "said Mark S. Mellman": a middle initial does not end the name
        if raw[-1] in ",;:" or (raw[-1] in ".!?" and raw not in TITLES):
            break
    if not 0 < end <= limit:
        return None
    if _bare(text, toks[0]) in PREPOSITIONS:
        return None
    start, stop = trim(text, toks[0][0], toks[end - 1][1])
    return (start, stop) if stop > start else None


_OPENING_DETERMINERS = words("the a an his her their its our this that these those some many several")
_SUBJECT_PRONOUNS = words("he she they we i")
# Words that end a sentence's opening noun phrase: adverbs and light verbs that start its predicate.
_NP_BREAKERS = words(
    "also still now then just already never often again only even here there made make makes gave give gives "
    "took take takes put puts got get gets voted vote votes went go goes came come comes"
)
_VERB_LIKE_AUX = words("is are was were has have had will would could can may might should must did does do")


def _noun_phrase_end(text: str, toks: list[Token], end: int, limit: int) -> int:
    """Extend a noun phrase over the words after ``end`` up to a verb-like word or a boundary."""
    while end < len(toks) and end < limit:
        raw = text[toks[end][0] : toks[end][1]]
        word = _bare(text, toks[end])
        if word in _VERB_LIKE_AUX or (raw.islower() and word.endswith("ed")) or _is_boundary(text, toks[end]):
            break
        if raw.islower() and (word in _NP_BREAKERS or (word.endswith("ly") and len(word) > 4)):
            break  # "The mayor also made clear", "Voters here strongly back": the verb phrase begins
        end += 1
    return end


_MAX_OPENING_CHUNKS = 3
# Lower-case words that open a predicate, not a subject ("came away convinced", "sent the letter").
_PREDICATE_OPENERS = words(
    "came come comes went go goes left leave leaves sent send sends took take takes gave give gives made make "
    "makes together also still then now just already never often again only even here"
)


# Lower-case words that are a source on their own; any other single lower-case word is not ("may", "both").
_LONE_SOURCES = PRONOUNS | GROUP_NOUNS | ROLE_NOUNS | words("who which it one others some many most critics")


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
    bare = first.strip(_TRIM_END).replace("’", "'")
    if bare.endswith("n't") or (len(tokens) == 1 and bare not in _LONE_SOURCES and not bare.endswith("s")):
        return False
    return not (first in AUXILIARIES or first in _PREDICATE_OPENERS or first.endswith(("ed", "ing")))


# Words that open a sentence's adverbial, never its subject: "Hours later, ...", "Publicly, ...", "Back in 1999, ...".
_ADVERBIAL_OPENERS = (
    TRAILING_ADJUNCTS
    | _MONTHS
    | words(
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


def _is_initial(raw: str) -> bool:
    return len(raw) == 2 and raw[0].isupper() and raw[1] == "."


# Words opening an adverbial clause or phrase before a sentence's subject ("Despite the polls, Lee ...").
_SUBORDINATORS = words(
    "as while when after before despite although though because unlike amid amidst since if until once upon"
)


def _opens_adjunct_phrase(text: str, token: Token) -> bool:
    """A preposition, a participle ("Chastened", "Speaking"), "as well as" or an adverb opening a chunk."""
    bare = _bare(text, token)
    return (
        bare in PREPOSITIONS
        or bare in _SUBORDINATORS
        or (bare.endswith(("ed", "ing")) and len(bare) > 4 and bare not in _VERB_LIKE_AUX)
        or _is_adverbial_word(bare)
    )


def sentence_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase a sentence opens with: the source of a later participle ("..., saying ...")."""
    toks = tokens_in(text, lo, min(hi, lo + 300))[:24]
    i = _strip_connectives(text, toks, 0, len(toks))
    for _ in range(_MAX_OPENING_CHUNKS):
        if i >= len(toks) or not _opens_adjunct_phrase(text, toks[i]):
            break
        # An opening adverbial or participle phrase ("On Tuesday, ...", "Chastened by the reviews, as
        # well as the costs, ..."): the subject follows its comma.
        comma = next((k for k in range(i, min(len(toks), i + 10)) if text[toks[k][1] - 1] == ","), None)
        if comma is None:
            return None
        i = _strip_connectives(text, toks, comma + 1, len(toks))
    if i >= len(toks) or _opens_adjunct_phrase(text, toks[i]):
        return None
    first = text[toks[i][0] : toks[i][1]]
    bare = _bare(text, toks[i])
    if bare in _SUBJECT_PRONOUNS and first.strip(_TRIM_END).isalpha():
        return trim(text, *toks[i])
    end = i
    if bare in _OPENING_DETERMINERS:
        end = _noun_phrase_end(text, toks, i + 1, i + 6)
        if end < len(toks) and _is_boundary(text, toks[end]) and text[toks[end][1] - 1] == ",":
            return None
    elif first[0].isupper() and first not in NON_NAME_FIRST:
        while end < len(toks) and end - i < 6:
            raw = text[toks[end][0] : toks[end][1]]
            if not (raw[0].isupper() or raw in _NAME_CONNECTORS):
                break
            end += 1
            if raw[-1] in ",;:!?" or (raw[-1] == "." and raw not in TITLES and not _is_initial(raw)):
                break  # "Mr. McConnell", "Gov. John Kasich", "Leonard E. Burman": a title or initial goes on
        if end > i and text[toks[end - 1][0] : toks[end - 1][1]].endswith(("'s", "’s")):
            # "Nigeria's central bank": the possessive opens a longer noun phrase.
            end = _noun_phrase_end(text, toks, end, i + 6)
    if end == i or end >= len(toks):
        return None
    start, stop = trim(text, toks[i][0], toks[end - 1][1])
    return (start, stop) if stop > start else None


_BYLINE = regex.compile(
    r"[ \u00a0]*+([―—–]|--)[ \u00a0]*+"
    r"(\p{Lu}[\p{L}'’.\-]*+(?:[ \u00a0]++(?:\p{Lu}[\p{L}'’.\-]*+|de|van|von|da|del|la|le)){0,5})"
    r"(?=[ \u00a0]*+(?:[,.;\n“\"‘]|$))"
)


def byline_after(text: str, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``“...” ― Ana Ruiz``: a dash and a name right after a closing quotation name its speaker.

    Returns the dash (the cue) and the name; the name must stand alone up to a comma, a period, a line
    end or the next quotation, so that a dash opening a new clause ("— Trump said") is not read as one.
    """
    match = _BYLINE.match(text, lo, min(hi, lo + 80))
    if match is None:
        return None
    name_start, name_end = trim(text, *match.span(2))
    if name_end <= name_start or not is_proper(text, name_start, name_end):
        return None
    return match.span(1), (name_start, name_end)


_TRANSCRIPT_SPEAKER = regex.compile(
    r"[“\"]?+(\p{Lu}[\p{Lu}.'’\-]++(?:[ \u00a0]\p{Lu}[\p{Lu}.'’\-]++){0,3}+)[ \u00a0]*+:[ \u00a0]"
)
_TRANSCRIPT_NOT_SPEAKERS = frozenset({"UPDATE", "NOTE", "EDITOR", "WATCH", "READ", "CORRECTION", "VIDEO", "PHOTO"})


def transcript_speaker(text: str, paragraph_start: int) -> tuple[int, int] | None:
    """``WALLACE: Let me ask you ...``: a paragraph opening on a name in capitals and a colon is that name's.

    Only capitals of two letters or more count (a transcript's convention); labels such as "UPDATE:" do not.
    """
    match = _TRANSCRIPT_SPEAKER.match(text, paragraph_start, min(len(text), paragraph_start + 60))
    if match is None:
        return None
    name = match.group(1)
    if len(name.replace(".", "")) < 2 or name.split()[0].strip(".") in _TRANSCRIPT_NOT_SPEAKERS:
        return None
    return match.span(1)


_WORD_SPAN = regex.compile(r"[\p{L}'’]+")


def pronoun_core(text: str, start: int, end: int) -> tuple[int, int]:
    """The subject pronoun a mention read too widely stands for: "The things he", "he doesn’t", "' she".

    A mention of several words that opens or closes on he/she/they/we/I, with no other capitalised word
    (a name: "Ann Lee and he" stays), is that pronoun; anything else is returned unchanged.
    """
    found = [(m.start(), m.end()) for m in _WORD_SPAN.finditer(text, start, end)]
    if len(found) < 2 or len(found) > _MAX_PRONOUN_MENTION:
        return start, end
    first, last = found[0], found[-1]
    for core, rest in ((first, found[1:]), (last, found[:-1])):
        if text[core[0] : core[1]].lower() not in _SUBJECT_PRONOUNS:
            continue
        others = [w for w in rest if w != found[0]]
        if all(text[w[0]].islower() or text[w[0] : w[1]].lower() in _SUBJECT_PRONOUNS for w in others):
            return core
    return start, end


_MAX_PRONOUN_MENTION = 12
