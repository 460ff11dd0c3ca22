"""The cheap tests in front of patterns (``gates``) never hide a match: the gated and split patterns find, on
every window of invented sentences, exactly what the one pattern they replace finds."""

import subprocess
import sys

import pytest
import regex

from newsfacts.text import may_hold
from newsfacts_weapons import cues, gates, numbers, quantities

# Invented sentences: every kind of bound, cue and break word, in odd cases, with the non-ASCII letters that
# regex takes for ASCII ones ignoring case, non-breaking spaces and line breaks.
SENTENCES = [
    "The Tarn-7 missile has a range of circa 400 km; the Vela c. 300 km and ~250 km; the Wren >1,000 km, <50 km.",
    "The Tarn-7 has a range of ca. 400 km; its maximum range is about 900 km; its range can now reach 1,200 km.",
    "The Tarn-7, whose range is capped at 300 km, can reach Haifa, 160 km away, and has a range of 500 km or more.",
    "The Tarn-7 has a range of 500 km at most and 600 km or so, and 700 km plus, and 800 km - plus, and 900 km+.",
    "The Vela missile has a range of as much as 600 km and not more than 700 km, and cannot exceed 800 km.",
    "The Tarn-7 has a range of in excess of 500 km. The Vela can strike targets within a radius of 600 km.",
    "The Tarn-7 has a range of upwards of 500 km, no less than 600 km, approx. 700 km, an estimated 800 km.",
    "The Tarn-7 m\u0131ssile has a range of ABOUT 500 km and ROUGHLY 600 km and MORE THAN 700 km, UP TO 800 km.",
    "The Tarn-7 has a range of \u017fome 500 km and over 600 km, beyond 700 km, and exceeding 800 km.",
    "It has a range of abouT 500 km; the Wren can reach \u017fome 40 miles; the Lark w\u0130thin 30 km, \u212am.",
    "The Tarn-7 can reach 500 km north of the border; the Vela 300 km (190 miles) off the coast, 200 km/h.",
    "The Tarn-7 has a range of 500 km \u017fouth; its reach: 300 km out\u017fide the zone; 200 km-long, 3 km long",
    "It was fired at targets 200 km away and can hit targets up to 300 km away; an error of 40 km; accuracy 2 km.",
    "The launcher fires rockets up to 40 km; the Vela is effective out to 300 km; the Wren intercepts jets at 50 km.",
    "It is capable of carrying nuclear warheads 2,000 km; it is designed to strike ships 300 km offshore, 9 km deep.",
    "The gun has a striking distance of 30 km and a firing envelope of 25 km; it can engage targets 20 km out.",
    "Its range is 500\u00a0km or\u00a0more, 300 km\u00a0at least, up\u00a0to 250 km, UPTO 500 km, limited to 4 km.",
    "It has a range of 500 KM, of Five Hundred Kilometres, of Ninety miles, of sixty-five km, someone often said.",
    "The blast radius is 2 km, debris fell within a radius of 5 km, its range is 300 km; it flew 600 km in a test.",
    "Its range is up to\n400 km and about \n 500 km, within its range of 200 km, as far as 90 km, up to now 80 km.",
    "Circa 300 km is its range. Up to 400 km is its reach. ~500 km; 70 km between; 60 km from the existing 50 km.",
    "Targets 1_000 km, 5two km, x-ninety km, twenty_one km, Thousand km, a hundred km, \u00e9one km, caf\u00e9 ten km.",
]


def _span(match):
    return None if match is None else (match.start(), match.end(), match.group())


def test_every_white_space_to_regex_is_white_space_to_python():
    space = regex.compile(r"\s")
    assert all(chr(code).isspace() for code in range(sys.maxunicode + 1) if space.fullmatch(chr(code)))


