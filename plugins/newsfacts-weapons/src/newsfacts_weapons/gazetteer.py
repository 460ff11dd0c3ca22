"""Well-known weapon systems and organisations, by name.

A gazetteer is one signal among several: a name listed here counts as a weapon even when no weapon noun
stands next to it ("the Iskander can"), while unlisted names are still found from their shape (designations
such as "Agni-V") and from the weapon noun after them ("Gorgon rockets"). The lists are written from general
knowledge of missile, rocket, artillery and air-defence families, not from any one text; add to them freely.

Matching is case-sensitive: most names are also ordinary words ("Arrow", "Frog", "Patriot") and only the
capitalised form names a weapon.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts import text as newsfacts_text
from newsfacts.text import LazyPattern


def _names(text: str) -> list[str]:
    """One name a line; longest first so "Iron Dome" wins over a shorter name it starts with."""
    names = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return sorted(names, key=len, reverse=True)


# Missile, rocket, artillery, air-defence and armed-drone systems and families, as news copy names them.
_SYSTEMS = _names(
    """
    Tomahawk
    Kalibr
    Iskander
    Kinzhal
    Zircon
    Tsirkon
    Oniks
    Yakhont
    Bastion
    Oreshnik
    Avangard
    Burevestnik
    Sarmat
    Yars
    Topol
    Bulava
    Sineva
    Tochka
    Scud
    Frog
    Styx
    Silkworm
    Shahab
    Fateh
    Sejjil
    Zolfaghar
    Khorramshahr
    Ghadr
    Qiam
    Soumar
    Hoveyzeh
    Kheibar
    Fattah
    Zelzal
    Fajr
    Qassam
    Katyusha
    Burkan
    Hwasong
    Nodong
    Rodong
    Taepodong
    Musudan
    Pukguksong
    Hyunmoo
    Chunmoo
    Agni
    Prithvi
    BrahMos
    Nirbhay
    Shaurya
    Dhanush
    Pralay
    Akash
    Shaheen
    Ghauri
    Ghaznavi
    Abdali
    Babur
    Ababeel
    Dongfeng
    Julang
    Hsiung Feng
    Tien Kung
    Minuteman
    Trident
    Peacekeeper
    Patriot
    THAAD
    Aegis
    Iron Dome
    David's Sling
    NASAMS
    IRIS-T
    Pantsir
    Buk
    ATACMS
    HIMARS
    GMLRS
    MLRS
    PrSM
    Storm Shadow
    SCALP
    Taurus
    JASSM
    LRASM
    Harpoon
    Exocet
    Hellfire
    Javelin
    Stinger
    Kornet
    Smerch
    Uragan
    Tornado-S
    Naval Strike Missile
    Grad
    Sejjil
    Sajjil
    Emad
    Khalij Fars
    Hormuz
    Ra'ad
    Tondar
    Toufan
    Qader
    Ghader
    Meshkat
    Paveh
    Zulfiqar
    Dezful
    Ashura
    Qaher
    Badr
    Jericho
    Delilah
    LORA
    Barak
    Igla
    Verba
    Pershing
    Polaris
    Midgetman
    Sapsan
    Neptune
    Vilkha
    Hrim
    Granit
    Bazalt
    Moskit
    Voevoda
    Poseidon
    Brimstone
    Aster
    Crotale
    Maverick
    AMRAAM
    Sidewinder
    GLSDB
    Excalibur
    Prahaar
    Sagarika
    Pinaka
    Hongqi
    Yingji
    Changjian
    Yun Feng
    Wan Chien
    Hwasal
    Unha
    Al-Hussein
    Al-Abbas
    Al-Samoud
    Nasr
    Shahed
    Geran
    Lancet
    Bayraktar
    Reaper
    Predator
    Switchblade
    Harop
    Mohajer
    """
)
# Families named by letters and a number: DF-41, JL-2, HQ-9, S-400, KN-23, Arrow 3, SM-6.
# A hyphen as news copy types it: ASCII, or the Unicode hyphen and non-breaking hyphen of web pages.
HYPHEN = "[-\u2010\u2011]"
_FAMILY_WORDS = (
    "DF",
    "JL",
    "HQ",
    "HY",
    "YJ",
    "CJ",
    "KD",
    "KN",
    "Kh",
    "RS",
    "SS",
    "SA",
    "SM",
    "S",
    "M",
    "Arrow",
    "Hatf",
)
_FAMILY_SET = frozenset(_FAMILY_WORDS)
_FAMILY_LENGTHS = tuple(sorted({len(word) for word in _FAMILY_WORDS}))
_FAMILIES = r"(?:" + "|".join(_FAMILY_WORDS) + r")[- \u2010\u2011]\d{1,3}[A-Z]?"

# Agencies, ministries and news services: capitalised or all-capital words a sentence can
# name near a figure that never name a weapon. Listed by kind, from general knowledge.
ORGANISATIONS = newsfacts_text.word_set(
    # news agencies
    "irna isna fars tasnim mehr sana kcna yonhap xinhua tass ria interfax ukrinform reuters afp ap upi "
    "dpa ansa efe wam spa pti ani apa "
    # space, research and defence agencies
    "nasa esa isro jaxa cnsa roscosmos drdo darpa mda ispr suparco cia fbi nsa dia pentagon "
    # international bodies
    "un unsc iaea nato eu opec asean osce au gcc brics aukus quad "
    # agreements and diseases named by initials or codes, which share a designation's shape
    "jcpoa start salt inf mtcr ctbt npt covid-19 covid sars-cov-2 h5n1 h1n1 "
    # armed forces, states and think tanks by their initials
    "dprk ussr irgc idf pla plarf kpa rok jsdf sbu iiss sipri csis norad "
    # makers, which build a weapon and say what it reaches but are never it
    "mbda raytheon rtx lockheed northrop grumman boeing rafael elbit roketsan aselsan rheinmetall thales saab "
    "kongsberg norinco casic casc almaz-antey hanwha bae leonardo dassault"
)

SYSTEM = r"(?:" + "|".join(regex.escape(name) for name in _SYSTEMS) + r"|" + _FAMILIES + r")"
_BEFORE_NAME = r"(?<![\w\-\u2010\u2011])"
_AFTER_NAME = r"(?![\w\-\u2010\u2011])"
_DESIGNATION = r"(?:[- \u2010\u2011][IVX]{1,4}[A-Z]?|[-\u2010\u2011][A-Z0-9]{1,4}|[- \u2010\u2011]\d{1,3}[A-Z]?)?s?"
# A listed system as a whole word, with a designation, a plural "s" or both after it ("Scud-B", "Agni-V", "Kh-101",
# "Fajr-5s"). This pattern is the definition; the plugin finds the same matches with :func:`system_at` and
# :func:`is_system`, which look the names up instead of compiling the list.
SYSTEM_NAME = LazyPattern(_BEFORE_NAME + r"(?P<n>" + SYSTEM + _DESIGNATION + r")" + _AFTER_NAME)


def _by_opening(names: list[str]) -> dict[str, tuple[str, ...]]:
    """``names`` by their first two characters (every listed name has more), each group in the list's order."""
    groups: dict[str, tuple[str, ...]] = {}
    for name in names:
        groups[name[:2]] = (*groups.get(name[:2], ()), name)
    return groups


