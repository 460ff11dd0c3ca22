"""``An early vote, he said, “would be a mistake.”``: a fragment before the tag of a direct quotation.

A report interrupted by its attribution comes out as two quotes, one for each side
(``The plan, officials hope, will cut queues``). When the side after the tag is a
direct quotation, the words before the tag are still the speaker's: a subject ("An
early vote"), a topic ("As for the budget"), a condition ("If the bridge closes").
A setting that only places the telling is no part of it: "At a rally on Tuesday, he
said, “…”", "In an interview, she said, “…”", "Two days later, he wrote, “…”".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.text import word_set
from newsfacts_quotes.clauses import holds_finite_verb
from newsfacts_quotes.lexicon import MONTH_NAMES, PRONOUNS, WEEKDAY_NAMES

if TYPE_CHECKING:
    from newsfacts_quotes.reading import Candidate

# Words opening a phrase of place or time around the telling ("At the rally", "In an interview", "Later").
_SETTING_OPENERS = word_set(
    "in on at during from over through throughout within later earlier last next yesterday today tonight"
)
# Opening a phrase of time, or a clause when a subject follows: "After the debate" vs "After she left".
_TIME_CONJUNCTIONS = word_set("after before since until")
# A setting ends on these: "Two days later", "Eight years ago".
_TIME_ENDS = word_set("ago later earlier")
_COORDINATORS = word_set("but and so")
_STRIP = "“\"«‘'(,"


def fragment_before_quotation(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` ends at the comma before its own cue and is no setting of the telling.

    Called for a report whose cue also tags a direct quotation after it: both are the speaker's.
    """
    cue = candidate.cue
    if cue is None or candidate.end > cue[0] or not text.startswith(",", candidate.end):
        return False
    words = [word.strip(_STRIP).lower() for word in text[candidate.start : candidate.end].split()]
    if words and words[0] in _COORDINATORS:
        words = words[1:]
    if not words:
        return True
    first = words[0]
    if words[-1] in _TIME_ENDS or first in WEEKDAY_NAMES or first in MONTH_NAMES or first in _SETTING_OPENERS:
        return False
    if first in _TIME_CONJUNCTIONS:
        # "After she blurted it out" is a clause of the report; "After the debate" a time.
        return len(words) > 1 and (words[1] in PRONOUNS or holds_finite_verb(text, candidate.start, candidate.end))
    return True
