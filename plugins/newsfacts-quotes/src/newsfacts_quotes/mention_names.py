"""The name a source mention that is no clean name still gives, read from the mention and beside it.

The finder's mention can run on past the name into its clause ("Gowdy did not release"), or be a
description whose person stands right beside it ("campaign spokeswoman Lina Dahl", "Omar Castell, the
polling guru, said"). Each reading looks only at the mention's words or a bounded window next to it.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.lexicon import ARTICLES, GROUP_NOUNS, NAME_CONNECTORS, NON_NAME_FIRST, ROLE_NOUNS
from newsfacts_quotes.names import GIVEN_NAMES, name_shaped

NAME_RUN = regex.compile(
    r"\p{Lu}[\p{L}'’.\-]*"
    r"(?:[ \u00a0]+(?:(?:of|de|van|von|al|bin|da|le|la|du|der|del|di)[ \u00a0]+)?\p{Lu}[\p{L}'’.\-]*){0,5}"
)
# A name of one to four capitalised words and the comma that opens what is said of it (group 1: the name).
_NAME_AND_COMMA = r"(?<![\p{L}'’.\-])(\p{Lu}[\p{L}'’.\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’.\-]+){0,3}),[ \u00a0]+"
# "Nate Silver, the polling guru": a name and its comma right before a description.
_NAME_BEFORE_COMMA = LazyPattern(_NAME_AND_COMMA + "$")
_MAX_NAME_BEFORE = 60
# "Katie Vale, who is chairman of ...", "Ivo Rask, a GOP strategist who has feuded ...": the person a "who"
# clause's predicate tells of, when the finder's mention is that predicate.
_NAME_BEFORE_WHO = LazyPattern(
    _NAME_AND_COMMA + r"(?:(?:a|an|the)[ \u00a0][^,;:.!?“”\"\n]{1,80}[ \u00a0])?who[ \u00a0]+$"
)
_MAX_RELATIVE_BEFORE = 160
# An apposition ends at its comma or goes on as a relative clause; a list's item does neither.
_APPOSITION_CLOSES = regex.compile(r",|[ \u00a0]+(?:who|whose)\b")
_MAX_OFFICE_NAME = 3  # a given name, at most a middle name, and a surname
_MAX_DESCRIPTION_WORDS = 5
_MAX_ROLE_AT = 4  # "chief executive officer of ...", "research director for ...": the role comes early
# What a person says, written as theirs: "his remarks" were said by him.
_SPEECH_NOUNS = word_set(
    """
    remarks remark comments comment statement statements response speech speeches vow words letter tweet
    tweets post interview testimony message announcement answer reply
    """
)
_MAX_SPEECH_WORDS = 3  # "his remarks", "her latest remarks"


def after_office(name: list[str], titles: list[str]) -> tuple[list[str], list[str]]:
    """An office "X of Y" before a given name and surname: "Chief of Staff Katie Walsh" is Katie Walsh.

    Only a known given name two or three words from the end starts the person, so "Bank of America"
    and "Paul Sperry of Counter Jihad" stay as they are.
    """
    of_at = len(name) - 1 - name[::-1].index("of")
    given = next((k for k in range(of_at + 2, len(name) - 1) if name[k] in GIVEN_NAMES), -1)
    if given < 0 or len(name) - given > _MAX_OFFICE_NAME:
        return name, titles
    return name[given:], [*titles, *name[:given]]


def leading_name(words: list[str], name: list[str], is_person: Callable[[list[str]], bool]) -> list[str] | None:
    """The person's name a mention opens with when words of its clause ran on: "Gowdy did not release".

    ``words`` are the mention's cleaned words, ``name`` those after its titles. Only when the words after
    the name hold no role, group or other name ("Ferro campaign spokeswoman", "Ferro ally Dina Walsh"
    are someone else) and ``is_person`` knows the name.
    """
    if not words or words[0] in NON_NAME_FIRST:
        return None
    end = next((k for k, w in enumerate(name) if not (name_shaped(w) or w in NAME_CONNECTORS)), len(name))
    leading, rest = name[:end], name[end:]
    if not leading or not rest or not rest[0][:1].islower() or not rest[0].islower():
        return None  # "Abdul Amir al-Anbari": a particle of the name
    if any(w[:1].isupper() or w.lower() in ROLE_NOUNS or w.lower() in GROUP_NOUNS for w in rest):
        return None  # "Neither Cruz nor Christie": another name follows
    return leading if is_person(leading) else None


def names_beside(text: str, start: int, end: int) -> list[tuple[list[str], int]]:
    """The capitalised runs that may name the person a description ``text[start:end]`` stands for.

    In the order they are tried: the name right after a role ("campaign spokeswoman Lina Dahl"), the name
    the description is an apposition of ("Lina Dahl, chief executive of Tobar Mills,"), the name a "who"
    clause tells of when the mention is its predicate ("Ivo Rask, who is chairman of ..."). Each as (raw
    words, where the run starts).
    """
    words = text[start:end].split()
    if not words:
        return []
    readings = (
        _name_after_role(text, end, words),
        _name_before_apposition(text, start, end, words),
        _name_before_relative(text, start, words),
    )
    return [found for found in readings if found is not None]


def _name_after_role(text: str, end: int, words: list[str]) -> tuple[list[str], int] | None:
    """The name right after a role in lower case: "campaign spokeswoman Lina Dahl".

    A capitalised "Super PAC Chief" is a headline's: its role is no lower-case noun of ``ROLE_NOUNS``.
    """
    if words[-1] not in ROLE_NOUNS or text[end : end + 1] not in {" ", "\u00a0"}:
        return None
    after = NAME_RUN.match(text, end + 1)
    return None if after is None else (after.group().split(), after.start())


def _name_before_apposition(text: str, start: int, end: int, words: list[str]) -> tuple[list[str], int] | None:
    """The name and comma before an apposition that ends at its own comma or a relative pronoun.

    "Nate Silver, the polling guru," and "Lina Dahl, chief executive of Tobar Mills,": an apposition opens
    with an article or is a role in lower case; a list's item ("Dahl, chief executives at ... said") is not.
    """
    opens = words[0].lower() in ARTICLES or (words[0].islower() and any(w in ROLE_NOUNS for w in words[:_MAX_ROLE_AT]))
    if not opens or not _APPOSITION_CLOSES.match(text, end):
        return None
    before = _NAME_BEFORE_COMMA.compiled.search(text, max(0, start - _MAX_NAME_BEFORE), start)
    return None if before is None else (before.group(1).split(), before.start(1))


def _name_before_relative(text: str, start: int, words: list[str]) -> tuple[list[str], int] | None:
    """The antecedent of a "who" clause whose predicate is the mention: "Ivo Rask, who is chairman of ..."."""
    if not words[0].islower() or not text.endswith("who ", max(0, start - 4), start):
        return None
    antecedent = _NAME_BEFORE_WHO.compiled.search(text, max(0, start - _MAX_RELATIVE_BEFORE), start)
    return None if antecedent is None else (antecedent.group(1).split(), antecedent.start(1))


def modifiers_in_full(mention: str, at: int, person_of_surname: Callable[[str, int], str | None]) -> str:
    """A description whose modifier is a person's surname, with the full name: "the Ann Cole campaign".

    ``person_of_surname`` gives the full name of a surname the article gives a person, or None. A
    surname after another capitalised word ("Kentucky Republican") or in a clause ("The rival ad hits Cole
    for", "Trump attacked Cole for") is left.
    """
    words = mention.split(" ")
    if len(words) > _MAX_DESCRIPTION_WORDS or not (words[0][:1].islower() or words[0] in NON_NAME_FIRST):
        return mention  # "Trump attacked Cole for her": a clause, not a description
    for k in range(1, len(words) - 1):
        before = words[k - 1]
        if words[k + 1][:1].islower() and (not before[:1].isupper() or (k == 1 and before in NON_NAME_FIRST)):
            words[k] = person_of_surname(words[k], at) or words[k]
    return " ".join(words)


def pronoun_of(mention: str) -> str:
    """The pronoun by which a source mention names its person, else the whole mention, in lower case.

    The finder's mention may hold the pronoun without being one: the owner of the words it names ("his
    remarks") or a subject pronoun whose clause ran on ("He explained the headline by").
    """
    words = mention.lower().split()
    if not words:
        return mention.lower()
    return _speech_owner(words) or _run_on_subject(words, mention) or mention.lower()


def _speech_owner(words: list[str]) -> str | None:
    """The pronoun whose owner said the words a mention names: "his remarks" are his, "he"."""
    if len(words) <= _MAX_SPEECH_WORDS and words[0] in {"his", "her"} and words[-1] in _SPEECH_NOUNS:
        return "he" if words[0] == "his" else "she"
    return None


def _run_on_subject(words: list[str], mention: str) -> str | None:
    """The subject pronoun a mention opens with when its clause ran on: "He explained the headline by".

    ``words`` are the mention's in lower case; a capitalised second word makes a name ("He Jiankui").
    """
    subject = words[0].removesuffix("'s").removesuffix("’s")
    if subject in {"he", "she"} and len(words) >= 2 and mention.split()[1][:1].islower():
        return subject
    return None


_NAME_WORDS = 2  # a person's name before "of" has at least a given name and a surname


def names_a_person(text: str, start: int, end: int) -> bool:
    """Whether a span no clean name still names a person first: "Ann Lee of the Greens".

    Used for the second half of an apposition: "Its chairwoman, Ann Lee of the Greens, said" is Ann Lee's.
    A name of two words or more opens the span, right before "of" ("the head of Orin Energy" is no name).
    """
    words = text[start:end].split()
    if len(words) <= _NAME_WORDS or words[0] in NON_NAME_FIRST:
        return False
    capitalised = [w[:1].isupper() and name_shaped(w) for w in words]
    first_lower = capitalised.index(False) if False in capitalised else len(words)
    return first_lower >= _NAME_WORDS and first_lower < len(words) and words[first_lower] == "of"
