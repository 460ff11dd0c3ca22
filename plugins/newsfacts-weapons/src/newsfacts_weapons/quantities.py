"""Distances in a sentence with their bound words: "up to 50 miles", "2,500km to 4,000km", "over 100 nautical miles".

Only the number, its unit and the qualifier words next to it are read here; whether the distance is a
weapon's reach is decided in :mod:`newsfacts_weapons.cues`.
"""

from __future__ import annotations

import attrs
import regex

from newsfacts import RangeQualifier
from newsfacts import text as newsfacts_text
from newsfacts.text import LazyPattern, may_hold
from newsfacts_weapons.gates import GatedPattern, any_search
from newsfacts_weapons.numbers import DIGIT_NUMBER, NUMBER, parse_figure, spelled_within
from newsfacts_weapons.units import UNIT, plausible_km, to_km


def _quantity_source(number: str, definitions: str = "") -> str:
    """A number, an optional unit, an optional second number joined by "to", "and" or a dash, then the unit.

    "1,250-Mile" and "300km" (no space) are one quantity; the lookbehind keeps "121/2" and "F-16" out.
    ``number`` is the figure's pattern, ``definitions`` a ``(?(DEFINE)...)`` group it may call.
    """
    return (
        r"(?i)" + definitions + r"(?<![\w.,/])(?P<lo>" + number + r")"
        r"(?:\s?-?\s?(?P<lounit>" + UNIT + r")(?!\w))?"
        r"(?:\s?(?P<sep>-to-|–|-|\bto\b|\band\b|\bor\b)\s?(?P<q2>(?:about|around|approximately|some|nearly)\s)?(?P<hi>"
        + number
        + r"))?"
        # "3,000-plus km", "3000+ km": the figure is a lower bound
        r"(?P<plus>\+|\s?-?\s?plus(?=[\s-]))?"
        r"\s?-?\s?(?P<unit>" + UNIT + r")(?!\w)"
    )


# Spelled figures are rare and their pattern is long: a stretch with no number word gets the figures in digits
# only, which find the same quantities there (see ``numbers.spelled_within``). The full pattern writes its
# figure once, as a group both ends of a pair call, which halves what compiling it costs.
_DIGIT_QUANTITY = LazyPattern(_quantity_source(DIGIT_NUMBER))
_QUANTITY = LazyPattern(_quantity_source(r"(?&figure)", r"(?(DEFINE)(?P<figure>" + NUMBER + r"))"))


def _quantity_pattern(text: str, start: int, end: int) -> regex.Pattern[str]:
    """The pattern that finds every quantity in ``text[start:end]``, the smaller one where no figure is spelled."""
    return (_QUANTITY if spelled_within(text, start, end) else _DIGIT_QUANTITY).compiled


