"""What a sentence points back to: "It has", "the missile can", and the system the sentence before names."""

from __future__ import annotations

import bisect

import attrs

from newsfacts import Document
from newsfacts import text as newsfacts_text
from newsfacts.text import LazyPattern
from newsfacts_weapons.aliases import alias_span
from newsfacts_weapons.civilian import civilian_words
from newsfacts_weapons.gates import GatedPattern
from newsfacts_weapons.gazetteer import is_system
from newsfacts_weapons.names import find_names

# How many sentences back a name is looked for when a sentence points back.
_LOOKBACK = 2
# A sentence that points back to a weapon named earlier: "It has", "the missile", "these systems".
_ANAPHOR = LazyPattern(
    r"(?i)^\W*(?:It|Its|They|Their)\b|\b(?:it|they)\s(?:is|are|was|were|has|have|can|could|will|would)\b"
    r"|\b(?:the|this|these|such|its|that|each)\s(?:[\w-]+\s){0,3}?(?P<noun>missiles?|rockets?|weapons?|weaponry|systems?"
    r"|versions?|variants?|batter(?:y|ies)|launchers?|ICBMs?|interceptors?|howitzers?|bombs?)\b"
    # the second of two the sentence before names, or the first: "The latter has a range of"
    r"|\bthe\s(?P<order>latter|former)\b"
    # a range said to be "its": "With its 2,000 km range, nothing in the region is safe"
    r"|\b(?:with|at)\s(?:its|their)\s(?:[\w,.-]++\s){0,3}?range\b"
    # a platform only as the sentence's subject: "The Kinzhal is carried by the MiG-31K. The jet has a combat
    # radius of 720 km." ("the test firing from its warship" points back to nothing)
    r"|^\W*(?:The|These|Such)\s(?:[\w-]+\s){0,2}?(?P<noun>jets?|fighters?|bombers?|warships?|submarines?)\b"
    # "Each" alone ("Each has a range of"); "Each bomb" names its kind above
    r"|^\W*Each\b"
)
# The noun a name stands before in the sentence before ("Kh-59 missiles", "a Patriot battery", "Su-34 jets"):
# "the missiles" points back to a name said to be a missile, not to the jets that carried it.
_HEAD_AFTER_NAME = LazyPattern(
    r"(?i)[\"'\u2019\u201d)]?+\s(?:[\w-]++\s){0,2}?(?P<head>missiles?|rockets?|ICBMs?|SLBMs?|interceptors?"
    r"|batter(?:y|ies)|launchers?|systems?|jets?|aircraft|fighters?|fighter-bombers?|bombers?|planes?|submarines?"
    r"|frigates?|destroyers?|cruisers?|warships?|ships?|vessels?|drones?|howitzers?|guns?|radars?)\b"
)
# A name that fires, launches or carries something is a platform: "The Vela-3 fired a Lark-6".
# ("Exocets fired by a Mirage", "the SM-3 was fired from a cruiser" are passives: the missiles are what was fired.)
_FIRES = LazyPattern(
    r"(?i)(?:\s(?!(?:was|were|is|are|been|being|be)\b)[\w-]++){0,2}?\s"
    r"(?:fired|fires|launched|launches|carried|carries|dropped|drops|released|releases|test-fired|shot|deployed"
    r"|used|uses)\b(?!\sby\b)"
)
# How a platform's name says it carries a munition named after it: "Tu-95 bombers carrying Kh-101 missiles", "jets
# armed with Meteors", "the MiG-31K jets that carry Kinzhal missiles".
CARRYING = (
    r"(?:carrying|armed\swith|equipped\swith|(?:that|which)\s(?:carry|carries|carried|launch|launches|launched|fire"
    r"|fires|fired|drop|drops|dropped))"
)
# A name after these carries or fires the weapon: "the Kinzhal is carried by the MiG-31K".
_CARRIED_BY = LazyPattern(r"(?i)\b(?:carried|fired|launched|dropped|released)\s(?:by|from)\s(?:the\s|an?\s)?$")
# A name that intercepts something is an interceptor: "Israel's Arrow 3 intercepted an Iranian Emad missile".
_INTERCEPTS = LazyPattern(
    r"(?i)(?:\s(?!(?:was|were|is|are|been|being|be)\b)[\w-]++){0,2}?\s"
    r"(?:intercepted|intercepts|downed|shot\sdown|destroyed|fired\sat)\b"
)
# What a platform may be pointed back to as.
_PLATFORM_KINDS = frozenset({"aircraft", "ship", "launcher"})
_FAMILY = {
    "missile": "missile",
    "rocket": "missile",
    "bomb": "missile",
    "icbm": "missile",
    "slbm": "missile",
    "interceptor": "interceptor",
    # "the weapon" a sentence points back to is the munition fired, not the jet or ship that fired it
    "weapon": "missile",
    "weaponry": "missile",
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
    "cruiser": "ship",
    "warship": "ship",
    "ship": "ship",
    "vessel": "ship",
    "drone": "drone",
    "howitzer": "gun",
    "gun": "gun",
    "radar": "radar",
}
# A name a figure is measured against is not its owner: "more than the Scud's", "similar to the Tochka",
# "twice as far as the Tarn-1", "longer than that of the Scud".
COMPARED = GatedPattern(
    r"(?i)\b(?:than|unlike|like|compared\s(?:with|to)|similar\sto|comparable\sto|akin\sto|versus|vs\.?"
    r"|as\s(?:far|long|much|great)\sas|(?:that|those)\sof)\s(?:the\s)?$",
    (
        "than",
        "like",
        "compared",
        "similar",
        "comparable",
        "akin",
        "versus",
        "vs",
        "far",
        "long",
        "much",
        "great",
        "that",
        "those",
    ),
)


