"""Whether a weapon, not a civilian thing, is the nearest thing to a figure.

A figure nearer to an airliner, a car or a parcel drone than to any weapon is that thing's reach (ANNOTATION.md
rule 2). Some civilian words name weapons' things in context: a drone a system's name gives, a glide vehicle, a
jet with a military designation; and a weapon only watched, or measured against, says nothing.
"""

from __future__ import annotations

import string
from collections.abc import Iterable

import regex

from newsfacts.text import LazyPattern
from newsfacts_weapons.civilian import civilian_words
from newsfacts_weapons.cues import weapon_words
from newsfacts_weapons.gates import GatedPattern
from newsfacts_weapons.names import find_names
from newsfacts_weapons.quantities import Quantity
from newsfacts_weapons.references import CARRYING

_WEAPON_WINDOW = 160

# A thing a weapon engages ("can engage aircraft") is its target, not what the range belongs to; so is a
# weapon a sensor watches ("the radar can detect missiles at a range of 600 km").
_TARGETED = GatedPattern(
    r"(?i)\b(?:engag|intercept|hit|strik|shoot|destroy|target|down)\w*\s(?:\w+\s){0,2}$",
    ("engag", "intercept", "hit", "strik", "shoot", "destroy", "target", "down"),
)
_WATCHED = GatedPattern(
    r"(?i)\b(?:detect|track|spot|monitor|see|sense|locate|identif)\w*\s(?:\w+\s){0,2}$",
    ("detect", "track", "spot", "monitor", "see", "sense", "locate", "identif"),
)


# A weapon the figure is measured against says nothing of what the figure belongs to: "the airliner has a range
# of 14,000 km, more than any missile".
_MEASURED_AGAINST = GatedPattern(
    r"(?i)\b(?:than|unlike|as\s(?:far|long)\sas)\s(?:(?:any|the|a|an|most)\s)?(?:[\w-]+\s)?$",
    ("than", "unlike", "far", "long"),
)
_DRONE = LazyPattern(r"(?i)drones?|UAVs?")
# What may stand between a system's name and the drone word it names (see _is_named_drone).
_NAMED_DRONE_GAP = LazyPattern(
    r"(?:,\s(?:an?|the)\s|\s)(?:(?!(?:and|or|nor|with|of|but|plus)\s)[\w-]++\s){0,2}", regex.ASCII
)


def _is_named_drone(text: str, match: regex.Match[str]) -> bool:
    """Whether a drone word follows a system's name ("the Sparrow-8 drone"): a weapon, not a parcel carrier.

    A model code or a word or two may stand between ("Bayraktar TB2 drones"), or an apposition opening ("the
    Shahed, a delta-wing drone"); a second thing may not ("the Tarn-2 missiles and the delivery drones").
    """
    if _DRONE.compiled.fullmatch(match.group()) is None:
        return False
    names = find_names(text, max(0, match.start() - 60), match.start())
    return bool(names) and _NAMED_DRONE_GAP.compiled.fullmatch(text, names[-1][1], match.start()) is not None


# A vehicle a missile carries: "a hypersonic glide vehicle", "re-entry vehicles". Part of a weapon, not a car.
_VEHICLE = LazyPattern(r"(?i)vehicles?")
_WEAPON_PART_BEFORE = LazyPattern(r"(?i)\b(?:glide|re-?entry|hypersonic|boost-glide)\s$")
# A jet or plane named by a military designation ("Su-24 jets", "F-16 fighter jets"): a strike platform.
_WARPLANE = LazyPattern(r"(?i)jets?|aircraft|planes?")
_DESIGNATED_BEFORE = LazyPattern(r"(?:\s(?:fighter|attack|strike|combat|bomber))?\s$")


# An aircraft said to carry or launch a weapon is its platform, not an airliner: "the ASMP-A, carried by Rafale
# jets, has", "jets armed with Meteor missiles", "planes that fire Kh-59s".
_CARRIER = LazyPattern(r"(?i)jets?|aircraft|(?:air|war)?planes?|helicopters?")
_CARRIER_OF_BEFORE = LazyPattern(
    r"(?i)\b(?:carried|launched|fired|dropped|delivered)\s(?:by|from)\s(?:the\s|an?\s|its\s|their\s)?"
    r"(?:[\w-]++\s){0,2}?$"
)
_CARRYING_AFTER = LazyPattern(r"(?i),?\s" + CARRYING + r"\b")
_CARRIED_REACH = 40


def _is_carrier(text: str, match: regex.Match[str]) -> bool:
    """Whether an aircraft word names what carries a weapon: "carried by Rafale jets", "jets carrying missiles".

    The weapon is what the participle or clause is said of, before it, or what the aircraft carry, after it.
    """
    if _CARRIER.compiled.fullmatch(match.group()) is None:
        return False
    before = _CARRIER_OF_BEFORE.compiled.search(text, max(0, match.start() - 40), match.start())
    if before is not None:
        carried = (max(0, before.start() - _CARRIED_REACH), before.start())
    else:
        after = _CARRYING_AFTER.compiled.match(text, match.end(), match.end() + 24)
        if after is None:
            return False
        carried = (after.end(), min(len(text), after.end() + _CARRIED_REACH))
    # what is carried must be a weapon: "jets carrying passengers" are airliners
    return next(weapon_words(text, *carried), None) is not None


def _is_weapon_part(text: str, match: regex.Match[str]) -> bool:
    """Whether a vehicle word names a part of a missile: "the DF-17, which carries a hypersonic glide vehicle"."""
    return (
        _VEHICLE.compiled.fullmatch(match.group()) is not None
        and _WEAPON_PART_BEFORE.compiled.search(text, max(0, match.start() - 20), match.start()) is not None
    )