# Bound words right before the number; they belong to the claim's surface. Upper bounds follow
# ANNOTATION.md rule 9: a limit said in any words ("up to", "as far as", "no more than", "did not exceed").
# "Up to" (the commonest) and "close to" apart from the rest, so that either is compiled without the other.
_UP_TO_WORDS = (
    r"up\s?to(?:\s(?:approximately|about|around|some|roughly|(?:an?\s)?(?:estimated|reported|claimed|possible)))?"
    r"|close\sto"
)
_UPPER_WORDS = (
    r"as\s(?:much|many)\sas|nearly|almost|under|just\sunder"
    r"|as\sfar\s(?:away\s)?as|(?:less|fewer)\sthan|(?:no|not)\s(?:more|further|farther)\sthan|at\s(?:the\s)?most|a\smaximum\sof"
    r"|(?:(?:did|does|do|will|would|could|can|should|must|may)\s?n[o'’]t|cannot|can[’']t|won[’']t|never)\sexceed"
    r"|not\sexceeding"
    # "targets within 300 km": anything up to the figure ("within 300 km of the border" is a place, see cues)
    r"|within"
)
_LOWER_WORDS = (
    r"(?:more\sthan|over|at\sleast|in\sexcess\sof|exceed(?:s|ed|ing)?|upwards\sof|beyond|a\sminimum\sof"
    r"|(?:no|not)\sless\sthan|tops|topped|topping|surpass(?:es|ed|ing)?)"
    # an estimate inside the bound stays in it: "more than an estimated 1,100 km"
    r"(?:\s(?:an?\s)?(?:estimated|reported|claimed))?"
)
_APPROX_WORDS = r"about|around|approximately|approx\.|roughly|some|an\sestimated"
# Each bound's words are searched apart, only where the words before the number end in one of the last words
# its phrases end in (``gates.may_end_with``); the leftmost of those found wins, "upper" first on a tie, as
# the one alternation of the three would choose. (Two upper phrases found at one place end at one place too.)
_ADJACENT: tuple[tuple[RangeQualifier, GatedPattern], ...] = (
    (
        "upper",
        GatedPattern(
            r"(?i)\b(?:" + _UP_TO_WORDS + r")\s$",
            (
                "to",
                "approximately",
                "about",
                "around",
                "some",
                "roughly",
                "estimated",
                "reported",
                "claimed",
                "possible",
            ),
            at_end=True,
        ),
    ),
    (
        "upper",
        GatedPattern(
            r"(?i)\b(?:" + _UPPER_WORDS + r")\s$",
            ("as", "nearly", "almost", "under", "than", "most", "of", "exceed", "exceeding", "within"),
            at_end=True,
        ),
    ),
    (
        "lower",
        GatedPattern(
            r"(?i)\b(?:" + _LOWER_WORDS + r")\s$",
            tuple(
                sorted(
                    newsfacts_text.word_set(
                        "than over least of exceed exceeds exceeded exceeding beyond tops topped topping surpasses "
                        "surpassed surpassing estimated reported claimed"
                    )
                )
            ),
            at_end=True,
        ),
    ),
    (
        "approx",
        GatedPattern(
            r"(?i)\b(?:" + _APPROX_WORDS + r")\s$",
            ("about", "around", "approximately", "approx.", "roughly", "some", "estimated"),
            at_end=True,
        ),
    ),
)
# Words next to the number that set an upper bound but stay out of the surface, as the gold set does.
# Signs before the number, with or without a space: "~3,000 km", "c. 300 km", ">1,000 km".
_SIGN = LazyPattern(r"(?:(?P<approx>~|\u2248|\bca?\.|\b[Cc]irca)|(?P<lower>>|\u2265)|(?P<upper><|\u2264))\s?$")
# A sign ends at most two characters (a space, a final line break) before the number, so the last seven hold
# its symbol, its point or the "irca" of "circa" ("circa \n" is the longest way to write one).
_SIGN_ENDS = ("~", "\u2248", ".", "irca", ">", "\u2265", "<", "\u2264")
_SIGN_REACH = 7
# Bound words right after the figure: "1,100 km or more", "300 km at most", "2,000 km plus", "500 km or so".
# A bound word after the figure starts with one of these, after at most two characters of white space.
_TRAILING_OPENINGS = frozenset("+-pao")
_TRAILING = LazyPattern(
    r"(?i)\s?(?:(?P<lower>\+|-?\s?plus\b|at\sleast\b|or\s(?:more|longer|further|farther|greater|beyond)\b"
    r"|and\s(?:more|beyond|above)\b)|(?P<upper>or\s(?:less|fewer|shorter|under)\b|at\s(?:the\s)?most\b)"
    r"|(?P<approx>or\sso\b))"
)
_ADJACENT_SILENT = LazyPattern(r"(?i)\b(?:maximum|max|peak)\s$")
# Upper bounds said away from the number: "maximum range of", "range can reach", "upto a range of", "capped at".
# Only whether one is there counts, so each group of phrases is searched apart, only where its words are.
_DISTANT_UPPER = (
    GatedPattern(
        r"(?i)\b(?:maximum|max|peak|top)\s(?:\w+\s)?(?:range|reach|distance)\b(?:\s[\w']+){0,4}?\s(?:of|is|at|was)\s$",
        ("max", "peak", "top"),
    ),
    GatedPattern(r"(?i)\bup\s?to\sa\s(?:maximum\s)?range\sof\s$", ("up",)),
    GatedPattern(
        r"(?i)\bwithin\s(?:an?|the|its|their)\s(?:[\w-]+\s)?(?:range|radius|distance)(?:\sof)?\s$", ("within",)
    ),
    GatedPattern(r"(?i)\b(?:capped|limited|restricted)\s(?:at|to)\s$", ("capped", "limited", "restricted")),
    GatedPattern(
        r"(?i)(?:\b(?:range|reach)\s(?:can|could|will|would|may|might)\s(?:\w+\s)?reach"
        r"|\b(?:missiles?|rockets?)\s(?:that\s|which\s)?(?:can\s|could\s)?reach"
        # a weapon that "can reach 2,000 km" reaches up to it (rule 12: "missiles that reach X" is upper)
        r"|\b(?:can|could|will|would|may|might|to)\s(?:now\s|only\s|even\s|still\s)?reach(?:\s(?:only|just))?|\breaches)\s$",
        ("reach",),
    ),
)
# "up to" or "as far as" earlier in the clause, with no other figure between it and this one: "can hit targets
# up to, its makers say, 2,000 km away". "Up to now", "up to date" and the like set no bound.
# "Up to" a count ("can carry up to four warheads and has a range of") bounds the count, and a new clause ("and",
# "but", "while") after it ends what it bounds.
_FAR_UPPER = GatedPattern(
    r"(?i)\b(?:up\s?to|as\sfar\sas)\b(?!\s(?:now|date|then|today|this|that|here|there|us|them|it|him|her|a\sdozen"
    r"|dozens|hundreds|thousands|" + newsfacts_text.alternation(newsfacts_text.NUMBER_WORDS) + r")\b)"
    r"(?P<gap>(?:(?!\b(?:and|but|while|whereas)\b)[^\d;:.!?]){0,50})$",
    ("up", "far"),
)
# A range joined by "to" is two values when it reports a change ("extended from 290 km to 450 km", "cut from ... to").
_CHANGE = LazyPattern(
    r"(?i)\b(?:extend|increas|rais|boost|upgrad|improv|expand|reduc|cut|shorten|decreas|lower|limit)\w*|\b(?:existing|current|original|previous|earlier)\s$"
)
# A place said to be in reach, then its distance: "can reach Haifa, 160 km away". The weapon reaches at least
# that far, so the figure is a lower bound.
_PLACE_REACHED = GatedPattern(
    r"\b(?:reach|reaches|reaching|hit|hitting|strike|striking)\s(?:the\s)?[A-Z][\w-]*+(?:\s[A-Z][\w-]*+){0,2},\s$",
    ("reach", "hit", "strik"),
)
_AWAY = LazyPattern(r"(?i)\s?(?:\([^()\n]{0,40}\)\s?)?away\b")
# A bare figure ending a list before a pair: "300, " in "300, 700 and 900 km".
_LIST_ITEM = LazyPattern(r"(?i)(?<![\w.,/])(?P<n>" + NUMBER + r"),\s$")
_DIGIT_LIST_ITEM = LazyPattern(r"(?i)(?<![\w.,/])(?P<n>" + DIGIT_NUMBER + r"),\s$")
_LIST_MAX = 5
_LIST_OPENER = LazyPattern(
    r"(?i)\b(?:of|at|are|were|is|was|ranges?|reach(?:es)?|between|respectively|about|around|some)\s$"
)
# What joins a figure to its conversion said in words, and how close the two must be.
_CONVERSION_JOIN = LazyPattern(
    r"\s?(?:,\s?)?(?:or|i\.e\.|/|\u2013|\u2014|-)\s?(?:about|around|roughly|some|nearly)?\s?"
)
_CONVERSION_TOLERANCE = 0.03
_ONE_RANGE = LazyPattern(r"(?i)\b(?:range|reach|radius)\s(?:of\s)?$")
# "respectively" just after the last figure: the figures go one to each name listed before them.
RESPECTIVELY = LazyPattern(r"(?i)[^.;]{0,40}?\brespectively\b")
_FROM = LazyPattern(r"(?i)\bfrom\s$")
_ALT = LazyPattern(r"\s?(?:\((?P<alt>[^()\n]{1,60})\)|\[(?P<alt>[^\[\]\n]{1,60})\])")
# "between" opens a band, also with an estimate word before the first figure: "between about 300 and 500 km".
_BETWEEN = LazyPattern(r"(?i)\bbetween\s(?:(?:about|around|approximately|roughly|some)\s)?$")
# A multiplier the second figure of a pair ends in, which the first shares: "between two and three thousand km".
_MULTIPLIER = LazyPattern(r"(?i)[ -](?P<word>hundred|thousand)$")

