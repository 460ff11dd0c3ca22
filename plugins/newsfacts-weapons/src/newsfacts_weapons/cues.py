"""Whether a distance is a weapon's reach.

It needs a range cue next to it, nothing that makes it a place, a flight, a height or a speed, and a weapon nearby.

Every test reads a bounded window around the number, so a sentence costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.text import LazyPattern, alternation, word_set
from newsfacts_weapons.gates import GatedPattern, leftmost_matches
from newsfacts_weapons.gazetteer import or_system
from newsfacts_weapons.names import find_names
from newsfacts_weapons.quantities import Quantity

_BEFORE = 90
_AFTER = 70

# Cues before the number: the noun "range"/"reach", striking distance, hitting targets, engaging,
# and travel or flight said as a capability ("can travel", "capable of flying"), never as an observed flight.
# A "distance of" after an observed flight ("travelled a distance of 950 km") is no cue; see _FLIGHT_BEFORE_CUE.
# Each group of cues is searched only in a window that holds one of its words (see ``gates``); the groups
# keep the order of the one alternation they were, so their matches merge into what it found.
_CUE_BEFORE = tuple(
    GatedPattern("(?i)" + source, anchors)
    for source, anchors in (
        # (a class word's "range" is no cue for a later figure: "Long-range missiles hit an airfield 600 km away")
        (
            (
                r"(?<!\btest\s|\b(?:long|short|medium|intermediate|longer|shorter|longest|mid|close)-)"
                r"\brang(?:e|es|ed)\b|\breach(?:es)?\b|\bradius\b"
            ),
            ("rang", "reach", "radius"),
        ),
        (
            (
                r"\b(?:striking|strike)\sdistance\b|\bdistances?\sof\b"
                r"|\b(?:maximum|max|operational|effective|design|designed)\s(?:\w+\s)?distance\b"
            ),
            ("distance",),
        ),
        (
            r"\b(?:strike|striking|hitting|attack|firing)\s(?:capacity|capability|radius|envelope)\b",
            ("capa", "radius", "envelope"),
        ),
        (r"\bengag(?:e|es|ing)\b|\bintercepts\b", ("engag", "intercepts")),
        (
            (
                r"\b(?:hit|hits|hitting|strike|strikes|striking|reach|reaching|engage|engaging|destroy\w*|fired?\sat)"
                r"\s(?:\w+\s){0,2}?targets\b"
            ),
            ("targets",),
        ),
        # a gun or launcher firing in the present tense, a capability ("fires shells up to 40 km", "howitzers fire
        # shells"); "fired" is one shot
        (
            (
                r"\b(?:fires|firing|(?:which|that|howitzers|guns|cannons|launchers|systems|batteries)\sfire)\s"
                r"(?:[\w-]+\s){0,2}?(?:shells|rounds|projectiles|rockets|missiles|munitions)\b"
            ),
            ("fire",),
        ),
        # a capability said as effectiveness ("effective out to 300 km")
        (r"\beffective\s(?:out\s)?(?:to|at|up\sto)\b", ("effective",)),
        (
            (
                # (an attribution may stand after the modal: "can, according to officials, fly")
                r"\b(?:can|could|would|will|able\sto|capable\sof|capacity\sto|designed\sto)(?:,[^,;.\d]{1,80}+,)?"
                r"\s(?:\w+\s){0,2}?"
                r"(?:travel|travell?ing|fly|flying|glide|gliding|go|cover|covering|hit|hitting|strike|striking|reach"
                r"|reaching|launch"
                r"|fire|intercept|intercepting|engage|engaging|destroy|destroying|shoot\sdown|shooting\sdown|target"
                r"|targeting|carry(?:ing)?\s(?:[\w-]+\s){0,3}?(?:warheads?|payloads?)"
                r"|deliver(?:ing)?\s(?:[\w-]+\s){0,3}?(?:warheads?|payloads?))\b"
            ),
            ("can", "could", "would", "will", "able", "capacity", "designed"),
        ),
    )
)
# A range word right after the figure: "1,000-km range", "800 km-range", "2,000 km (1,250 mile) range".
# The figure can also come first and be named a range after it: "900 km was the range of the new rocket".
_CUE_AFTER = GatedPattern(
    r"(?i)\s?(?:\([^()\n]{0,60}\)\s?)?(?:-|\s)?(?:of\s)?(?:strike[- ])?(?:range|reach)\b"
    r"|\s(?:is|was|would\sbe|will\sbe)\s(?:the|its|their)\s(?:(?:[\w-]++\s){0,2}?)(?:range|reach)\b",
    ("range", "reach"),
)
# Words between the cue and the number that show the figure is something else.
_GAP_BREAK = GatedPattern(
    r"(?i)\baltitudes?\b|\bapogee|\bceiling\b|\borbit|\bheight|\bspeeds?\b|\bvelocity|\bflew\b|\bflown\b"
    r"|\btravell?ed\b|\bcover(?:ed|ing)\b|\breached\b"
    r"|\blanded\b|\bsplash|\bnorth|\bsouth|\beast|\bwest|;"
    # a position, not a reach: "(range of 40 km) were placed 20 km behind the line", "lies 250 km from"
    r"|\b(?:placed|positioned|stationed|moved|lies|lie|lying|sits)\b",
    (
        "altitude",
        "apogee",
        "ceiling",
        "orbit",
        "height",
        "speed",
        "velocity",
        "flew",
        "flown",
        "travel",
        "cover",
        "reached",
        "landed",
        "splash",
        "north",
        "south",
        "east",
        "west",
        ";",
        "placed",
        "positioned",
        "stationed",
        "moved",
        "lie",
        "lying",
        "sits",
    ),
)
# Words right after the figure that make it a place or a size on their own ("300 km off", "40 km long").
_AFTER_BREAK_ALONE = word_set(
    "off of outside inland offshore above below high deep long wide tall across into up behind inside along apart "
    "between further farther"
)
# The words _AFTER_BREAK can open with (after a space, when no bracket comes first), whole or as a word's start.
_AFTER_BREAK_WORDS = _AFTER_BREAK_ALONE | word_set("to in short from an a per more longer less shorter greater")
_AFTER_BREAK_STARTS = ("north", "south", "east", "west", "error", "accura", "margin")
_AFTER_BREAK_WORD_REACH = 12
# Words right after the figure that make it a place, a size, a speed or an error.
_AFTER_BREAK = LazyPattern(
    r"(?i)\s?(?:\([^()\n]{0,60}\)\s?)?(?:"
    r"(?:to\sthe\s)?(?:north|south|east|west)\w*\b|" + alternation(_AFTER_BREAK_ALONE) + r"\b"
    r"|in\s(?:length|diameter|width)\b|short\sof\b|in\sfront\sof\b"
    # a difference between two reaches, not a reach: "300 km more than the Tarn-6", "300 km further"
    r"|(?:more|longer|less|shorter|greater)\sthan\b"
    # "from" opens a place ("300 km from the coast"), not a change ("to 450 km from the existing 290 km",
    # "to 3,500 km from 2,750 km")
    r"|from\b(?!\s(?:the\s|an?\s)?(?:existing|current|original|previous|earlier|former|old|\d))"
    r"|(?:an|a|per)\s(?:hour|second)\b|/\s?h|/\s?s\b|-(?:long|wide|high|tall|deep)\b"
    r"|error|accura|margin)"
)
# Generic weapon nouns, in any case; with a listed system's name (case-sensitive, see the gazetteer) they are
# the weapon words, found by weapon_words.
_WEAPON_NOUN = LazyPattern(
    r"(?i:\b(?:missiles?|rockets?|ICBMs?|SLBMs?|IRBMs?|MRBMs?|SRBMs?|warheads?|weapons?|weaponry|artillery|howitzers?|bombs?"
    r"|launchers?|interceptors?|torpedo(?:es)?|bombers?|munitions?|shells|ammo|ammunition|cannons?|guns?|mortars?"
    r"|air[- ]defen[cs]e|missile[- ]defen[cs]e"
    # a drone said to be armed is a weapon; an unqualified drone may deliver parcels (see civilian)
    r"|(?:attack|kamikaze|suicide|combat|armed|strike|military|loitering|long-range|one-way(?:[- ]attack)?"
    r"|explosive(?:-laden)?)"
    r"\s(?:drones?|UAVs?))\b)"
)


def weapon_words(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    """Generic weapon nouns and listed systems' names in ``text[start:end]``, in text order."""
    return or_system(_WEAPON_NOUN.compiled, text, start, len(text) if end is None else end)


