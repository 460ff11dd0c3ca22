"""Speakers named by layout rather than by a verb: a dash after a quotation, a transcript's label."""

from __future__ import annotations

import regex

from newsfacts_quotes.tokens import is_proper, trim

_BYLINE = regex.compile(
    r"[ \u00a0]*+([―—–]|--)[ \u00a0]*+"
    r"(\p{Lu}[\p{L}'’.\-]*+(?:[ \u00a0]++(?:\p{Lu}[\p{L}'’.\-]*+|de|van|von|da|del|la|le)){0,5})"
    r"(?=[ \u00a0]*+(?:[,.;\n“\"‘]|$))"
)


def byline_after(text: str, lo: int, hi: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """``“...” ― Ana Ruiz``: a dash and a name right after a closing quotation name its speaker.

    Returns the dash (the cue) and the name; the name must stand alone up to a comma, a period, a line
    end or the next quotation, so that a dash opening a new clause ("— Trump said") is not read as one.
    """
    match = _BYLINE.match(text, lo, min(hi, lo + 80))
    if match is None:
        return None
    name_start, name_end = trim(text, *match.span(2))
    if name_end <= name_start or not is_proper(text, name_start, name_end):
        return None
    return match.span(1), (name_start, name_end)


_TRANSCRIPT_SPEAKER = regex.compile(
    r"[“\"]?+(\p{Lu}[\p{Lu}.'’\-]++(?:[ \u00a0]\p{Lu}[\p{Lu}.'’\-]++){0,3}+)[ \u00a0]*+:[ \u00a0]"
)
_TRANSCRIPT_NOT_SPEAKERS = frozenset({"UPDATE", "NOTE", "EDITOR", "WATCH", "READ", "CORRECTION", "VIDEO", "PHOTO"})


def transcript_speaker(text: str, paragraph_start: int) -> tuple[int, int] | None:
    """``WALLACE: Let me ask you ...``: a paragraph opening on a name in capitals and a colon is that name's.

    Only capitals of two letters or more count (a transcript's convention); labels such as "UPDATE:" do not.
    """
    match = _TRANSCRIPT_SPEAKER.match(text, paragraph_start, min(len(text), paragraph_start + 60))
    if match is None:
        return None
    name = match.group(1)
    if len(name.replace(".", "")) < 2 or name.split()[0].strip(".") in _TRANSCRIPT_NOT_SPEAKERS:
        return None
    return match.span(1)