_WINDOW = 60
# Where a unit word can start, and how far back from it its quantity can begin: two spelled numbers,
# a unit, a joining word and a qualifier fit well within it; a longer run of digits is no distance anyway.
_UNIT_HINT = regex.compile(
    r"(?i)nautical|nmi|nm\b|n\.\s?m\.|mi(?:les?)?\b|miel|mls\b|mi\.|kilo|kl?ms?\b|k\.\s?m\.|metre|meter"
)
_REACH = 120
_UNIT_TAIL = 16
_WORD_REST = regex.compile(r"(?<=\w)\w{0,40}")


@attrs.frozen(kw_only=True)
class Quantity:
    """One distance: ``start``/``end`` is its surface, ``core_start``/``core_end`` the number and unit."""

    start: int
    end: int
    core_start: int
    core_end: int
    min_km: float | None
    max_km: float | None
    qualifier: RangeQualifier


def _qualify(text: str, start: int, end: int) -> tuple[RangeQualifier, int]:
    """The bound the words before ``start`` set, and where the surface begins."""
    prefix = text[max(0, start - _WINDOW) : start]
    if may_hold(prefix[-_SIGN_REACH:], _SIGN_ENDS):
        sign = _SIGN.compiled.search(prefix)
        if sign is not None:
            begin = start - len(prefix) + sign.start()
            return "lower" if sign["lower"] else "upper" if sign["upper"] else "approx", begin
    adjacent = _adjacent(prefix)
    if adjacent is not None:
        qualifier, match = adjacent
        return qualifier, start - len(prefix) + match.start()
    if _ADJACENT_SILENT.compiled.search(prefix) is not None or any_search(_DISTANT_UPPER, prefix):
        return "upper", start
    if _FAR_UPPER.search(prefix) is not None:
        return "upper", start
    if _PLACE_REACHED.search(prefix) is not None and _AWAY.compiled.match(text, end) is not None:
        return "lower", start
    return "exact", start