# A figure used as a modifier after a determiner, with only a weapon's modifiers between it and what it modifies:
# "a 300-km missile", "the 700-km Tarn-6", "Borduria's 2,000 km cruise missiles". A weapon so described is one
# whose reach the figure is, unless the noun is its flight or test ("a 1,000-km missile flight"); a figure that
# modifies anything else ("a 40-km convoy of rocket launchers", "a 300-mile journey") is no reach.
_DETERMINER_BEFORE = LazyPattern(r"(?i)(?:\b(?:a|an|the|its|their|his|her|our|these|those|new)|['\u2019]s)\s$")
_WEAPON_MODIFIER = LazyPattern(
    r"(?:[a-z]++-[a-z][a-z-]*+|cruise|ballistic|tactical|strategic|supersonic|subsonic|hypersonic|guided|nuclear"
    r"|conventional|precision|air|land|sea|ground|surface|mobile|coastal|advanced|new|missile|rocket|artillery)\s"
)
_MODIFIED_WORDS = 3
_EVENT_AFTER = LazyPattern(
    r"(?i)\s(?:flights?|tests?|trips?|journeys?|launch(?:es)?|strikes?|attacks?|trajector(?:y|ies))\b"
)


def modified_weapon(text: str, start: int, end: int, stop: int | None = None) -> tuple[tuple[int, int], bool] | None:
    """What a figure at ``text[start:end]`` modifies as an attribute, and whether it is a name; None if no weapon.

    The figure follows a determiner and precedes, after at most three lower-case words, a weapon noun or name.
    Nothing at or past ``stop`` (the end of ``text`` by default) is read, so no caller need slice the text.
    """
    limit = len(text) if stop is None else stop
    if (
        end >= limit
        or text[end] not in " -"
        or _DETERMINER_BEFORE.compiled.search(text, max(0, start - 12), start) is None
    ):
        return None
    # where the modified thing may start: right after the figure, or after one to three modifiers
    positions = [end + 1]
    for _ in range(_MODIFIED_WORDS):
        word = _WEAPON_MODIFIER.compiled.match(text, positions[-1], limit)
        if word is None:
            break
        positions.append(word.end())
    names = {name[0]: name for name in find_names(text, positions[0], min(limit, positions[-1] + 60))}
    for position in positions:
        if position in names:
            return names[position], True
        noun = _WEAPON_NOUN.compiled.match(text, position, limit)
        if noun is not None:
            return None if _EVENT_AFTER.compiled.match(text, noun.end(), limit) else ((noun.start(), noun.end()), False)
    return None


