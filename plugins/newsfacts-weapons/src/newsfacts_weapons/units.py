"""Length units and their conversion to kilometres, as ANNOTATION.md fixes them."""

from __future__ import annotations

import math

KM_PER_MILE = 1.609344
KM_PER_NAUTICAL_MILE = 1.852
# The largest reach a weapon claim can state: more than Earth's circumference (about 40,075 km), which no
# missile's range exceeds; a bigger figure is an astronomical distance, a misprint or a parsing accident.
MAX_KM = 50_000.0

# Longest alternatives first, so "nautical miles" wins over "miles" and "kms" over "km". Besides the standard
# spellings: common slips of "kilometre" ("kilom"/"kilim", a "t", then only e, r and s: "kilomters", "kilometrs",
# "kilometeres", "kilometes", "kilimetres", "kilo-metres"; "kilometric" is no unit),
# "miels", and the abbreviations news copy uses ("klm", "k.m.", "mi", "mls", "n.m.", "naut. miles", "nm" and
# "NM" for nautical miles, which is the sense next to a weapon; "sea miles" are nautical, "statute miles" miles).
UNIT = (
    r"(?:(?:nautical|naut\.?|sea)[ -]miles?|nmi|n\.\s?m\.|nm|(?:statute[ -])?miles?|miels?|mls|mi"
    r"|kil[oi]-?m[aeio]?t[ers]{0,5}+|klms?|k\.\s?m\.|kms?|metres?|meters?)"
)


def to_km(value: float, unit: str) -> float:
    """``value`` in ``unit`` as kilometres, rounded to metres as the gold set is."""
    name = unit.lower()
    if name.startswith(("nautical", "naut", "sea", "nmi", "nm", "n.")):
        factor = KM_PER_NAUTICAL_MILE
    elif name.startswith(("mi", "mls", "statute")):
        factor = KM_PER_MILE
    elif name.startswith(("kil", "km", "klm", "k.")):
        factor = 1.0
    else:
        factor = 0.001
    return round(value * factor, 3)


def plausible_km(km: float) -> bool:
    """Whether ``km`` can be a weapon's reach: finite, not negative, and at most :data:`MAX_KM`."""
    return math.isfinite(km) and 0.0 <= km <= MAX_KM
