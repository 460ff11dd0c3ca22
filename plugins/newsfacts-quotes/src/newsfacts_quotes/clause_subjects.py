"""Words that open a reported clause as its subject: "this" and "there" before a finite verb.

After a cue, "this" and "there" are as often adjuncts ("said this week", "said there, in the hall")
as subjects ("said this plan would fail", "said there were no ballots"); a few words after them decide.
"""

from __future__ import annotations

from newsfacts.text import word_set
from newsfacts_quotes.lexicon import EXISTENTIAL_VERBS, FINITE_AUXILIARIES, MONTH_NAMES, WEEKDAY_NAMES

# Words of time after "this" or "on" ("this week", "on Tuesday"): an adjunct, not a subject.
TIME_WORDS = (
    WEEKDAY_NAMES
    | MONTH_NAMES
    | frozenset(["today", "yesterday", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"])
)


def demonstrative_subject(words: list[str]) -> bool:
    """``said this plan would fail``, ``believe this provides``: "this" opens a clause as its subject.

    A finite verb follows within a few words, before any punctuation: an auxiliary ("this plan would
    fail"), or a present verb right after "this" ("this provides"). "said this week" and "know this."
    stay adjuncts and objects.
    """
    if len(words) < _MIN_DEMONSTRATIVE_CLAUSE or words[0].lower() != "this":
        return False
    for index, raw in enumerate(words[1:], start=1):
        word = raw.rstrip(',;:.!?"”')
        lower = word.lower()
        if lower in FINITE_VERB_WORDS:
            return raw == word or index + 1 < len(words)
        if index == 1 and lower.endswith("s") and not lower.endswith("ss") and word.isalpha() and word.islower():
            return lower not in TIME_WORDS and raw == word
        if raw != word or lower in TIME_WORDS:
            return False
    return False


def existential(words: list[str]) -> bool:
    """Whether the words after "there" open its verb: "were", or an adverb and then the verb ("certainly was")."""
    if not words:
        return False
    first = words[0].lower()
    if first in EXISTENTIAL_VERBS:
        return True
    return len(words) > 1 and first.endswith("ly") and first.isalpha() and words[1].lower() in EXISTENTIAL_VERBS


# "there", an adverb, the verb.
EXISTENTIAL_WORDS_READ = 3


def expletive_subject(words: list[str]) -> bool:
    """``there were no ballots left``: "there" opens a clause when a finite verb follows it at once.

    "there" after a verb is more often a place ("said there, in the hall"); before "is", "were" or a
    modal it is the clause's subject.
    """
    if len(words) < _MIN_DEMONSTRATIVE_CLAUSE or words[0].lower() != "there":
        return False
    return words[1].lower() in FINITE_VERB_WORDS


# "this" and the words after it read for a finite verb ("this Supreme Court term would").
DEMONSTRATIVE_WORDS = 7
_MIN_DEMONSTRATIVE_CLAUSE = 3
# The finite auxiliaries and their negated contractions ("this plan won't work").
FINITE_VERB_WORDS = FINITE_AUXILIARIES | word_set("isn't wasn't won't wouldn't can't couldn't doesn't didn't hasn't")
