"""The weapon a figure belongs to, by one ordered rule over the sentence and the one before."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts import Document
from newsfacts import text as newsfacts_text
from newsfacts.text import LazyPattern
from newsfacts_weapons.aliases import alias_span
from newsfacts_weapons.cues import modified_weapon
from newsfacts_weapons.gates import GatedPattern, may_end_with
from newsfacts_weapons.insertions import inserted
from newsfacts_weapons.lists import listed_span
from newsfacts_weapons.names import find_names, plain_name
from newsfacts_weapons.references import CARRYING, COMPARED, TARGET_AFTER, Reference, Setting, absolute, pointed_rank

# How far before a figure a name is looked for first: a clause or two of news copy.
NAME_WINDOW = 220
# A coordinated verb after a name that is a preposition's object: "is a copy of the Vela-3 but has a range".
_SUBJECT_OFFSET = 40
_AFTER_PREPOSITION = LazyPattern(
    r"(?i)\b(?:of|on|from|with|than|like|to|by)\s(?:the\s|a\s|an\s)?(?:[\w-]++\s)?(?:[\w-]++['\u2019]s\s)?$"
)
_COORDINATED_VERB = LazyPattern(
    r"[^,;.]{0,40}?\s(?:but|and|yet)\s(?:it\s)?(?:also\s|still\s)?(?:has|have|can|could|will|would|is|flies|travels)\b"
)
_OPENING = LazyPattern(r"\W*(?:(?:The|the|Its|its|Their|their|A|An|[A-Z][\w.]*['\u2019]s)\s)?(?:new\s|latest\s)?")
# A name a system is modelled on: "is a copy of the Soviet Scud", "a version of the X", "based on the X",
# "an upgraded X".
_MODEL_OF = LazyPattern(
    r"(?i)(?:\b(?:cop(?:y|ies)|versions?|variants?|derivatives?|clones?|modifications?)\sof"
    r"|\bbased\son|\bderived\sfrom|\bmodell?ed\s(?:on|after)|\breverse-engineered\sfrom"
    r"|\b(?:an?|the)\s(?:modified|upgraded|improved|enhanced|lengthened|stretched|extended-range|longer-range))"
    r"\s(?:the\s|an?\s)?(?:[\w'\u2019-]++\s){0,2}?$"
)
# What ties a figure to the name right after it: "range of" it, a compound modifier ("-range", then adjectives
# only) or "for".
_TIED_TO_NAME = GatedPattern(
    r"(?i)(?:\s(?:range|reach)\sof\s"
    r"|[- ]range(?:[- ](?!(?:and|or|of|the|a|an|is|was|are|were|for|to|in|on|at|by|with)\b)[a-z]++){0,3}\s"
    r"|\sfor\s)(?:the\s)?(?:(?:older|newer|new|old|original|earlier|later|latest|improved|upgraded|heavier"
    r"|lighter|bigger|smaller)\s)?",
    ("range", "reach", "for"),
)
_TIE_REACH = 60
# An apposition that holds the next name: "the HY-2 missile, a Chinese version of the Soviet Styx".
_APPOSED = LazyPattern(r"(?:\s[\w-]++){0,2}?,\s(?:an?|the|[A-Z][\w.-]*+['\u2019]s)\s[^,;()\d]{0,80}")
# An apposition between a name and the next: "the al-Hussein, a modified Scud".
_APPOSITION = LazyPattern(r",\s(?:an?\s|the\s)?(?:[\w-]++\s){0,3}?")
# A participle right after a name, whose agent or platform is the next name: "the 9M723 missile fired by the Iskander
# launcher", "Kh-101 missiles launched from Tu-95 bombers". The next name tells how the first is used, not what it is.
_AGENT_AFTER_PARTICIPLE = LazyPattern(
    r"(?:\s[\w-]++){0,2}?\s(?:fired|launched|carried|dropped|deployed|operated|made|built|produced|developed"
    r"|designed|supplied|used|employed|mounted|fitted)\s(?:by|from|on|aboard|under|in|to)\s(?:the\s|an?\s|its\s|their\s)?(?:[\w-]++\s){0,2}?"
)
# A platform that carries the next name as its munition, and then the platform's own range: "Tu-95 bombers carrying
# Kh-101 missiles have a range", "the MiG-31K jets that carry Kinzhal missiles have a combat radius".
_CARRYING = LazyPattern(r"(?:\s[\w-]++){0,2}?,?\s" + CARRYING + r"\s(?:the\s|an?\s|its\s|their\s)?(?:[\w-]++\s){0,2}?")
# A platform named by a capitalised word before its kind, carrying the munition named next: "The Apache helicopters,
# which fire Hellfire missiles, have", "Rafale jets carrying the ASMP-A".
_KIND_CARRYING = LazyPattern(
    r"(?<![\w-])(?P<platform>[A-Z][A-Za-z0-9-]*+(?:\s[A-Z][A-Za-z0-9-]*+)?)\s(?:fighter\s|attack\s)?(?:fighters?|jets?"
    r"|helicopters?|bombers?|warplanes?|aircraft|destroyers?|frigates?|submarines?|corvettes?)(?:\s[\w-]++){0,1}?,?\s"
    + CARRYING
    + r"\s(?:the\s|an?\s|its\s|their\s)?(?:[\w-]++\s){0,2}?$"
)
_KIND_REACH = 90
_PLATFORM_RANGE = LazyPattern(
    r"(?:\s[\w-]++){0,2}?,?\s(?:have|has|had)\s(?:an?\s|the\s|their\s|its\s)?(?:[\w-]++\s){0,2}?(?:range|radius)"
    r"\s(?:of\s)?(?:[\w-]++\s){0,2}?"
)
# What sets a figure apart from a name before it: a comma or a dash ends the phrase the name is in.
_APART = LazyPattern(r"[,\u2013\u2014]")
# How far after a figure, and how far before its near window, a name is looked for in a long sentence.
_FAR_WINDOW = 400
# A relative pronoun opening the clause that gives the figure, and what may stand between it and its noun:
# nothing but a closing mark, or an apposition ("..., a light attack aircraft").
_RELATIVE = LazyPattern(r"(?i)\b(?:which|that|whose)\s")
_DIGIT = LazyPattern(r"\d")
_ATTACHED = LazyPattern(r"[\s\"\u201d\u2019')]*+(?:,\s(?:an?|the)\s[^,;()\d]{0,80}?\s?)?,?\s?")
# An apposition that runs from a name to the figure: "defence against the Kinzhal, a missile with a range of".
_APPOSED_UP_TO_FIGURE = LazyPattern(r",\s(?:an?|the)\s[^,;()\d]{0,80}+")
# A name that is the target of a strike, before or after it: "fired at the Sheffield", "the Sheffield was hit".
_STRIKING = newsfacts_text.word_set(
    "hit hitting struck strike striking sank sink sinking target targeted targeting attack attacked attacking "
    "destroy destroyed at against"
)
_TARGET_BEFORE = LazyPattern(r"(?i)\b" + newsfacts_text.alternation(_STRIKING) + r"\s(?:the\s)?$")
_STRIKING_LAST = tuple(sorted(_STRIKING))


def _may_strike_before(window: str) -> bool:
    """Whether :data:`_TARGET_BEFORE` can match ``window``: it ends in a striking word, or in one and "the"."""
    return may_end_with(window, _STRIKING_LAST) or may_end_with(window.rstrip()[:-3], _STRIKING_LAST)


_GENERIC = LazyPattern(
    r"(?i)\b(?:(?:cruise|ballistic|anti-ship)\s)?(?:missiles?|rockets?|weapons?|weaponry|howitzers?|interceptors?"
    r"|launchers?|bombers?|shells|artillery|guns|cannons?|mortars?|drones?)\b"
)


def _compared_apart(text: str, name: tuple[int, int], figure: int) -> bool:
    """Whether a name the sentence compares with stands apart from the figure: "longer than the Lark-1, at 2,000 km".

    A compared name right before its own figure still owns it: "more than the Lark-1's 500 km".
    """
    start, end = name
    if COMPARED.search(text, max(0, start - 25), start) is None:
        return False
    return _APART.compiled.search(text, end, figure) is not None


def _is_model(text: str, name: tuple[int, int]) -> bool:
    """Whether a name is what the sentence's system copies or comes from: "a copy of the Scud", "based on the X"."""
    return _MODEL_OF.compiled.search(text, max(0, name[0] - 60), name[0]) is not None


