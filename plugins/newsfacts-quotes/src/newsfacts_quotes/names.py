"""The words of a name: titles, possessives, initials, given names' genders, and name-shaped words.

Pure functions over the words of one capitalised run, shared by the pass that
collects an article's people and by the resolution of a mention.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import regex

from newsfacts.text import word_set
from newsfacts_quotes.lexicon import (
    DETERMINERS,
    FIRST_NAMES_FEMALE,
    FIRST_NAMES_MALE,
    GROUP_NOUNS,
    NAME_CONNECTORS,
    NON_NAME_FIRST,
    NON_PERSON_LAST,
    RANK_TITLES,
    TITLES,
    TITLES_FEMALE,
    TITLES_MALE,
)

POSSESSIVE = regex.compile(r"['’]s?$")
_KEYWORD = regex.compile(r"\p{L}+")
PERSON_TITLES = (
    TITLES_MALE
    | TITLES_FEMALE
    | word_set("""
        Dr Dr. Prof Prof. Professor President General Gen. Admiral Adm. Colonel Col. Lieutenant Lt Lt. Major Maj.
        Captain Capt. Commander Cmdr. Sergeant Sgt. Senator Sen. Rep. Representative Governor Gov. Mayor Judge
        Ambassador Pope Rev. Reverend Chancellor Minister Secretary Premier Congressman Congresswoman Bishop
        Rabbi Marshal Chairman Chairwoman
        """)
    | RANK_TITLES
)
_HONORIFICS = word_set("Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr.")
_TITLES_AS_SURNAMES = (TITLES_MALE | TITLES_FEMALE) - _HONORIFICS
_STOP_KEYWORDS = word_set("the a an of for to in on at and former top new senior s its his her their")


@functools.lru_cache(maxsize=8192)
def clean_word(token: str) -> str:
    """A word without its possessive or final period (cached: an article repeats its capitalised words)."""
    if token in TITLES or (len(token) == 2 and token[0].isupper() and token[1] == "."):
        return token  # a title or an initial keeps its period
    return POSSESSIVE.sub("", token.rstrip("."))


def cleaned(tokens: Iterable[str]) -> list[str]:
    """Tokens without their possessive or final period, dropping those nothing is left of ("'s")."""
    return [word for word in map(clean_word, tokens) if word]


def closes_sentence(word: str) -> bool:
    """A word closing a sentence, not a title or an initial."""
    return word.endswith(".") and word not in TITLES and len(word) > 2 and word.count(".") == 1


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """Leading titles ("General", "Secretary of State") and the name words after them.

    A title later in the run takes the words before it along ("Vermont Sen. Bernie Sanders",
    "Retired Lt. Gen. Ann Flynn"): what stands before a title is a description, not a name.
    """
    i = 0
    while i < len(words) and (words[i] in TITLES or (words[i] in NAME_CONNECTORS and i + 1 < len(words) and i > 0)):
        i += 1
    if not PERSON_TITLES.isdisjoint(words[i:-1]):  # most runs hold no later title: nothing to search for
        i = max(k for k in range(i, len(words) - 1) if words[k] in PERSON_TITLES) + 1
    if i == len(words) >= 2 and words[-2] in _HONORIFICS and words[-1] in _TITLES_AS_SURNAMES:
        i -= 1  # "Mr. King", "Ms. Prince": after an honorific, a royal title is the surname
    return words[:i], words[i:]


_OPENING_MARKS = frozenset('“"‘')
_CLOSING_MARKS = frozenset('”"’')


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised run is all a quotation holds: the title of a work, show or book."""
    if text[start - 1 : start] not in _OPENING_MARKS:
        return False  # most runs follow no opening mark: what follows them is not read
    after = text[end : end + 2]
    return after[:1] in _CLOSING_MARKS or (after[:1] == "," and after[1:2] in _CLOSING_MARKS)


def host_of_title(raw_words: list[str]) -> list[str] | None:
    """The given name and surname a work's title holds ("The Ida Marsh Show" → Ida Marsh), if any."""
    words = cleaned(raw_words)
    given = next((k for k, w in enumerate(words[:-1]) if w in GIVEN_NAMES), -1)
    if given < 0 or not name_shaped(words[given + 1]) or not person_words(words[given + 1 : given + 2]):
        return None
    return words[given : given + 2]


def given_name_gender(word: str) -> str:
    """The gender a common given name says ("Lisa", "Sherrod"), else none."""
    if word in FIRST_NAMES_MALE:
        return "m"
    return "f" if word in FIRST_NAMES_FEMALE else ""


def title_gender(titles: list[str]) -> str:
    """The gender a title gives ("Mr", "Dame"), else none."""
    if not TITLES_MALE.isdisjoint(titles):
        return "m"
    if not TITLES_FEMALE.isdisjoint(titles):
        return "f"
    return ""