def _adjacent(prefix: str) -> tuple[RangeQualifier, regex.Match[str]] | None:
    """The bound words ending ``prefix`` and their bound: the leftmost phrase of the three kinds, "upper" first."""
    best: tuple[RangeQualifier, regex.Match[str]] | None = None
    for qualifier, pattern in _ADJACENT:
        match = pattern.search(prefix)
        if match is not None and (best is None or match.start() < best[1].start()):
            best = (qualifier, match)
    return best


def _may_trail(text: str, end: int) -> bool:
    """Whether a bound word can follow the figure ending at ``end``; when not, :data:`_TRAILING` finds none."""
    head = text[end : end + 3].lstrip()[:1].lower()
    return not head or head in _TRAILING_OPENINGS or not head.isascii()


def _single(text: str, start: int, core_end: int, value: float | None, unit: str) -> Quantity | None:
    """One figure with the bound its words set; None when it is no plausible distance.

    Words before the figure decide first; a bare figure can still be bounded by words after it ("or more").
    """
    km = to_km(value, unit) if value is not None else None
    if km is None or not plausible_km(km):
        return None
    qualifier, begin = _qualify(text, start, core_end)
    end = core_end
    trailing = _TRAILING.compiled.match(text, core_end) if qualifier == "exact" and _may_trail(text, core_end) else None
    if trailing is not None:
        qualifier = "lower" if trailing["lower"] else "upper" if trailing["upper"] else "approx"
        end = trailing.end()
    low = km if qualifier in {"exact", "approx", "lower"} else None
    high = km if qualifier in {"exact", "approx", "upper"} else None
    return Quantity(
        start=begin, end=end, core_start=start, core_end=core_end, min_km=low, max_km=high, qualifier=qualifier
    )


