"""The antecedent of a relative pronoun: the person or thing a "who" or "which" clause describes.

Without a parser the antecedent is the noun phrase right before the pronoun: after the chunk's last
preposition ("a reply from Ana Velez, who"), or the name beside the pronoun when the mention reader's
subject lies further back ("Abroad, the vote drew praise from Omar Haddad, who"). A "who" is a person,
so a place or a date after one is skipped ("the mayor of Tobar, who", "a farmer in Lerin who").
"""

from __future__ import annotations

import bisect

from newsfacts.text import word_set
from newsfacts_quotes import lexicon
from newsfacts_quotes.lexicon import ARTICLES, NON_NAME_FIRST, PREPOSITIONS, TITLES, TRAILING_ADJUNCTS
from newsfacts_quotes.tokens import Token, bare_word, ends_sentence, tokens_in, trim

_MAX_NAME_TOKENS = 9
# Words a name never opens with, titles among them: "U.S. President Omar Haddad" is Omar Haddad.
_NOT_NAME_OPENING = NON_NAME_FIRST | TITLES


def name_tail(text: str, toks: list[Token], i: int, end: int) -> int:
    """Start index of a trailing capitalised name inside a longer phrase ("GOP frontrunner Donald Trump")."""
    j = end
    while j > i and text[toks[j - 1][0]].isupper() and (j == end or not ends_sentence(text[slice(*toks[j - 1])])):
        j -= 1
    if j > i and end - j >= 2 and text[toks[j][0] : toks[j][1]] not in NON_NAME_FIRST:
        return _person_of_body(text, toks, i, j)
    return i


def _person_of_body(text: str, toks: list[Token], i: int, j: int) -> int:
    """Where "Ann Lee of Harvard University" starts when its body is the run at ``j``: the person, not the body.

    Only a name of two or more words with no title right before "of" ("Chief of Staff Ann Lee" is hers).
    """
    k = j - 1
    if k - 2 < i or text[toks[k][0] : toks[k][1]] != "of" or text[toks[k - 1][0] : toks[k - 1][1]] in TITLES:
        return j
    first = k
    while first > i and text[toks[first - 1][0]].isupper() and text[toks[first - 1][1] - 1] not in ",;:":
        first -= 1
    return first if k - first >= 2 else j


def relative_antecedent(
    text: str, toks: list[Token], relative: int, subject: tuple[int, int, tuple[int, int] | None] | None
) -> tuple[int, int] | None:
    """The span a relative pronoun ``toks[relative]`` stands for, given the subject read before it, if any.

    ``subject`` is the mention reader's (start, end, description) for the text before the pronoun.
    """
    person = bare_word(text, toks[relative]) == "who"
    span = None if subject is None else after_preposition(text, subject[0], subject[1], person=person)
    reach = -1 if subject is None else subject[1]
    if subject is not None and subject[2] is not None and " " in text[subject[0] : subject[1]]:
        reach = max(reach, subject[2][1])  # "Ivo Rask, the mayor of Tobar, who": the name's description
    last = relative - 1
    if reach < toks[last][0] and text[toks[last][0]].isupper() and text[toks[last][1] - 1] == ",":
        # "Abroad, the vote drew praise from Omar Haddad, who": the name beside the pronoun, not "Abroad".
        chunk = last
        while chunk > max(0, last - _MAX_NAME_TOKENS) and not _ends_chunk(text, toks[chunk - 1]):
            chunk -= 1
        # "a reply from the governor of New Tobar, who": the noun phrase of the pronoun's own chunk,
        # "Democrats on Capitol Hill, who" before its place.
        own = after_preposition(text, toks[chunk][0], toks[last][1] - 1, person=person)
        first = _capitalised_run(text, toks, last)
        if first < last and own[1] >= toks[first][0]:
            span = trim(text, toks[first][0], toks[last][1])
        elif span is None or (own[1] < toks[last][0] and _opens_person(text, own)):
            span = own
    if span is not None:
        span = _object_of_clause(text, span)
    return _named_by_apposition(text, toks, span) if person and span is not None else span


