"""The organisations an "it" may stand for: "The Ministry of Defence confirmed the strike. It said ...".

An organisation is a capitalised name with an organisation's head ("Tobar Council", "Ministry of
Defence"), or a source the article gives by a capitalised name no person bears ("The Kremlin said",
"Moscow said"). An "it" is the last one named in a bounded window before it; with none there it stays
as written, never a person, a place or a thing.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from newsfacts_quotes.lexicon import NON_NAME_FIRST, ORGANISATION_LAST

_FULL_NAME_LOOKBACK = 40  # organisations named before a short name, nearest first
_WINDOW = 400  # an "it" stands for an organisation of the same or the previous few sentences


def is_organisation_name(name: Sequence[str]) -> bool:
    """Whether a capitalised name's head is an organisation's: "Tobar Council", "Ministry of Defence"."""
    if name[-1] in ORGANISATION_LAST:
        return True
    return "of" in name[1:] and name[name.index("of") - 1] in ORGANISATION_LAST


def is_body_source(words: Sequence[str], is_person_word: Callable[[str], bool]) -> bool:
    """Whether a source mention's cleaned ``words`` name a body, no person: "The Kremlin", "Moscow".

    "The" and capitalised words, or one capitalised word that is no person's name or surname
    (``is_person_word``); a name of two words without "The" may be a person's, so it is left.
    """
    if words and words[0] == "The":
        rest = words[1:]
        return bool(rest) and all(w[:1].isupper() for w in rest) and not is_person_word(rest[-1])
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and words[0] not in NON_NAME_FIRST
        and not is_person_word(words[0])
    )


class Organisations:
    """The organisations of an article with where each is named, in text order."""

    def __init__(self) -> None:
        self.named: list[tuple[int, str]] = []

    def add(self, at: int, name: str) -> None:
        """Record an organisation named at ``at`` (mostly in text order, so mostly an append)."""
        if not self.named or self.named[-1] <= (at, name):
            self.named.append((at, name))
        else:
            bisect.insort(self.named, (at, name))

    def before(self, start: int) -> str | None:
        """The organisation an "it" at ``start`` stands for: the last one named shortly before it."""
        index = bisect.bisect_left(self.named, (start, ""))
        if index and start - self.named[index - 1][0] <= _WINDOW:
            return self.named[index - 1][1]
        return None

    def full_name(self, word: str, start: int) -> str | None:
        """The organisation named before ``start`` whose name opens with ``word``: "Orin" after "Orin Energy"."""
        index = bisect.bisect_left(self.named, (start, ""))
        recent = self.named[max(0, index - _FULL_NAME_LOOKBACK) : index]
        return next((name for _, name in reversed(recent) if name.startswith(word + " ")), None)