def _pair(text: str, match: regex.Match[str], lo_value: float | None, hi_value: float | None) -> list[Quantity]:
    """Two figures that are two values, each with its own bound; the first takes the shared unit when it has none."""
    first = _single(
        text,
        match.start(),
        match.end("lounit") if match["lounit"] else match.end("lo"),
        lo_value,
        match["lounit"] or match["unit"],
    )
    second = _single(text, match.start("hi"), match.end(), hi_value, match["unit"])
    return [q for q in (first, second) if q]


def _listed_before(text: str, match: regex.Match[str]) -> list[Quantity]:
    """Bare figures listed before a pair of values, which share its unit: "300" in "ranges of 300, 700 and 900 km"."""
    found: list[Quantity] = []
    position = match.start()
    for _ in range(_LIST_MAX):
        lo = max(0, position - _WINDOW)
        item_pattern = _LIST_ITEM if spelled_within(text, lo, position) else _DIGIT_LIST_ITEM
        item = item_pattern.compiled.search(text, lo, position)
        if item is None:
            break
        quantity = _single(text, item.start(), item.end("n"), parse_figure(item["n"]), match["unit"])
        if quantity is None:
            break
        found.insert(0, quantity)
        position = item.start()
    # The list must open after words that introduce figures ("ranges of 300, ..."); "In 2019, 300 and 400 km" has none.
    while found and _LIST_OPENER.compiled.search(text, max(0, found[0].start - 30), found[0].start) is None:
        found.pop(0)
    return found


