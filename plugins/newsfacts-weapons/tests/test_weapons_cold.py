"""A cold start compiles little: the patterns an article does not reach stay uncompiled, and the cheap forms
used in their place find exactly what the full ones would."""

import random
import subprocess
import sys

import pytest
import regex

from newsfacts.text import LazyPattern
from newsfacts_weapons import civilian, cues, gazetteer, names, quantities
from newsfacts_weapons.numbers import spelled_within

# Invented sentences: spelled figures, digits, both, and words that only contain a number word.
SENTENCES = [
    "The Vela-2 has a range of up to two hundred and fifty kilometres, officials said.",
    "Its rockets reach between eighty and 250 km, and a thousand miles at most.",
    "Someone often said the Lark-1 flies 40 km, or 25 miles, tentatively 65 nautical miles.",
    "The Tarn can fly ranges of 300, 700 and 900 km respectively, and the Wren 1 200 km.",
    "A seventeen-mile hop, then twenty-five nautical miles; sevenkm is a typo; 1.200 km in Europe.",
    "Iskander missiles, Scud-B launchers and Naval Strike Missile batteries cover 500 km.",
    "The Patriot battery and THAAD protect the base; Tomahawks flew past the Hsiung Feng IIE site.",
    "The Iron Dome, David's Sling and Fajr-5s; Kh\u2011101, al-Hussein, Al-Hussein-2, Agni V and Prithvi 2.",
    "ATACMS is a missile; the DF-41, HQ-9s and S-400 are others; an arrow pointed at the frog.",
]


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


@pytest.mark.parametrize("text", SENTENCES)
def test_digit_quantities_find_what_the_full_pattern_finds_where_no_word_is_spelled(text):
    full = quantities._QUANTITY.compiled
    digits = quantities._DIGIT_QUANTITY.compiled
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            if not spelled_within(text, start, end):
                assert _spans(digits.finditer(text, start, end)) == _spans(full.finditer(text, start, end))


def test_a_spelled_figure_is_seen_and_found():
    text = "The missile can fly two hundred and fifty km."
    assert spelled_within(text, 0, len(text))
    assert not spelled_within("often 40 km and attention", 0, 25)
    assert [(q.min_km, q.max_km) for q in quantities.find_quantities(text)] == [(250.0, 250.0)]


@pytest.mark.parametrize("text", SENTENCES)
def test_patterns_joined_with_the_gazetteer_match_as_one_alternation(text):
    for lazy in (names._NAME, cues._WEAPON_NOUN):
        pattern = lazy.compiled
        joined = regex.compile(f"(?:{lazy.source})|{gazetteer.SYSTEM_NAME.source}", lazy.flags)
        for start in range(0, len(text), 5):
            got = _spans(gazetteer.or_system(pattern, text, start, len(text)))
            assert got == _spans(joined.finditer(text, start, len(text)))


@pytest.mark.parametrize("text", SENTENCES)
def test_looking_systems_up_finds_what_the_system_pattern_finds(text):
    pattern = gazetteer.SYSTEM_NAME.compiled
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            found = gazetteer.system_at(text, start, end)
            expected = pattern.search(text, start, end)
            assert _spans([found] if found else []) == _spans([expected] if expected else [])
            assert gazetteer.is_system(text, start, end) == (pattern.fullmatch(text, start, end) is not None)


def test_every_listed_system_opens_with_a_capital():
    # find_names joins the gazetteer after its own lookahead, which asks for a capital or a digit first.
    assert all(name[0].isupper() for name in gazetteer._SYSTEMS)
    # ... and has more than the two characters it is looked up by
    assert all(len(name) > 2 for name in gazetteer._SYSTEMS)


