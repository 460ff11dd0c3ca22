"""Range-class claims: "long-range missiles", "short- and medium-range", "ICBM", "intercontinental ballistic".

Class claims carry no figure; they say which band of reach a weapon belongs to. The classes are the closed set
of the annotation (``newsfacts.RangeClass``): the five bands, the comparatives ("longer-range", "shortest-range")
and the odd wordings ("extended-range", "medium-long", "unlimited"), each normalised to one spelling.
"""

from __future__ import annotations

from typing import get_args

import attrs
import regex

from newsfacts import RangeClass
from newsfacts.text import LazyPattern
from newsfacts_weapons.civilian import CIVILIAN
from newsfacts_weapons.cues import weapon_words

# ANNOTATION.md rule 6: the five bands, the comparatives and the odd wordings; "medium-long" before "medium".
_CLASS_WORD = (
    r"(?:medium[-\s]long|short(?:er|est)?+|medium|mid|intermediate|long(?:er|est)?+|intercontinental|extended"
    r"|unlimited)"
)
_MODIFIER = (
    r"(?:[A-Za-z]+-\s?[A-Za-z][\w-]*|cruise|ballistic|tactical|strategic|supersonic|subsonic|hypersonic|guided"
    r"|nuclear|capable|conventional|precision|surface|anti-ship|land-attack)"
)
_HEAD = (
    r"(?:missiles?|rockets?|weapons?|weaponry|bombers?|systems?|variants?|versions?|arsenals?|artillery|strikes?"
    r"|launchers?|munitions?|ICBMs?|capabilit(?:y|ies)|(?:nuclear\s)?forces)"
)
# "short- and medium-range", "medium and shorter-range": a class word left hanging before "and"/"or"/"to".
_SUSPENDED = LazyPattern(r"(?i)\b(?P<a>" + _CLASS_WORD + r")-?\s(?:and|or|to)\s(?P<b>" + _CLASS_WORD + r")[- ]range\b")
_CLASS = regex.compile(r"(?i)\b(?P<c>" + _CLASS_WORD + r")(?P<sep>-|\s)range\b")
_TAIL = LazyPattern(
    r"(?i)(?:\s" + _MODIFIER + r"){0,4}?\s" + _HEAD + r"\b(?:\s(?:systems?|launchers?|batter(?:y|ies))\b)?(?:-class)?"
)
_ICBM = LazyPattern(
    r"(?i)\b(?:(?P<full>intercontinental\s(?:ballistic\s|range\s)?missiles?(?:-class)?)"
    r"|(?P<acr>ICBMs?|IRBMs?|MRBMs?|SRBMs?))\b"
)
_HEAD_AT_END = LazyPattern(r"(?i)" + _HEAD + r"(?:\s(?:systems?|launchers?|batter(?:y|ies)))?(?:-class)?$")
# A capitalised class word opening a capitalised run is a title ("Long Range Reconnaissance Imager",
# "Intermediate-Range Nuclear Forces Treaty"); the title names a weapon only when one of its words is a weapon noun.
_TITLE = LazyPattern(r"(?:\s[A-Z][\w-]*){1,5}")
_TITLE_WEAPON = LazyPattern(
    r"\b(?:Missiles?|Rockets?|Weapons?|Bombers?|Artillery|Fires|Strike|Launchers?|Interceptors?|Munitions?"
    r"|Torpedo(?:es)?|Cruise|Ballistic|Systems?)\b"
)
_NOT_WEAPON = LazyPattern(
    r"(?i)\s(?:[\w-]+\s){0,2}?(?:" + CIVILIAN + r"|forecasts?|plans?|planning|goals?|care|relationships?)(?![\w-])"
)
# What every acronym or "intercontinental" claim holds: a sentence without it needs no _ICBM.
_ICBM_HINT = regex.compile(r"(?i)bm|intercontinental")
_ACRONYM_CLASS: dict[str, RangeClass] = {"icbm": "intercontinental", "irbm": "intermediate", "mrbm": "medium"}
_ACRONYM_CLASS["srbm"] = "short"


_ARTICLE_BEFORE = LazyPattern(r"\b(?:a|an|the)\s$")
_MISSILE_PAREN_BEFORE = LazyPattern(r"(?i)missiles?\s?\($")


