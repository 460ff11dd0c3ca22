"""A share of people as the source of a report: "About half of voters said", "More than 60% say".

Polls report through shares ("Four in 10 said", "Two-thirds of the members said"); the subject
reader stops at numbers and "of", so the share is read here, in a bounded window before the verb.
"""

from __future__ import annotations

import re

import regex

from newsfacts.text import LazyPattern
from newsfacts_quotes.lexicon import PREPOSITIONS
from newsfacts_quotes.mentions import Subject, tokens_in

# The word before the share is read within this many characters.
_PREVIOUS_WORD_CHARS = 40
# A share of people before the verb ("About four in 10 said", "Nearly half of voters said") lies within this
# many characters.
_MAX_SHARE_CHARS = 96
_SHARE_SUBJECT = LazyPattern(
    r"(?<![\p{L}\d])(?P<share>(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Jj]ust|[Oo]nly|[Ss]ome|[Oo]ver"
    r"|(?:[Mm]ore|[Ll]ess|[Ff]ewer)[ \u00a0]++than)[ \u00a0]++)?+"
    r"(?:(?:\d++|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)"
    r"[ \u00a0]++(?:in|out[ \u00a0]++of)[ \u00a0]++(?:\d++|ten|two|three|four|five)"
    # ... who: "four in 10 Republican primary voters", "one in four voters in a poll last year"
    r"(?:[ \u00a0]++\p{L}++){0,9}+"
    r"|(?:[Hh]alf|[Aa][ \u00a0]++(?:third|quarter|fifth|majority)|[Tt]wo-thirds|[Tt]hree-quarters"
    r"|\d++(?:\.\d++)?+(?:%|[ \u00a0]++percent))"
    # ... of whom: "of voters", "of all Democrats", "of likely Republican voters"
    r"(?:[ \u00a0]++of[ \u00a0]++\p{L}++(?:[ \u00a0]++[\p{L}\d]++){0,9}+)?+)"
    r"|Many|Most|Some|Few|Both|Several|Others)[ \u00a0]*+$"
)
# A digit or a word one of which every share holds: a cheap look (plain ``re``) before the pattern's search.
_SHARE_HINT = re.compile(r"\d|half|third|quarter|fifth|majority|Many|Most|Some|Few|Both|Several|Others| in ")


def share_before(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The share of people ending at ``hi`` ("About half of voters"), read no further back than ``lo``."""
    lo = max(lo, hi - _MAX_SHARE_CHARS)
    if _SHARE_HINT.search(text, lo, hi) is None:
        return None
    return _SHARE_SUBJECT.compiled.search(text, lo, hi)


def _after_preposition(text: str, lo: int, start: int) -> bool:
    """Whether the word before ``start`` is a preposition: "compared to 11% of claims" is an object."""
    before = tokens_in(text, max(lo, start - _PREVIOUS_WORD_CHARS), start)
    return bool(before) and text[before[-1][0] : before[-1][1]] in PREPOSITIONS


def _may_be_a_share_tail(text: str, subject: Subject) -> bool:
    """Whether the subject read may be the tail of a share ("60%", "percent of voters", "voters" after "40")."""
    if subject.anonymous:
        return False
    lo = max(0, subject.start - _SHARE_HINT_CHARS)
    return (
        text.startswith("percent", subject.start)
        or text.startswith("of ", subject.start - 3)
        or _DIGIT.search(text, lo, subject.start + 1) is not None
    )


_DIGIT = re.compile(r"\d")
# A share's head ("About 40", "half of") stands within this many characters before the tail read as the subject.
_SHARE_HINT_CHARS = 12


def share_subject(text: str, lo: int, verb_start: int, subject: Subject | None) -> Subject | None:
    """The share of people that is the subject of the verb at ``verb_start``, else ``subject`` as read.

    The subject reader may have found none ("About half of voters") or kept only the share's tail
    ("percent of voters", "60%"); a share after a preposition ("compared to 11% of claims") is an object.
    """
    if subject is not None and not _may_be_a_share_tail(text, subject):
        return subject
    share = share_before(text, lo, verb_start)
    if (
        share is not None
        and (subject is None or share.start() < subject.start < share.end("share"))
        and not _after_preposition(text, lo, share.start())
    ):
        return Subject(share.start(), share.end("share"), None, anonymous=False)
    return subject
