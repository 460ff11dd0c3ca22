"""Weapon names in a sentence, the subjects of range claims.

Designated systems ("Shaheen-II", "Agni III", "S-300", "9M729"), capitalised names in front of a weapon noun
("Styx missiles", "Army Tactical Missile Systems"), names given, tested or set in apposition ("dubbed Tayfun",
"its cruise missile, the Borak,") and names that open a clause ("the Tomahawk has"). People by title,
agreements, institutions, countries and armed groups are never names here.

A name starts only where a token starts and a hyphenated token is read whole, once, so no input makes the
finder backtrack: its cost is linear in the text (see ``tests/test_weapons_linear.py``).
"""

from __future__ import annotations

import regex

from newsfacts import text as newsfacts_text
from newsfacts.text import LazyPattern
from newsfacts_weapons.gazetteer import HYPHEN, ORGANISATIONS, or_system

_HEADS = (
    r"missiles?|rockets?|systems?|launchers?|interceptors?|howitzers?|batter(?:y|ies)|weapons?|bombers?|bombs?"
    r"|torpedo(?:es)?|guns?|cannons?"
    # a drone said to be armed, not one that delivers parcels: "Liutyi long-range drones", "Shahed attack drones"
    r"|(?<=\b(?:attack|kamikaze|suicide|strike|loitering|long-range|one-way|armed|combat)\s)(?:drones?|UAVs?)"
)
_MODIFIER = (
    r"(?:[a-z]++-[a-z][\w-]*+|cruise|ballistic|tactical|strategic|supersonic|subsonic|hypersonic|guided|nuclear"
    r"|capable|air|defen[cs]e|anti|missile|land|sea|ground|mobile|coastal|advanced|new|short|medium|long|range"
    r"|attack|kamikaze|suicide|strike|loitering|armed|combat|glide|gliding)"
)
# Platforms whose reach is a strike range (ANNOTATION.md rule 11: a strike aircraft's combat radius).
_PLATFORMS = r"(?:aircraft|fighters?|fighter-bombers?|jets?|warships?|destroyers?|frigates?|submarines?)"
_VERBS = r"(?:has|have|had|is|are|was|can|could|will|would)\b"
# A modal before "reach" makes it a verb: "Borduria's missile could reach".
_MODAL = r"(?:can|could|will|would|may|might|to)\s"
# A range told right after a name: "has a range", "can travel", "could hit".
_RANGE_TOLD = (
    r"\s(?:[a-z]+ly\s)?(?:(?:has|have|had)\s(?:an?\s)?(?:[\w-]+\s){0,3}?(?:range|reach)\b"
    r"|(?:can|could|will|would)\s(?:[a-z]+ly\s)?(?:travel|fly|reach|hit|strike|cover|carry|deliver)\b)"
)
# Every name starts where a token starts (never after a letter, digit or hyphen), so a long hyphenated chain
# offers one start, not one per piece; inside a token the pieces are taken possessively, so nothing is retried.
# A hyphen is also the Unicode hyphen or non-breaking hyphen web copy puts in designations ("Hwasong\u201115").
_START = r"(?<![\w\-\u2010\u2011])"
_END = r"(?![\w\-\u2010\u2011])"
# An optional lower-case article prefix stays with the name it opens: "al-Hussein", "el-Fateh".
_PREFIX = r"(?:[a-z]{1,3}" + HYPHEN + r")?"
_PIECE = r"[A-Za-z0-9]++"
# (A capitalised run is only ever read where a name starts, which _NAME tests once for all its alternatives.)
_CAP = _PREFIX + r"[A-Z][A-Za-z0-9]*+(?:" + HYPHEN + r"[A-Z0-9][A-Za-z0-9]*+)*+"
_TAIL = r"(?:[A-Z0-9][A-Za-z0-9]*+(?:" + HYPHEN + r"[A-Za-z0-9]++)*+)"
# A designation, one whole token: hyphenated with a numeral, digits or capitals last ("Shaheen-II", "Agni-V",
# "S-300", "Kh-47M2", "Tondar-69"), or digit-led with letters and digits ("9M729", "3M-14"); the last piece is
# checked by a lookbehind once the token is read, so a chain of pieces is read once.
_DESIGNATION = (
    _START
    + r"(?:"
    + _PREFIX
    + r"[A-Z][A-Za-z]*+(?:"
    + HYPHEN
    + _PIECE
    + r")++(?<="
    + HYPHEN
    + r"(?:[IVX]{1,4}[A-Z]?|\d[\dA-Z]{0,6}|[A-Z]{1,3})s?)"
    + r"|\d++[A-Z]++(?:\d[A-Za-z0-9]*+|"
    + HYPHEN
    + r"\d[A-Za-z0-9]*+)(?:"
    + HYPHEN
    + _PIECE
    + r")*+)"
    + _END
)