def _joined(patterns):
    return regex.compile("(?i)" + "|".join(pattern.pattern.source.removeprefix("(?i)") for pattern in patterns))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_cue_groups_merge_into_what_one_alternation_of_them_finds(text):
    joined = _joined(cues._CUE_BEFORE)
    searches = [group.search for group in cues._CUE_BEFORE]
    for end in range(len(text) + 1):
        for start in (max(0, end - 90), max(0, end - 25)):
            merged = list(gates.leftmost_matches(searches, text, start, end))
            assert [_span(m) for m in merged] == [_span(m) for m in joined.finditer(text, start, end)]
            window = text[start:end]
            last = cues._last_cue(window)
            expected = list(joined.finditer(window))
            assert _span(last) == _span(expected[-1] if expected else None)


def _prefixes(text):
    return [text[max(0, end - quantities._WINDOW) : end] for end in range(len(text) + 1)]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_bound_words_before_a_figure_are_found_as_by_the_one_pattern(text):
    adjacent = regex.compile(
        r"(?i)\b(?:(?P<upper>"
        + quantities._UP_TO_WORDS
        + "|"
        + quantities._UPPER_WORDS
        + r")|(?P<lower>"
        + quantities._LOWER_WORDS
        + r")"
        r"|(?P<approx>" + quantities._APPROX_WORDS + r"))\s$"
    )
    distant = regex.compile(
        "(?i)(?:"
        + "|".join(p.pattern.source.removeprefix("(?i)").removesuffix(r"\s$") for p in quantities._DISTANT_UPPER)
        + r")\s$"
    )
    sign = quantities._SIGN.compiled
    for prefix in _prefixes(text):
        expected = adjacent.search(prefix)
        found = quantities._adjacent(prefix)
        assert (found is None) == (expected is None)
        if found is not None and expected is not None:
            assert _span(found[1]) == _span(expected)
            assert expected[found[0]] is not None
        assert gates.any_search(quantities._DISTANT_UPPER, prefix) == (distant.search(prefix) is not None)
        for gated in (quantities._FAR_UPPER, quantities._PLACE_REACHED):
            assert _span(gated.search(prefix)) == _span(gated.pattern.compiled.search(prefix))
        if sign.search(prefix) is not None:
            assert may_hold(prefix[-quantities._SIGN_REACH :], quantities._SIGN_ENDS)


@pytest.mark.parametrize("text", SENTENCES)
def test_words_after_a_figure_are_tested_only_where_they_can_match(text):
    for position in range(len(text) + 1):
        if quantities._TRAILING.compiled.match(text, position) is not None:
            assert quantities._may_trail(text, position)
        after = text[position : position + cues._AFTER]
        if cues._AFTER_BREAK.compiled.match(after) is not None:
            assert cues._may_break_after(after)


@pytest.mark.parametrize("text", SENTENCES)
def test_spelled_words_are_found_by_words_as_by_the_pattern(text):
    pattern = numbers._SPELLED_WORD.compiled
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 60) + 1):
            assert numbers.spelled_within(text, start, end) == (pattern.search(text, start, end) is not None)


def test_a_gate_says_no_only_without_its_words():
    assert not may_hold("a missile with a ", ("reach", "up"))
    assert may_hold("it can REACH ", ("reach",))
    assert may_hold("it can \u017fee ", ("reach",))  # a long s is an "s" to regex: no telling without it
    assert gates.may_end_with("a range of up to \n", ("to",))
    assert not gates.may_end_with("a range of up to a ", ("to",))


