"""Resolving a source mention to the fullest name the article gives, from one pass over the text.

The pass collects people (titled names, two- or three-word names, and the
names of sources), the gender a title gives them, surname → full name, and the
descriptions put in apposition to a name. A mention then resolves by lookup:
a pronoun to the nearest compatible person before it, a surname to its full
name, a description to the person it was an apposition of, or to the nearest
person whose descriptions share a word with it. Groups, organisations and
places keep their mention as their name.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import NamedTuple

import regex

from newsfacts_quotes.finder import Candidate
from newsfacts_quotes.lexicon import (
    GROUP_NOUNS,
    NON_NAME_FIRST,
    NON_PERSON_LAST,
    ORGANISATION_LAST,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_PLURAL,
    ROLE_NOUNS,
    TITLES,
)
from newsfacts_quotes.names import (
    CONNECTORS,
    PERSON_TITLES,
    clean_word,
    cleaned,
    closes_sentence,
    given_name_gender,
    keywords,
    name_shaped,
    name_words_ok,
    normal,
    quoted_title,
    split_title,
    title_gender,
)

_NAME_RUN = regex.compile(
    r"\p{Lu}[\p{L}'’.\-]*"
    r"(?:[ \u00a0]+(?:(?:of|de|van|von|al|bin|da|le|la|du|der|del|di)[ \u00a0]+)?\p{Lu}[\p{L}'’.\-]*){0,5}"
)
_NON_SPACE = regex.compile(r"\S+")
_GENDERED_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_GENDER_WINDOW = 80
_PLACE_BEFORE = regex.compile(r"\b(?:in|at|near)[ \u00a0]$")
# A possessive names its owner as the pronoun does: "his comments" are his.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_SENTENCE_END = regex.compile(r"(?<=\p{Ll}{2}|\d)[.!?][”\"’']?\s+|\n+")
_ORGANISATION_WINDOW = 400
_ROLE_NAME = r"\p{Lu}[\p{L}'’\-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’.\-]+){1,3}"
# Where a phrase ends: appositions are looked for where the word before it is a role noun ("top diplomat,").
_PHRASE_END = regex.compile(r"[,;.]")
_NAME_AFTER = regex.compile(r",[ \u00a0]+(" + _ROLE_NAME + r")(?=[ \u00a0]*[,;.])")
_NAME_BEFORE = regex.compile(r"(?<![\p{L}'’.\-])(" + _ROLE_NAME + r"),[ \u00a0]*$")
_DESCRIPTION_STOP = regex.compile(r"[,;:.!?\n“”\"(]")
_DETERMINER_OPENING = regex.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]")
_MAX_DESCRIPTION = 80
_MAX_WORD = 30
_LOOKBACK_PEOPLE = 40


_Run = tuple[int, list[str], bool, str, list[str]]


class Person(NamedTuple):
    """One mention of a person: where, the full name it stands for, and a gender when a title gives one."""

    start: int
    name: str
    gender: str


class SpeakerTable:
    """People, surnames, genders and aliases of one article, built in one linear pass."""

    def __init__(self, text: str, candidates: Iterable[Candidate]) -> None:
        self.text = text
        self.people: list[Person] = []
        self.surnames: dict[str, list[tuple[int, str]]] = {}
        self.genders: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        self.descriptions: dict[str, set[str]] = {}
        self.organisations: list[tuple[int, str]] = []
        # A surname only ever given with a title: "Mr Odum" is the fullest name the article gives for him.
        self.titled_names: dict[str, str] = {}
        self._collect_people(text)
        self.starts = [p.start for p in self.people]
        self.sentence_starts = [m.end() for m in _SENTENCE_END.finditer(text)]
        self._learn_genders(text)
        self._learn_appositions(text)
        self.groups: list[tuple[int, str]] = []
        self.antecedents: dict[tuple[int, int], tuple[int, int]] = {}
        sources: set[int] = set()
        for candidate in candidates:
            if candidate.mention is not None and candidate.antecedent is not None:
                self.antecedents[candidate.mention] = candidate.antecedent
            if candidate.mention is not None:
                sources.add(candidate.mention[0])
            self._learn(candidate)
        # People named as the source of a report: a pronoun in the next report more likely stands for them.
        self.source_starts = frozenset(sources)

    # -- the pass ----------------------------------------------------------------

    def _collect_people(self, text: str) -> None:
        runs: list[_Run] = []
        for match in _NAME_RUN.finditer(text):
            raw = match.group()
            if " " not in raw and "\u00a0" not in raw:
                word = clean_word(raw)
                if word in NON_NAME_FIRST and word not in TITLES:
                    continue  # "The", "He", "In": most capitalised words open a sentence and name nobody
            if quoted_title(text, match.start(), match.end()):
                continue  # “Atlas Shrugged”, "Good Morning America": a work's title, no person
            raw_words = raw.split()
            cut = next((k + 1 for k, w in enumerate(raw_words[:-1]) if closes_sentence(w)), len(raw_words))
            self._collect_run(text, match.start(), cleaned(raw_words[:cut]), runs)
            if cut < len(raw_words) - 1:
                # "... in Paris. John Podesta, ...", "Fr. Frank Pavone": a full name also follows the period.
                # It gives a later bare surname its full name; the run's opening word may be an adverb
                # ("Later Tom Birch"), so it is not offered to pronouns.
                after = match.start() + [m.start() for m in _NON_SPACE.finditer(raw)][cut]
                self._collect_run(text, after, cleaned(raw_words[cut:]), None)
        for start, name, titled, gender, titles in runs:
            if len(name) >= 2 or titled or name[-1] in self.surnames:
                full = self.full_name(name, start)
                self.people.append(Person(start, full, gender or self.genders.get(name[-1], "")))
                if titled:
                    # "Senator Ida Marsh", "Foreign Secretary Ann Moyo": the title describes her later on.
                    self.descriptions.setdefault(full, set()).update(keywords(" ".join(titles)))

    def _collect_run(self, text: str, at: int, words: list[str], runs: list[_Run] | None) -> None:
        """Record the person one capitalised run names, if any: surname, gender, title (in ``runs`` if given)."""
        while words and words[0] in NON_NAME_FIRST and words[0] not in TITLES:
            words = words[1:]
        titles, name = split_title(words)
        role = max((k for k, w in enumerate(name[:-2]) if w.lower() in ROLE_NOUNS), default=-1)
        if role >= 0:
            # "Economist Leonard E. Burman", "Majority Leader Ann Cole": the role and what precedes it describe.
            titles, name = [*titles, *name[: role + 1]], name[role + 1 :]
        if not name or not name_words_ok(name):
            return
        gender = title_gender(titles) or (given_name_gender(name[0]) if len(name) >= 2 else "")
        titled = any(t in PERSON_TITLES for t in titles)
        if not titled and name[-1] in ORGANISATION_LAST:
            self.organisations.append((at, " ".join(name)))
        inner = max((k for k, w in enumerate(name[:-1]) if w in NON_PERSON_LAST), default=-1)
        if not titled and inner >= 0 and name[-1] not in NON_PERSON_LAST and len(name) - inner > 2:
            # "Senate Majority Leader Mitch McConnell", "Democracy Corps Stan Greenberg": a body's name,
            # then the person's own two or more words.
            titles, name = [*titles, *name[: inner + 1]], name[inner + 1 :]
        if not titled and (any(w in NON_PERSON_LAST for w in name) or "of" in name):
            return  # "Strait of Hormuz", "Kerch Bridge Authority": a place or a body, never a person
        if "of" in name:
            name = name[: name.index("of")]  # "Senator Lamar Alden of Tennessee": the state is not his name
        if not name or any(w in NON_NAME_FIRST for w in name):
            return
        if not titled and _PLACE_BEFORE.search(text, max(0, at - 4), at):
            return  # "a speech in Fort Pierce": after "in", "at" or "near" a name is a place
        if len(name) >= 2 and (titled or sum(len(w) > 2 for w in name) <= 3):
            self.surnames.setdefault(name[-1], []).append((at, " ".join(name)))
        if gender:
            self.genders.setdefault(name[-1], gender)
        if titled and len(name) == 1:
            self.titled_names.setdefault(name[0], " ".join([*titles, name[0]]))
        if runs is not None:
            runs.append((at, name, titled, gender, titles))

    def _learn_genders(self, text: str) -> None:
        """A he/she/his/her right after a person of unknown gender, with nobody between, gives the gender."""
        for match in _GENDERED_PRONOUN.finditer(text):
            index = bisect.bisect_left(self.starts, match.start()) - 1
            if index < 0 or match.start() - self.people[index].start > _GENDER_WINDOW:
                continue
            person = self.people[index]
            surname = person.name.split()[-1]
            if not person.gender and surname not in self.genders:
                self.genders[surname] = "m" if match.group().lower() in {"he", "his", "him"} else "f"
        self.people = [
            p if p.gender else p._replace(gender=self.genders.get(p.name.split()[-1], "")) for p in self.people
        ]

    def _learn_appositions(self, text: str) -> None:
        """``the US's top diplomat, Karen Obi,`` and ``Karen Obi, the US's top diplomat,`` anywhere.

        Read from each role noun that closes a phrase, looking a bounded way back for the determiner
        that opens the description and beside it for the name.
        """
        for punctuation in _PHRASE_END.finditer(text):
            role_end = punctuation.start()
            role_start = text.rfind(" ", max(0, role_end - _MAX_WORD), role_end) + 1
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
            after = _NAME_AFTER.match(text, role_end)
            if after is not None:
                self._learn_description(description, after.group(1), after.start(1))
            elif stops and stops[-1].group() == "," and not text[chunk : opening.start()].strip():
                before = _NAME_BEFORE.search(text, max(0, stops[-1].start() - 60), stops[-1].end())
                if before is not None:
                    self._learn_description(description, before.group(1), before.start(1))

    def _learn_description(self, description: str, name: str, at: int) -> None:
        titles, bare = split_title(cleaned(name.split()))
        if not bare or bare[0] in NON_NAME_FIRST or any(w in NON_PERSON_LAST for w in bare):
            return
        full = self.full_name(bare, at)
        self.aliases.setdefault(normal(description), full)
        self.descriptions.setdefault(full, set()).update(keywords(description + " " + " ".join(titles)))

    def full_name(self, name: list[str], at: int) -> str:
        """The fullest name with this surname: the last one given before ``at``, else the first given.

        A surname the article gives only with a title keeps it ("Mr Odum", not "Odum").
        """
        known = self.surnames.get(name[-1])
        if not known:
            if len(name) == 1 and name[0] in self.titled_names:
                return self.titled_names[name[0]]
            return " ".join(name)
        index = bisect.bisect_right(known, (at, "\uffff")) - 1
        full = known[index][1] if index >= 0 else known[0][1]
        return full if len(full.split()) >= len(name) else " ".join(name)

    def _learn(self, candidate: Candidate) -> None:
        if candidate.mention is None:
            return
        m_start, m_end = candidate.mention
        mention = self.text[m_start:m_end]
        words = cleaned(mention.split())
        if words and words[-1].lower() in GROUP_NOUNS:
            self.groups.append((m_start, mention))
        if candidate.alias is None:
            return
        name = self.resolve(m_start, m_end)
        alias = self.text[candidate.alias[0] : candidate.alias[1]]
        if name == mention and not any(w[0].isupper() for w in words):
            return
        self.aliases.setdefault(normal(alias), name)
        self.descriptions.setdefault(name, set()).update(keywords(alias))

    # -- resolving ---------------------------------------------------------------

    def _recent_people(self, before: int) -> Iterable[Person]:
        index = bisect.bisect_left(self.starts, before)
        for i in range(index - 1, max(-1, index - 1 - _LOOKBACK_PEOPLE), -1):
            yield self.people[i]

    def _person_for_pronoun(self, start: int, gender: str) -> str | None:
        """The subject of the nearest sentence naming a compatible person: its first such mention.

        "Ann Lee met Tom Ford. She said ...": without a title or an earlier pronoun telling their
        genders, the sentence's subject is the likelier antecedent than the last name in it.
        """
        found: Person | None = None
        source: Person | None = None
        sentence = -1
        for person in self._recent_people(start):
            if person.gender not in {"", gender}:
                continue
            at = bisect.bisect_right(self.sentence_starts, person.start)
            if found is None:
                found, sentence = person, at
            elif at == sentence:
                found = person
            else:
                break
            if person.start in self.source_starts:
                source = person  # "Asked about Ann Lee, Tom Ford said ..., he said": the source, not the topic
        if source is not None:
            return source.name
        return None if found is None else found.name

    def resolve(self, start: int, end: int) -> str:
        """The fullest name for the mention ``text[start:end]`` (a relative pronoun's antecedent's)."""
        antecedent = self.antecedents.get((start, end))
        if antecedent is not None:
            start, end = antecedent
        mention = self.text[start:end]
        lower = _POSSESSIVE_PRONOUNS.get(mention.lower(), mention.lower())
        if lower in PRONOUNS_MALE | PRONOUNS_FEMALE:
            wanted = "m" if lower in PRONOUNS_MALE else "f"
            return self._person_for_pronoun(start, wanted) or mention
        if lower == "it":
            index = bisect.bisect_left(self.organisations, (start, ""))
            if index and start - self.organisations[index - 1][0] <= _ORGANISATION_WINDOW:
                return self.organisations[index - 1][1]
            return mention
        if lower in PRONOUNS_PLURAL:
            index = bisect.bisect_left(self.groups, (start, ""))
            return self.groups[index - 1][1] if index else mention
        words = cleaned(mention.split())
        titles, name = split_title(words)
        if name and all(name_shaped(w) or w in CONNECTORS for w in name) and words[0] not in NON_NAME_FIRST:
            if len(name) == 1 and name[0] not in self.surnames and name[0] not in self.titled_names and not titles:
                return mention
            return self.full_name(name, start)
        return self._description(mention, start)

    def _description(self, mention: str, start: int) -> str:
        alias = self.aliases.get(normal(mention))
        if alias is not None:
            return alias
        words = normal(mention).split()
        if not words:
            return mention
        head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]
        head = head.replace("'s", "")
        if head not in ROLE_NOUNS:
            return mention
        keys = keywords(mention) - {head}
        for person in self._recent_people(start):
            # "the foreign secretary" after "Foreign Secretary Ann Moyo": the role and its qualifiers agree.
            described = self.descriptions.get(person.name, set())
            if head in described and keys <= described:
                return person.name
        if not keys:
            return mention
        for person in self._recent_people(start):
            if keys & self.descriptions.get(person.name, set()):
                return person.name
        return mention