def _last_cue(text: str) -> regex.Match[str] | None:
    """The last match ``finditer`` of the cues before a figure would give in ``text``."""
    last = None
    for match in leftmost_matches([group.search for group in _CUE_BEFORE], text, 0, len(text)):
        last = match
    return last


def _may_break_after(after: str) -> bool:
    """Whether :data:`_AFTER_BREAK` can match at the start of ``after``; when not, it needs no compiling.

    Past the white space, its words start the text, or a bracket, a slash or a hyphen does. A word that is
    followed by a letter or a digit is no whole word, so the ASCII letters that open ``after`` are one
    of its words, or start with one of the words it takes as a word's start, or nothing matches.
    """
    head = after.lstrip()[:_AFTER_BREAK_WORD_REACH]
    if not head or head[0] in "(/-" or not head.isascii():
        return True
    lowered = head.lower()
    word = lowered[: len(lowered) - len(lowered.lstrip("abcdefghijklmnopqrstuvwxyz"))]
    return word in _AFTER_BREAK_WORDS or word.startswith(_AFTER_BREAK_STARTS)


# A capability in the simple present with a limit: "flies up to 2,000 km". Without the limit a headline's
# "flies 800 km" is one flight.
_PRESENT_TRAVEL = GatedPattern(
    r"(?i)\b(?:flies|travels|glides|(?:rockets|missiles|shells|they)\s(?:fly|travel|glide))\s$",
    ("flies", "travels", "glides", "fly", "travel", "glide"),
)
# An observed flight told just before the range word: "flew to a range of", "travelled a range of". A figure
# between them is that flight's own ("flew 600 km but can fly 1,100 km"), so the words between hold none.
_FLIGHT_BEFORE_CUE = GatedPattern(
    r"(?i)\b(?:flew|flown|travell?ed|covered|reached|landed|splashed)\s(?:[^\W\d][\w-]*+\s){0,3}$",
    ("flew", "flown", "travel", "covered", "reached", "landed", "splashed"),
)


