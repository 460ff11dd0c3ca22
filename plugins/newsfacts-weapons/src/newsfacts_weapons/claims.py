"""Weapon-range claims for a whole document, sentence by sentence, with the weapon each one is about."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsfacts import Claim, Document, Span, WeaponRange
from newsfacts.text import LazyPattern
from newsfacts_weapons.classes import find_classes
from newsfacts_weapons.cues import has_range_cue
from newsfacts_weapons.lists import LIST_JOIN, respective_owners
from newsfacts_weapons.names import find_names
from newsfacts_weapons.nearby import first_drone_reference_end, refers_to_named_drones, weapon_nearby
from newsfacts_weapons.owners import NAME_WINDOW, weapon_of
from newsfacts_weapons.quantities import Quantity, find_quantities
from newsfacts_weapons.references import Setting, context_of, sentence_setting

_KIND = "weapon_range"
# A figure whose clause ends where the sentence points back: "With a range of 1,100 km, it can hit".
# What may stand between a figure and a clause that points back: "With a range of 2,000 km, it can", "With a 2,000
# km range, it can".
_CLAUSE_THEN = LazyPattern(r"(?i)(?:[\s-]range)?\s?,\s")
_NAMED_AFTER = 60
# A strike aircraft's combat radius is a weapon's reach (ANNOTATION.md, rule 11).
_COMBAT = LazyPattern(r"(?i)\bcombat\s(?:radius|range)\b")
# How far after a class word a list of the systems it is said of may run, and the plural that allows a list.
_CLASS_LIST_WINDOW = 80
_PREDICATE = LazyPattern(r"\s(?:is|was|are|were)\s(?:(?:an?|the|its|their)\s)?(?:(?:new|first|latest)\s)?")
_PLURAL_END = LazyPattern(r"s\b(?=\W*$)")
# What joins a class claim to the system it names after it.
_OF_NAME = LazyPattern(
    r"\s(?:of|such\sas|like|including|called|dubbed|named|known\sas)\s(?:the\s)?|(?:,|\s[\u2013\u2014-])\s(?:the\s)?"
)


def _span(document: Document, start: int, end: int) -> Span:
    return Span(text=document.text[start:end], start=start, end=end)


def _is_claim(  # noqa: PLR0913 (what a sentence says once, for each of its figures)
    document: Document, index: int, quantity: Quantity, context: str, setting: Setting, *, drones_end: int | None
) -> bool:
    text = document.sentences[index].text
    if not has_range_cue(text, quantity):
        return False
    if _COMBAT.compiled.search(text, max(0, quantity.start - 60), quantity.start) is not None:
        return True
    named = bool(find_names(text, max(0, quantity.start - NAME_WINDOW), quantity.start))
    # ... or just after it, in the same clause: "With a range of 2,500 km, the Vela-4 could hit".
    named = named or bool(find_names(text, quantity.end, min(len(text), quantity.end + _NAMED_AFTER)))
    # A sentence that points back to a system the sentence before names ("It has a range of") is about it.
    opens_after = setting.anaphor is not None and (
        _CLAUSE_THEN.compiled.fullmatch(text, quantity.end, setting.anaphor) is not None
    )
    points_back = (setting.points_back(quantity.start) or opens_after) and setting.earlier is not None
    named = named or (points_back and not setting.civilian_context)
    # "Russia launched Shahed drones. The drones can fly 2,000 km": the drones are the named weapons.
    armed_drones = refers_to_named_drones(text, quantity.start, context, drones_end)
    return weapon_nearby(text, quantity, context, named=named or armed_drones, armed_drones=armed_drones)


def _numeric(document: Document, index: int) -> Iterator[Claim]:
    sentence = document.sentences[index]
    found = find_quantities(sentence.text)
    if not found:
        return
    context = context_of(document, index)
    setting = sentence_setting(document, index, context)
    drones_end = first_drone_reference_end(sentence.text)
    quantities = [q for q in found if _is_claim(document, index, q, context, setting, drones_end=drones_end)]
    owners = respective_owners(document, index, quantities)
    for number, quantity in enumerate(quantities):
        start = sentence.start + quantity.start
        end = sentence.start + quantity.end
        owner = owners[number] if owners else weapon_of(document, index, (start, end), setting)
        yield Claim(
            kind=_KIND,
            text=document.text[start:end],
            start=start,
            end=end,
            subject=None if owner is None else _span(document, *owner),
            value=WeaponRange(min_km=quantity.min_km, max_km=quantity.max_km, qualifier=quantity.qualifier),
        )


def _classes(document: Document, index: int) -> Iterator[Claim]:
    sentence = document.sentences[index]
    for mention in find_classes(sentence.text):
        start = sentence.start + mention.start
        end = sentence.start + mention.end
        subjects: list[Span | None] = []
        # The window runs to the mention's end, so a name's own test ("Hawk" before "medium-range missiles")
        # can see the weapon noun after the class word.
        names = [n for n in find_names(document.text, max(sentence.start, start - 40), end) if n[1] <= start]
        after = find_names(document.text, end, min(sentence.end, end + _CLASS_LIST_WINDOW))
        if names and (names[-1][1] >= start - 2 or _PREDICATE.compiled.fullmatch(document.text, names[-1][1], start)):
            # "Tayfun medium-range missiles", "The Tarn-6 is a medium-range missile"
            subjects = [_span(document, *names[-1])]
        elif after and _OF_NAME.compiled.fullmatch(document.text, end, after[0][0]) is not None:
            # "a long-range version of the Hsiung Feng IIE", "long-range missiles such as the Storm Shadow"; a
            # plural class word followed by a list ("short-range missiles - the Vela-1 and Vela-2") is said of each
            listed = [after[0]]
            plural = _PLURAL_END.compiled.search(document.text, start, end) is not None
            for name in after[1:] if plural else []:
                if LIST_JOIN.compiled.fullmatch(document.text, listed[-1][1], name[0]) is None:
                    break
                listed.append(name)
            subjects = [_span(document, *name) for name in listed]
        elif mention.head_start is not None and mention.head_end is not None:
            subjects = [_span(document, sentence.start + mention.head_start, sentence.start + mention.head_end)]
        for subject in subjects or [None]:
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
