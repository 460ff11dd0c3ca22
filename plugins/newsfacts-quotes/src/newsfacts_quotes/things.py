"""Names that stand for a thing, never for a "he" or "she": "the Tallis Gambit", "Iowa Democrats".

A pronoun looks back for a person; what the article names as a thing, a group or a common word must not be
taken for one when no title or given name shows a gender. Read from the runs the speaker pass kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.lexicon import GROUP_NOUNS, ROLE_NOUNS
from newsfacts_quotes.names import written_in_lower_case

# A capitalised run the speaker pass kept: where it stands, its name's words, whether a person's title
# opens it, the gender its titles or given name show, and the words before the name that describe it.
Run = tuple[int, list[str], bool, str, list[str]]
# A gender no pronoun has: what the article names as a thing ("the Islamic State") stands for no "he" or "she".
THING = "n"
_MAX_RUN_CHARS = 300  # a capitalised run holds at most six words
_ARTICLE_BEFORE = LazyPattern(r"\b(?:[Tt]he|an?)[ \u00a0]+$")
# Capitalised nouns that end a description of one person ("the Kentucky Republican" is a senator).
_PERSON_NOUNS = word_set("Republican Democrat Independent Libertarian Conservative Liberal Socialist")


def named_things(text: str, runs: Iterable[Run]) -> set[str]:
    """The names of two or more words the article writes after an article: "the Scarborough Shoal".

    A person's name takes no article ("Ida Marsh said"), a place's, a body's or an event's does; a name with
    a title or a known given name, or one ending in a noun for a person ("the Nevada Democrat"), is kept.
    ``runs`` are the article's capitalised runs.
    """
    found: set[str] = set()
    for start, name, titled, gender, _titles in runs:
        if len(name) < 2 or titled or gender or name[-1] in _PERSON_NOUNS or name[-1].lower() in ROLE_NOUNS:
            continue
        at = text.find(name[0], start, start + _MAX_RUN_CHARS)
        # "a New Hampshire Elks lodge": the article may stand before words the name dropped ("New").
        if any(_ARTICLE_BEFORE.compiled.search(text, max(0, k - 4), k) for k in {start, at} if k >= 0):
            found.add(" ".join(name))
    return found


def thing_like(name: str, things: set[str], written: frozenset[str]) -> bool:
    """Whether a name of no known gender is a thing's or a group's, never a "he" or "she".

    Named after an article ("the Good Jobs Nation"), ending in a group noun ("Iowa Democrats") or in a word
    the article also writes in lower case ("Climate Action", "Sandy Hook": "action", "hook"); a person's
    surname is rarely a common word of the same article.
    """
    last = name.rsplit(maxsplit=1)[-1]
    return name in things or last.lower() in GROUP_NOUNS or written_in_lower_case(last, written)