def test_a_figure_with_no_bound_or_break_word_compiles_none_of_their_patterns():
    code = (
        "from newsfacts_weapons import cues, numbers, quantities\n"
        "text = 'The launcher is a ground-launched missile with a 300 km range.'\n"
        "found = quantities.find_quantities(text)\n"
        "assert len(found) == 1 and cues.has_range_cue(text, found[0])\n"
        "gated = [*quantities._DISTANT_UPPER, quantities._FAR_UPPER, quantities._PLACE_REACHED, *cues._CUE_BEFORE]\n"
        "gated += [pattern for _, pattern in quantities._ADJACENT]\n"
        "plain = [quantities._SIGN, quantities._TRAILING, cues._AFTER_BREAK, numbers._SPELLED_WORD]\n"
        "print(sum(p.pattern.is_compiled for p in gated), sum(p.is_compiled for p in plain))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "0"]


# More invented sentences, for the cue and owner patterns behind a gate: each is matched by at least one.
MORE_SENTENCES = [
    "Its range of 300 km, at an altitude of 40 km and an apogee of 90 km, under a ceiling of 20 km; it flew 600 km.",
    "The Vela reached an orbit; its speed and velocity; it landed 40 km north; it splashed down, then moved 20 km.",
    "The battery, placed 30 km behind the line, lies 250 km from the coast; the Tarn sits 9 km east; it was flown.",
    "A blast radius of 1 km; debris fell within a radius of 5 km; shock waves and shattered WINDOWS; killed, injured.",
    "The radar can detect missiles at 600 km and track aircraft; the Tarn can intercept drones and shoot down jets.",
    "The airliner has a range of 14,000 km, more than any missile, unlike the Tarn, as far as the Vela, as long as.",
    "Russia launched Shahed drones. The drones can fly 2,000 km; these UAVs, such armed drones, their drones.",
    "It flies up to 2,000 km and travels 300 km; the range of the Tarn-2 is 500 km; a 300-km-range Vela; for the Wren.",
    "Its range is longer than the Scud's, similar to the Tochka, compared with the Tarn; versus the Vela, vs. Lark.",
    "The Sheffield was hit, the Stark had been struck, the ships were sunk and the base was badly damaged.",
    "Akin to the Tarn, comparable to the Vela, like the Lark, as much as the Wren, that of the Scud, those of Iran.",
    "The Tarn-9 range-extended missile was destroyed; the drone was targeted; a 500 km-range missile for the army.",
    "It can fly up to a range of 300 km, at a maximum range of about 500 km, and up to a maximum range of 90 km.",
    "The upgrade extends its range by 300 km, adds an extra 200 km, an additional 90 km and another 40 km.",
    "Its range tops 2,000 km, surpasses 900 km, is more than an estimated 300 km and over a reported 40 km.",
]


def _gated_patterns():
    from newsfacts_weapons import owners, references  # noqa: PLC0415 - the modules holding gated patterns

    found = []
    for module in (cues, owners, quantities, references):
        for name, value in vars(module).items():
            parts = value if isinstance(value, tuple) else (value,)
            for index, part in enumerate(parts):
                pattern = part[-1] if isinstance(part, tuple) else part
                if isinstance(pattern, gates.GatedPattern):
                    found.append((f"{module.__name__}.{name}[{index}]", pattern))
    return found


def test_every_gated_pattern_finds_what_it_would_find_ungated():
    texts = SENTENCES + MORE_SENTENCES
    for name, gated in _gated_patterns():
        pattern = gated.pattern.compiled
        matched = 0
        for text in texts:
            for position in range(len(text) + 1):
                for end in {len(text), min(len(text), position + 30)}:
                    expected = pattern.search(text, max(0, end - 60), end)
                    assert _span(gated.search(text, max(0, end - 60), end)) == _span(expected), name
                    at = pattern.match(text, position, end)
                    assert _span(gated.match(text, position, end)) == _span(at), name
                    matched += expected is not None
        assert matched, f"no invented sentence is matched by {name}"


FAMILIES_AND_TARGETS = [
    "The DF-41, HQ-9s, S-400, Kh\u2011101, SM 6, Arrow 3, Hatf-VII, M-11 and JL-2A; Sarmat, Mach 2 and DF 5 too.",
    "Missiles fired at the Sheffield hit the Stark, struck THE Vela, targeted Tarn-2 and sank the\nWren; at Tarn.",
]


@pytest.mark.parametrize("text", SENTENCES + MORE_SENTENCES + FAMILIES_AND_TARGETS)
def test_families_and_struck_names_are_tested_only_where_they_can_match(text):
    from newsfacts_weapons import gazetteer, owners  # noqa: PLC0415 - the modules holding the two tests

    family, target = gazetteer._FAMILY_NAME.compiled, owners._TARGET_BEFORE.compiled
    for position in range(len(text) + 1):
        if family.match(text, position) is not None:
            assert gazetteer._may_be_family(text, position)
        window = text[max(0, position - 30) : position]
        if target.search(window) is not None:
            assert owners._may_strike_before(window)
