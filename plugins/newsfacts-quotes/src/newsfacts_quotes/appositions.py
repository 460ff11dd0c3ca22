"""Descriptions put in apposition to a name, which later stand for that person.

``the US's top diplomat, Karen Obi,`` makes "the top diplomat" Karen Obi later
on; ``Karen Obi, 47,`` makes "the 47-year-old" her. Each is read in a bounded
window, so the pass stays linear.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex

from newsfacts.text import LazyPattern
from newsfacts_quotes.lexicon import DETERMINERS, NON_NAME_FIRST, NON_PERSON_LAST, REPORTING_VERBS, ROLE_NOUNS
from newsfacts_quotes.names import cleaned, split_title
from newsfacts_quotes.pronouns import Person
from newsfacts_quotes.roles import Roles

_ROLE_NAME = r"\p{Lu}[\p{L}'’\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’.\-]+){1,3}"
# Where a phrase ends: appositions are looked for where a role noun stands in the phrase ("top diplomat,").
_PHRASE_ENDS = frozenset(",;.")
# A role noun as a phrase may hold it: "secretary", "secretary's".
_ROLE_FORMS = ROLE_NOUNS | {role + ending for role in ROLE_NOUNS for ending in ("'s", "’s")}
_NAME_AFTER = LazyPattern(r",[ \u00a0]+(" + _ROLE_NAME + r")(?=[ \u00a0]*[,;.])")
_NAME_BEFORE = LazyPattern(r"(?<![\p{L}'’.\-])(" + _ROLE_NAME + r"),[ \u00a0]*$")
_DESCRIPTION_STOP = regex.compile(r"[,;:.!?\n“”\"(]")
# A relative clause saying what the name before it is or was: "Ivo Rask, who is the party's chairman,".
_RELATIVE_PREDICATE = regex.compile(
    r"[ \u00a0]*who[ \u00a0]+(?:is|was|(?:has|had)[ \u00a0]+been|became|serve[sd][ \u00a0]+as)[ \u00a0]+"
)
# What opens a description: an article, else an owner in the possessive ("Britain's Home Secretary").
_DETERMINER_OPENING = regex.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]")
_OWNER_OPENING = regex.compile(r"(?<![\p{L}'’.\-])\p{Lu}\p{L}+['’]s[ \u00a0]")
_MAX_DESCRIPTION_WORDS = 8
# What a role is of or for: "the senator from Ohio", "a law professor at Tobar University".
_ROLE_PREPOSITIONS = frozenset({"of", "for", "from", "at", "to", "in", "with", "on"})
_MAX_ROLE_AT = 3  # "senator from Ohio", "chief foreign policy adviser": the role comes early
_MAX_DESCRIPTION = 80
_AGE = regex.compile(r",[ \u00a0]+(\d{1,3}),")
_NAME_BEFORE_AGE = LazyPattern(r"(?<![\p{L}'’.\-])(" + _ROLE_NAME + r")$")
_MAX_NAME = 60
_MAX_ROLE_BEFORE = 40  # "deputy campaign spokeswoman": three words at most


def role_appositions(text: str) -> Iterator[tuple[str, str, int]]:
    """``the US's top diplomat, Karen Obi,`` and ``Karen Obi, the US's top diplomat,``: (description, name, where).

    Read from each phrase's end, looking a bounded way back for the determiner (or possessive) that opens
    the description and beside it for the name. The role may be capitalised ("The Foreign Secretary, Ann
    Moyo,", "Britain's Home Secretary, Ann Moyo,") or followed by what it is of or from ("the senator from
    Ohio, Ivo Rask,"); an apposition after a name may open with its role ("Ivo Rask, chief executive of
    Tobar Mills,") or say it in a relative clause ("Ivo Rask, who was mayor of Tobar,").
    """
    # Every phrase end is one of the stops, each one character: a stop and the one before it are all the loop
    # needs, so the stops are walked, never listed (a list of a long article's stops outweighed the article).
    previous = -1
    for stop in _DESCRIPTION_STOP.finditer(text):
        role_end, before = stop.start(), previous
        previous = role_end
        if text[role_end] not in _PHRASE_ENDS:
            continue
        lo = max(0, role_end - _MAX_DESCRIPTION)
        comma = before if before >= lo and text[before] == "," else -1
        chunk = lo if before < lo else before + 1
        if _ROLE_FORMS.isdisjoint(text[chunk:role_end].lower().split()):
            continue  # no role noun in the phrase, as at most phrase ends
        after_comma = comma >= 0
        if after_comma and (relative := _RELATIVE_PREDICATE.match(text, chunk, role_end)) is not None:
            chunk = relative.end()  # "Liz Tolley, who was prime minister for 49 days,": what she was
        opening = _DETERMINER_OPENING.search(text, chunk, role_end) or _OWNER_OPENING.search(text, chunk, role_end)
        if opening is None:
            # "Ivo Rask, chief executive of Tobar Mills,": a role in lower case opens the apposition.
            words = text[chunk:role_end].split()
            if after_comma and _bare_role(words):
                yield from _name_before(text, comma, text[chunk:role_end].strip())
            continue
        words = text[opening.end() : role_end].split()
        if not words or len(words) > _MAX_DESCRIPTION_WORDS or not _holds_role(words):
            continue
        description = text[opening.start() : role_end]
        # "the editor of the city's newspaper, The Tobar Post,": the name is the last noun's, not the role's.
        names_the_role = _is_role(words[-1]) or words[-1][:1].isupper()
        after = _NAME_AFTER.compiled.match(text, role_end) if names_the_role else None
        if after is not None:
            yield description, after.group(1), after.start(1)
        elif after_comma and not text[chunk : opening.start()].strip():
            yield from _name_before(text, comma, description)


def _name_before(text: str, comma: int, description: str) -> Iterator[tuple[str, str, int]]:
    """The name right before the comma at ``comma`` that opens ``description``, if one stands there."""
    before = _NAME_BEFORE.compiled.search(text, max(0, comma - 60), comma + 1)
    if before is not None:
        yield description, before.group(1), before.start(1)


def _holds_role(words: list[str]) -> bool:
    """Whether a description's last word, or one of its first, is a role: "senator from Ohio", "top diplomat".

    Not a role with a name after it ("former governor Ivo Rask", a list's item) nor a clause ("a former
    official said").
    """
    last = max((k for k, w in enumerate(words) if _is_role(w)), default=-1)
    if last < 0 or (last + 1 < len(words) and words[last + 1][:1].isupper()):
        return False
    if last == len(words) - 1:
        return True
    return last < _MAX_ROLE_AT and words[last + 1] in _ROLE_PREPOSITIONS and words[-1].lower() not in REPORTING_VERBS


def _bare_role(words: list[str]) -> bool:
    """Whether words after a comma are a role without a determiner: "chief executive of Tobar Mills"."""
    return (
        bool(words)
        and len(words) <= _MAX_DESCRIPTION_WORDS
        and words[0].islower()
        and any(_is_role(w) and w.islower() for w in words[:_MAX_ROLE_AT])
        and _holds_role(words)
    )


def _is_role(word: str) -> bool:
    return word.replace("’", "'").removesuffix("'s").lower() in ROLE_NOUNS


def age_appositions(text: str) -> Iterator[tuple[str, str, int]]:
    """``Karen Obi, 47,``: (age, name, where) for each name followed by an age between commas."""
    for age in _AGE.finditer(text):
        name = _NAME_BEFORE_AGE.compiled.search(text, max(0, age.start() - _MAX_NAME), age.start())
        if name is not None:
            yield age.group(1), name.group(1), name.start(1)


def role_before(text: str, at: int) -> str | None:
    """The role in lower case right before a name at ``at``: "Labour leader" in "Labour leader Ann Moyo".

    With at most two words before it that are no determiner ("deputy campaign manager", "shadow
    chancellor"); a capitalised role is the name's title and is read with it.
    """
    window = text[max(0, at - _MAX_ROLE_BEFORE) : at]
    words = window.split()
    if not words or not window[-1:].isspace() or not words[-1].islower() or words[-1] not in ROLE_NOUNS:
        return None
    kept = [words[-1]]
    for word in reversed(words[-3:-1]):
        if not word.isalpha() or word.lower() in DETERMINERS:
            break
        kept.insert(0, word)
    return " ".join(kept)


def describe_people(
    text: str, roles: Roles, people: Iterable[Person], full_name: Callable[[list[str], int], str]
) -> None:
    """Record what the article says each person is: appositions, ages and a role right before a name.

    ``full_name`` gives the fullest name of a name's words where they stand.
    """
    for description, name, at in role_appositions(text):
        _alias(roles, full_name, description, name, at)
    for person in people:
        role = role_before(text, person.start)  # "campaign spokeswoman Lina Dahl": the spokeswoman later on
        if role is not None:
            roles.describe_beside(person.name, role)
    for age, name, at in age_appositions(text):
        _alias(roles, full_name, f"{age}-year-old", name, at)  # "Karen Obi, 47,": the 47-year-old later on


def _alias(roles: Roles, full_name: Callable[[list[str], int], str], description: str, name: str, at: int) -> None:
    titles, bare = split_title(cleaned(name.split()))
    if not bare or bare[0] in NON_NAME_FIRST or any(w in NON_PERSON_LAST for w in bare):
        return
    roles.alias(description, full_name(bare, at), titles)