# What a blast or a fall did around a point, told just before a radius: "damaged buildings within a radius of 2 km",
# "debris fell over a radius of 5 km", "a blast radius of 1 km". An area hit, not a reach. Only "radius": "the
# Tarn-5, which destroyed a bridge, has a range of" is still a range.
_DAMAGE_BEFORE_CUE = GatedPattern(
    r"(?i)\b(?:blast|damag\w*|debris|destroyed|crater|shrapnel|fragments?|fallout|evacuat\w*|lethal|kill"
    r"|explosions?|shock\s?waves?|fell|falling|scattered|felt|heard|shattered|windows|casualties|injur\w*|killed)"
    r"\b[^.;:!?]{0,50}$",
    (
        "blast",
        "damag",
        "debris",
        "destroyed",
        "crater",
        "shrapnel",
        "fragment",
        "fallout",
        "evacuat",
        "lethal",
        "kill",
        "explosion",
        "shock",
        "fell",
        "falling",
        "scattered",
        "felt",
        "heard",
        "shattered",
        "windows",
        "casualties",
        "injur",
    ),
)
_AREA_CUE = LazyPattern(r"(?i)radius")
# A figure set before the range it is: "At 500 km, the Iskander's range is".
_AT_BEFORE = LazyPattern(r"(?i)(?:^|[.;:,]\s|\b(?:and|but)\s)at\s$")
_POSSESSED_RANGE_AFTER = LazyPattern(
    r",\s(?:its|their|the\s[\w-]++['\u2019]s|[A-Z][\w-]*+['\u2019]s)\s(?:[\w-]++\s)?(?:range|reach)\b"
)
# A figure by which a reach grows is a difference, not a reach: "extends its range by 300 km", "an extra 200 km".
_DIFFERENCE_BEFORE = GatedPattern(
    r"(?i)\b(?:by|an\sextra|an\sadditional|another)\s$", ("by", "extra", "additional", "another")
)

# A clause that only names the next system before its figure: "; the Tarn-3, 700 km", "; and the Lark-2 500 km".
_GAPPED = LazyPattern(r";\s(?:and\s)?(?:the\s)?(?P<name>[A-Z][\w-]*+(?:\s[A-Z\d][\w-]*+){0,2}),?\s")
_DIGIT = LazyPattern(r"\d")


def has_range_cue(text: str, quantity: Quantity) -> bool:
    """Whether the sentence says the figure is how far something reaches, not where it is or how high."""
    after = text[quantity.core_end : quantity.core_end + _AFTER]
    if _may_break_after(after) and _AFTER_BREAK.compiled.match(after) is not None:
        return False
    if _CUE_AFTER.match(after) is not None:
        return True
    if modified_weapon(text, quantity.start, quantity.core_end) is not None:
        return True
    window_start = max(0, quantity.start - _BEFORE)
    before = text[window_start : quantity.start]
    if _DIFFERENCE_BEFORE.search(before) is not None:
        return False
    if (
        before[-3:].lower() == "at "
        and _AT_BEFORE.compiled.search(before)
        and _POSSESSED_RANGE_AFTER.compiled.match(after)
    ):
        return True
    if quantity.qualifier == "upper" and _PRESENT_TRAVEL.search(before) is not None:
        return True
    cue = _last_cue(before)
    if cue is None:
        return False
    cue_start = window_start + cue.start()
    if _FLIGHT_BEFORE_CUE.search(text, max(0, cue_start - 60), cue_start):
        return False
    area = _AREA_CUE.compiled.match(cue.group()) is not None
    if area and _DAMAGE_BEFORE_CUE.search(text, max(0, cue_start - 60), cue_start) is not None:
        return False
    gap_break = _GAP_BREAK.search(before, cue.end())
    if gap_break is None:
        return True
    # a clause with its verb left out after a semicolon: "has a range of 300 km; the Tarn-3, 700 km"
    if gap_break.group() != ";" or _DIGIT.compiled.search(before, cue.end(), gap_break.start()) is None:
        return False
    gapped = _GAPPED.compiled.fullmatch(before, gap_break.start())
    # the clause names a system ("the Tarn-3"), not a place ("; Kyiv, 700 km")
    return gapped is not None and any(start == gapped.start("name") for start, _ in find_names(before, gapped.start()))