_NAME = LazyPattern(
    # Every name opens with a capital or a digit, or a short lower-case prefix before one ("al-Hussein"): a cheap
    # test that spares the alternatives below at every other position. Every name starts where a token starts:
    # tested here once, for the alternatives that open at the name and those whose lookbehind ends in a space.
    r"(?=[A-Z0-9]|[a-z]{1,3}" + HYPHEN + r"[A-Z])" + _START + r"(?:"
    # designated: Shaheen-II, Agni-V, S-300, RS-24 Yars, Hatf-VII Babur, Standard Missile-6, 9M729
    r"(?P<n>(?:[A-Z][a-z]++\s)?" + _DESIGNATION + r"(?:\s[A-Z][a-z]{2,}+\b)?)"
    # spaced designation: Agni III, Prithvi 2, Scud B, Hsiung Feng IIE
    r"|(?P<n>[A-Z][a-z]++(?:\s[A-Z][a-z]++)?\s(?:[IVX]{1,4}[A-E]?|\d{1,3}[A-Z]?|[A-E])\b)(?![\d]|[,.]\d)"
    # A capitalised run, read once (it has one way to match), then what makes it a name, each tried in turn:
    r"|(?P<n>" + _CAP + r"(?:"
    # a name before a weapon noun (the quote or "-class" after it is looked at, not taken: nothing that can start
    # a name stands in it), or ...
    r"(?:\s"
    + _TAIL
    + r"){0,4}(?=[\u201d\"\u2019]?(?:-(?:class|type|series))?\s(?:(?P<modifier>"
    + _MODIFIER
    + r")\s){0,3}(?P<heads>"
    + _HEADS
    + r")\b)"
    # ... ending in a capitalised one: "the CSIS Missile Defense Project" is a source, not a system
    # (never cut before a designation's number: "The Standard Missile-3 was" names the Standard Missile-3)
    r"|(?:\s"
    + _TAIL
    + r"){0,3}\s(?:Missiles?|Systems?|Rockets?|Launchers?|Bombs?|Munitions?|Dome)"
    + _END
    + r"(?!\s[A-Z])"
    # the first names of a list before a weapon noun: "Vela" in "the Vela and Corvid missiles"
    r"|(?=(?:,\s(?&cap)){0,3},?\s(?:and|or|&)\s(?&cap)(?:\s(?&tail)){0,2}\s(?:(?&modifier)\s){0,3}(?&heads)\b)"
    # a name in apposition to a weapon or a strike platform: "the Super Tucano, a turboprop attack aircraft", to
    # what it copies or answers: "the al-Hussein, a modified version of the Scud", "Borduria's answer to", or to
    # another name
    r"|(?:\s"
    + _TAIL
    + r"){0,3}(?=,\s(?:(?:an?|the)\s(?:[\w-]+\s){0,4}(?:(?&heads)|"
    + _PLATFORMS
    + r")\b(?!\s(?:makers?|manufacturers?|compan(?:y|ies)|firms?|producers?|developers?|programmes?|programs?"
    r"|experts?|analysts?|specialists?|scientists?|engineers?|researchers?|officials?|officers?)\b)"
    r"|(?:(?:an?|the|[A-Z][\w.-]*+['\u2019]s)\s)?(?:[\w-]+\s){0,2}?"
    r"(?:versions?|cop(?:y|ies)|variants?|derivatives?|clones?|successors?|answer|rivals?|cousins?)\s(?:of|to)\s"
    # ... or to another name it goes by: "The Cheongung, often called the Korean Patriot,"
    r"|(?:(?:also|often|sometimes|widely|popularly|commonly)\s)?(?:called|dubbed|nicknamed|known\sas)\s))))"
    # a name in apposition after a weapon noun: "its first cruise missile, the Borak, was launched"
    r"|(?<=\b(?&heads),\s(?:the\s)?)(?P<n>(?&cap)(?:\s(?&tail)){0,2})(?=,)"
    # a name given, shown or tested: "a missile dubbed Tayfun", "called it Tayfun", "known as the Vela", "test-fired
    # the Tayfun", "showed the Khaibar"; or made, bought or sent: "which makes the Flamingo", "is building the Vela"
    r"|(?<=\b(?:dubbed|named|called|known\sas|test-?fired|tested|launched|fired|unveiled|deployed|paraded|showed"
    r"|displayed|exhibited|revealed|makes|builds|building|produces|producing|develops|developing|developed"
    r"|designed|supplies|supplied|delivered|bought|ordered|acquired)\s(?:it\s|them\s)?"
    r"(?:(?:the|a|an|its|their|new|latest|upgraded)\s){0,2})(?P<n>(?&cap)(?:\s(?&tail)){0,2})(?![\w-])"
    # "the Tomahawk has", "ATACMS is", "The Flamingo, which Fire Point makes, can", "The Abu Mahdi has"
    # (two words only after "the": "Lockheed Martin is", "Vladimir Putin has" name a maker or a person)
    r"|(?<=\b[Tt]he\s|^)(?P<n>[A-Z][A-Za-z0-9]++(?:-[A-Za-z0-9]++)*+(?:(?<=\b[Tt]he\s[\w-]++)\s[A-Z][a-z0-9]++)?)"
    r"(?=(?:,\s(?:which|that)\s[^,;()]{0,60},)?\s(?:[a-z]+ly\s)?" + _VERBS + r")"
    # a name owned or reported whose range is told at once: "Borduria's Tayfun can travel", "its Tayfun has a
    # range", "said Tayfun could hit", and any name with a possessive range: "Tayfun's range", "the Tayfun's reach"
    r"|(?<=['\u2019]s\s(?:new\s|latest\s)?|\b[Ii]ts\s(?:new\s|latest\s)?|\b[Tt]heir\s|\b(?:said|says)\s(?:that\s)?)"
    r"(?P<n>[A-Z][A-Za-z0-9]++(?:-[A-Za-z0-9]++)*+)(?=" + _RANGE_TOLD + r")"
    # (the noun, not the verb: "Borduria's missile could reach" names no range of Borduria's)
    r"|(?P<n>[A-Z][A-Za-z0-9]++(?:-[A-Za-z0-9]++)*+)(?=['\u2019]s\s(?:(?!" + _MODAL + r")[\w-]++\s){0,2}?"
    r"(?:range|reach)\b)"
    r"|(?P<n>[A-Z]{4,}+s?\b)(?!\s[A-Z]|\.)"
    r")"
    # ... or a system from the gazetteer, whatever stands around it: see find_names
    # The run, its tail, the modifiers and the weapon nouns are written once and called by name where a
    # lookaround or a lookbehind has already passed: compiling costs ~4 ms less. Where an alternative opens at
    # every capital they stay written out, as a call there slows matching. Each called part has one way to
    # match (possessive), so a call matches as the written-out part (tests/test_weapons_cold.py).
    r"(?(DEFINE)(?P<cap>" + _CAP + r")(?P<tail>" + _TAIL + r"))"
)
_NON_SPACE_RUN = LazyPattern(r"\S+")
# A source a claim is attributed to, up to the comma that ends the phrase: "According to Kim Jong Un, the
# weapon ...", "according to the Vienna-based Centre for Arms Control, the missile ...". It is never the weapon.
_SOURCE_BEFORE = LazyPattern(r"(?i)\baccording\sto\s[^,;:()\d]{0,60}$")
_SOURCE_REACH = 80
# One space, or a space and an opening quote: a designation and its name in quotes ('S-400 "Triumf"') are one.
_ONE_SPACE = LazyPattern(r"[ \u00a0](?P<quote>[\"\u201c])?")
_CLOSING_QUOTE = LazyPattern(r"[\"\u201d]")


