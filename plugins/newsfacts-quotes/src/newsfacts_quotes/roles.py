"""Descriptions that stand for a person: the roles, titles and appositions an article gives each name.

"Foreign Secretary Ann Moyo" makes "the foreign secretary" her later on; "Karen Obi, the US's top diplomat,"
makes "the top diplomat" Karen Obi. A description resolves to the person it was an alias of, else to the
nearest person whose descriptions hold its role and qualifiers, else to the nearest sharing a qualifier.
An indefinite description ("a Treasury official") is someone new and resolves to nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts_quotes.names import keywords, normal
from newsfacts_quotes.pronouns import Person

_INDEFINITE = frozenset({"a", "an", "one", "another"})
_NO_WORDS: frozenset[str] = frozenset()  # the descriptions of a person described nowhere, shared by every look-up


def head_noun(mention: str) -> str | None:
    """The noun a description is about: "the budget office" → "office", "the secretary of state" → "secretary"."""
    words = normal(mention).split()
    if not words:
        return None
    head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
    return head.replace("'s", "")


class Roles:
    """Each person's description keywords, and the descriptions that are aliases of a name."""

    def __init__(self) -> None:
        self.aliases: dict[str, str] = {}
        self.descriptions: dict[str, set[str]] = {}

    def describe(self, name: str, words: Iterable[str]) -> None:
        """Record description keywords of the person ``name``."""
        self.descriptions.setdefault(name, set()).update(words)

    def alias(self, description: str, name: str) -> None:
        """Record that ``description`` stands for ``name`` (the first one given wins)."""
        self.aliases.setdefault(normal(description), name)

    def holder(self, mention: str, head: str, recent: Sequence[Person]) -> str:
        """The person a role description stands for among ``recent`` (nearest first), else the mention."""
        if mention.split(maxsplit=1)[0].lower() in _INDEFINITE:
            return mention  # "a Treasury official", "one aide": someone new, not the holder named before
        keys = keywords(mention) - {head}
        for person in recent:
            # "the foreign secretary" after "Foreign Secretary Ann Moyo": the role and its qualifiers agree.
            described = self.descriptions.get(person.name, _NO_WORDS)
            if head in described and keys <= described:
                return person.name
        if not keys:
            return mention
        for person in recent:
            if keys & self.descriptions.get(person.name, _NO_WORDS):
                return person.name
        return mention