# A name the sentence says was struck is a target, not a weapon: "the Sheffield was hit", "the Stark was hit by".
_STRUCK = newsfacts_text.word_set("hit struck sunk targeted attacked destroyed damaged")
TARGET_AFTER = GatedPattern(
    r"(?i)\s(?:was|were|is|are|had\sbeen|has\sbeen)\s(?:\w+\s)?" + newsfacts_text.alternation(_STRUCK) + r"\b",
    tuple(sorted(_STRUCK)),
)


def _family(noun: str | None) -> str | None:
    """The kind of thing a noun names ("missiles" and "rocket" are both missiles); None when it says nothing."""
    if noun is None:
        return None
    return _FAMILY.get(noun.lower().removesuffix("s"))


def _previous_name(document: Document, index: int, noun: str | None, *, latter: bool = False) -> tuple[int, int] | None:
    """The weapon name of the nearest earlier sentence that names one, that the sentence points back to.

    With a noun to match ("the missiles"), a name said to be that kind of thing comes first, then one said to
    be nothing, then the rest ("The Su-34 jets were armed with Kh-59 missiles. The missiles have": the Kh-59).
    A name the sentence compares its system with ("Unlike the Scud, the new Fateh-313 ...") comes last. Among
    names that fit as well, one that shows it is a system comes first (see :func:`_weapon_like`); else the first
    name, with its alias. "The latter" is the last name.
    """
    sentences = document.sentences
    text = document.text
    wanted = _family(noun)
    for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        sentence = sentences[back]
        names = find_names(text, sentence.start, sentence.end)
        if names and latter:
            return alias_span(text, names, len(names) - 1)
        if names:
            bounds = (sentence.start, sentence.end)
            ranks = [(pointed_rank(text, name, bounds, wanted), not _weapon_like(text, name, bounds)) for name in names]
            return alias_span(text, names, ranks.index(min(ranks)))
    return None


# A designation's digit or an acronym's capitals ("Tarn-9", "NMESIS"): the marks of a system's name, not a person's.
_CODED = LazyPattern(r"\d|\b[A-Z]{3,}+\b")


def _weapon_like(text: str, name: tuple[int, int], bounds: tuple[int, int]) -> bool:
    """Whether a name shows it is a system: a digit, an acronym, a listed system, or a weapon noun after it.

    A bare capitalised word found only by the verb after it ("Borduria has deployed ...") may be a country, a
    company or a person, so a sentence pointing back prefers the name that shows it is a weapon.
    """
    start, end = name
    if _CODED.compiled.search(text, start, end) is not None or is_system(text, start, end):
        return True
    return _HEAD_AFTER_NAME.compiled.match(text, end, min(bounds[1], end + 40)) is not None


