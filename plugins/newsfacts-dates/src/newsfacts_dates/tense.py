"""Which way an under-specified date points, read from the verbs nearest to it.

"said on Tuesday" is the Tuesday before publication, "will meet on Tuesday"
the one after. The nearest tense marker within a bounded window of the same
sentence decides; with none, the caller falls back to its own default.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import regex

Tense: TypeAlias = Literal["past", "future", "none"]

# How far either side of the expression, within its sentence, to look for a verb.
WINDOW = 120

_MARKER = regex.compile(
    r"(?P<future>\b(?:will|won't|shall|'ll|going\s++to|plans?\s++to|planning\s++to|intends?\s++to|expects?\s++to"
    r"|expected\s++to|is\s++to|are\s++to|scheduled|due\s++to|set\s++to|would|wo\s++n't|upcoming|hopes?\s++to"
    r"|aims?\s++to|tomorrow|until)\b)"
    r"|(?P<past>\b(?:said|told|was|were|had|did|ago|last|yesterday|earlier|came|went|met|made|took|gave|began"
    r"|saw|held|won|lost|left|fell|rose|sold|bought|paid|announced|reported|posted|closed|\w{3,}ed)\b)",
    regex.IGNORECASE,
)


def tense_near(sentence: str, start: int, end: int) -> Tense:
    """The tense of the marker nearest to ``sentence[start:end]``, looking at most WINDOW characters away."""
    lo = max(0, start - WINDOW)
    best: Tense = "none"
    best_distance = WINDOW + 1
    for match in _MARKER.finditer(sentence, lo, min(len(sentence), end + WINDOW)):
        if start <= match.start() < end:
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        # A verb before the expression governs it a little more often than one after.
        if match.start() >= end:
            distance += 8
        if distance < best_distance:
            best_distance = distance
            best = "future" if match.group("future") else "past"
    return best
