"""Insertions between a subject and its verb: a name inside one does not own the figure.

"The Tu-22M3, which carries Kh-22 missiles, has a range of ...": the range is the Tu-22M3's.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.text import LazyPattern

# A name inside a comma- or parenthesis-bounded insertion between a subject and its verb ("the Tu-22M3, which
# carries Kh-22 missiles, has a range", "the Kh-101, like the Kalibr, can fly") is not what the figure is about.
# A dash pair encloses one too: "The Tarn-4 \u2013 a variant of the Vela-2 \u2013 can travel".
_DASH = r"(?:\s?[\u2013\u2014]\s?|\s-\s)"
# An insertion can open with its owner: "The Tarn-5, Borduria's answer to the Vela-2, has".
_OWNER = r"[A-Z][\w.-]*+['\u2019]s\s"
# A year may stand in an insertion ("which intercepted Scuds in 1991,"); no other figure does.
_YEAR = r"(?<![\w.,])(?:1[89]|20)\d\d(?!\w|[.,]\d)"
_NO_FIGURE = r"(?:[^,;()\d]|" + _YEAR + r")"
_INSERTION_OPENING = LazyPattern(
    r"(?:\s[\w-]++){0,3}?(?:\s?\(|,\s(?!(?:and|or|but|while|whereas|nor)\b)(?:[a-z]|"
    + _OWNER
    + r")|"
    + _DASH
    + r"(?=[a-z]))"
    + _NO_FIGURE
    + r"{0,80}?",
)
_INSERTION_CLOSING = LazyPattern(r"(?:[^,;()\d\u2013\u2014]|" + _YEAR + r"){0,60}?(?:[,)]|" + _DASH + r")")
_INSERTION_AFTER_NOUN = LazyPattern(
    r"(?i)\b(?:missiles?|rockets?|weapons?|weaponry|systems?|versions?|variants?|launchers?|interceptors?|bombers?|bombs?)"
    r"(?:\s?\((?P<content>[^,;()\d]{0,80}?)|,\s(?P<content>(?!(?:and|or|but|while|whereas|nor)\b)[a-z][^,;()\d]{0,80}?))$"
)
# An insertion that only names the noun before it is an apposition, not an insertion: "The missile, the Tsirkon,
# can fly", "the new missile (Tsirkon) can".
# So is one that says what the noun is taken to be: "The missile, believed to be a Palestine-2, can fly".
_NAMING_ONLY = LazyPattern(
    r"(?i)\s?(?:(?:believed|thought|said|understood|reported|assessed|presumed)\sto\sbe\s|identified\sas\s"
    r"|described\sas\s|(?:probably|possibly|likely|apparently|reportedly)\s)?"
    r"(?:(?:the|a|an|its|their|dubbed|called|named|known\sas|designated)\s)?"
)
_CLOSING_AT_ONCE = LazyPattern(r"\s?[,)]")


def inserted(text: str, names: Sequence[tuple[int, int]], position: int, lo: int, figure: int) -> bool:
    """Whether the name at ``position`` stands in an insertion that closes before ``figure``.

    The insertion follows an earlier name ("the Tu-22M3, which carries Kh-22 missiles, has a range of": the
    Tu-22M3 owns the range) or a weapon noun ("The missile, a copy of the Lark-3, has": the missile does).
    """
    start, end = names[position]
    if _INSERTION_CLOSING.compiled.match(text, end, figure) is None:
        return False
    if position > 0 and _INSERTION_OPENING.compiled.fullmatch(text, names[position - 1][1], start) is not None:
        return True
    opening_lo = max(lo, names[position - 1][1] if position > 0 else lo, start - 120)
    opening = _INSERTION_AFTER_NOUN.compiled.search(text, opening_lo, start)
    if opening is None:
        return False
    naming_only = _NAMING_ONLY.compiled.fullmatch(opening["content"]) is not None
    return not (naming_only and _CLOSING_AT_ONCE.compiled.match(text, end, figure) is not None)