def pointed_rank(text: str, name: tuple[int, int], bounds: tuple[int, int], wanted: str | None) -> int:
    """How well a name of the sentence before fits a reference to a ``wanted`` kind of thing; lower is better."""
    start, end = name
    if COMPARED.search(text, max(bounds[0], start - 25), start) is not None:
        return 3
    if TARGET_AFTER.match(text, end, min(bounds[1], end + 40)) is not None:
        return 4
    if wanted is None:
        return 0
    head = _HEAD_AFTER_NAME.compiled.match(text, end, min(bounds[1], end + 40))
    family = _family(head["head"]) if head is not None else None
    if family is None:
        family = _role(text, name, bounds, wanted)
    if family == "platform":
        return 0 if wanted in _PLATFORM_KINDS else 2
    if family == "interceptor" and wanted == "missile":
        return 0  # an interceptor is a missile
    return 0 if family == wanted else 1 if family is None else 2


def _role(text: str, name: tuple[int, int], bounds: tuple[int, int], wanted: str) -> str | None:
    """The kind of thing a name of no stated kind is, by what the sentence says it does or what is done with it.

    "An F-35 carried the JSM": the F-35 is a platform, not what flew; "carried by the MiG-31K": so is the MiG-31K;
    "the Arrow 3 intercepted an Emad": the Arrow 3 is the interceptor a later "the interceptor" means.
    """
    start, end = name
    stop = min(bounds[1], end + 40)
    if wanted == "interceptor" and _INTERCEPTS.compiled.match(text, end, stop) is not None:
        return "interceptor"
    if wanted == "missile" and _FIRES.compiled.match(text, end, stop) is not None:
        return "platform"
    if _CARRIED_BY.compiled.search(text, max(bounds[0], start - 30), start) is not None:
        return "platform"
    return None


@attrs.frozen(kw_only=True)
class Reference:
    """A definite reference to a weapon in a sentence ("the missile"), with the kind of thing it names."""

    start: int
    family: str | None


def absolute(reference: Reference | None, offset: int) -> Reference | None:
    """``reference`` with its start moved by ``offset``: from sentence offsets to document offsets."""
    return None if reference is None else Reference(start=reference.start + offset, family=reference.family)


def context_of(document: Document, index: int) -> str:
    """The text of the sentence before sentence ``index``, where a weapon named earlier can stand."""
    if index == 0:
        return ""
    previous = document.sentences[index - 1]
    return document.text[previous.start : previous.end]


@attrs.frozen(kw_only=True)
class Setting:
    """What a sentence says once for all its figures: where it first points back, and to which system."""

    anaphor: int | None
    earlier: tuple[int, int] | None
    civilian_context: bool
    references: tuple[Reference, ...] = ()

    def points_back(self, position: int) -> bool:
        """Whether the sentence points back before ``position`` ("It has a range of")."""
        return self.anaphor is not None and self.anaphor < position

    def reference_before(self, position: int) -> Reference | None:
        """The last definite reference to a weapon that starts before ``position``, in sentence offsets.

        A bisection over the references (in the order they start): a walk was one per figure over all of them.
        """
        count = bisect.bisect_left(self.references, position, key=lambda reference: reference.start)
        return self.references[count - 1] if count else None


def sentence_setting(document: Document, index: int, context: str) -> Setting:
    """The :class:`Setting` of sentence ``index``, once for all its figures; ``context`` is the one before."""
    pointers = list(_ANAPHOR.compiled.finditer(document.sentences[index].text))
    pointer = pointers[0] if pointers else None
    return Setting(
        anaphor=pointer.start() if pointer is not None else None,
        earlier=_previous_name(
            document,
            index,
            pointer["noun"] if pointer is not None else None,
            latter=pointer is not None and (pointer["order"] or "").lower() == "latter",
        ),
        civilian_context=next(civilian_words(context), None) is not None,
        references=tuple(
            Reference(start=match.start("noun"), family=_family(match["noun"])) for match in pointers if match["noun"]
        ),
    )
