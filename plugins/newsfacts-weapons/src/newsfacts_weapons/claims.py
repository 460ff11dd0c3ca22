"""Weapon-range claims for a whole document, sentence by sentence, with the weapon each one is about."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import attrs
import regex

from newsfacts import Claim, Document, Span, WeaponRange
from newsfacts_weapons.civilian import CIVILIAN
from newsfacts_weapons.classes import find_classes
from newsfacts_weapons.cues import has_range_cue, weapon_nearby
from newsfacts_weapons.names import find_names
from newsfacts_weapons.quantities import Quantity, find_quantities

_KIND = "weapon_range"
_RESPECTIVELY = regex.compile(r"\G[^.;]{0,40}?\brespectively\b", regex.IGNORECASE)
_LOOKBACK = 2
# A plural "ranges of" right before a list of figures, and what joins the items of a list.
_PLURAL_RANGES = regex.compile(r"\branges\s(?:of\s)?(?:(?:about|around|up\sto|some)\s)?$", regex.IGNORECASE)
_LIST_JOIN = regex.compile(r"(?:,\s|,?\s(?:and|or|&)\s)(?:the\s)?")
# Listed names may each carry their kind: "the Vela-7 anti-ship missile and the Vela-8 cruise missile".
_NAMES_JOIN = regex.compile(
    r"(?:\s(?:[\w-]++\s){0,2}?(?:missiles?|rockets?|systems?|launchers?|interceptors?|drones?|howitzers?))?"
    r"(?:,\s|,?\s(?:and|or|nor|&)\s)(?:the\s)?",
    regex.IGNORECASE,
)
_NAME_WINDOW = 220
# A coordinated verb after a name that is a preposition's object: "is a copy of the Vela-3 but has a range".
_SUBJECT_OFFSET = 40
_AFTER_PREPOSITION = regex.compile(r"\b(?:of|on|from|with|than|like|to|by)\s(?:the\s|a\s|an\s)?$", regex.IGNORECASE)
_COORDINATED_VERB = regex.compile(
    r"[^,;.]{0,40}?\s(?:but|and|yet)\s(?:it\s)?(?:also\s|still\s)?(?:has|have|can|could|will|would|is|flies|travels)\b"
)
_OPENING = regex.compile(r"\W*(?:(?:The|the|Its|its|Their|their|A|An|[A-Z][\w.]*['\u2019]s)\s)?(?:new\s|latest\s)?")
# How far after a class word a list of the systems it is said of may run, and the plural that allows a list.
_CLASS_LIST_WINDOW = 80
_PREDICATE = regex.compile(r"\s(?:is|was|are|were)\s(?:(?:an?|the|its|their)\s)?(?:(?:new|first|latest)\s)?")
_PLURAL_END = regex.compile(r"s\b(?=\W*$)")
_NAMED_AFTER = 60
# How far after a figure, and how far before its near window, a name is looked for in a long sentence.
_FAR_WINDOW = 400

# A sentence that points back to a weapon named earlier: "It has", "the missile", "these systems".
_ANAPHOR = regex.compile(
    r"^\W*(?:It|Its|Each|They|Their)\b|\b(?:it|they)\s(?:is|are|was|were|has|have|can|could|will|would)\b"
    r"|\b(?:the|this|these|such|its|that)\s(?:[\w-]+\s){0,3}?(?P<noun>missiles?|rockets?|weapons?|weaponry|systems?"
    r"|versions?|variants?|batter(?:y|ies)|launchers?|ICBMs?)\b",
    regex.IGNORECASE,
)
# The noun a name stands before in the sentence before ("Kh-59 missiles", "a Patriot battery", "Su-34 jets"):
# "the missiles" points back to a name said to be a missile, not to the jets that carried it.
_HEAD_AFTER_NAME = regex.compile(
    r"[\"'\u2019\u201d)]?+\s(?:[\w-]++\s){0,2}?(?P<head>missiles?|rockets?|ICBMs?|SLBMs?|interceptors?"
    r"|batter(?:y|ies)|launchers?|systems?|jets?|aircraft|fighters?|fighter-bombers?|bombers?|planes?|submarines?"
    r"|frigates?|destroyers?|warships?|ships?|vessels?|drones?|howitzers?|guns?|radars?)\b",
    regex.IGNORECASE,
)
_FAMILY = {
    "missile": "missile",
    "rocket": "missile",
    "icbm": "missile",
    "slbm": "missile",
    "interceptor": "missile",
    "battery": "battery",
    "batterie": "battery",
    "launcher": "launcher",
    "jet": "aircraft",
    "aircraft": "aircraft",
    "fighter": "aircraft",
    "fighter-bomber": "aircraft",
    "bomber": "aircraft",
    "plane": "aircraft",
    "submarine": "ship",
    "frigate": "ship",
    "destroyer": "ship",
    "warship": "ship",
    "ship": "ship",
    "vessel": "ship",
    "drone": "drone",
    "howitzer": "gun",
    "gun": "gun",
    "radar": "radar",
}
_CIVILIAN = regex.compile(r"(?<![\w-])" + CIVILIAN + r"(?![\w-])", regex.IGNORECASE)
# A strike aircraft's combat radius is a weapon's reach (ANNOTATION.md, rule 11).
_COMBAT = regex.compile(r"\bcombat\s(?:radius|range)\b", regex.IGNORECASE)
# A relative pronoun opening the clause that gives the figure, and what may stand between it and its noun:
# nothing but a closing mark, or an apposition ("..., a light attack aircraft").
_RELATIVE = regex.compile(r"\b(?:which|that|whose)\s", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")
_ATTACHED = regex.compile(r"[\s\"\u201d\u2019')]*+(?:,\s(?:an?|the)\s[^,;()\d]{0,80}?\s?)?,?\s?")
# A name that is the target of a strike, before or after it.
_TARGET_BEFORE = regex.compile(
    r"\b(?:hit|hitting|struck|strike|striking|sank|sink|sinking|target|targeted|targeting|attack|attacked|attacking"
    r"|destroy|destroyed|at|against)\s(?:the\s)?$",
    regex.IGNORECASE,
)
_TARGET_AFTER = regex.compile(
    r"\s(?:was|were|is|are|had\sbeen|has\sbeen)\s(?:\w+\s)?(?:hit|struck|sunk|targeted|attacked|destroyed|damaged)\b",
    regex.IGNORECASE,
)
# A name a figure is measured against is not its owner: "more than the Scud's", "similar to the Tochka",
# "twice as far as the Tarn-1", "longer than that of the Scud".
_COMPARED = regex.compile(
    r"\b(?:than|unlike|like|compared\s(?:with|to)|similar\sto|comparable\sto|akin\sto|versus|vs\.?"
    r"|as\s(?:far|long|much|great)\sas|(?:that|those)\sof)\s(?:the\s)?$",
    regex.IGNORECASE,
)
# What joins a class claim to the system it names after it.
_OF_NAME = regex.compile(
    r"\s(?:of|such\sas|like|including|called|dubbed|named|known\sas)\s(?:the\s)?|(?:,|\s[\u2013\u2014-])\s(?:the\s)?"
)
# A second name for the system just named: "Shaheen-II (Hatf-VI)", "(NATO name SS-26 Stone)", "the Musudan, also
# called the BM-25,", "RS-28 Sarmat, known in the West as Satan 2,". The claim names the system by both.
_ALIAS_OPENING = regex.compile(
    r"(?:\s[\w-]++){0,3}?(?:\s?\(\s?(?:(?:NATO|reporting|export|Western)\s(?:reporting\s)?(?:name|designation"
    r"|code\s?name)s?:?\s|also\s(?:known\sas|called)\s|a\.?k\.?a\.?\s|or\s)?"
    r"|,\s(?:also\s)?(?:(?:known|referred\sto)(?:\s[\w.-]++){0,3}?\sas|called|dubbed|designated|a\.?k\.?a\.?|or)\s)"
    r"(?:the\s)?",
    regex.IGNORECASE,
)
_ALIAS_CLOSING = regex.compile(r"\s?\)|,|\s(?:which|that)\b")
# A name inside a comma- or parenthesis-bounded insertion between a subject and its verb ("the Tu-22M3, which
# carries Kh-22 missiles, has a range", "the Kh-101, like the Kalibr, can fly") is not what the figure is about.
_INSERTION_OPENING = regex.compile(
    r"(?:\s[\w-]++){0,3}?(?:\s?\(|,\s(?!(?:and|or|but|while|whereas|nor)\b)[a-z])[^,;()\d]{0,80}?",
)
_INSERTION_CLOSING = regex.compile(r"[^,;()\d]{0,60}?[,)]")
_INSERTION_AFTER_NOUN = regex.compile(
    r"\b(?:missiles?|rockets?|weapons?|weaponry|systems?|versions?|variants?|launchers?|interceptors?|bombers?)"
    r"(?:\s?\((?P<content>[^,;()\d]{0,80}?)|,\s(?P<content>(?!(?:and|or|but|while|whereas|nor)\b)[a-z][^,;()\d]{0,80}?))$",
    regex.IGNORECASE,
)
# An insertion that only names the noun before it is an apposition, not an insertion: "The missile, the Tsirkon,
# can fly", "the new missile (Tsirkon) can".
_NAMING_ONLY = regex.compile(
    r"\s?(?:(?:the|a|an|its|their|dubbed|called|named|known\sas|designated)\s)?", regex.IGNORECASE
)
_CLOSING_AT_ONCE = regex.compile(r"\s?[,)]")
_GENERIC = regex.compile(
    r"\b(?:(?:cruise|ballistic|anti-ship)\s)?(?:missiles?|rockets?|weapons?|weaponry|howitzers?|interceptors?"
    r"|launchers?|bombers?|shells|artillery|guns|cannons?|mortars?|drones?)\b",
    regex.IGNORECASE,
)


def _span(document: Document, start: int, end: int) -> Span:
    return Span(text=document.text[start:end], start=start, end=end)


def _family(noun: str | None) -> str | None:
    """The kind of thing a noun names ("missiles" and "rocket" are both missiles); None when it says nothing."""
    if noun is None:
        return None
    return _FAMILY.get(noun.lower().removesuffix("s"))


def _previous_name(document: Document, index: int, noun: str | None) -> tuple[int, int] | None:
    """The weapon name of the nearest earlier sentence that names one, that the sentence points back to.

    With a noun to match ("the missiles"), a name said to be that kind of thing comes first, then one said to
    be nothing, then the rest ("The Su-34 jets were armed with Kh-59 missiles. The missiles have": the Kh-59).
    A name the sentence compares its system with ("Unlike the Scud, the new Fateh-313 ...") comes last; else
    the first name, with its alias.
    """
    sentences = document.sentences
    text = document.text
    wanted = _family(noun)
    for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        sentence = sentences[back]
        names = find_names(text, sentence.start, sentence.end)
        if names:
            ranks = [_pointed_rank(text, name, (sentence.start, sentence.end), wanted) for name in names]
            return _alias_span(text, names, ranks.index(min(ranks)))
    return None


def _pointed_rank(text: str, name: tuple[int, int], bounds: tuple[int, int], wanted: str | None) -> int:
    """How well a name of the sentence before fits a reference to a ``wanted`` kind of thing; lower is better."""
    start, end = name
    if _COMPARED.search(text, max(bounds[0], start - 25), start) is not None:
        return 3
    if wanted is None:
        return 0
    head = _HEAD_AFTER_NAME.match(text, end, min(bounds[1], end + 40))
    family = _family(head["head"]) if head is not None else None
    return 0 if family == wanted else 1 if family is None else 2


def _names_after(text: str, end: int, stop: int) -> list[tuple[int, int]]:
    """Names after a figure that can own it: not one it is compared with ("more than the Scud's")."""
    return [
        span for span in find_names(text, end, stop) if _COMPARED.search(text, max(end, span[0] - 25), span[0]) is None
    ]


def _is_target(text: str, name: tuple[int, int], stop: int) -> bool:
    """Whether a name is what was struck, not what struck: "fired at the Sheffield", "the Sheffield was hit"."""
    start, end = name
    if _TARGET_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    return _TARGET_AFTER.match(text, end, min(stop, end + 40)) is not None


def _relative_owner(text: str, names: Sequence[tuple[int, int]], lo: int, start: int) -> tuple[int, int] | None:
    """The name the relative clause holding the figure hangs on.

    Directly ("the Vela-3, which can fly 900 km") or through an apposition ("a Super Kestrel, a light attack
    aircraft that has a combat radius of 550 km").
    """
    relative = None
    for match in _RELATIVE.finditer(text, lo, start):
        relative = match
    if relative is None or _DIGIT.search(text, relative.end(), start) is not None:
        return None
    for name in reversed(names):
        if name[1] <= relative.start() and _ATTACHED.fullmatch(text, name[1], relative.start()) is not None:
            return name
    return None


def _alias_pair(text: str, main: tuple[int, int], alias: tuple[int, int]) -> tuple[int, int] | None:
    """The span of ``main`` through ``alias`` when the second names the first again, else None."""
    if _ALIAS_OPENING.fullmatch(text, main[1], alias[0]) is None:
        return None
    closing = _ALIAS_CLOSING.match(text, alias[1])
    if closing is None:
        return None
    return main[0], closing.end() if closing[0].endswith(")") else alias[1]


def _shared_subject(
    text: str, names: Sequence[tuple[int, int]], sentence_start: int, figure: int
) -> tuple[int, int] | None:
    """The sentence's subject when the figure's verb is coordinated with the verb before the nearest name.

    In "The Tarn-4 is a copy of the Vela-3 but has a range of 600 km" the second verb shares the subject, and
    the Vela-3 is only the object of a preposition; so the figure is the Tarn-4's.
    """
    if len(names) < 2 or names[0][0] - sentence_start > _SUBJECT_OFFSET:
        return None
    last = names[-1]
    if _AFTER_PREPOSITION.search(text, max(sentence_start, last[0] - 20), last[0]) is None:
        return None
    if _COORDINATED_VERB.match(text, last[1], figure) is None:
        return None
    if _OPENING.fullmatch(text, sentence_start, names[0][0]) is None:
        return None
    return names[0]


def _listed_span(text: str, names: Sequence[tuple[int, int]], span: tuple[int, int]) -> tuple[int, int]:
    """``span`` widened to the names listed just before it, as one figure shared by names is about them all.

    "the Vela-1 and Vela-2 can both fly 600 km" names both (ANNOTATION.md rule 12); figures given one to each
    listed name are paired in :func:`_respective_owners`.
    """
    start = span[0]
    for name in reversed(names):
        if name[1] > start:
            continue
        if _NAMES_JOIN.fullmatch(text, name[1], start) is None:
            break
        start = name[0]
    return (start, span[1])


def _alias_span(text: str, names: Sequence[tuple[int, int]], position: int) -> tuple[int, int]:
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


def _inserted(text: str, names: Sequence[tuple[int, int]], position: int, lo: int, figure: int) -> bool:
    """Whether the name at ``position`` stands in an insertion that closes before ``figure``.

    The insertion follows an earlier name ("the Tu-22M3, which carries Kh-22 missiles, has a range of": the
    Tu-22M3 owns the range) or a weapon noun ("The missile, a copy of the Lark-3, has": the missile does).
    """
    start, end = names[position]
    if _INSERTION_CLOSING.match(text, end, figure) is None:
        return False
    if position > 0 and _INSERTION_OPENING.fullmatch(text, names[position - 1][1], start) is not None:
        return True
    opening_lo = max(lo, names[position - 1][1] if position > 0 else lo, start - 120)
    opening = _INSERTION_AFTER_NOUN.search(text, opening_lo, start)
    if opening is None:
        return False
    naming_only = _NAMING_ONLY.fullmatch(opening["content"]) is not None
    return not (naming_only and _CLOSING_AT_ONCE.match(text, end, figure) is not None)


@attrs.frozen(kw_only=True)
class _Reference:
    """A definite reference to a weapon in a sentence ("the missile"), with the kind of thing it names."""

    start: int
    family: str | None


def _owner_by_kind(
    text: str, before: Sequence[tuple[int, int]], outside: Sequence[int], bounds: tuple[int, int], reference: _Reference
) -> int | None:
    """Among names before a reference that stands after them all, the nearest of the reference's kind.

    "Fired from a Tarn-1 launcher, the missile can hit targets 300 km away": the Tarn-1 is a launcher, so the
    missile is not it. A name of no stated kind fits; None when every name is of another kind.
    """
    fitting = [position for position in outside if _pointed_rank(text, before[position], bounds, reference.family) <= 1]
    return fitting[-1] if fitting else None


def _subject(document: Document, index: int, span: tuple[int, int], setting: _Setting) -> Span | None:
    """The weapon a figure is about, by one rule: the system the sentence names, else the one it points back to.

    A name before the figure comes first (the one its relative clause hangs on, else the nearest, never a
    target, never one inside an insertion that closes before the figure); then, when the sentence points back
    before the figure ("It has", "the missile can"), the name of the sentence before (``earlier``); then a
    name inside such an insertion; then a name after the figure in the same sentence; then one further
    back in it; then ``earlier`` anyway; a generic noun ("missile") only when no system is named at all.
    A name given with its alias ("Shaheen-II (Hatf-VI)") is reported with it.
    A person, country or treaty is never a name (see :mod:`newsfacts_weapons.names`).
    """
    start, end = span
    sentence = document.sentences[index]
    text = document.text
    earlier = setting.earlier
    pointed = setting.points_back(start - sentence.start)
    reference = _absolute(setting.reference_before(start - sentence.start), sentence.start)
    lo = max(sentence.start, start - _NAME_WINDOW)
    before = [name for name in find_names(text, lo, start) if not _is_target(text, name, sentence.end)]
    owner = _relative_owner(text, before, lo, start) or _shared_subject(text, before, sentence.start, start)
    if owner is not None:
        return _span(document, *_alias_span(text, before, before.index(owner)))
    inserted = [_inserted(text, before, position, lo, start) for position in range(len(before))]
    outside = [position for position, inside in enumerate(inserted) if not inside]
    if outside and reference is not None and reference.family and reference.start >= before[outside[-1]][1]:
        # The sentence names what the figure is about by a noun after every name ("..., the missile can").
        fitting = _owner_by_kind(text, before, outside, (sentence.start, sentence.end), reference)
        if fitting is not None:
            return _span(document, *_alias_span(text, before, fitting))
        if earlier is not None:
            return _span(document, *earlier)
    if outside:
        return _span(document, *_listed_span(text, before, _alias_span(text, before, outside[-1])))
    if pointed and earlier is not None:
        return _span(document, *earlier)
    if before:
        return _span(document, *_alias_span(text, before, len(before) - 1))
    after = _names_after(text, end, min(sentence.end, end + _FAR_WINDOW))
    if after:
        return _span(document, *after[0])
    far_start = max(sentence.start, lo - _FAR_WINDOW)
    far = [name for name in find_names(text, far_start, lo) if not _is_target(text, name, sentence.end)]
    if far:
        return _span(document, *far[-1])
    if earlier is not None:
        return _span(document, *earlier)
    generic = None
    for match in _GENERIC.finditer(text, lo, start):
        generic = match
    if generic is None:
        generic = _GENERIC.search(text, end, min(sentence.end, end + _NAME_WINDOW))
    if generic is not None:
        return _span(document, generic.start(), generic.end())
    return None


def _absolute(reference: _Reference | None, offset: int) -> _Reference | None:
    return None if reference is None else _Reference(start=reference.start + offset, family=reference.family)


def _context(document: Document, index: int) -> str:
    if index == 0:
        return ""
    previous = document.sentences[index - 1]
    return document.text[previous.start : previous.end]


@attrs.frozen(kw_only=True)
class _Setting:
    """What a sentence says once for all its figures: where it first points back, and to which system."""

    anaphor: int | None
    earlier: tuple[int, int] | None
    civilian_context: bool
    references: tuple[_Reference, ...] = ()

    def points_back(self, position: int) -> bool:
        """Whether the sentence points back before ``position`` ("It has a range of")."""
        return self.anaphor is not None and self.anaphor < position

    def reference_before(self, position: int) -> _Reference | None:
        """The last definite reference to a weapon that starts before ``position``, in sentence offsets."""
        found = None
        for reference in self.references:
            if reference.start >= position:
                break
            found = reference
        return found


def _setting(document: Document, index: int, context: str) -> _Setting:
    pointers = list(_ANAPHOR.finditer(document.sentences[index].text))
    pointer = pointers[0] if pointers else None
    return _Setting(
        anaphor=pointer.start() if pointer is not None else None,
        earlier=_previous_name(document, index, pointer["noun"] if pointer is not None else None),
        civilian_context=_CIVILIAN.search(context) is not None,
        references=tuple(
            _Reference(start=match.start("noun"), family=_family(match["noun"])) for match in pointers if match["noun"]
        ),
    )


def _is_claim(document: Document, index: int, quantity: Quantity, context: str, setting: _Setting) -> bool:
    text = document.sentences[index].text
    if not has_range_cue(text, quantity):
        return False
    if _COMBAT.search(text, max(0, quantity.start - 60), quantity.start) is not None:
        return True
    named = bool(find_names(text, max(0, quantity.start - _NAME_WINDOW), quantity.start))
    # ... or just after it, in the same clause: "With a range of 2,500 km, the Vela-4 could hit".
    named = named or bool(find_names(text, quantity.end, min(len(text), quantity.end + _NAMED_AFTER)))
    # A sentence that points back to a system the sentence before names ("It has a range of") is about it.
    points_back = setting.points_back(quantity.start) and setting.earlier is not None
    named = named or (points_back and not setting.civilian_context)
    return weapon_nearby(text, quantity, context, named=named)


def _numeric(document: Document, index: int) -> Iterator[Claim]:
    sentence = document.sentences[index]
    found = find_quantities(sentence.text)
    if not found:
        return
    context = _context(document, index)
    setting = _setting(document, index, context)
    quantities = [q for q in found if _is_claim(document, index, q, context, setting)]
    owners = _respective_owners(document, index, quantities)
    for number, quantity in enumerate(quantities):
        start = sentence.start + quantity.start
        end = sentence.start + quantity.end
        subject = _span(document, *owners[number]) if owners else _subject(document, index, (start, end), setting)
        yield Claim(
            kind=_KIND,
            text=document.text[start:end],
            start=start,
            end=end,
            subject=subject,
            value=WeaponRange(min_km=quantity.min_km, max_km=quantity.max_km, qualifier=quantity.qualifier),
        )


def _respective_owners(document: Document, index: int, quantities: Sequence[Quantity]) -> list[tuple[int, int]]:
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
        return []
    listed = names[-len(quantities) :]
    if _RESPECTIVELY.search(text, quantities[-1].end) is not None:
        return listed
    plural = _PLURAL_RANGES.search(text, max(0, quantities[0].start - 40), quantities[0].start) is not None
    figures_listed = all(
        _LIST_JOIN.fullmatch(text, first.end, second.start) is not None
        for first, second in itertools.pairwise(quantities)
    )
    names_listed = all(
        _NAMES_JOIN.fullmatch(document.text, first[1], second[0]) is not None
        for first, second in itertools.pairwise(listed)
    )
    return listed if plural and figures_listed and names_listed else []


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
        if names and (names[-1][1] >= start - 2 or _PREDICATE.fullmatch(document.text, names[-1][1], start)):
            # "Tayfun medium-range missiles", "The Tarn-6 is a medium-range missile"
            subjects = [_span(document, *names[-1])]
        elif after and _OF_NAME.fullmatch(document.text, end, after[0][0]) is not None:
            # "a long-range version of the Hsiung Feng IIE", "long-range missiles such as the Storm Shadow"; a
            # plural class word followed by a list ("short-range missiles - the Vela-1 and Vela-2") is said of each
            listed = [after[0]]
            plural = _PLURAL_END.search(document.text, start, end) is not None
            for name in after[1:] if plural else []:
                if _LIST_JOIN.fullmatch(document.text, listed[-1][1], name[0]) is None:
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
