"""Descriptions that stand for a person: the roles, titles and appositions an article gives each name.

"Foreign Secretary Ann Moyo" makes "the foreign secretary" her later on; "Karen Obi, the US's top diplomat,"
makes "the top diplomat" Karen Obi. A description resolves to the person it was an alias of, else to the
nearest person whose descriptions hold its role and qualifiers, else to the nearest sharing a qualifier.
An indefinite description ("a Treasury official") is someone new and resolves to nobody.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts_quotes.lexicon import POSSESSIVE_DETERMINERS, ROLE_NOUNS
from newsfacts_quotes.names import keywords, normal
from newsfacts_quotes.pronouns import Person

_INDEFINITE = frozenset({"a", "an", "one", "another"})
# A description's owner: everything up to its last possessive ("the prime minister's"), and the owner's head.
_OWNER = regex.compile(r"^(.{0,80}?(\w+))['’]s\b(?!.{0,80}['’]s\b)", regex.DOTALL)
_BESIDE_REACH = 1500  # characters: a few paragraphs
# The roles an abbreviated title names: "Sen. Ida Marsh" is "the senator" later on.
_TITLE_ROLES = {
    abbreviation: frozenset(roles.split())
    for abbreviation, roles in {
        "sen": "senator",
        "gov": "governor",
        "rep": "representative congressman congresswoman lawmaker",
        "gen": "general",
        "adm": "admiral",
        "col": "colonel",
        "lt": "lieutenant",
        "capt": "captain",
        "sgt": "sergeant",
        "prof": "professor",
        "sec": "secretary",
        "amb": "ambassador",
        "atty": "attorney",
        "pres": "president",
        "insp": "inspector",
        "det": "detective",
        "supt": "superintendent",
        "cllr": "councillor",
    }.items()
}
_NO_WORDS: frozenset[str] = frozenset()  # the descriptions of a person described nowhere, shared by every look-up


def title_keywords(titles: Sequence[str]) -> frozenset[str]:
    """The keywords of a name's titles, with the role each abbreviation stands for ("Gov." → "governor")."""
    found = keywords(" ".join(titles))
    return found.union(*(_TITLE_ROLES[w] for w in found if w in _TITLE_ROLES))


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
        # What a role written right before a name says ("Labour leader Ann Moyo"): only a like role with
        # all its qualifiers is hers, never one sharing a qualifier alone ("the Labour MP").
        self.beside: dict[str, frozenset[str]] = {}

    def describe(self, name: str, description: str = "", titles: Sequence[str] = ()) -> None:
        """Record what a description and the titles given with ``name`` say of that person: their keywords.

        A later role is that person's only if its words are among them ("Sen. Ida Marsh": "the senator").
        """
        self.descriptions.setdefault(name, set()).update(keywords(description) | title_keywords(titles))

    def describe_beside(self, name: str, role: str) -> None:
        """Record a role written right before ``name``: "the Labour leader" is that person later on."""
        self.beside[name] = self.beside.get(name, _NO_WORDS) | keywords(role)

    def alias(self, description: str, name: str, titles: Sequence[str] = ()) -> None:
        """Record that ``description`` stands for ``name`` (the first one given wins), and what it says of them."""
        self.aliases.setdefault(normal(description), name)
        self.describe(name, description, titles)

    def aliased(self, mention: str) -> str | None:
        """The name a description was given for, written again: "the campaign manager" after the apposition."""
        return self.aliases.get(normal(mention))

    def holder(self, mention: str, head: str, recent: Sequence[Person], start: int) -> str:
        """The person a role description at ``start`` stands for among ``recent`` (nearest first), else the mention.

        A role written right before a name counts only while that person was named shortly before: "British
        minister Ivo Rask" is not "the minister" of another country pages later.
        """
        first = mention.split(maxsplit=1)[0].lower()
        if first in _INDEFINITE or first in POSSESSIVE_DETERMINERS:
            # "a Treasury official", "one aide": someone new; "his lawyer": his, not a lawyer named before.
            return mention
        keys = keywords(mention) - {head}
        for person in recent:
            # "the foreign secretary" after "Foreign Secretary Ann Moyo": the role and its qualifiers agree.
            described = self.descriptions.get(person.name, _NO_WORDS)
            beside = self.beside.get(person.name)
            if beside is not None and start - person.start <= _BESIDE_REACH:
                described = described | beside
            if head in described and keys <= described:
                return person.name
        # A person owning the role says whose it is, not who holds it: "the prime minister's spokesman" is no
        # minister ("Denmark's top diplomat" keeps Denmark: a place's role is its holder's).
        owner = _OWNER.match(mention)
        shared = keys - keywords(owner[1]) if owner and owner[2].lower() in ROLE_NOUNS else keys
        if not shared:
            return mention
        for person in recent:
            if shared & self.descriptions.get(person.name, _NO_WORDS):
                return person.name
        return mention