# Compiling SYSTEM_NAME costs a few milliseconds; looking the names up costs a small pattern for where a name
# may open, one for what may follow a name, one for the families. The names are tried in SYSTEM's order, the
# families last, each with what may follow it, as the alternation would try them. A name or a family opens with
# a capital (every listed name does, see the tests) where a token starts; the look-up of its first two
# characters and the family pattern decide the rest, so no alternation of openings is compiled.
_BY_OPENING = _by_opening(_SYSTEMS)
_OPENING = LazyPattern(_BEFORE_NAME + r"[A-Z]")
_AFTER_LISTED = LazyPattern(_DESIGNATION + _AFTER_NAME)
_FAMILY_NAME = LazyPattern(_FAMILIES + _DESIGNATION + _AFTER_NAME)
_WHOLE = LazyPattern(r"(?s)(?P<n>.+)")


def _ends(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What may follow each listed name or family opening at ``start`` in ``text[:end]``, in SYSTEM's order."""
    for name in _BY_OPENING.get(text[start : start + 2], ()):
        if text.startswith(name, start, end):
            after = _AFTER_LISTED.compiled.match(text, start + len(name), end)
            if after is not None:
                yield after
    family = _FAMILY_NAME.compiled.match(text, start, end) if _may_be_family(text, start) else None
    if family is not None:
        yield family


def _may_be_family(text: str, start: int) -> bool:
    """Whether a family can open at ``start``: its word, one character, a digit; when not, no pattern is compiled."""
    return any(
        text[start + length + 1 : start + length + 2].isdigit() and text[start : start + length] in _FAMILY_SET
        for length in _FAMILY_LENGTHS
    )


def system_at(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The first match :data:`SYSTEM_NAME` would find in ``text[start:end]`` (its group ``n`` is the whole)."""
    for opening in _OPENING.compiled.finditer(text, start, end):
        found = next(_ends(text, opening.start(), end), None)
        if found is not None:
            return _WHOLE.compiled.match(text, opening.start(), found.end())
    return None


def is_system(text: str, start: int, end: int) -> bool:
    """Whether :data:`SYSTEM_NAME` matches ``text[start:end]`` whole."""
    if _OPENING.compiled.match(text, start, end) is None:
        return False
    for name in _BY_OPENING.get(text[start : start + 2], ()):
        if text.startswith(name, start, end) and _AFTER_LISTED.compiled.fullmatch(text, start + len(name), end):
            return True
    return _FAMILY_NAME.compiled.fullmatch(text, start, end) is not None


def or_system(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern|SYSTEM_NAME`` in ``text[start:end]``, as ``finditer`` of the two joined would give.

    Left to right without overlaps, and ``pattern`` first where both match at one place. The long list of
    systems is looked up (:func:`system_at`), never compiled into ``pattern``, which must not match the empty
    string.
    """
    own = pattern.search(text, start, end)
    system = system_at(text, start, end)
    while own is not None or system is not None:
        own_first = system is None or (own is not None and own.start() <= system.start())
        found = own if own_first else system
        if found is None:  # pragma: no cover - the loop condition leaves one of the two
            break
        yield found
        position = found.end()
        # A match left of the new position is spent; one right of it is still the leftmost from there.
        if own is not None and own.start() < position:
            own = pattern.search(text, position, end)
        if system is not None and system.start() < position:
            system = system_at(text, position, end)