@functools.lru_cache(maxsize=8192)
def name_shaped(word: str) -> bool:
    """A capital and a lower-case letter after it: "Odum", not "NATO" or "a"."""
    return len(word) > 1 and word[0].isupper() and any(c.islower() for c in word[1:])


def name_words_ok(name: list[str]) -> bool:
    """Every word name-shaped, a connector ("de", "van") or an initial ("Leonard E. Burman", "J. Ann Hebert").

    An initial opens a name only before two more words: "J. Hebert" may be the end of a sentence.
    """
    last = len(name) - 1
    first = 0 if last >= 2 else 1
    return all(
        name_shaped(w) or w in NAME_CONNECTORS or (first <= k < last and len(w) == 2 and w[0].isupper() and w[1] == ".")
        for k, w in enumerate(name)
    )


def person_words(name: list[str]) -> bool:
    """Whether a run's words after its titles may be a person's name: no sentence opener, place or body word."""
    return bool(name) and name_words_ok(name) and not any(w in NON_NAME_FIRST or w in NON_PERSON_LAST for w in name)


def after_description(name: list[str]) -> tuple[list[str], list[str]]:
    """The person's own words of a run and the words describing them: "Staff Denis Ode", "Billionaire Marc Lund".

    Words before a known given name that is followed by at most two more words describe the person, unless
    the run opens with a given name itself ("John Paul Jones") or an initial ("J. Ann Hebert").
    """
    if len(name) < 3 or name[0] in GIVEN_NAMES or name[0].endswith("."):
        return name, []
    given = next((k for k in range(1, len(name) - 1) if name[k] in GIVEN_NAMES), -1)
    if given < 0 or len(name) - given > 3:
        return name, []
    return name[given:], name[:given]


def keywords(text: str) -> frozenset[str]:
    """The content words of a description, in lower case, that a later role must share."""
    return frozenset(w.lower() for w in _KEYWORD.findall(text) if w.lower() not in _STOP_KEYWORDS)


def normal(text: str) -> str:
    """A description in lower case without its determiners, as a key of aliases."""
    words = text.replace("’", "'").lower().split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


GIVEN_NAMES = FIRST_NAMES_MALE | FIRST_NAMES_FEMALE
# Words that open a question or a negation before a name: "Neither Lee nor ...", "Was Lee right?".
_OPENING_WORDS = frozenset(
    [
        "neither",
        "either",
        "nor",
        "both",
        "does",
        "did",
        "do",
        "was",
        "were",
        "is",
        "are",
        "has",
        "had",
        "have",
        "can",
        "could",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "even",
        "only",
    ]
)
# A title's or a month's period ("Rep. Ann Cole", "Sept. 4") ends no sentence.
SENTENCE_END = regex.compile(
    r"(?<=\p{Ll}{2}|\d)"
    r"(?<!\b(?:Mrs|Rep|Reps|Sen|Sens|Gov|Gen|Col|Sgt|Capt|Cmdr|Prof|Rev|Adm|Maj|Lieut|Supt|Jan|Feb|Aug|Sept|Oct|Nov|Dec))"
    r"[.!?][”\"’']?\s+|\n+"
)
_SENTENCE_OPENING = regex.compile(r"(?:^|[.!?:;]['’\"”]?[ \u00a0]+|\n[ \u00a0]*+|[“\"‘(][ \u00a0]*+)$")


# Splitting a long text a slice at a time keeps only one slice's words in memory besides the distinct ones;
# the standard library's ``\s`` is exactly the white space ``str.split`` splits at, so no word is cut.
_SLICE_CHARS = 1 << 16
_WHITE_SPACE = re.compile(r"\s")


def lower_case_words(text: str) -> frozenset[str]:
    """The article's distinct words as written, for :func:`written_in_lower_case`.

    ``str.split`` is cheaper than a regex, but on the whole text it builds one list of every word (about
    ten times the text's size); slices that end at white space give the same words without that list.
    """
    words: set[str] = set()
    start = 0
    while start < len(text):
        space = _WHITE_SPACE.search(text, start + _SLICE_CHARS)
        end = len(text) if space is None else space.start()
        words.update(text[start:end].split())
        start = end + 1
    return frozenset(words)


_TRAILING_MARKS = ("", ",", ".")


def written_in_lower_case(word: str, written: frozenset[str]) -> bool:
    """Whether the article also writes ``word`` in lower case ("action", "does"): then it is a common word."""
    lower = word.lower()
    return any(lower + mark in written for mark in _TRAILING_MARKS)