def _modified_name(text: str, start: int, end: int, stop: int) -> tuple[int, int] | None:
    """The name a figure is said of right after it: "the 500-km-range Wren-2", "500 km for the Wren-2".

    A figure that modifies a name ("N-km-range", then only adjectives; "the 700-km Tarn-6"), is given "for" it,
    or is the "range of" it ("the 300 km range of the Tarn-5") belongs to that name, whatever stands before it.
    """
    tie = _TIED_TO_NAME.match(text, end, min(stop, end + _TIE_REACH))
    if tie is None:
        attribute = modified_weapon(text, start, end, stop)
        return attribute[0] if attribute is not None and attribute[1] else None
    names = find_names(text, tie.end(), min(stop, tie.end() + _TIE_REACH))
    return names[0] if names and names[0][0] == tie.end() else None


def _names_after(text: str, end: int, stop: int) -> list[tuple[int, int]]:
    """Names after a figure that can own it: not one it is compared with ("more than the Scud's")."""
    return [
        span for span in find_names(text, end, stop) if COMPARED.search(text, max(end, span[0] - 25), span[0]) is None
    ]


def _is_target(text: str, name: tuple[int, int], stop: int) -> bool:
    """Whether a name is what was struck, not what struck: "fired at the Sheffield", "the Sheffield was hit"."""
    start, end = name
    if _may_strike_before(text[max(0, start - 30) : start]) and (
        _TARGET_BEFORE.compiled.search(text, max(0, start - 30), start) is not None
    ):
        return True
    return TARGET_AFTER.match(text, end, min(stop, end + 40)) is not None