def _object_of_clause(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The noun phrase a clause ends with: "Critics include the former chancellor, who" is the chancellor.

    The mention reader's subject may run on through its verb; an article after a word in lower case that
    is no preposition, conjunction or determiner ("include the", "arrested a") opens the antecedent.
    """
    toks = tokens_in(text, *span)
    for j in range(len(toks) - 1, 0, -1):
        if bare_word(text, toks[j]) not in ARTICLES:
            continue
        before = text[toks[j - 1][0] : toks[j - 1][1]]
        if before.isalpha() and before.islower() and before not in _NOT_VERBS:
            return toks[j][0], span[1]
        break
    return span


def _named_by_apposition(text: str, toks: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    """The name a description is in apposition to: "Lena Ruiz, a farmer from Tobar who" is Lena Ruiz."""
    opening = bisect.bisect_left(toks, (span[0], span[0]))
    if not 2 <= opening < len(toks) or bare_word(text, toks[opening]) not in ARTICLES:
        return span
    before = toks[opening - 1]
    if not text[before[0]].isupper() or text[before[1] - 1] != ",":
        return span
    first = _capitalised_run(text, toks, opening - 1)
    return trim(text, toks[first][0], before[1]) if first < opening - 1 else span


def _ends_chunk(text: str, token: Token) -> bool:
    raw = text[token[0] : token[1]]
    return raw[-1] in ",;:" or ends_sentence(raw)


def after_preposition(text: str, start: int, end: int, *, person: bool = False) -> tuple[int, int]:
    """The noun phrase a relative clause follows: after the chunk's last preposition, or its closing name.

    "the board met Paul Kerr, who ...": a name of two or more words ending the chunk is the antecedent.
    A ``person`` ("who") is not the place after one: "the mayor of Tobar, who", "a farmer in Lerin who"
    name the mayor and the farmer.
    """
    toks = tokens_in(text, start, end)
    stop = len(toks)
    for k in range(len(toks) - 2, -1, -1):
        if bare_word(text, toks[k]) not in PREPOSITIONS:
            continue
        if person and stop - k <= _MAX_PLACE_TOKENS + 1 and _place_after_person(text, toks, k, stop):
            stop = k
            continue
        if stop < len(toks) and k + 2 == stop and _bare_office(text, toks, k):
            continue  # "a candidate for governor in Ohio who": the office belongs to the person before it
        if stop < len(toks):  # "to placate nervous Democrats on Capitol Hill": the noun phrase before the place
            return toks[_noun_phrase_start(text, toks, k + 1, stop)][0], toks[stop - 1][1]
        return toks[k + 1][0], toks[stop - 1][1]
    if stop < len(toks):
        # "The council met Senator Dana Pell of Oregon, who": the name, else the noun phrase, before the place.
        tail = name_tail(text, toks, 0, stop)
        opener = max((j for j in range(stop) if bare_word(text, toks[j]) in lexicon.DETERMINERS), default=0)
        return toks[tail or opener][0], toks[stop - 1][1]
    tail = name_tail(text, toks, 0, len(toks))
    return (toks[tail][0], end) if 0 < tail < len(toks) else (start, end)


def _opens_person(text: str, span: tuple[int, int]) -> bool:
    """The span holds a determiner, a role, a group or a title: "the governor", "nervous Democrats"."""
    words = {bare_word(text, t) for t in tokens_in(text, *span)}
    return bool(words & (_PERSON_WORDS | lexicon.DETERMINERS))


def _noun_phrase_start(text: str, toks: list[Token], lo: int, stop: int) -> int:
    """The first token of ``toks[lo:stop]`` that opens a noun phrase: a determiner, a name, a role or a group."""
    for j in range(lo, stop):
        word = bare_word(text, toks[j])
        if word in lexicon.DETERMINERS or word in _PERSON_WORDS or text[toks[j][0]].isupper():
            return j
    return lo


def _capitalised_run(text: str, toks: list[Token], last: int) -> int:
    """Index of the first of the capitalised words ending at ``toks[last]``, within one comma chunk."""
    first = last
    while (
        first > max(0, last - _MAX_NAME_TOKENS)
        and text[toks[first - 1][0]].isupper()
        and text[toks[first - 1][1] - 1] not in ",;:"
    ):
        first -= 1
    while first < last and ((word := text[toks[first][0] : toks[first][1]]) in _NOT_NAME_OPENING or "." in word):
        first += 1  # "U.S. President Omar Haddad": the name after its titles
    return first


_LOCATIVES = word_set("of in from at near on")
# Lower-case words before an article that are no verb of a clause.
_NOT_VERBS = PREPOSITIONS | lexicon.DETERMINERS | word_set("and or but nor than as like including such")
_MAX_PLACE_TOKENS = 4
_PERSON_WORDS = lexicon.ROLE_NOUNS | lexicon.GROUP_NOUNS | {t.lower() for t in TITLES}


def _place_after_person(text: str, toks: list[Token], k: int, stop: int) -> bool:
    """``toks[k]`` is a locative preposition between a person and a place or date that names no one.

    The place is capitalised words without a title or a role ("Tobar", "New Mexico"), or a time word;
    the phrase before it opens with a determiner or holds a role, a title or a name ("a farmer", "the
    mayor", "Senator Dana Pell").
    """
    if k == 0 or bare_word(text, toks[k]) not in _LOCATIVES:
        return False
    place = [bare_word(text, t) for t in toks[k + 1 : stop]]
    if not all(
        (text[t[0]].isupper() and w not in _PERSON_WORDS) or w in TRAILING_ADJUNCTS or w.isdigit()
        for t, w in zip(toks[k + 1 : stop], place, strict=True)
    ):
        return False
    head = k
    while head > 0 and bare_word(text, toks[head - 1]) not in PREPOSITIONS:
        head -= 1
    before = [bare_word(text, t) for t in toks[head:k]]
    if not before or text[toks[k - 1][1] - 1] in ",;:":
        return False
    capitalised = sum(text[t[0]].isupper() for t in toks[head:k])
    if bool(_PERSON_WORDS.intersection(before)) or capitalised >= 2:
        return True
    # "a farmer in Lerin", "a voter in New Tobar"; but "the office of Ivo Rask" is Ivo Rask's.
    preposition = bare_word(text, toks[k])
    # "a reply from Omar Haddad Jr.", "an attack on Ivo Rask": a name, not a place, after a thing.
    if preposition in {"of", "on"} or (preposition == "from" and stop > k + 2):
        return False
    return any(w in lexicon.DETERMINERS for w in before)


def _bare_office(text: str, toks: list[Token], k: int) -> bool:
    """``toks[k + 1]`` is an office after "for" or "of" without a determiner: "candidate for governor"."""
    office = text[toks[k + 1][0] : toks[k + 1][1]]
    return bare_word(text, toks[k]) in {"for", "of"} and office.islower() and office in lexicon.ROLE_NOUNS
