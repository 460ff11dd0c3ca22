"""Every pattern of the plugin meets hostile text without backtracking: it finishes far inside a timeout.

These tests time nothing themselves: ``regex`` aborts a search that runs past its timeout, and a pattern that
backtracks catastrophically on these 16 KB inputs needs minutes, not the fraction of a second a linear one
needs. ``benchmarks/linearity.py`` measures the growth of the whole pipeline.
"""

import importlib
import pkgutil

import pytest
import regex

import newsfacts_weapons
from newsfacts.text import LazyPattern
from newsfacts_weapons.gates import GatedPattern
from newsfacts_weapons.names import find_names

HOSTILE = {
    "hyphen chain": "Ab-" * 5347 + "Abc. It has a range of 300 km, the missile.",
    "non-breaking hyphen chain": "Ab\u2011" * 5347 + "Abc. It has a range of 300 km, the missile.",
    "digit-led chain": "9M-" * 5347 + "1. It has a range of 300 km, the missile.",
    "lower-case prefixes": "al-" * 5347 + "Hussein missile has a range of 300 km.",
    "capitalised words": "Ab " * 5347 + "missile has a range of 300 km.",
    "designation pieces": "Agni-V-" * 2300 + "II has a range of 300 km.",
    "hyphenated modifiers": "The Ab " + "long-range " * 1500 + "missile has a range of 300 km.",
    "number words": "three hundred and " * 900 + "twenty km range missile.",
    "space-grouped digits": "1 000 " * 2700 + "km range missile.",
    "bound words": "up to " * 2700 + "300 km range missile.",
    "capitalised words and commas": "Ab, " * 4000 + "missile has a range of 300 km.",
    "relative clauses": "The Ab-1, which " * 1000 + "has a range of 300 km.",
    "apposition after weapon nouns": "missiles, the " * 1200 + "Ab, has a range of 300 km.",
    "suspended comparatives": "shorter- and " * 1300 + "longer-range missiles.",
    "medium long words": "medium long " * 1400 + "range missiles.",
    "insertions": "The Ab-1, which carries Cd-2 missiles, " * 400 + "has a range of 300 km.",
    "aliases in brackets": "Ab-1 (NATO name Cd-2 " * 750 + ") has a range of 300 km.",
    "aliases in words": "Ab-1, also known as the " * 650 + "Cd-2, has a range of 300 km.",
    "origin words": "Ab-made " * 2000 + "missiles have a range of 300 km.",
    "possessive names": "Ab's its Cd's " * 1200 + "range can travel 300 km missile.",
    "listed names and figures": "The Ab-1, " * 1500 + "have ranges of " + "300 km, " * 1500 + "and 9 km.",
    "names before a pointing-back sentence": "Ab-1 jets carried Cd-2 missiles, " * 500
    + ". The missiles have a range of 3 km.",
    "places reached": "can reach Ab Cd Ef, " * 800 + "160 km away.",
    "comparisons": "more than any than the as far as " * 500 + "missile has a range of 300 km.",
    "figures named a range after": "300 km was the long-range " * 600 + "range of the missile.",
    "guns firing": "fires long-range rounds firing " * 500 + "shells up to 40 km.",
    "named drones": "Ab-1 drone attack drones " * 650 + "can fly up to 300 km.",
    "a unit before a long word": "missile range 300 km" + "a" * 16000 + " 7 missiles.",
    "within": "within " * 2300 + "300 km of the missile.",
    "listed names with kinds": "the Ab-1 cruise missile and " * 600 + "have ranges of 3 km and 4 km.",
    "coordinated verbs": "The Ab-1 is a copy of the Cd-2 " * 700 + "but has a range of 300 km.",
    "conversions in words": "range of " + "300 km, or 186 miles / " * 700 + "500 km.",
    "names said to be a class": "The Ab-1 is a new " * 1000 + "medium-range missile.",
    "listed bare figures": "ranges of " + "300, " * 3000 + "700 and 900 km.",
    "sources after according to": "According to " * 1300 + "Ab Cd, the missile has a range of 300 km.",
    "source phrases": "according to the Ab-based Cd, " * 550 + "the missile has a range of 300 km.",
    "models": "is a copy of the Ab " * 850 + "with a range of 300 km.",
    "dash insertions": "The Ab-1 \u2013 a variant of the Cd-2 \u2013 " * 400 + "can travel 300 km.",
    "compared names apart": "longer than the Ab-1, " * 750 + "at 300 km range missile.",
    "bare names pointing back": "Ab has deployed the Cd-1. " * 650 + "Its range of 300 km is long.",
    "possessives before a modal": "Ab's missile could " * 850 + "reach 300 km.",
    "names one space apart": "THAAD Ab-1 Increment 2 " * 700 + "can intercept missiles 200 km away.",
    "insertions saying what a noun is": "The missile, believed to be a " * 550 + "Ab-1, can fly 300 km.",
    "figures tied to names after them": "The 300-km-range long new " * 600 + "for the Ab-1 range missile.",
    "platforms firing munitions": "The Ab-1 jets fired Cd-2 missiles, " * 600 + ". The weapon has a range of 3 km.",
    "appositions of models": "the Ab-1, a modified Cd-2 " * 900 + "with a range of 650 km.",
    "names closing respectively": "ranges of 3 km and 4 km for " + "the Ab-1 and " * 1200 + "Cd-2 respectively.",
    "bounds after figures": "range of " + "300 km or more or less at most plus and beyond " * 330 + "km.",
    "signs before figures": "range of " + "~ > < c. ca. circa \u2248 " * 650 + "300 km missile.",
    "plus runs": "range of 3,000" + "-plus" * 3000 + " km missile.",
    "up to counts and clauses": "up to four and but while " * 650 + "has a range of 300 km missile.",
    "damage before a radius": "blast debris fell damaged " * 650 + "within a radius of 2 km missile.",
    "kilometre slips": "range of 300 " + "kilometeres kilimet kilomt " * 600 + "missile.",
    "figures before a pointing-back clause": "Ab-1 missile. " + "With a range of 300 km , it can " * 500,
    "owners opening insertions": "The Ab-1, Cd's answer to " * 650 + "the Ef-2, has a range of 300 km.",
    "quoted names after designations": 'The S-400 "Ab" ' * 1600 + "system has a range of 400 km.",
    "figures modifying figures": "the 300-km " * 1400 + "cruise anti-ship missile flight.",
    "modifier runs": "a 300-km " + "cruise new anti-ship " * 800 + "Ab-1 missile.",
    "ranges of names after figures": "the 300 km range of the " * 700 + "Ab-1.",
    "bombs": "Ab Cd Bomb " * 1400 + "bombs have a range of 15 km.",
    "naming verbs": "showed it the new called them " * 550 + "Ab-1 Cd. It has a range of 300 km.",
    "names before relative clauses": "The Ab, which cd Ef, " * 800 + "can fly 300 km.",
    "figures joined by or": "range of " + "300 or " * 2300 + "500 km.",
    "shared multipliers": "range of " + "two and three thousand " * 700 + "km.",
    "square brackets": "range of 300 km " + "[300 miles] [" * 1300 + "km.",
    "peoples' adjectives": "the North Bordurian Togolese " * 600 + "missile can fly 300 km.",
    "flights before capabilities": "flew 600 km but " * 1000 + "can fly 1,100 km missile.",
    "between estimates": "range of " + "between about between " * 750 + "300 and 500 km at least.",
    "drone references": "Ab-1 drones the these drones " * 600 + ". The drones can fly 300 km.",
    "appositions before a relative clause": "the Ab-1 missile, a version of the Cd-2, " * 400 + "which can fly 9 km.",
    "targets and passive firing": "The Ab was hit by Cd-3s fired by " * 500 + ". The missile has a range of 70 km.",
    "years in insertions": "The Ab-1, which hit Cd-2 missiles in 1991 2024 " * 400 + ", has a range of 70 km.",
    "armed drone modifiers": "Ab attack strike long-range " * 800 + "drones, a Cd TB2 drone can fly 300 km.",
    "modals with attributions": "can, according to Ab, " * 900 + "fly 300 km missile long-range 9 km.",
    "plural subjects flying": "rockets fly howitzers fire which fire " * 500 + "shells up to 40 km.",
    "differences": "range of " + "by an extra another 300 km more than further " * 400 + "900 km missile.",
    "makers' verbs": "which makes the Ab builds it the Cd " * 600 + "Ef-1. It has a range of 300 km.",
    "participles before platforms": "the Ab-1 missile fired by the Cd-2 launcher " * 500 + "has a range of 9 km.",
    "names before other names": "The Ab Cd, often called the Ef, also known as " * 400 + "Gh-1 can fly 9 km.",
    "two-word names opening clauses": "The Ab Cd the Ef-Gh Ij " * 700 + "has a range of 9 km.",
    "lower bounds around estimates": "range of " + "more than an estimated tops surpasses a reported " * 400 + "9 km.",
    "roles before references": "the Ab-1 was is carried by the Cd-2 intercepted fires " * 350
    + ". The interceptor has a range of 9 km.",
    "capitalised heads before designations": "The Ab Missile-" * 1000 + "3 was fired.",
    "latter and former": "Ab-1 Cd-2 the latter the former " * 600 + ". The latter has a range of 9 km.",
    "glide vehicles and warplanes": "Ab-1 fighter jets glide vehicle re-entry " * 600
    + "vehicles can fly 9 km missile.",
    "figures before possessed ranges": "At 500 km, the Ab's " * 900 + "range is long missile.",
    "clauses on targets": "fired at the Ab-1, a missile with a " * 450 + "range of 300 km, whose range is 9 km.",
    "flight ranges": "Ab-1 drone flight flight range flights radius " * 500 + "has a flight range of 9 km.",
    "carriers": "Ab-1 carried by Cd jets carrying jets armed with planes that fire " * 300 + "missiles 9 km range.",
    "platforms carrying munitions": "Ab-1 bombers carrying Cd-2 missiles that launched the Ef-3 have a " * 250
    + "range of 9 km.",
    "munitions used by platforms": "the Ab-1 missile used by mounted on fitted to the Cd-2 " * 300
    + "has a range of 9 km.",
    "its ranges": "With its 1, 2, 3 at their " * 500 + "9 km range, it can.",
    "possessive models": "The Ab-1 is a copy of the Cd Ef's Gh's " * 400 + "Ij-2 but has a range of 9 km.",
    "designations before digit groups": "the Abcdefghijk-2 500 " * 800 + "000 km range missile.",
    "bombs pointed back to": "Each bomb, each the bombs, Ab-1 bombs, " * 450 + ". Each bomb can glide 9 km.",
    "kinds inside insertions": "A Ab-1 launcher, which fires Cd-2 rockets, " * 350 + "; the rockets can fly 9 km.",
    "gapped clauses": "range of 1 km; the Ab Cd Ef Gh, " * 500 + "9 km.",
    "figures for older systems": "9 km for the older " * 900 + "Ab-1 missile range.",
    "platforms named before their kinds": "The Ab Cd helicopters, which fire the Ef Gh jets carrying " * 300
    + "Ij-2 missiles have a range of 9 km.",
}
# Every module of the plugin, found rather than listed, so a module split off later is checked too.
MODULES = tuple(
    importlib.import_module(f"newsfacts_weapons.{info.name}")
    for info in pkgutil.iter_modules(newsfacts_weapons.__path__)
)


