"""Tags before a quotation that the plain reading misses: inverted ones, and ones with a long adjunct.

``“The pier is safe,” said Ann Lee, “and it will stay open.”``: an inverted tag before a quotation.

A tag before a quotation usually names its source first ("Ann Lee said, “…”"). After an
inverted tag ("said Ann Lee, …") the source follows the verb: the second half of a
quotation interrupted by its tag, or a sentence opened by the tag ("Said Ann Lee, “…”",
"But, said Ann Lee, “…”"). Only a tag that nothing but a conjunction precedes is read:
in "The mayor's office said Ann Lee, “…”" the words after the verb are no source.
"""

from __future__ import annotations

from newsfacts.text import word_set
from newsfacts_quotes.clauses import CLOSING_MARKS, holds_finite_verb
from newsfacts_quotes.lexicon import DIRECT_VERBS, OBJECT_VERBS, PREPOSITIONS
from newsfacts_quotes.mentions import Subject, phrase_after
from newsfacts_quotes.reading import Span2, verb_at

# What may stand before an inverted tag besides punctuation: "But, said Ann Lee, “…”".
_LEADING_CONJUNCTIONS = word_set("but and yet so still")
_SPACE_AND_MARKS = " ,\t\n\u00a0" + CLOSING_MARKS


def inverted_head_subject(text: str, lo: int, verb: str, verb_span: Span2, hi: int) -> Subject | None:
    """The source after the verb of ``said Ann Lee,`` before a quotation at ``hi``, or None.

    ``lo`` is where the tag's stretch begins (the previous quotation's close or the sentence start).
    After "told" or "telling" the phrase is whom the words were for, not who said them.
    """
    if verb in OBJECT_VERBS or verb.endswith("ing"):
        return None
    cue_start, verb_end = verb_span
    before = text[lo:cue_start].strip(_SPACE_AND_MARKS).lower()
    if before and before not in _LEADING_CONJUNCTIONS:
        return None
    phrase = phrase_after(text, verb_end, hi)
    if phrase is None or (not text[phrase[0]].isupper() and not text.startswith(("the ", "a ", "an "), phrase[0])):
        return None
    if holds_finite_verb(text, *phrase):
        return None  # "said the plan is dead, “…”": a clause, not a source
    return Subject(phrase[0], phrase[1], None, anonymous=False)


# A tag's verb stands within this many words before the quotation when an adjunct follows it.
_MAX_ADJUNCT_TAG_WORDS = 20
# "said at/in/on ...": a preposition opens the adjunct ("decided to ..." opens an infinitive, no adjunct).
_ADJUNCT_OPENERS = PREPOSITIONS - {"to", "of", "for", "about", "against", "with"}
# The nearest words are read by the plain tag reading (``direct.MAX_CUE_GAP_TOKENS``).
_NEAR_WORDS = 8


def verb_before_adjunct(text: str, words: list[Span2]) -> list[Span2]:
    """``Clinton said at a town hall in Ohio on Monday, “…”``: a tag verb further back, an adjunct after it.

    ``words`` are the letter runs before the quotation. The verb is the last speech verb among the words
    past the near ones, and counts only when a preposition follows it and no finite verb stands between
    it and the quotation: "said in May the pier was safe, but the critics had another view, “…”" reports
    a clause, and the quotation is not the verb's (an adjunct may hold commas: "said on Twitter, in …").
    """
    far_end = len(words) - _NEAR_WORDS
    for index in range(far_end - 1, max(-1, len(words) - _MAX_ADJUNCT_TAG_WORDS - 1), -1):
        w_start, w_end = words[index]
        if verb_at(text, w_start, w_end, DIRECT_VERBS) is None:
            continue
        following = text[words[index + 1][0] : words[index + 1][1]].lower()
        clause_between = holds_finite_verb(text, w_end, words[-1][1])
        return [(w_start, w_end)] if following in _ADJUNCT_OPENERS and not clause_between else []
    return []