@attrs.frozen(kw_only=True)
class ClassMention:
    """One class claim: its surface, the class, and the weapon noun it qualifies when there is one."""

    start: int
    end: int
    range_class: RangeClass
    head_start: int | None
    head_end: int | None


_NORMALISED: dict[str, RangeClass] = {name: name for name in get_args(RangeClass)}
_NORMALISED["mid"] = "medium"


def _normalise(word: str) -> RangeClass:
    """The annotation's spelling of a class word: lower case, "mid" is medium, "medium long" is "medium-long"."""
    return _NORMALISED[regex.sub(r"\s", "-", word.lower())]


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether the class word at ``start`` opens a title that names no weapon; ``end`` ends its "Range"."""
    if not (text[start].isupper() and text[end - 5].isupper()):
        return False
    title = _TITLE.compiled.match(text, end, min(len(text), end + 80))
    return title is not None and _TITLE_WEAPON.compiled.search(title[0]) is None


def _tail(text: str, end: int) -> tuple[int, int, int] | None:
    """The weapon noun after a class word: (surface end, head start, head end)."""
    tail = _TAIL.compiled.match(text, end, min(len(text), end + 90))
    if tail is None:
        return None
    head = _HEAD_AT_END.compiled.search(tail[0])
    head_start = tail.start() + head.start() if head else tail.start()
    return tail.end(), head_start, tail.end()


def _weapon_sentence(text: str, start: int, end: int) -> bool:
    lo = max(0, start - 150)
    return next(weapon_words(text, lo, min(len(text), end + 150)), None) is not None


def _mention(start: int, end: int, word: str, tail: tuple[int, int, int] | None) -> ClassMention:
    """A class claim from ``start``, through the weapon noun after it when ``tail`` found one."""
    stop, head_start, head_end = tail or (end, None, None)
    return ClassMention(start=start, end=stop, range_class=_normalise(word), head_start=head_start, head_end=head_end)


def find_classes(text: str) -> list[ClassMention]:
    """Class claims in one sentence, in text order."""
    found: list[ClassMention] = []
    taken: set[int] = set()
    # A suspended pair ends in a class word and "range" as _CLASS reads them, so a sentence _CLASS finds
    # nothing in has no class claim but an acronym's, and the rest of the patterns are not compiled for it.
    has_class = _CLASS.search(text) is not None
    for match in _SUSPENDED.compiled.finditer(text) if has_class else ():
        second = match.start("b")
        tail = _tail(text, match.end())
        if tail is None and not _weapon_sentence(text, match.start(), match.end()):
            continue
        found.append(_mention(match.start(), match.end(), match["a"], tail))
        found.append(_mention(second, match.end(), match["b"], tail))
        taken.add(second)
    for match in _CLASS.finditer(text) if has_class else ():
        if match.start() in taken:
            continue
        if _NOT_WEAPON.compiled.match(text, match.end(), min(len(text), match.end() + 60)) is not None:
            continue
        if _is_title(text, match.start(), match.end()):
            continue
        tail = _tail(text, match.end())
        if tail is None:
            spaced = match["sep"] != "-"
            article = _ARTICLE_BEFORE.compiled.search(text[max(0, match.start() - 8) : match.start()])
            if spaced and article is None:
                continue
            if not _weapon_sentence(text, match.start(), match.end()):
                continue
        found.append(_mention(match.start(), match.end(), match["c"], tail))
    for match in _ICBM.compiled.finditer(text) if _ICBM_HINT.search(text) is not None else ():
        if match["acr"]:
            before = text[max(0, match.start() - 40) : match.start()]
            if before.endswith("(") and _MISSILE_PAREN_BEFORE.compiled.search(before):
                continue
            cls = _ACRONYM_CLASS[match["acr"].lower().rstrip("s")]
        else:
            cls = "intercontinental"
        if any(m.start <= match.start() < m.end for m in found):
            continue
        found.append(
            ClassMention(
                start=match.start(), end=match.end(), range_class=cls, head_start=match.start(), head_end=match.end()
            )
        )
    found.sort(key=lambda m: (m.start, m.end))
    return found