def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    found = []
    for module in MODULES:
        for attribute, value in vars(module).items():
            if isinstance(value, regex.Pattern):
                found.append((f"{module.__name__}.{attribute}", value))
            elif isinstance(value, LazyPattern):  # compiled on first use: compiled here to be checked all the same
                found.append((f"{module.__name__}.{attribute}", value.compiled))
            elif isinstance(value, GatedPattern):  # ... or only where a text holds its words
                found.append((f"{module.__name__}.{attribute}", value.pattern.compiled))
            elif isinstance(value, tuple):  # a pattern split in parts, each behind its own gate
                parts = [part[-1] if isinstance(part, tuple) else part for part in value]
                found.extend(
                    (f"{module.__name__}.{attribute}[{index}]", part.pattern.compiled)
                    for index, part in enumerate(parts)
                    if isinstance(part, GatedPattern)
                )
    return found


def test_the_modules_have_patterns_to_check():
    assert {"newsfacts_weapons.names", "newsfacts_weapons.owners", "newsfacts_weapons.quantities"} <= {
        module.__name__ for module in MODULES
    }
    assert len(_patterns()) >= 20


@pytest.mark.parametrize("shape", sorted(HOSTILE))
def test_no_pattern_backtracks_on_hostile_text(shape):
    text = HOSTILE[shape]
    for name, pattern in _patterns():
        try:
            for _ in pattern.finditer(text, timeout=5.0):
                pass
        except TimeoutError:  # pragma: no cover - the failure being tested for
            pytest.fail(f"{name} backtracks on the {shape}")


def test_no_name_starts_inside_a_hyphenated_token():
    text = "Ab-" * 200 + "Abc and the Qarn-" + "Ab-" * 50 + "7 missile"
    spans = find_names(text)
    assert [text[start:end] for start, end in spans] == ["Qarn-" + "Ab-" * 50 + "7"]