def test_importing_the_plugin_compiles_no_lazy_pattern():
    code = (
        "import sys, newsfacts_weapons.plugin\n"
        "from newsfacts.text import LazyPattern\n"
        "from newsfacts_weapons.gates import GatedPattern\n"
        "values = [v for m in list(sys.modules.values()) if m.__name__.startswith('newsfacts_weapons')\n"
        "          for v in vars(m).values()]\n"
        "values += [p[-1] if isinstance(p, tuple) else p for v in values if isinstance(v, tuple) for p in v]\n"
        "lazy = [v for v in values if isinstance(v, LazyPattern)]\n"
        "lazy += [v.pattern for v in values if isinstance(v, GatedPattern)]\n"
        "print(len(lazy), sum(p.is_compiled for p in lazy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    count, compiled = map(int, out.split())
    assert count >= 60
    assert compiled == 0


def test_a_lazy_pattern_compiles_once():
    pattern = LazyPattern(r"(?i)range")
    assert not pattern.is_compiled
    assert pattern.compiled is pattern.compiled
    assert pattern.is_compiled
    assert pattern.compiled.search("Its RANGE is") is not None


# Invented sentences for the parts of a name's pattern that call a group by name: lists and appositions.
LISTS_AND_APPOSITIONS = [
    "The Vela and Corvid missiles, the Lark, Tarn-2 and Wren Block II long-range cruise missiles, were shown.",
    "Borduria fielded the Vela, Heron or al-Corvid Mark 3 anti-ship supersonic rocket launchers last year.",
    "The Tarn, a modified ballistic missile, and the Lark, a turboprop attack aircraft, flew; Heron, the makers.",
    "The Vela & Kite howitzers, Wren and Finch air-launched land-attack guided bombs and Lark or Tarn systems.",
    "The Kite, an old weapon manufacturers sold, and the Heron, a copy of the Vela: Ibis and Owl nuclear-capable",
    "Its Vela, Kite, Heron, Lark and Wren new strategic missile; the Owl and the Wren cruise-missile batteries",
    "Its newest rockets, the Kite Mark 2, and the missile, Heron, flew; a missile dubbed Tayfun, then tested the Owl.",
]


@pytest.mark.parametrize("text", SENTENCES + LISTS_AND_APPOSITIONS)
def test_the_name_pattern_calling_its_parts_by_name_matches_as_written_out(text):
    # _NAME writes the capitalised run, its tail, the modifiers and the weapon nouns once and calls them again
    # in its lookaheads; written out in full at every call it must match the same at every position.
    source = names._NAME.source
    define = "(?(DEFINE)(?P<cap>" + names._CAP + ")(?P<tail>" + names._TAIL + "))"
    assert source.endswith(define)
    written_out = (
        source.removesuffix(define)
        .replace("(?&cap)", "(?:" + names._CAP + ")")
        .replace("(?&tail)", names._TAIL)
        .replace("(?&modifier)", names._MODIFIER)
        .replace("(?&heads)", "(?:" + names._HEADS + ")")
        .replace("(?P<modifier>", "(?:")
        .replace("(?P<heads>", "(?:")
    )
    assert "(?&" not in written_out
    old, new = regex.compile(written_out), names._NAME.compiled
    for position in range(len(text)):
        expected, found = old.match(text, position), new.match(text, position)
        assert (expected and (expected.span(), expected.span("n"))) == (found and (found.span(), found.span("n")))
    assert _spans(old.finditer(text)) == _spans(new.finditer(text))


def test_civilian_words_are_found_by_look_up_as_the_pattern_finds_them():
    # civilian_words looks the words of CIVILIAN_WORD up instead of compiling it; on invented word salads (listed
    # words in every case, near misses, hyphens, the battery phrases, model numbers, words outside ASCII) it must
    # give what the pattern's finditer gives, from any start to any end.
    listed = sorted(civilian._WORDS_BEFORE_PHRASES | civilian._WORDS_AFTER_PHRASES)
    pattern = civilian.CIVILIAN_WORD.compiled
    assert all(pattern.fullmatch(word) for word in listed)
    words = listed + [word.upper() for word in listed[::3]] + [word.title() for word in listed[1::3]]
    words += ["bus", "lorrys", "jetss", "wifis", "e-bike-mounted", "truck-mounted", "drone_", "ev-", "-car", "Cars"]
    words += ["battery", "batteries", "packs", "life", "cells", "lithium", "lithium-ion", "car-ion", "Phone", "BATTERY"]
    words += [
        "737",
        "787-900",
        "777X",
        "797",
        "A380",
        "a320neo",
        "A350-1000",
        "7370",
        "A390",
        "7\u0663\u0667",
        "737-\u0668\u0660\u0660",
    ]
    words += [
        "caf\u00e9",
        "\u017fatellite",
        "rada\u0280",
        "\u212aWh",
        "\u0130phone",
        "cars\u00e9",
        "the",
        "missile",
        "of",
        "2",
    ]
    separators = [" ", "  ", "-", "\n", ", ", "\u00a0", "\u2009", "'", "\u2019s ", "_", "."]
    rng = random.Random(20261129)  # noqa: S311 - reproducible test data, not secrets
    for _ in range(400):
        text = "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 10)))
        for start in range(0, len(text), 3):
            for end in (len(text), rng.randint(start, len(text))):
                expected = _spans(pattern.finditer(text, start, end))
                assert _spans(civilian.civilian_words(text, start, end)) == expected, (text, start, end)
