"""Length units and their conversion to kilometres, as ANNOTATION.md fixes them."""

from __future__ import annotations

KM_PER_MILE = 1.609344
KM_PER_NAUTICAL_MILE = 1.852

# Longest alternatives first, so "nautical miles" wins over "miles" and "kms" over "km".
UNIT = r"(?:nautical[ -]miles?|nmi|miles?|kilomet(?:re|er)s?|kms?|metres?|meters?)"


def to_km(value: float, unit: str) -> float:
    """``value`` in ``unit`` as kilometres, rounded to metres as the gold set is."""
    name = unit.lower()
    if name.startswith(("nautical", "nmi")):
        factor = KM_PER_NAUTICAL_MILE
    elif name.startswith("mile"):
        factor = KM_PER_MILE
    elif name.startswith(("kilomet", "km")):
        factor = 1.0
    else:
        factor = 0.001
    return round(value * factor, 3)