def _relative_owner(text: str, names: Sequence[tuple[int, int]], lo: int, start: int) -> tuple[int, int] | None:
    """The name the relative clause holding the figure hangs on.

    Directly ("the Vela-3, which can fly 900 km") or through an apposition ("a Super Kestrel, a light attack
    aircraft that has a combat radius of 550 km").
    """
    relative = None
    for match in _RELATIVE.compiled.finditer(text, lo, start):
        relative = match
    if relative is None or _DIGIT.compiled.search(text, relative.end(), start) is not None:
        return None
    for name in reversed(names):
        if name[1] <= relative.start() and _ATTACHED.compiled.fullmatch(text, name[1], relative.start()) is not None:
            return name
    return None


def _described_target(
    text: str, found: Sequence[tuple[int, int]], before: Sequence[tuple[int, int]], lo: int, start: int
) -> tuple[int, int] | None:
    """A struck or intercepted name the clause holding the figure describes, which owns the figure.

    What a weapon shoots down or is fired at is often a weapon too, and the clause hung on it gives its own
    reach: "a Patriot fired at the Scud, whose range is 300 km", "defence against the Kinzhal, a missile with a
    range of 2,000 km". Only the last name before the figure counts, and only when it is a target.
    """
    if not found or found[-1] in before:
        return None
    last = found[-1]
    if _APPOSED_UP_TO_FIGURE.compiled.fullmatch(text, last[1], start) is not None:
        return last
    return last if _relative_owner(text, found, lo, start) == last else None


def _shared_subject(
    text: str, names: Sequence[tuple[int, int]], sentence_start: int, figure: int
) -> tuple[int, int] | None:
    """The sentence's subject when the figure's verb is coordinated with the verb before the nearest name.

    In "The Tarn-4 is a copy of the Vela-3 but has a range of 600 km" the second verb shares the subject, and
    the Vela-3 is only the object of a preposition; so the figure is the Tarn-4's. So it is when the nearest
    name is only what the subject copies: "The Qiam-1 is a derivative of the Scud with a range of 800 km".
    """
    if len(names) < 2 or names[0][0] - sentence_start > _SUBJECT_OFFSET:
        return None
    last = names[-1]
    if _AFTER_PREPOSITION.compiled.search(text, max(sentence_start, last[0] - 40), last[0]) is None:
        return None
    if _COORDINATED_VERB.compiled.match(text, last[1], figure) is None and not _is_model(text, last):
        return None
    if _OPENING.compiled.fullmatch(text, sentence_start, names[0][0]) is None:
        return None
    return names[0]


def _owner_by_kind(
    text: str, before: Sequence[tuple[int, int]], outside: Sequence[int], bounds: tuple[int, int], reference: Reference
) -> int | None:
    """Among names before a reference that stands after them all, the nearest of the reference's kind.

    "Fired from a Tarn-1 launcher, the missile can hit targets 300 km away": the Tarn-1 is a launcher, so the
    missile is not it. A name of no stated kind fits; then a name inside an insertion said to be of the kind; None
    when every name is of another kind.
    """
    fitting = [position for position in outside if pointed_rank(text, before[position], bounds, reference.family) <= 1]
    if fitting:
        return fitting[-1]
    # "A Vela-9 launcher, which fires Tarn-2 rockets, was destroyed; the rockets can fly": a name in an insertion
    # said to be of the reference's kind, when no name outside one fits
    said = [
        position
        for position in range(len(before))
        if pointed_rank(text, before[position], bounds, reference.family) == 0
    ]
    return said[-1] if said else None


