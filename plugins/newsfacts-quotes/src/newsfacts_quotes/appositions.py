"""Descriptions put in apposition to a name, which later stand for that person.

``the US's top diplomat, Karen Obi,`` makes "the top diplomat" Karen Obi later
on; ``Karen Obi, 47,`` makes "the 47-year-old" her. Each is read in a bounded
window, so the pass stays linear.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsfacts.text import LazyPattern
from newsfacts_quotes.lexicon import ROLE_NOUNS

_ROLE_NAME = r"\p{Lu}[\p{L}'’\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’.\-]+){1,3}"
# Where a phrase ends: appositions are looked for where the word before it is a role noun ("top diplomat,").
_PHRASE_END = regex.compile(r"[,;.]")
_NAME_AFTER = LazyPattern(r",[ \u00a0]+(" + _ROLE_NAME + r")(?=[ \u00a0]*[,;.])")
_NAME_BEFORE = LazyPattern(r"(?<![\p{L}'’.\-])(" + _ROLE_NAME + r"),[ \u00a0]*$")
_DESCRIPTION_STOP = regex.compile(r"[,;:.!?\n“”\"(]")
_DETERMINER_OPENING = regex.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]")
_MAX_DESCRIPTION = 80
_MAX_WORD = 30
_AGE = regex.compile(r",[ \u00a0]+(\d{1,3}),")
_NAME_BEFORE_AGE = LazyPattern(r"(?<![\p{L}'’.\-])(" + _ROLE_NAME + r")$")
_MAX_NAME = 60
# How a role noun, or its possessive, ends: most phrases end on other letters, which two characters tell.
_ROLE_TAILS = frozenset({noun[-2:] for noun in ROLE_NOUNS} | {"'s", "’s"})


def role_appositions(text: str) -> Iterator[tuple[str, str, int]]:
    """``the US's top diplomat, Karen Obi,`` and ``Karen Obi, the US's top diplomat,``: (description, name, where).

    Read from each role noun that closes a phrase, looking a bounded way back for the determiner
    that opens the description and beside it for the name.
    """
    for punctuation in _PHRASE_END.finditer(text):
        role_end = punctuation.start()
        if text[max(0, role_end - 2) : role_end] not in _ROLE_TAILS:
            continue
        lo_word = max(0, role_end - _MAX_WORD)
        space = text.rfind(" ", lo_word, role_end)
        if space < 0 < lo_word:
            continue  # a word longer than any role noun; slicing back to the text's start would be quadratic
        role_start = space + 1
        role = text[role_start:role_end]
        if role not in ROLE_NOUNS and role.replace("’", "'").removesuffix("'s") not in ROLE_NOUNS:
            continue
        lo = max(0, role_start - _MAX_DESCRIPTION)
        stops = list(_DESCRIPTION_STOP.finditer(text, lo, role_start))
        chunk = stops[-1].end() if stops else lo
        opening = _DETERMINER_OPENING.search(text, chunk, role_start)
        if opening is None:
            continue
        description = text[opening.start() : role_end]
        after = _NAME_AFTER.compiled.match(text, role_end)
        if after is not None:
            yield description, after.group(1), after.start(1)
        elif stops and stops[-1].group() == "," and not text[chunk : opening.start()].strip():
            before = _NAME_BEFORE.compiled.search(text, max(0, stops[-1].start() - 60), stops[-1].end())
            if before is not None:
                yield description, before.group(1), before.start(1)


def age_appositions(text: str) -> Iterator[tuple[str, str, int]]:
    """``Karen Obi, 47,``: (age, name, where) for each name followed by an age between commas."""
    for age in _AGE.finditer(text):
        name = _NAME_BEFORE_AGE.compiled.search(text, max(0, age.start() - _MAX_NAME), age.start())
        if name is not None:
            yield age.group(1), name.group(1), name.start(1)
