"""Speakers named by layout rather than by a verb: a dash after a quotation, a transcript's label."""

from __future__ import annotations

from newsfacts.text import LazyPattern
from newsfacts_quotes.gates import after_spaces
from newsfacts_quotes.tokens import is_proper, trim

_BYLINE = LazyPattern(
    r"[ \u00a0]*+([―—–]|--)[ \u00a0]*+"
    r"(\p{Lu}[\p{L}'’.\-]*+(?:[ \u00a0]++(?:\p{Lu}[\p{L}'’.\-]*+|de|van|von|da|del|la|le)){0,5})"
    r"(?=[ \u00a0]*+(?:[,.;\n“\"‘]|$))"
)
# What the byline pattern opens on after its spaces.
_DASHES = ("―", "—", "–", "--")


def byline_after(text: str, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``“...” ― Ana Ruiz``: a dash and a name right after a closing quotation name its speaker.

    Returns the dash (the cue) and the name; the name must stand alone up to a comma, a period, a line
    end or the next quotation, so that a dash opening a new clause ("— Trump said") is not read as one.
    """
    window_end = min(hi, lo + 80)
    dash = after_spaces(text, lo, window_end)
    if not text.startswith(_DASHES, dash, window_end):  # the dash comes first: most windows compile nothing
        return None
    match = _BYLINE.compiled.match(text, lo, window_end)
    if match is None:
        return None
    name_start, name_end = trim(text, *match.span(2))
    if name_end <= name_start or not is_proper(text, name_start, name_end):
        return None
    return match.span(1), (name_start, name_end)


_TRANSCRIPT_SPEAKER = LazyPattern(
    r"[“\"]?+(\p{Lu}[\p{Lu}.'’\-]++(?:[ \u00a0]\p{Lu}[\p{Lu}.'’\-]++){0,3}+)[ \u00a0]*+:[ \u00a0]"
)
_TRANSCRIPT_NOT_SPEAKERS = frozenset({"UPDATE", "NOTE", "EDITOR", "WATCH", "READ", "CORRECTION", "VIDEO", "PHOTO"})


def transcript_speaker(text: str, paragraph_start: int) -> tuple[int, int] | None:
    """``WALLACE: Let me ask you ...``: a paragraph opening on a name in capitals and a colon is that name's.

    Only capitals of two letters or more count (a transcript's convention); labels such as "UPDATE:" do not.
    """
    window_end = min(len(text), paragraph_start + 60)
    if text.find(":", paragraph_start, window_end) < 0:  # no colon, no label
        return None
    match = _TRANSCRIPT_SPEAKER.compiled.match(text, paragraph_start, window_end)
    if match is None:
        return None
    name = match.group(1)
    if len(name.replace(".", "")) < 2 or name.split()[0].strip(".") in _TRANSCRIPT_NOT_SPEAKERS:
        return None
    return match.span(1)
