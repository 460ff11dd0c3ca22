"""Weapon-range claims for a whole document, sentence by sentence, with the weapon each one is about."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsfacts import Claim, Document, Sentence, Span, WeaponRange
from newsfacts_weapons.classes import find_classes
from newsfacts_weapons.cues import has_range_cue, weapon_nearby
from newsfacts_weapons.names import find_names, first_name
from newsfacts_weapons.quantities import Quantity, find_quantities

_KIND = "weapon_range"
_LOOKBACK = 2
_NAME_WINDOW = 220
_AFTER_WINDOW = 40

# A sentence that points back to a weapon named earlier: "It has", "the missile", "these systems".
_ANAPHOR = regex.compile(
    r"^\W*(?:It|Its|Each|They|Their)\b|\b(?:it|they)\s(?:is|are|was|were|has|have|can|could|will|would)\b"
    r"|\b(?:the|this|these|such|its|that)\s(?:[\w-]+\s){0,3}?(?:missiles?|rockets?|weapons?|weaponry|systems?"
    r"|versions?|variants?|batter(?:y|ies)|launchers?|ICBMs?)\b",
    regex.IGNORECASE,
)
# A strike aircraft's combat radius is a weapon's reach (ANNOTATION.md, rule 11).
_COMBAT = regex.compile(r"\bcombat\s(?:radius|range)\b", regex.IGNORECASE)
_GENERIC = regex.compile(
    r"\b(?:(?:cruise|ballistic|anti-ship)\s)?(?:missiles?|rockets?|weapons?|weaponry|howitzers?|interceptors?"
    r"|launchers?|bombers?|shells)\b",
    regex.IGNORECASE,
)


def _span(document: Document, start: int, end: int) -> Span:
    return Span(text=document.text[start:end], start=start, end=end)


def _previous_name(document: Document, index: int) -> tuple[int, int] | None:
    """The first weapon name of the nearest earlier sentence that names one."""
    sentences = document.sentences
    for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        sentence = sentences[back]
        name = first_name(document.text, sentence.start, sentence.end)
        if name is not None:
            return name
    return None


def _subject(document: Document, index: int, span: tuple[int, int], earlier: tuple[int, int] | None) -> Span | None:
    """The weapon a figure is about: named before it, named earlier (``earlier``), named after, or generic."""
    start, end = span
    sentence = document.sentences[index]
    text = document.text
    lo = max(sentence.start, start - _NAME_WINDOW)
    before = find_names(text, lo, start)
    if before:
        return _span(document, *before[-1])
    if earlier is not None:
        return _span(document, *earlier)
    after = find_names(text, end, min(sentence.end, end + _AFTER_WINDOW))
    if after and "," not in text[end : after[0][0]]:
        return _span(document, *after[0])
    generic = None
    for match in _GENERIC.finditer(text, lo, start):
        generic = match
    if generic is None:
        generic = _GENERIC.search(text, end, min(sentence.end, end + _NAME_WINDOW))
    if generic is not None:
        return _span(document, generic.start(), generic.end())
    return None


def _context(document: Document, index: int) -> str:
    if index == 0:
        return ""
    previous = document.sentences[index - 1]
    return document.text[previous.start : previous.end]


def _is_claim(sentence: Sentence, quantity: Quantity, context: str) -> bool:
    text = sentence.text
    if not has_range_cue(text, quantity):
        return False
    if _COMBAT.search(text, max(0, quantity.start - 60), quantity.start) is not None:
        return True
    named = bool(find_names(text, max(0, quantity.start - _NAME_WINDOW), quantity.start))
    return weapon_nearby(text, quantity, context, named=named)


def _numeric(document: Document, index: int) -> Iterator[Claim]:
    sentence = document.sentences[index]
    context = _context(document, index)
    earlier: tuple[int, int] | None = None
    resolved = False
    for quantity in find_quantities(sentence.text):
        if not _is_claim(sentence, quantity, context):
            continue
        if not resolved:
            # Looked up once a sentence: does it point back, and to which weapon?
            resolved = True
            if _ANAPHOR.search(sentence.text) is not None:
                earlier = _previous_name(document, index)
        start = sentence.start + quantity.start
        end = sentence.start + quantity.end
        yield Claim(
            kind=_KIND,
            text=document.text[start:end],
            start=start,
            end=end,
            subject=_subject(document, index, (start, end), earlier),
            value=WeaponRange(min_km=quantity.min_km, max_km=quantity.max_km, qualifier=quantity.qualifier),
        )


def _classes(document: Document, index: int) -> Iterator[Claim]:
    sentence = document.sentences[index]
    for mention in find_classes(sentence.text):
        start = sentence.start + mention.start
        end = sentence.start + mention.end
        subject = None
        names = find_names(document.text, max(sentence.start, start - 40), start)
        if names and names[-1][1] >= start - 2:
            subject = _span(document, *names[-1])
        elif mention.head_start is not None and mention.head_end is not None:
            subject = _span(document, sentence.start + mention.head_start, sentence.start + mention.head_end)
        yield Claim(
            kind=_KIND,
            text=document.text[start:end],
            start=start,
            end=end,
            subject=subject,
            value=WeaponRange(range_class=mention.range_class),
        )


def extract_claims(document: Document) -> Sequence[Claim]:
    """Every numeric and class claim of weapon range in ``document``."""
    claims: list[Claim] = []
    for index in range(len(document.sentences)):
        claims.extend(_numeric(document, index))
        claims.extend(_classes(document, index))
    return claims
