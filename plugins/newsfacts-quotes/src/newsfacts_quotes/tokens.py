"""Tokens of a mention window: spans, trimming, and the words that bound a clause or end a sentence.

Shared by the readers of a source mention before its verb (``mentions``) and of the noun phrase a
sentence opens with (``openings``).
"""

from __future__ import annotations

import bisect
import operator
import re

from newsfacts_quotes.lexicon import LEADING_CONNECTIVES, NAME_CONNECTORS, NON_NAME_FIRST, TITLES

# The white space the ``regex`` module's ``\s`` matches (Unicode White_Space), spelled out: the standard
# library's ``re`` scans these short windows faster, but its ``\s`` also takes U+001C-U+001F, so the class
# is explicit to keep every token exactly what ``regex``'s ``\S+`` finds (a test compares all code points).
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TOKEN = re.compile(f"[^{_WHITE_SPACE}]+")
TRIM_END = ",;:!?)]}”\"»’'"
# The punctuation around a word that its bare form drops: closing marks and the opening ones.
_AROUND_WORD = TRIM_END + "“‘«("
BOUNDARY_WORDS = frozenset(
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


Token = tuple[int, int]
# A token's start and end, the keys its list is bisected by (C-level getters: no Python call per probe).
_TOKEN_START = operator.itemgetter(0)
_TOKEN_END = operator.itemgetter(1)


def tokens_in(text: str, lo: int, hi: int) -> list[Token]:
    """White-space separated tokens of ``text[lo:hi]`` as absolute spans."""
    return [m.span() for m in _TOKEN.finditer(text, lo, hi)]


def tokens_from(toks: list[Token], lo: int) -> list[Token]:
    """``tokens_in(text, lo, hi)`` from ``toks = tokens_in(text, a, hi)`` with ``a <= lo``, without rescanning.

    A token running across ``lo`` is cut there, as a scan starting at ``lo`` would cut it.
    """
    index = bisect.bisect_right(toks, lo, key=_TOKEN_END)
    found = toks[index:]
    if found and found[0][0] < lo:
        found[0] = (lo, found[0][1])
    return found


def tokens_to(toks: list[Token], hi: int) -> list[Token]:
    """``tokens_in(text, lo, hi)`` from ``toks = tokens_in(text, lo, b)`` with ``hi <= b``, without rescanning."""
    index = bisect.bisect_left(toks, hi, key=_TOKEN_START)
    found = toks[:index]
    if found and found[-1][1] > hi:
        found[-1] = (found[-1][0], hi)
    return found


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding blanks and trailing punctuation from a span (a title's period stays)."""
    while start < end and (text[start].isspace() or text[start] in '“"«‘('):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRIM_END):
        end -= 1
    if end > start and text[end - 1] == ".":
        word = text[start:end].rsplit(None, 1)[-1]
        if word not in TITLES and word.count(".") == 1 and len(word) > 2:
            end -= 1
    return start, end


def bare_word(text: str, token: Token) -> str:
    """The token in lower case without the punctuation around it, for lexicon look-ups."""
    return text[token[0] : token[1]].strip(_AROUND_WORD).lower()


def ends_sentence(raw: str) -> bool:
    """A word closing a sentence ("Hall."), not a title ("Mr.") or an initial ("J.")."""
    if raw[-1] in "!?":
        return True
    return raw[-1] == "." and raw not in TITLES and len(raw) > 2 and raw.count(".") == 1


def is_boundary(text: str, token: Token) -> bool:
    """A token that ends the clause a subject is read from: a sentence end, punctuation, a conjunction."""
    raw = text[token[0] : token[1]]
    if raw.isalpha():
        # Most tokens are plain words: no punctuation to read, and the word is its own bare form.
        return raw.lower() in BOUNDARY_WORDS
    if ends_sentence(raw):
        return True
    if raw[-1] in ",;:)]”»" or raw[0] in "(“«[" or raw.endswith(('"', "''")) or raw in {"—", "–", "-"}:
        return True
    return bare_word(text, token) in BOUNDARY_WORDS


def is_proper(text: str, start: int, end: int) -> bool:
    """Whether a span reads as a name: every word capitalised and the first not a function word."""
    words = text[start:end].split()
    if not words or words[0] in NON_NAME_FIRST:
        return False
    return all(w[0].isupper() or w in NAME_CONNECTORS for w in words)


def strip_connectives(text: str, toks: list[Token], i: int, end: int) -> int:
    """The index past leading connectives ("But", "And", "Meanwhile"), which open no noun phrase."""
    while i < end and bare_word(text, toks[i]) in LEADING_CONNECTIVES:
        i += 1
    return i


def is_initial(raw: str) -> bool:
    """A middle initial ("E."), which neither ends a sentence nor a name."""
    return len(raw) == 2 and raw[0].isupper() and raw[1] == "."