# Month and weekday names (the core's), which date a launch: "the May test", "a Sunday missile attack".
_CALENDAR = frozenset(newsfacts_text.MONTHS) | frozenset(newsfacts_text.WEEKDAYS)
# Capitalised words that open a sentence or name a country, people or organisation rather than a weapon;
# agencies and international bodies come from the gazetteer.
_STOP = (
    newsfacts_text.word_set(
        "the a an its it this these those that such each their his her our in on at as by for from with and or but "
        "if when while after before during since last earlier currently today however meanwhile "
        "mach boeing airbus flight article page "
        "us u.s. uk icbm icbms slbm irbm mrbm srbm "
        "soviet soviets russian russia chinese china american america iranian iran israeli israel indian india "
        "pakistani pakistan korean korea north south japanese japan taiwanese taiwan ukrainian ukraine french "
        "france british britain german germany turkish turkey syrian syria saudi iraqi iraq western eastern "
        "palestinian united states kingdom navy army air force ministry military government president "
        "kyiv moscow washington beijing tehran pyongyang seoul tokyo islamabad delhi news "
        # more countries, peoples, places and armed groups that stand before "missiles" as owners, not names
        "yemen yemeni lebanon lebanese gaza gazan libya libyan egypt egyptian jordan jordanian qatar qatari emirati "
        "uae kuwait kuwaiti bahrain oman omani greece greek poland polish belarus belarusian kaliningrad crimea "
        "crimean donbas georgia georgian armenia armenian azerbaijan azerbaijani kazakhstan afghan afghanistan "
        "cuba cuban venezuela venezuelan brazil brazilian argentina argentine australia australian canada canadian "
        "italy italian spain spanish sweden swedish norway norwegian finland finnish denmark danish dutch "
        "netherlands belgium belgian swiss czech romania romanian hungary hungarian bulgaria bulgarian serbia "
        "serbian baltic estonia estonian latvia latvian lithuania lithuanian vietnam vietnamese philippines "
        "philippine filipino indonesia indonesian malaysia malaysian singapore thai thailand myanmar bangladesh "
        "european asian arab gulf pacific atlantic hawaii guam alaska okinawa hamas hezbollah houthi houthis "
        "taliban isis islamic jihad qaeda kurdish allied coalition "
        "ethiopia ethiopian eritrea eritrean somalia somali sudan sudanese nigeria nigerian algeria algerian "
        "morocco moroccan tunisia tunisian mexico mexican colombia colombian chile chilean peru peruvian kenya "
        "kenyan mongolia mongolian portugal portuguese ireland irish austria austrian iceland croatia croatian "
        "slovakia slovak slovenia slovenian albania albanian bosnia bosnian moldova moldovan cyprus cypriot "
        "bangladeshi burma burmese cambodia cambodian laos uzbek uzbekistan turkmen tajik kyrgyz sri lankan "
        "africa african zealand northern southern shiite shia sunni persian "
        # the rest of the world's states and peoples, and peoples in the plural ("Israelis", "Kurds")
        "angola bolivia cameroon chad congo congolese djibouti ecuador gabon ghana guatemala haiti honduras jamaica "
        "kosovo kosovar kyrgyzstan liberia macedonia madagascar malawi mali malian malta maltese mauritania montenegro "
        "mozambique namibia nepal nepalese nicaragua niger palestine panama paraguay rwanda senegal senegalese "
        "switzerland tajikistan tanzania turkmenistan uganda uruguay zambia zimbabwe chechnya chechen kurdistan "
        "abkhazia transnistria azeri bahraini kazakh baloch pashtun tatar druze alawite yazidi kurd kurds arabs "
        "israelis iranians russians ukrainians americans pakistanis indians koreans syrians iraqis afghans "
        "welsh scottish "
        # regions, cities and seas of the wars in the news, which say where a weapon is, not what it is
        "sahel sinai kharkiv donetsk luhansk belgorod odesa odessa sevastopol zaporizhzhia kherson mariupol "
        "bakhmut latakia idlib aleppo homs mosul basra kirkuk erbil haifa eilat ashkelon sderot hodeidah marib aden "
        "okinawan hokkaido kuril kamchatka arctic caspian adriatic mediterranean red black sea ocean himalayan "
        "kashmir kashmiri punjab balochistan golan "
        # seats of government and parliaments, which are told or say things about a weapon
        "kremlin knesset duma bundestag majlis senate congress parliament cabinet politburo elysee whitehall sejm "
        "rada verkhovna "
        # capitals that open wire copy ("JERUSALEM (Reuters) -")
        "jerusalem london paris berlin dubai riyadh cairo baghdad damascus ankara taipei geneva brussels vienna "
        "kiev sanaa beirut tel aviv manila hanoi canberra ottawa"
    )
    | ORGANISATIONS
    | _CALENDAR
)
# Words that cannot open a weapon's name, or that show a capitalised run is a headline or a clause.
_NOT_FIRST = _CALENDAR | newsfacts_text.word_set("mach boeing airbus flight article page route chapter section level")
_CLAUSE = newsfacts_text.word_set("it has have had says said is are was were with to of and or")
# A capitalised run with one of these words names a person by title, an agreement or an institution, never
# the system a range belongs to: "President Oduya", "the Intermediate-Range Nuclear Forces Treaty", "Corp".
_NOT_A_SYSTEM = newsfacts_text.word_set(
    "president premier minister secretary general gen. admiral adm. colonel col. commander chief spokesman "
    "spokeswoman spokesperson leader king prince mr mr. mrs mrs. ms ms. dr dr. senator sen. ambassador envoy "
    "treaty agreement accord pact convention protocol deal talks "
    "institute corporation corp corp. company inc inc. ltd ltd. university academy agency council committee "
    "organisation organization department office forces guards ministry command headquarters fleet corps "
    "brigade division regiment battalion squadron center centre federation alliance association foundation "
    # research bodies and their work, which report a range, never own one ("the CSIS Missile Defense Project")
    "project projects programme program initiative review report database survey network group society "
    # the bodies and places that open a news sentence as a subject ("The White House has", "The European Union is")
    "house union republic administration press court chiefs staff "
    # newspapers and magazines that stand as sources ("the Observer newspaper said")
    "times post journal herald tribune daily weekly gazette observer telegraph newspaper magazine"
)
# A capitalised word joined to a lower-case participle says where a weapon comes from or who gave it, not what
# it is called: "Western-made", "Soviet-era", "NATO-supplied", "Iran-backed", "Chinese-built".
_ORIGIN = LazyPattern(r"[A-Z][\w.]*+-(?:[a-z]++(?<=ed)|made|built|era|run|born|style)", regex.ASCII)
# A word shaped like a people's adjective ("Bordurian", "Togolese", "Danish") says whose a weapon is; a name of
# such words alone is no system ("the North Bordurian missile"). No weapon's name ends so; names ending in "-i"
# ("Ghauri", "Abdali") are why that ending is left to the word list.
_DEMONYM = LazyPattern(r"[a-z]++(?<=ian|ean|ese|ish)s?")
_LEADING = newsfacts_text.word_set(
    "the a an its it this these those that such each their his her our in on at as by for from with and or but "
    "if when while after before during since last earlier currently today however meanwhile"
)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading function words and reject names made only of stop words."""
    words = list(_NON_SPACE_RUN.compiled.finditer(text[start:end]))
    while words and (words[0][0].lower() in _LEADING or _ORIGIN.compiled.fullmatch(words[0][0]) is not None):
        words.pop(0)
    if not words:
        return None
    lowered = [word[0].lower().removesuffix("'s").removesuffix("’s") for word in words]
    if (
        all(word in _STOP or _DEMONYM.compiled.fullmatch(word) is not None for word in lowered)
        or lowered[0] in _NOT_FIRST
        or any(w in _CLAUSE for w in lowered)
    ):
        return None
    # ... also as a piece of a hyphenated word: "the INF Treaty-busting missile"
    if any(piece in _NOT_A_SYSTEM for word in lowered for piece in word.split("-")):
        return None
    first = words[0][0]
    if not first[0].isalpha() and not (first[0].isdigit() and any(c.isupper() for c in first)):
        return None
    return start + words[0].start(), start + words[-1].end()


def plain_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``text[start:end]`` as a name, or None when it is only a country, a people, a place or a function word.

    For a capitalised word the name pattern does not read as a name, but a rule does ("the Apache helicopters,
    which fire Hellfire missiles, have": the helicopters are the Apache).
    """
    return _trim(text, start, end)


def find_names(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of weapon names in ``text[start:end]``, in text order, not overlapping."""
    spans: list[tuple[int, int]] = []
    stop = len(text) if end is None else end
    for match in or_system(_NAME.compiled, text, start, stop):
        span = _trim(text, match.start("n"), match.end("n"))
        if span is None or _SOURCE_BEFORE.compiled.search(text, max(0, span[0] - _SOURCE_REACH), span[0]) is not None:
            continue
        if spans and span[0] < spans[-1][1]:
            continue
        gap = _ONE_SPACE.compiled.fullmatch(text, spans[-1][1], span[0]) if spans else None
        if gap is not None:
            # two names one space apart are one: "PrSM Increment 1", "MGM-140 Army Tactical Missile System"
            quoted = gap["quote"] is not None and _CLOSING_QUOTE.compiled.match(text, span[1], stop) is not None
            spans[-1] = (spans[-1][0], span[1] + 1 if quoted else span[1])
            continue
        spans.append(span)
    return spans