def opens_with_common_word(full: str, written: frozenset[str]) -> bool:
    """Whether a name's first word is a common word the article writes in lower case ("Donor Adelson")."""
    first = full.split(maxsplit=1)[0]
    return first not in GIVEN_NAMES and first not in TITLES and written_in_lower_case(first, written)


_COMMON_ENDINGS = ("ed", "ing", "ly", "s")
_SHORTEST_ENDED = 4


class NamesakesWithoutCommonWord:
    """For a name opening with a common word, the first namesake opening with a given name, else without it.

    "Understated Perez" in a headline and "Thomas Perez" in the text: Thomas Perez; "Donor Adelson"
    alone: Adelson. A first word is common when the article writes it in lower case or it has a verb's,
    an adverb's or a plural's ending ("Debating", "Understated", "Senators"); "Rafael Cruz" keeps his.
    Each list of namesakes only grows, so each scan resumes where it stopped: every lookup of a surname
    together stays linear in its namesakes.
    """

    def __init__(self, written: frozenset[str]) -> None:
        self.written = written
        # By the list's id and what is looked for: how far scanned, what was found.
        self._scanned: dict[tuple[int, bool], tuple[int, str]] = {}

    def pick(self, full: str, namesakes: list[tuple[int, str]]) -> str:
        """The namesake to name for ``full``, whose first word is no given name."""
        first = full.split(maxsplit=1)[0]
        common = opens_with_common_word(full, self.written)
        if not common and not (len(first) > _SHORTEST_ENDED and first.endswith(_COMMON_ENDINGS)):
            return full
        found = self._first(namesakes, given=True)
        if found or not common:
            return found or full
        return self._first(namesakes, given=False) or full.split(maxsplit=1)[1]

    def _first(self, namesakes: list[tuple[int, str]], *, given: bool) -> str:
        key = (id(namesakes), given)
        scanned, found = self._scanned.get(key, (0, ""))
        while not found and scanned < len(namesakes):
            name = namesakes[scanned][1]
            if (name.split(maxsplit=1)[0] in GIVEN_NAMES) if given else not opens_with_common_word(name, self.written):
                found = name
            scanned += 1
        self._scanned[key] = (scanned, found)
        return found


def opens_sentence_as_common_word(text: str, at: int, word: str, common_words: frozenset[str]) -> bool:
    """Whether a sentence's first word is a common word, not a given name: "Does Rubio", "Interestingly Lee".

    A word the article also writes in lower case, an adverb or a closed-class word is common; a known
    given name is not ("Bill Skelly").
    """
    if _SENTENCE_OPENING.search(text, max(0, at - 4), at) is None or word in GIVEN_NAMES or word in TITLES:
        return False
    lower = word.lower()
    return (
        lower in _OPENING_WORDS
        or (lower.endswith("ly") and len(lower) > 4)
        or written_in_lower_case(word, common_words)
    )


def capitals_as_name(words: list[str]) -> list[str]:
    """A transcript's name in capitals as a name: "JOEL VARGA" → Joel Varga, "VARGA" → Varga; else ``words``.

    Two words in capitals are a name only when the first is a known given name ("JOHN KERRY SAYS" is a
    headline's). One word is always given in title case: whether it is the surname of a name the article
    gives ("VARGA:" after "Joel Varga") only the caller can tell.
    """
    if not all(w.isalpha() and w.isupper() and len(w) > 2 for w in words):
        return words
    if len(words) == 1 or (len(words) == 2 and words[0].capitalize() in GIVEN_NAMES):
        return [w.capitalize() for w in words]
    return words


# Particles that open a surname written without its given name: "Le Pen", "De Blasio", "Di Maio".
# ("Van" and "Al" are left out: "Van Jones", "Al Gore" are given names.)
_SURNAME_PARTICLES = frozenset({"Le", "La", "De", "Du", "Der", "Von", "Di", "Da", "Dos", "Das"})


def particle_surname(name: list[str]) -> bool:
    """Whether two capitalised words are one surname with its particle ("Le Pen"), not a full name."""
    return len(name) == 2 and name[0] in _SURNAME_PARTICLES


def surname_of_last_resort(name: list[str]) -> bool:
    """Whether a two-word run dropped as a place or a common word may still give its surname a full name.

    "Bay Buchanan" (a place word first, a surname after) and "Kristen Day" (a known given name first): a
    later bare "Buchanan" or "Day" that names nobody else is that person; "Senate Democrats" is a group.
    """
    if len(name) != 2 or not all(name_shaped(w) for w in name) or name[-1].lower() in GROUP_NOUNS:
        return False
    return name[0] in GIVEN_NAMES or (name[-1] not in NON_PERSON_LAST and name[-1] not in NON_NAME_FIRST)