def weapon_of(document: Document, index: int, span: tuple[int, int], setting: Setting) -> tuple[int, int] | None:
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
    reference = absolute(setting.reference_before(start - sentence.start), sentence.start)
    lo = max(sentence.start, start - NAME_WINDOW)
    modified = _modified_name(text, start, end, sentence.end)
    if modified is not None:
        return modified
    found = find_names(text, lo, start)
    before = [name for name in found if not _is_target(text, name, sentence.end)]
    described = _described_target(text, found, before, lo, start)
    if described is not None:
        return alias_span(text, found, found.index(described))
    owner = _relative_owner(text, before, lo, start) or _shared_subject(text, before, sentence.start, start)
    if owner is not None and _is_model(text, owner) and before.index(owner) > 0:
        # "the HY-2 missile, a Chinese version of the Styx, which can hit ships": the relative clause is said of
        # the apposition, so of the HY-2, not of the Styx it copies
        described = before[before.index(owner) - 1]
        if _APPOSED.compiled.fullmatch(text, described[1], owner[0]) is not None:
            owner = described
    if owner is not None:
        return alias_span(text, before, before.index(owner))
    outside = [
        position
        for position in range(len(before))
        if not inserted(text, before, position, lo, start) and not _compared_apart(text, before[position], start)
    ]
    if pointed and earlier is not None and outside and all(_is_model(text, before[p]) for p in outside):
        # "The missile is a copy of the Soviet Scud, with a range of": the Scud is what the missile copies.
        return earlier
    if len(outside) > 1 and _is_model(text, before[outside[-1]]):
        described = before[outside[-2]]
        if _APPOSITION.compiled.fullmatch(text, described[1], before[outside[-1]][0]) is not None:
            # "the al-Hussein, a modified Scud with a range of 650 km": the al-Hussein is the modified Scud
            return alias_span(text, before, outside[-2])
    if (
        len(outside) > 1
        and _CARRYING.compiled.fullmatch(text, before[outside[-2]][1], before[outside[-1]][0])
        and _PLATFORM_RANGE.compiled.fullmatch(text, before[outside[-1]][1], start)
    ):
        # "Tu-95 bombers carrying Kh-101 missiles have a range of 15,000 km": the bombers' own range
        return alias_span(text, before, outside[-2])
    if outside and _PLATFORM_RANGE.compiled.fullmatch(text, before[outside[-1]][1], start):
        # "The Apache helicopters, which fire Hellfire missiles, have a combat radius": the helicopters' own
        munition = before[outside[-1]]
        carrier = _KIND_CARRYING.compiled.search(text, max(sentence.start, munition[0] - _KIND_REACH), munition[0])
        platform = carrier and plain_name(text, carrier.start("platform"), carrier.end("platform"))
        if platform:
            return platform
    if (
        len(outside) > 1
        and _AGENT_AFTER_PARTICIPLE.compiled.fullmatch(text, before[outside[-2]][1], before[outside[-1]][0])
        and _APART.compiled.search(text, before[outside[-1]][1], start) is None
    ):
        # "The 9M723 missile fired by the Iskander launcher has a range": the launcher only says how it is fired
        # (unless a clause of its own gives the figure: "fired from a Mirage, an aircraft that has a radius of")
        return alias_span(text, before, outside[-2])
    if outside and reference is not None and reference.family and reference.start >= before[outside[-1]][1]:
        # The sentence names what the figure is about by a noun after every name ("..., the missile can").
        fitting = _owner_by_kind(text, before, outside, (sentence.start, sentence.end), reference)
        if fitting is not None:
            return alias_span(text, before, fitting)
        if earlier is not None:
            return earlier
    if outside:
        return listed_span(text, before, alias_span(text, before, outside[-1]))
    if pointed and earlier is not None:
        return earlier
    if before:
        return alias_span(text, before, len(before) - 1)
    after = _names_after(text, end, min(sentence.end, end + _FAR_WINDOW))
    if after:
        return after[0]
    far_start = max(sentence.start, lo - _FAR_WINDOW)
    far = [name for name in find_names(text, far_start, lo) if not _is_target(text, name, sentence.end)]
    if far:
        return far[-1]
    if earlier is not None:
        return earlier
    generic = None
    for match in _GENERIC.compiled.finditer(text, lo, start):
        generic = match
    if generic is None:
        generic = _GENERIC.compiled.search(text, end, min(sentence.end, end + NAME_WINDOW))
    if generic is not None:
        return generic.start(), generic.end()
    return None