def _band(text: str, match: regex.Match[str], prefix: str) -> list[Quantity]:
    """A pair of figures joined by "to", "and" or a dash: one band, or two values.

    "and" joins a band after "between" ("between 80 and 250 km") or a singular "range of", which holds one
    band; elsewhere ("ranges of 300 and 500 km") it joins two figures, as any pair followed by "respectively"
    does. "or" always joins two figures ("1,000 or 1,500 km, depending on the warhead"); a conversion after "or"
    is dropped later. "to" joins two values when it reports a change ("increased from 290 to 450 km", "to about
    450 km"). A first figure smaller than the second's own number shares its multiplier: "two to three thousand".
    A reversed pair is read as a band only after "between", whose two ends are
    interchangeable ("between 250 and 80 km" is 80-250 km); any other reversed pair ("250-80 km", "250 to 80
    km") is a fall or a slip, and neither figure is a safe bound, so it gives nothing.
    """
    unit = match["unit"]
    lo_value = parse_figure(match["lo"])
    hi_value = parse_figure(match["hi"])
    multiplier = _MULTIPLIER.compiled.search(match["hi"])
    if (
        multiplier is not None
        and lo_value is not None
        and hi_value is not None
        and _MULTIPLIER.compiled.search(match["lo"]) is None
    ):
        factor = 100.0 if multiplier["word"].lower() == "hundred" else 1000.0
        if lo_value < hi_value / factor:
            lo_value *= factor
    sep = match["sep"].lower().strip("-")
    between_words = _BETWEEN.compiled.search(prefix)
    between = between_words is not None
    respectively = RESPECTIVELY.compiled.match(text, match.end()) is not None
    if respectively or sep == "or" or (sep == "and" and not between and _ONE_RANGE.compiled.search(prefix) is None):
        listed = _listed_before(text, match) if match["lounit"] is None else []
        return [*listed, *_pair(text, match, lo_value, hi_value)]
    if sep == "to" and (
        match["q2"] or (_CHANGE.compiled.search(prefix) and (match["lounit"] or _FROM.compiled.search(prefix)))
    ):
        return _pair(text, match, lo_value, hi_value)
    lo_km = to_km(lo_value, match["lounit"] or unit) if lo_value is not None else None
    hi_km = to_km(hi_value, unit) if hi_value is not None else None
    if lo_km is None or hi_km is None or lo_km == hi_km:
        quantity = _single(text, match.start("hi"), match.end(), hi_value, unit)
        return [quantity] if quantity else []
    if match["lounit"] and abs(lo_km - hi_km) <= _CONVERSION_TOLERANCE * lo_km:
        # "100 miles - about 160 km": the second figure converts the first, which is the claim (rule 3)
        quantity = _single(text, match.start(), match.end("lounit"), lo_value, match["lounit"])
        return [quantity] if quantity else []
    if lo_km > hi_km:
        if not between:
            return []
        lo_km, hi_km = hi_km, lo_km
    if not (plausible_km(lo_km) and plausible_km(hi_km)):
        return []
    begin = match.start() - len(prefix) + between_words.start() if between_words is not None else match.start()
    return [
        Quantity(
            start=begin,
            end=match.end(),
            core_start=match.start(),
            core_end=match.end(),
            min_km=lo_km,
            max_km=hi_km,
            qualifier="range",
        )
    ]


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` that end in a unit word, merged; a quantity can only lie inside one.

    Searching for the unit first is cheap, and it spares number-dense text without units the
    full quantity pattern at every number.
    """
    windows: list[tuple[int, int]] = []
    for hint in _UNIT_HINT.finditer(text):
        start = max(0, hint.start() - _REACH)
        end = min(len(text), hint.end() + _UNIT_TAIL)
        # A window ends at the end of a word: cut inside "missile", its "mi" would read as miles.
        word_end = _WORD_REST.match(text, end)
        end = word_end.end() if word_end is not None else end
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def find_quantities(text: str) -> list[Quantity]:
    """Every plausible distance in ``text`` (one sentence), leaving out conversions given in brackets after one."""
    found: list[Quantity] = []
    skip_until = -1
    for window_start, window_end in _windows(text):
        for match in _quantity_pattern(text, window_start, window_end).finditer(text, window_start, window_end):
            if match.start() < skip_until:
                continue
            prefix = text[max(0, match.start() - _WINDOW) : match.start()]
            if match["hi"] is None:
                quantity = _single(text, match.start(), match.end(), parse_figure(match["lo"]), match["unit"])
                if quantity is not None and match["plus"] and quantity.qualifier == "exact":
                    # "3,000-plus km": at least the figure
                    quantity = attrs.evolve(quantity, max_km=None, qualifier="lower")
                found.extend([quantity] if quantity else [])
            else:
                found.extend(_band(text, match, prefix))
            alt = _ALT.compiled.match(text, match.end())
            if alt is not None and _quantity_pattern(alt["alt"], 0, len(alt["alt"])).search(alt["alt"]) is not None:
                skip_until = alt.end()
    return _without_conversions(text, found)


def _value(quantity: Quantity) -> float | None:
    return quantity.max_km if quantity.max_km is not None else quantity.min_km


def _without_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` less the conversions said in words after a figure: "up to 300 kilometres, or 186 miles".

    A conversion is joined by "or", "/" or a dash and is the same distance within the rounding news copy uses.
    """
    kept: list[Quantity] = []
    for quantity in found:
        previous = kept[-1] if kept else None
        if previous is not None and _CONVERSION_JOIN.compiled.fullmatch(text, previous.end, quantity.start) is not None:
            before, now = _value(previous), _value(quantity)
            if before and now and abs(before - now) <= _CONVERSION_TOLERANCE * before:
                continue
        kept.append(quantity)
    return kept
