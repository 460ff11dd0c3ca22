"""The dateline that opens a wire story: ``PARIS (Reuters) -`` or ``LAGOS, March 3 (AP) —``.

The first sentence after it is an ordinary sentence: its subject is not the
city, and a report that opens it does not start with the dateline.
"""

from __future__ import annotations

import regex

# A city in capitals ("NEW YORK"), or a capitalised one followed by the agency in parentheses; an
# optional date after a comma; then a dash. Every part is bounded, so a match reads a few dozen characters.
_DATELINE = regex.compile(
    r"(?:\p{Lu}{2,}(?:[ \u00a0.'\-]{1,2}\p{Lu}{2,}){0,3}\.?"
    r"(?:,[ \u00a0][\p{L}\p{N} .]{1,24}?)?[ \u00a0]*(?:\([\p{L}\p{N} .&/\-]{2,30}\))?"
    r"|\p{Lu}[\p{L}.'\-]+(?:[ \u00a0]\p{Lu}[\p{L}.'\-]+){0,2}"
    r"(?:,[ \u00a0][\p{L}\p{N} .]{1,24}?)?[ \u00a0]*\([\p{L}\p{N} .&/\-]{2,30}\))"
    r"[ \u00a0]*[—–\-]{1,2}[ \u00a0]+"
)


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` begins once a leading dateline is skipped (``start`` if none)."""
    head = text[start : min(end, start + 60)]
    if len(head) < 4 or not head[0].isupper() or not (head[1].isupper() or "(" in head):
        return start  # most sentences: no capitals run, no agency in parentheses
    match = _DATELINE.match(text, start, min(end, start + 120))
    return match.end() if match is not None else start