def _is_designated_warplane(text: str, match: regex.Match[str]) -> bool:
    """Whether a jet or plane word follows a designation with a digit at once: "Su-24 jets", "F-16 fighter jets".

    Airliners are named by their makers ("Boeing 737 jets") and their model numbers, civilian words themselves.
    """
    if _WARPLANE.compiled.fullmatch(match.group()) is None:
        return False
    names = find_names(text, max(0, match.start() - 40), match.start())
    if not names or not any(character.isdigit() for character in text[names[-1][0] : names[-1][1]]):
        return False
    return _DESIGNATED_BEFORE.compiled.fullmatch(text, names[-1][1], match.start()) is not None


# "flight" as the kind of a range ("the Lark-8 drone has a flight range of"): the reach of what flies, no airliner.
_RANGE_KIND = LazyPattern(r"(?i)flight")
_KIND_OF_RANGE_AFTER = LazyPattern(r"(?i)\s(?:range|radius)\b")


def _is_kind_of_range(text: str, match: regex.Match[str]) -> bool:
    """Whether a flight word only says what kind of range follows: "a flight range of 1,000 km"."""
    return (
        _RANGE_KIND.compiled.fullmatch(match.group()) is not None
        and _KIND_OF_RANGE_AFTER.compiled.match(text, match.end(), match.end() + 8) is not None
    )


# A sentence that refers back to drones ("The drones can fly"), and a drone word standing alone.
_DRONE_REFERENCE = GatedPattern(
    r"(?i)\b(?:the|these|those|its|their|such)\s(?:[\w-]++\s){0,2}?(?:drones?|UAVs?)\b", ("drone", "uav")
)
_DRONE_WORD = LazyPattern(r"(?i)(?<![\w-])(?:drones?|UAVs?)(?![\w-])")
# What a drone reference cannot end on: a reference cut short right before a figure ends on none of these.
_NOT_WORD = frozenset(string.punctuation + string.whitespace) - {"_"}


def first_drone_reference_end(sentence: str) -> int | None:
    """Where the sentence's leftmost drone reference ("the drones") ends: no reference in it ends before that.

    Found once a sentence by the caller and passed to every figure's test: a search of everything before each
    figure made one long sentence of figures quadratic, and a cache here would keep sentences alive past the call.
    """
    found = _DRONE_REFERENCE.search(sentence)
    return None if found is None else found.end()


def drone_reference_before(text: str, end: int, first_end: int | None) -> bool:
    """Whether ``text[:end]`` holds a drone reference ("the drones"); ``first_end`` is the sentence's first one's end.

    A reference inside ``text[:end]`` is one of the whole text unless it ends at ``end`` on a word the cut made
    ("drones" in "drones300"); the leftmost reference of the text ends first. Only such a cut is searched again.
    """
    if first_end is not None and first_end <= end:
        return True
    return end > 0 and text[end - 1] not in _NOT_WORD and _DRONE_REFERENCE.search(text, 0, end) is not None


def refers_to_named_drones(text: str, end: int, context: str, first_end: int | None) -> bool:
    """Whether ``text[:end]`` refers back to drones the sentence before names ("Russia launched Shahed drones.").

    Such drones are the weapons the sentence before named, not parcel carriers: "The drones can fly 2,000 km".
    ``first_end`` is :func:`first_drone_reference_end` of ``text``.
    """
    if not drone_reference_before(text, end, first_end):
        return False
    return any(_is_named_drone(context, match) for match in _DRONE_WORD.compiled.finditer(context))


def _nearest_distance(
    matches: Iterable[regex.Match[str]], text: str, span: tuple[int, int], *, weapon: bool, armed: bool = False
) -> int | None:
    start, end = span
    best: int | None = None
    for match in matches:
        if not weapon and _TARGETED.search(text, max(0, match.start() - 30), match.start()):
            continue
        if not weapon and (_is_named_drone(text, match) or (armed and _DRONE.compiled.fullmatch(match.group()))):
            continue
        if not weapon and (_is_weapon_part(text, match) or _is_designated_warplane(text, match)):
            continue
        if not weapon and (_is_kind_of_range(text, match) or _is_carrier(text, match)):
            continue
        if weapon and _WATCHED.search(text, max(0, match.start() - 30), match.start()):
            continue
        if weapon and _MEASURED_AGAINST.search(text, max(0, match.start() - 30), match.start()):
            continue
        gap = start - match.end() if match.end() <= start else max(0, match.start() - end)
        if best is None or gap < best:
            best = gap
    return best


def weapon_nearby(
    text: str, quantity: Quantity, context: str, *, named: bool = False, armed_drones: bool = False
) -> bool:
    """Whether a weapon is named near the figure, or in the sentence before, and nothing else is nearer.

    ``named`` says a weapon's proper name stands before the figure, which counts when no other thing is nearer;
    ``armed_drones`` that the drones the sentence speaks of are weapons named before, not civilian things.
    """
    lo = max(0, quantity.start - _WEAPON_WINDOW)
    hi = min(len(text), quantity.end + _WEAPON_WINDOW)
    span = (quantity.start, quantity.end)
    weapon = _nearest_distance(weapon_words(text, lo, hi), text, span, weapon=True)
    other = _nearest_distance(civilian_words(text, lo, hi), text, span, weapon=False, armed=armed_drones)
    if weapon is not None:
        return other is None or weapon <= other
    if other is not None:
        return False
    return named or next(weapon_words(context[-400:]), None) is not None
