"""A second name given for a system: "Shaheen-II (Hatf-VI)", "the Musudan, also called the BM-25,".

The claim names the system by both, since the annotation may write either.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.text import LazyPattern

# A second name for the system just named: "Shaheen-II (Hatf-VI)", "(NATO name SS-26 Stone)", "the Musudan, also
# called the BM-25,", "RS-28 Sarmat, known in the West as Satan 2,". The claim names the system by both.
_ALIAS_OPENING = LazyPattern(
    r"(?i)(?:\s[\w-]++){0,3}?(?:\s?\(\s?(?:(?:NATO|reporting|export|Western)\s(?:reporting\s)?(?:name|designation"
    r"|code\s?name)s?:?\s|also\s(?:known\sas|called)\s|a\.?k\.?a\.?\s|or\s)?"
    r"|,\s(?:also\s)?(?:(?:known|referred\sto)(?:\s[\w.-]++){0,3}?\sas|called|dubbed|designated|a\.?k\.?a\.?|or)\s)"
    r"(?:the\s)?"
)
_ALIAS_CLOSING = LazyPattern(r"\s?\)|,|\s(?:which|that)\b")


def _alias_pair(text: str, main: tuple[int, int], alias: tuple[int, int]) -> tuple[int, int] | None:
    """The span of ``main`` through ``alias`` when the second names the first again, else None."""
    if _ALIAS_OPENING.compiled.fullmatch(text, main[1], alias[0]) is None:
        return None
    closing = _ALIAS_CLOSING.compiled.match(text, alias[1])
    if closing is None:
        return None
    return main[0], closing.end() if closing[0].endswith(")") else alias[1]


def alias_span(text: str, names: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
    """The name at ``position`` of ``names`` with the alias it gives or is given: "Shaheen-II (Hatf-VI)"."""
    pairs = []
    if position + 1 < len(names):
        pairs.append((names[position], names[position + 1]))
    if position > 0:
        pairs.append((names[position - 1], names[position]))
    for main, alias in pairs:
        both = _alias_pair(text, main, alias)
        if both is not None:
            return both
    return names[position]
