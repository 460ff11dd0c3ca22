"""Resolving "he" and "she" to a person named before them, from the people one pass has collected.

The antecedent is the subject of the nearest sentence naming a person of a
compatible gender: the sentence's first such name, or the one named as a
source there. A name in the possessive, or inside a direct quotation, names
no subject. When no one compatible was named since the last "he" (or "she"),
the pronoun is that one's person again. When no one compatible was named before at all, the
pronoun announces the person named in its sentence or the next (cataphora).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

_SUBJECT_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_GENDERED_PRONOUN = regex.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_GENDER_WINDOW = 80
_SUBJECT_REACH = 200  # how far back in its sentence a subject pronoun before a name is looked for
_LOOKBACK_PEOPLE = 40
_LOOKAHEAD_PEOPLE = 8
_MAX_CLAUSE = 200  # an opening clause before its subject's name: "In an interview on Friday with ...,"
_CLOSING_MARKS = " \t\n\u00a0\"'”’"


class Person(NamedTuple):
    """One mention of a person: where, the full name it stands for, and its gender when the article shows one.

    "m" or "f" from a title, a given name or a pronoun right after; ``things.THING`` for a name that stands
    for a thing, which no "he" or "she" may take; "" when nothing tells.
    """

    start: int
    name: str
    gender: str


class People(NamedTuple):
    """The people of an article in text order, with their starts and the sentences' starts for bisection."""

    people: list[Person]
    starts: list[int]
    sentence_starts: Sequence[int]

    def recent(self, before: int) -> Iterator[Person]:
        """The people named before ``before``, nearest first, a bounded number of them."""
        index = bisect.bisect_left(self.starts, before)
        for i in range(index - 1, max(-1, index - 1 - _LOOKBACK_PEOPLE), -1):
            yield self.people[i]

    def sentence(self, at: int) -> int:
        """The index of the sentence holding ``at``."""
        return bisect.bisect_right(self.sentence_starts, at)


def genders_shown(
    text: str, people: Sequence[Person], starts: Sequence[int], sentence_starts: Sequence[int]
) -> Iterator[tuple[Person, str]]:
    """Each person of no gender a he/she/his/her follows closely, with nobody between, and the gender it shows.

    ``people`` are in text order and ``starts`` are their starts. Not a name after a he or she in its own
    sentence ("She will visit Capitol Hill. After her meeting"): the pronoun is that sentence's subject,
    the name its object.
    """
    for match in _GENDERED_PRONOUN.finditer(text):
        index = bisect.bisect_left(starts, match.start()) - 1
        if index < 0 or match.start() - people[index].start > _GENDER_WINDOW or people[index].gender:
            continue
        at = people[index].start
        sentence = bisect.bisect_right(sentence_starts, at)
        opening = max(sentence_starts[sentence - 1] if sentence else 0, at - _SUBJECT_REACH)
        if _SUBJECT_PRONOUN.search(text, opening, at):
            continue
        yield people[index], "m" if match.group().lower() in {"he", "his", "him"} else "f"


class Pronouns:
    """The "he" and "she" of an article, each resolved once, in text order (each may read the ones before it).

    They are resolved when a source mention first asks, up to that mention: most pronouns of an article
    are never a source, and those after the last one asked are never resolved.
    """

    def __init__(
        self,
        text: str,
        people: People,
        sources: frozenset[int],
        possessives: set[int],
        quotations: list[tuple[int, int]],
    ) -> None:
        self.text = text
        self.people = people
        self.sources = sources
        self.possessives = possessives
        self.quotations = quotations
        self.names: dict[int, str | None] = {}
        self._positions: dict[str, list[int]] | None = None  # found when first asked
        self._resolved = {"m": 0, "f": 0}  # how many of each gender's pronouns are in ``names``

    def positions(self) -> dict[str, list[int]]:
        """Where each "he" (under "m") and "she" (under "f") stands, in text order."""
        if self._positions is None:
            self._positions = {"m": [], "f": []}
            for match in _SUBJECT_PRONOUN.finditer(self.text):
                self._positions["m" if match.group().lower() == "he" else "f"].append(match.start())
        return self._positions

    def _resolve_before(self, start: int, gender: str) -> None:
        """Resolve, in text order, every pronoun of ``gender`` before ``start`` not resolved yet."""
        same = self.positions()[gender]
        stop = bisect.bisect_left(same, start)
        while self._resolved[gender] < stop:
            at = same[self._resolved[gender]]
            self.names[at] = self._person_for(at, gender)
            self._resolved[gender] += 1

    def person_for(self, start: int, gender: str) -> str | None:
        """The full name a pronoun of ``gender`` at ``start`` stands for, if any.

        "Ann Lee met Tom Ford. She said ...": without a title or an earlier pronoun telling their
        genders, the sentence's subject is the likelier antecedent than the last name in it.
        """
        if start in self.names:
            return self.names[start]
        if gender not in self._resolved:
            return None
        self._resolve_before(start, gender)
        return self._person_for(start, gender)

    def _person_for(self, start: int, gender: str) -> str | None:
        found: Person | None = None
        owner: Person | None = None
        source: Person | None = None
        sentence = -1
        for person in self.people.recent(start):
            if person.gender not in {"", gender} or self._quoted(person.start):
                continue
            at = self.people.sentence(person.start)
            if sentence < 0:
                sentence = at
            elif at != sentence:
                break
            if person.start in self.possessives:
                owner = person  # "Sanders's campaign manager, Jeff Weaver, ...": only if no one else is named
                continue
            found = person
            if person.start in self.sources:
                source = person  # "Asked about Ann Lee, Tom Ford said ..., he said": the source, not the topic
        found = found or owner
        same = self.positions()[gender]
        index = bisect.bisect_left(same, start) - 1
        if index >= 0 and (found is None or found.start < same[index] or sentence == self.people.sentence(same[index])):
            # "Ann Lee spoke first. She said Tom Ford ... . She said": no one she could be named since the
            # last "she", so she is that one's person ("Tom Ford" stood after it, as an object).
            earlier = self.names.get(same[index])
            if earlier is not None:
                return earlier
        if source is not None:
            return source.name
        return self._named_next(start, gender) if found is None else found.name

    def _named_next(self, start: int, gender: str) -> str | None:
        """The person a pronoun with no one before it announces, as the subject of its sentence or the next.

        '"We will not back down," he said. Ivo Rask, the party's leader, was speaking in Tobar.'; "After she
        lost the vote, Lena Ruiz resigned." Only a name opening a sentence or right after its first comma
        is a subject; one inside a quotation or in the possessive is not.
        """
        people = self.people
        sentence = people.sentence(start)
        first = bisect.bisect_right(people.starts, start)
        for person in people.people[first : first + _LOOKAHEAD_PEOPLE]:
            at = people.sentence(person.start)
            if at > sentence + 1:
                break
            opening = people.sentence_starts[at - 1] if at else 0
            if (
                person.gender in {"", gender}
                and person.start not in self.possessives
                and not self._quoted(person.start)
                and _opens_clause(self.text[max(opening, start, person.start - _MAX_CLAUSE) : person.start])
            ):
                return person.name
        return None

    def _quoted(self, at: int) -> bool:
        index = bisect.bisect_right(self.quotations, (at, len(self.text))) - 1
        return index >= 0 and self.quotations[index][0] <= at < self.quotations[index][1]


def _opens_clause(before: str) -> bool:
    """Whether a name after ``before`` (its sentence up to it) opens it or follows its first comma."""
    before = before.rstrip(_CLOSING_MARKS)
    return not before or (before.endswith(",") and before.count(",") == 1)
