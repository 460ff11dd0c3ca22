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
from newsfacts_weapons.lazy import LazyPattern


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
_FAMILIES = r"(?:DF|JL|HQ|HY|YJ|CJ|KD|KN|Kh|RS|SS|SA|SM|S|M|Arrow|Hatf)[- \u2010\u2011]\d{1,3}[A-Z]?"

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
    "jcpoa start salt covid-19 covid sars-cov-2 h5n1 h1n1 "
    # armed forces, states and think tanks by their initials
    "dprk ussr irgc idf pla plarf kpa rok jsdf sbu iiss sipri csis norad "
    # makers, which build a weapon and say what it reaches but are never it
    "mbda raytheon rtx lockheed northrop grumman boeing rafael elbit roketsan aselsan rheinmetall thales saab "
    "kongsberg norinco casic casc almaz-antey hanwha bae leonardo dassault"
)

SYSTEM = r"(?:" + "|".join(regex.escape(name) for name in _SYSTEMS) + r"|" + _FAMILIES + r")"
# A listed system as a whole word, with a designation, a plural "s" or both after it ("Scud-B", "Agni-V", "Kh-101",
# "Fajr-5s").
SYSTEM_NAME = LazyPattern(
    r"(?<![\w\-\u2010\u2011])(?P<n>"
    + SYSTEM
    + r"(?:[- \u2010\u2011][IVX]{1,4}[A-Z]?|[-\u2010\u2011][A-Z0-9]{1,4}|[- \u2010\u2011]\d{1,3}[A-Z]?)?s?)"
    r"(?![\w\-\u2010\u2011])"
)


def or_system(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of ``pattern|SYSTEM_NAME`` in ``text[start:end]``, as ``finditer`` of the two joined would give.

    Left to right without overlaps, and ``pattern`` first where both match at one place. Keeping the long
    list of systems in one compiled pattern, instead of a copy inside every pattern that also finds systems,
    saves compiling it again for each. ``pattern`` must not match the empty string.
    """
    own = pattern.search(text, start, end)
    system = SYSTEM_NAME.compiled.search(text, start, end)
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
            system = SYSTEM_NAME.compiled.search(text, position, end)
