"""TIMEX3 type and value of one candidate: its family's rule, given the context that family asks for.

The candidate carries its family and its matched parts, so nothing is matched
again here. The context (the reference date, the tense of the sentence,
whether the passage reports quarterly results, a few characters either side)
is worked out only where the family's record says its rule reads it. With no
reference date, relative expressions keep X placeholders ("XXXX-WXX",
"XXXX-03") and present/past/future words their *_REF values.
"""

from __future__ import annotations

import datetime as dt

import regex

from newsfacts import Document
from newsfacts.text import LazyPattern
from newsfacts_dates.family import Candidate, Context, Normalized
from newsfacts_dates.tense import Tense, tense_near

# Characters of context a rule may read either side of a candidate ("by" before a month, "'s" after a
# weekday, "ended" after "the year").
CONTEXT = 8

# A passage about quarterly results: "a year ago" there means the same quarter a year before.
QUARTERLY = LazyPattern(r"\bquarter(?:ly)?\b|\bQ[1-4]\b", regex.IGNORECASE)
QUARTERLY_WINDOW = 600
_QUARTERLY_HINTS = ("quarter", "q1", "q2", "q3", "q4")


def quarterly_near(text: str, start: int, end: int) -> bool:
    """Whether the passage up to an expression reports quarterly results (substring tests first: cheap)."""
    lo = max(0, start - QUARTERLY_WINDOW)
    lowered = text[lo:end].lower()
    if not any(hint in lowered for hint in _QUARTERLY_HINTS):
        return False
    return QUARTERLY.compiled.search(text, lo, end) is not None


def sentence_tense(document: Document, start: int, end: int) -> Tense:
    """The tense around ``document.text[start:end]``, read within its sentence."""
    sentence = document.sentence_at(start)
    if sentence is None:
        return tense_near(document.text, start, end)
    return tense_near(sentence.text, start - sentence.start, end - sentence.start)


def context_for(document: Document, candidate: Candidate, ref: dt.date | None) -> Context:
    """What the candidate's family reads around it, worked out only where the family needs it."""
    family, text = candidate.family, document.text
    start, end = candidate.start, candidate.end
    return Context(
        ref=ref,
        tense=sentence_tense(document, start, end) if family.tense else "none",
        before=text[max(0, start - CONTEXT) : start],
        after=text[end : end + CONTEXT],
        quarterly=family.quarterly and quarterly_near(text, start, end),
    )


def normalize(candidate: Candidate, context: Context) -> Normalized | None:
    """TIMEX3 (type, value) of a candidate by its family's rule, or None when the rule turns it down."""
    try:
        return candidate.family.rule(candidate, context)
    except (ValueError, OverflowError):  # a day that does not exist, a year out of range
        return None
