"""Civilian things that have a range too: aircraft, vehicles, batteries, radios, sensors.

Their reach is not a weapon's (ANNOTATION.md rule 2), so a figure or a class word nearer to one of these
than to a weapon is left out. The list is by kind, written from general knowledge.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.text import LazyPattern, word_set

# The words, lower-cased, in the two groups the pattern tries before and after the two-word battery phrases: "car
# batteries" is the car (a vehicle, tried first), "phone batteries" the phone's battery. Aircraft: generic words
# and makers; road vehicles and their kinds, electric or not.
_WORDS_BEFORE_PHRASES = word_set(
    "aircraft airline airlines airliner airliners airplane airplanes aeroplane aeroplanes plane planes jet jets "
    "jetliner jetliners flight flights helicopter helicopters airship airships boeing airbus embraer bombardier "
    "cessna gulfstream learjet concorde dreamliner "
    "car cars vehicle vehicles ev evs sedan sedans saloon saloons suv suvs hatchback hatchbacks pickup pickups truck "
    "trucks lorry lorries van vans buses bike bikes e-bike e-bikes bicycle bicycles motorcycle motorcycles motorbike "
    "motorbikes scooter scooters e-scooter e-scooters moped mopeds tractor tractors"
)
# The airliner model numbers news copy uses (Boeing 707-787, Airbus A300-A380).
_MODELS = r"7[0-8]7(?:-\d{3}|[A-Z]{1,3})?|A3[0-8]0(?:-\d{3}|[A-Z]{1,3})?"
# Battery packs (a missile "battery" is a weapon), and the words that open them.
_PHRASES = r"battery\s(?:packs?|life|cells?)|(?:lithium|phone|car)(?:-ion)?\sbatter(?:y|ies)"
_PHRASE_OPENINGS = word_set("battery lithium phone car lithium-ion phone-ion car-ion")
# Radios and devices whose range is a signal's or a charge's; sensors, spacecraft and unarmed drones.
_WORDS_AFTER_PHRASES = word_set(
    "kwh charger chargers phone phones smartphone smartphones bluetooth wifi wi-fi radio radios walkie-talkie "
    "walkie-talkies router routers transmitter transmitters antenna antennas signal signals remote remotes headphone "
    "headphones earbud earbuds "
    "radar radars sonar sonars camera cameras imager imagers telescope telescopes sensor sensors satellite satellites "
    "spacecraft probe probes rover rovers drone drones quadcopter quadcopters "
    # makers of camera and delivery drones
    "dji skydio autel zipline"
)


def _alternation(words: frozenset[str]) -> str:
    r"""``words`` as a regex group, a word and its plural in "s" written once ("cars?"), which compiles faster.

    Every listed word is a whole run of word characters and hyphens, and the pattern is always followed by
    (?![\w-]), so within a group the order of the words decides nothing.
    """
    singles = sorted(word for word in words if not (word.endswith("s") and word[:-1] in words))
    return "(?:" + "|".join(regex.escape(word) + ("s?" if word + "s" in words else "") for word in singles) + ")"


CIVILIAN = f"(?:{_alternation(_WORDS_BEFORE_PHRASES)}|{_MODELS}|{_PHRASES}|{_alternation(_WORDS_AFTER_PHRASES)})"
CIVILIAN_WORD = LazyPattern(r"(?i)(?<![\w-])" + CIVILIAN + r"(?![\w-])")
"""A civilian thing named as a word of its own; a hyphen ends no word here ("truck-mounted" names a launcher).

Compiling it costs more than most articles need: :func:`civilian_words` finds what its ``finditer`` finds by
looking words up, and compiles it only for a word with a character outside ASCII (where case folding is the
regex module's own)."""

_WORD = LazyPattern(r"(?<![\w-])[\w-]++")
_MODEL = LazyPattern(r"(?i)" + _MODELS)
_PHRASE = LazyPattern(r"(?i)(?:" + _PHRASES + r")(?![\w-])")


def civilian_words(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    """The matches ``CIVILIAN_WORD.finditer(text, start, end)`` gives (same spans and text), found by look-up.

    A match of the alternation is a whole run of word characters and hyphens, or two runs one white space apart
    (the battery phrases), so each run is looked up in the order the alternation tries its words.
    """
    stop = len(text) if end is None else end
    position = start
    while (word := _WORD.compiled.search(text, position, stop)) is not None:
        found: regex.Match[str] | None = None
        token = word.group()
        if not token.isascii():
            found = CIVILIAN_WORD.compiled.match(text, word.start(), stop)
        else:
            lowered = token.lower()
            if lowered in _WORDS_BEFORE_PHRASES or _MODEL.compiled.fullmatch(token) is not None:
                found = word
            elif lowered in _PHRASE_OPENINGS:
                found = _PHRASE.compiled.match(text, word.start(), stop)
            if found is None and lowered in _WORDS_AFTER_PHRASES:
                found = word
        if found is not None:
            yield found
        position = found.end() if found is not None else word.end()
