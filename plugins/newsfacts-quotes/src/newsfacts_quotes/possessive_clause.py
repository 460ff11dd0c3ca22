"""``told reporters her group never worked ...``: "her" after an addressee opens a clause when a verb follows.

"her" is both an object pronoun and a possessive: "told reporters her story" is a second object, while
"told reporters her group had quit" reports a clause. Only a finite verb within a few words after the
possessive's noun tells them apart; the noun and the verb are read in a bounded number of tokens.
"""

from __future__ import annotations

from newsfacts.text import word_set
from newsfacts_quotes.lexicon import FINITE_AUXILIARIES
from newsfacts_quotes.reading import Span2

# The possessive's noun phrase and its verb stand within this many tokens ("her campaign manager has").
_NOUN_THEN_VERB_TOKENS = 4
_FINITE_WORDS = FINITE_AUXILIARIES | word_set("never isn't wasn't won't wouldn't can't couldn't doesn't didn't hasn't")


def possessive_opens_clause(text: str, toks: list[Span2], index: int) -> bool:
    """Whether ``toks[index]`` is a possessive "her" whose noun phrase is the subject of a finite verb."""
    if text[toks[index][0] : toks[index][1]] != "her":
        return False
    following = toks[index + 1 : index + 1 + _NOUN_THEN_VERB_TOKENS]
    for position, (t_start, t_end) in enumerate(following):
        word = text[t_start:t_end]
        if not word.replace("-", "").replace("’", "").replace("'", "").isalpha():
            return False  # punctuation closes the phrase: "told reporters her story, then left"
        lower = word.lower()
        if position and (lower in _FINITE_WORDS or (word.islower() and lower.endswith("ed"))):
            return True  # "her group never worked", "her aides said", "her plan would cost"
    return False
