"""Listed names and listed figures: one figure shared by names, or figures given one to each name in order."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from newsfacts import Document
from newsfacts.text import LazyPattern
from newsfacts_weapons.names import find_names
from newsfacts_weapons.quantities import RESPECTIVELY, Quantity

# A plural "ranges of" right before a list of figures, and what joins the items of a list.
_PLURAL_RANGES = LazyPattern(r"(?i)\branges\s(?:of\s)?(?:(?:about|around|up\sto|some)\s)?$")
LIST_JOIN = LazyPattern(r"(?:,\s|,?\s(?:and|or|&)\s)(?:the\s)?")
# Listed names may each carry their kind: "the Vela-7 anti-ship missile and the Vela-8 cruise missile".
_KIND = r"(?:\s(?:[\w-]++\s){0,2}?(?:missiles?|rockets?|systems?|launchers?|interceptors?|drones?|howitzers?))"
_NAMES_JOIN = LazyPattern(r"(?i)" + _KIND + r"?(?:,\s|,?\s(?:and|or|nor|&)\s)(?:the\s)?")
# "respectively" closing the names listed after the figures.
_RESPECTIVELY_AFTER = LazyPattern(r"(?i),?\s?respectively\b")


def listed_span(text: str, names: Sequence[tuple[int, int]], span: tuple[int, int]) -> tuple[int, int]:
    """``span`` widened to the names listed just before it, as one figure shared by names is about them all.

    "the Vela-1 and Vela-2 can both fly 600 km" names both (ANNOTATION.md rule 12); figures given one to each
    listed name are paired in :func:`respective_owners`.
    """
    start = span[0]
    for name in reversed(names):
        if name[1] > start:
            continue
        if _NAMES_JOIN.compiled.fullmatch(text, name[1], start) is None:
            break
        start = name[0]
    return (start, span[1])


def respective_owners(document: Document, index: int, quantities: Sequence[Quantity]) -> list[tuple[int, int]]:
    """For figures given one to each of the names listed before them, those names in order; else nothing.

    The figures say so by "respectively", or as one list after a plural "ranges of" when as many names are
    listed just as closely ("The Vela and the Corvid have ranges of 300 km and 700 km").
    """
    sentence = document.sentences[index]
    if len(quantities) < 2:
        return []
    text = sentence.text
    names = find_names(document.text, sentence.start, sentence.start + quantities[0].start)
    if len(names) < len(quantities):
        return _respective_after(document, index, quantities)
    listed = names[-len(quantities) :]
    if RESPECTIVELY.compiled.match(text, quantities[-1].end) is not None:
        return listed
    plural = _PLURAL_RANGES.compiled.search(text, max(0, quantities[0].start - 40), quantities[0].start) is not None
    figures_listed = all(
        LIST_JOIN.compiled.fullmatch(text, first.end, second.start) is not None
        for first, second in itertools.pairwise(quantities)
    )
    names_listed = all(
        _NAMES_JOIN.compiled.fullmatch(document.text, first[1], second[0]) is not None
        for first, second in itertools.pairwise(listed)
    )
    return listed if plural and figures_listed and names_listed else []


def _respective_after(document: Document, index: int, quantities: Sequence[Quantity]) -> list[tuple[int, int]]:
    """The names listed after the figures and closed by "respectively", in order; else nothing.

    "Ranges of 300 km and 500 km are claimed for the Vela-1 and the Wren-2 respectively."
    """
    sentence = document.sentences[index]
    names = find_names(document.text, sentence.start + quantities[-1].end, sentence.end)[: len(quantities)]
    if len(names) < len(quantities):
        return []
    names_listed = all(
        _NAMES_JOIN.compiled.fullmatch(document.text, first[1], second[0]) is not None
        for first, second in itertools.pairwise(names)
    )
    closed = _RESPECTIVELY_AFTER.compiled.match(document.text, names[-1][1]) is not None
    return names if names_listed and closed else []
