"""Bodies and works by the head noun of their capitalised name: "the budget office" is one named before.

``Congressional Budget Office`` is found again as "the budget office", ``Ministry of Defence`` as "the
ministry". The names are read only when a "the ..." mention first needs them, from the capitalised runs of
two or more words the speaker pass kept.
"""

from __future__ import annotations

import array
import bisect
from collections.abc import Callable, Collection, Sequence

from newsfacts_quotes.lexicon import NAME_CONNECTORS, NON_NAME_FIRST, ROLE_NOUNS
from newsfacts_quotes.names import cleaned, name_shaped, normal

Bodies = dict[str, list[tuple[int, str]]]
MAX_BODY_WORDS = 3


def body_name(raw_words: list[str]) -> tuple[str, set[str]] | None:
    """A capitalised name of two or more words and its head nouns in lower case, by which "the ..." names it.

    "Congressional Budget Office" → "office"; "Ministry of Defence" → "defence" and "ministry".
    """
    words = cleaned(raw_words)
    while words and words[0] in NON_NAME_FIRST:
        words = words[1:]
    if len(words) < 2 or not all((name_shaped(w) and w not in NON_NAME_FIRST) or w in NAME_CONNECTORS for w in words):
        return None  # "Iraq The Americans": a run across a line break is no body's name
    heads = {words[-1].lower()} | ({words[words.index("of") - 1].lower()} if "of" in words[1:] else set())
    return " ".join(words), heads


def bodies_by_head(text: str, runs: Sequence[int], head: str | None = None) -> Bodies:
    """The body names among the runs (flat start, end, start, end, ...) by their head nouns, in text order.

    Given a ``head``, only the bodies it names: a run of ASCII letters holds each of its head nouns as
    written (a word of it without a possessive or a period, in lower case), so one that lacks ``head`` is skipped
    unread.
    """
    found_by_head: Bodies = {}
    for at, end in zip(runs[::2], runs[1::2], strict=True):
        raw = text[at:end]
        if head is not None and raw.isascii() and head not in raw.lower():
            continue
        found = body_name(raw.split())
        if found is not None:
            for noun in found[1] - ROLE_NOUNS:
                if head is None or noun == head:
                    found_by_head.setdefault(noun, []).append((at, found[0]))
    return found_by_head


# How many head nouns are looked for one by one, each over every run; past them, all the runs are read once.
_HEADS_READ_ALONE = 8


class LazyBodies:
    """An article's bodies by head noun, read from its long runs only when a "the ..." mention first needs them.

    The speaker pass records where each capitalised run of two or more words starts and ends, flat (start,
    end, start, end, ...) in machine integers, which keep a long article's table small; the runs' words
    are split again only for the head nouns asked for, each once (after a few, all of them at once: linear).
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs = array.array("q")
        self._by_head: Bodies = {}
        self._all: Bodies | None = None

    def add(self, start: int, end: int) -> None:
        """Record a run of two or more capitalised words that may name a body."""
        self._runs.extend((start, end))

    def __call__(self, head: str) -> list[tuple[int, str]]:
        """The names of the bodies ``head`` names, in text order."""
        if self._all is not None:
            return self._all.get(head, [])
        known = self._by_head.get(head)
        if known is None:
            if len(self._by_head) >= _HEADS_READ_ALONE:
                self._all = bodies_by_head(self._text, self._runs)
                return self._all.get(head, [])
            known = self._by_head[head] = bodies_by_head(self._text, self._runs, head).get(head, [])
        return known


def body_named(
    mention: str, head: str, start: int, bodies: Callable[[str], list[tuple[int, str]]], people: Collection[str]
) -> str:
    """The last body named before ``start`` that "the budget office" (head noun ``head``) names.

    "Congressional Budget Office"; a name of a person (``people``) is no body. Anything else keeps its mention.
    ``bodies`` gives the article's bodies, read only when the mention may name one.
    """
    words = normal(mention).split()
    if not mention.lower().startswith("the ") or len(words) > MAX_BODY_WORDS:
        return mention
    known = bodies(head)
    index = bisect.bisect_left(known, (start, "")) - 1
    if index < 0 or known[index][1] in people:
        return mention
    body = known[index][1]
    return body if set(words) <= {w.lower() for w in body.split()} else mention
