"""Resolving a source mention to the fullest name the article gives, from one pass over the text.

The pass collects people (titled names, two- or three-word names, and the
names of sources), the gender a title or a given name gives them, surname →
full name, and the descriptions put in apposition to a name (or an age). A
mention then resolves by lookup: a pronoun to the subject of the nearest
sentence naming a compatible person (``pronouns``), a surname to its full name
(a title's gender choosing among namesakes), a description to the person beside
it or the one it was an apposition of, or to the nearest person whose
descriptions hold its role (``roles``), "the budget office" to the body named
before it (``bodies``). Groups, organisations and places keep their mention as
their name; places, companies, things ("the Tallis Gambit", ``things``) and names inside
quotations are never a "he" or "she".
"""

from __future__ import annotations

import array
import bisect
from collections.abc import Iterable

import regex

from newsfacts_quotes import mention_names
from newsfacts_quotes.appositions import describe_people
from newsfacts_quotes.bodies import LazyBodies, body_named
from newsfacts_quotes.finder import Candidate
from newsfacts_quotes.lexicon import (
    COMPANY_FORMS,
    GROUP_NOUNS,
    NAME_CONNECTORS,
    NAME_SUFFIXES,
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
    GIVEN_NAMES,
    PERSON_TITLES,
    SENTENCE_END,
    NamesakesWithoutCommonWord,
    after_description,
    capitals_as_name,
    clean_word,
    cleaned,
    closes_sentence,
    given_name_gender,
    host_of_title,
    lower_case_words,
    name_shaped,
    name_words_ok,
    opens_sentence_as_common_word,
    particle_surname,
    person_words,
    quoted_title,
    split_title,
    surname_of_last_resort,
    title_gender,
    written_in_lower_case,
)
from newsfacts_quotes.organisations import Organisations, is_body_source, is_organisation_name
from newsfacts_quotes.pronouns import People, Person, Pronouns, genders_shown
from newsfacts_quotes.roles import Roles, head_noun
from newsfacts_quotes.things import THING, Run, named_things, stands_as_place, thing_like

_NAME_RUN = mention_names.NAME_RUN
_NON_SPACE = regex.compile(r"\S+")
# A possessive names its owner as the pronoun does: "his comments" are his.
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
_AFTER_SPEECH_VERB = regex.compile(r"\b(?:said|says|added|told|wrote|asked|explained)[ \u00a0]+$")
_POSSESSIVE_WORD = regex.compile(r"\p{L}['’]s?$")
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


class SpeakerTable:
    """People, surnames, genders and aliases of one article, built in one linear pass."""

    def __init__(self, text: str, candidates: Iterable[Candidate]) -> None:
        self.text = text
        self.people: list[Person] = []
        self.surnames: dict[str, list[tuple[int, str]]] = {}
        self.genders: dict[str, str] = {}
        self.roles = Roles()
        self._last_resort_names: dict[str, str] = {}
        self.organisations = Organisations()
        # A surname only ever given with a title: "Mr Odum" is the fullest name the article gives for him.
        self.titled_names: dict[str, str] = {}
        # The gender each full name's given name or title shows: "Mr Clinton" is Bill, not Hillary.
        self.name_genders: dict[str, str] = {}
        self._namesakes: dict[str, set[str]] = {}  # the distinct full names of each surname
        # Where a name stands in the possessive ("Sanders's campaign manager"): it names no sentence's subject.
        self._possessives: set[int] = set()
        # The full names of each surname a title of a gender may stand for (theirs or of no known gender).
        self._surnames_by_gender: dict[tuple[str, str], list[tuple[int, str]]] = {}
        # Names seen where a place stands ("in Midtown Manhattan"): no pronoun stands for them.
        self.places: set[str] = set()
        self._common_words = lower_case_words(text)
        self._uncommon_namesakes = NamesakesWithoutCommonWord(self._common_words)
        # "the budget office" is the "Congressional Budget Office" named before it: read when first needed.
        self.bodies = LazyBodies(text)
        self._collect_people(text)
        self.starts = [p.start for p in self.people]
        # Machine integers: a long article has a start for every sentence.
        self.sentence_starts = array.array("q", [m.end() for m in SENTENCE_END.finditer(text)])
        self._learn_genders(text)
        self.in_order = People(self.people, self.starts, self.sentence_starts)
        describe_people(text, self.roles, self.people, self.full_name)
        self.groups: list[tuple[int, str]] = []
        self.antecedents: dict[tuple[int, int], tuple[int, int]] = {}
        candidates = tuple(candidates)
        # People named as the source of a report: a pronoun in the next report more likely stands for them.
        sources = {c.mention[0] for c in candidates if c.mention is not None}
        # "..., said Jeffery Hemsley, a professor": a name right after a speech verb is a source too.
        sources.update(p.start for p in self.people if _AFTER_SPEECH_VERB.search(text, max(0, p.start - 12), p.start))
        self.source_starts = frozenset(sources)
        self.pronouns = Pronouns(
            text,
            self.in_order,
            self.source_starts,
            self._possessives,
            # People named inside a direct quotation are its topic; a pronoun after it stands for its speaker.
            sorted((c.start, c.end) for c in candidates if c.kind == "direct"),
        )
        # Last: an apposition to a pronoun ("He, the senator from Ohio, said") resolves the pronoun first.
        for candidate in candidates:
            if candidate.mention is not None and candidate.antecedent is not None:
                self.antecedents[candidate.mention] = candidate.antecedent
            self._learn(candidate)

    # -- the pass ----------------------------------------------------------------

    def _collect_people(self, text: str) -> None:
        """Learn each capitalised run's name, then make people of the runs that are no place or common word.

        A run is judged only once the whole article is read: "action" in lower case later on makes "Climate
        Action" no person, "the Tallis Gambit" makes "Tallis Gambit" a thing (a person no "he" stands for).
        """
        runs: list[Run] = []
        for match in _NAME_RUN.finditer(text):
            raw = match.group()
            if " " not in raw and "\u00a0" not in raw:
                word = clean_word(raw)
                if word in NON_NAME_FIRST and word not in TITLES:
                    continue  # "The", "He", "In": most capitalised words open a sentence and name nobody
                if word and not quoted_title(text, match.start(), match.end()):
                    self._collect_run(text, match.start(), [word], runs)
                    if raw.endswith(_POSSESSIVE_ENDINGS):
                        self._possessives.add(match.start())
                continue
            if quoted_title(text, match.start(), match.end()):
                # “Atlas Shrugged”: a work's title, no person; “The Ida Marsh Show” still gives its host's name.
                host = host_of_title(raw.split())
                if host is not None:
                    # Its surname is learnt, but the run kept aside: a pronoun stands for no show's title.
                    at = max(match.start(), text.find(host[0], *match.span()))
                    self._collect_run(text, at, host, runs=[])
                continue
            raw_words = raw.split()
            self.bodies.add(*match.span())
            # Only a word ending in a period closes a sentence: most runs hold none.
            cut = len(raw_words)
            if "." in raw:
                cut = next((k + 1 for k, w in enumerate(raw_words[:-1]) if closes_sentence(w)), cut)
            if cut == len(raw_words) and "'" not in raw and "’" not in raw:
                self._collect_run(text, match.start(), cleaned(raw_words), runs)
                continue
            offsets = [match.start() + m.start() for m in _NON_SPACE.finditer(raw)]
            # "... in Paris. John Podesta, ...", "Fr. Frank Pavone": a full name also follows the period.
            for lo, hi in ((0, cut), (cut, len(raw_words))):
                # "MSNBC's Rachel Maddow", "Boston's Walsh": a possessive ends a description, the name follows.
                owner = max((k for k in range(lo, hi - 1) if _POSSESSIVE_WORD.search(raw_words[k])), default=-1)
                for part_lo, part_hi in ((lo, owner + 1), (owner + 1, hi)) if owner >= 0 else ((lo, hi),):
                    if part_lo < part_hi:
                        self._collect_run(text, offsets[part_lo], cleaned(raw_words[part_lo:part_hi]), runs)
                        if _POSSESSIVE_WORD.search(raw_words[part_hi - 1]):
                            self._possessives.add(offsets[part_lo])
        things = named_things(text, runs)
        for start, name, titled, gender, titles in runs:
            if (
                len(name) >= 2
                and not gender
                and not titled
                and all(written_in_lower_case(w, self._common_words) for w in name)
            ):
                continue  # "Climate Action", "Bay Bridge": words the article also writes in lower case
            if " ".join(name) in self.places and not gender and (len(name) >= 2 or name[0] not in self.surnames):
                # "in Midtown Manhattan" elsewhere: a place, whatever this mention's position; a surname stays
                # a person's ("at Brafman's office").
                continue
            if len(name) >= 2 or titled or name[-1] in self.surnames:
                full = self.full_name(name, start, gender)
                known = gender or self._gender_of(full)
                if not known and thing_like(full, things, self._common_words):
                    known = THING  # "the Islamic State", "Climate Action": no "he" or "she" stands for them
                self.people.append(Person(start, full, known))
                if titled:
                    # "Senator Ida Marsh", "Foreign Secretary Ann Moyo": the title describes her later on.
                    self.roles.describe(full, titles=titles)

    def _collect_run(self, text: str, at: int, words: list[str], runs: list[Run]) -> None:
        """Record the person one capitalised run names, if any: surname, gender, title and the run itself."""
        if len(words) == 1:
            self._collect_word(text, at, words[0], runs)
            return
        if len(words) == 2 and words[0].isupper():
            words = capitals_as_name(words)
        while words and words[0] in NON_NAME_FIRST and words[0] not in TITLES:
            words = words[1:]
        if len(words) >= 2 and opens_sentence_as_common_word(text, at, words[0], self._common_words):
            words = words[1:]
        while len(words) > 2 and words[-1] in NAME_SUFFIXES:
            words = words[:-1]
        titles, name = split_title(words)
        # A role stands before the last two words, so a name of two words (the commonest) holds none.
        role = max((k for k, w in enumerate(name[:-2]) if w.lower() in ROLE_NOUNS), default=-1) if len(name) > 2 else -1
        if role >= 0:
            # "Economist Leonard E. Burman", "Majority Leader Ann Cole": the role and what precedes it describe.
            titles, name = [*titles, *name[: role + 1]], name[role + 1 :]
        if len(name) > 2:
            name, described = after_description(name)
            titles = [*titles, *described]
        if not name or not name_words_ok(name):
            return
        gender = title_gender(titles)
        titled = not PERSON_TITLES.isdisjoint(titles)
        if not titled and is_organisation_name(name):
            self.organisations.add(at, " ".join(words if len(name) == 1 else name))  # "State Department"
        inner = -1
        if not NON_PERSON_LAST.isdisjoint(name[:-1]):
            inner = max(k for k, w in enumerate(name[:-1]) if w in NON_PERSON_LAST)
        if not titled and inner >= 0 and name[-1] not in NON_PERSON_LAST and len(name) - inner > 2:
            # "Senate Majority Leader Mitch McConnell", "Democracy Corps Stan Greenberg": a body's name,
            # then the person's own two or more words.
            titles, name = [*titles, *name[: inner + 1]], name[inner + 1 :]
        if not titled and "of" in name:
            name, titles = mention_names.after_office(name, titles)
        if not titled and "of" in name and name.index("of") >= 2 and name[0] in GIVEN_NAMES:
            name = name[: name.index("of")]  # "Paul Sperry of Counter Jihad": a given name opens a person's
        # A known given name is no place word: "Bill Skelly" is a person, "Bay Bridge" is not; between it
        # and a surname, a middle name may be one ("Kathleen Hall Jamieson").
        own = (name[-1:] if len(name) == 3 else name[1:]) if len(name) >= 2 and name[0] in GIVEN_NAMES else name
        if not titled and (not NON_PERSON_LAST.isdisjoint(own) or "of" in name or name[-1] in COMPANY_FORMS):
            self._last_resort(name)
            return  # "Strait of Hormuz", "Kerch Bridge Authority": a place or a body, never a person
        if "of" in name:
            name = name[: name.index("of")]  # "Senator Lamar Alden of Tennessee": the state is not his name
        if not name or not NON_NAME_FIRST.isdisjoint(name):
            self._last_resort(name)
            return
        # The given name of the person's own words: "Chief of Staff Denis Ode" is a man's.
        gender = gender or (given_name_gender(name[0]) if len(name) >= 2 else "")
        if not titled and stands_as_place(text, at, after_on=not gender and len(name) >= 2):
            self.places.add(" ".join(name))
            return  # "a speech in Fort Pierce", "on Capitol Hill" (no given name): a place
        # "Le Pen" after "Marine Le Pen": her surname, which names her in full (no full name of its own).
        full_name_given = len(name) <= 3 or sum(len(w) > 2 for w in name) <= 3
        if len(name) >= 2 and (titled or full_name_given) and not particle_surname(name):
            full = " ".join(name)
            where = (at, full)  # one string and one pair shared by every table below
            self.surnames.setdefault(name[-1], []).append(where)
            self._namesakes.setdefault(name[-1], set()).add(full)
            for wanted in ("m", "f"):
                if gender in {"", wanted}:
                    self._surnames_by_gender.setdefault((name[-1], wanted), []).append(where)
            if gender:
                self.name_genders.setdefault(full, gender)
        if gender:
            self.genders.setdefault(name[-1], gender)
        if titled and len(name) == 1:
            self.titled_names.setdefault(name[0], " ".join([*titles, name[0]]))
        runs.append((at, name, titled, gender, titles))

    def _last_resort(self, name: list[str]) -> None:
        """A two-word name dropped for a place or common word ("Bay Buchanan", "Kristen Day"), kept for its surname."""
        if surname_of_last_resort(name):
            self._last_resort_names.setdefault(name[-1], " ".join(name))

    def _collect_word(self, text: str, at: int, word: str, runs: list[Run]) -> None:
        """A single capitalised word, the commonest run, by the same rules as a longer one, faster."""
        if word in TITLES or word in NON_NAME_FIRST or not name_shaped(word):
            return
        if word in ORGANISATION_LAST:
            self.organisations.add(at, word)
        if word in NON_PERSON_LAST:
            return
        if stands_as_place(text, at, after_on=False):
            self.places.add(word)
            return
        runs.append((at, [word], False, "", []))

    def _learn_genders(self, text: str) -> None:
        """A he/she/his/her right after a person of unknown gender, with nobody between, gives the gender."""
        for person, gender in genders_shown(text, self.people, self.starts, self.sentence_starts):
            if not self._gender_of(person.name):
                self.name_genders[person.name] = gender
                self.genders.setdefault(person.name.split()[-1], gender)
        self.people = [p if p.gender else p._replace(gender=self._gender_of(p.name)) for p in self.people]

    def _gender_of(self, full: str) -> str:
        """The gender known for a full name, or for its surname when no namesake shares it."""
        known = self.name_genders.get(full)
        if known:
            return known
        surname = full.rsplit(maxsplit=1)[-1]
        if len(self._namesakes.get(surname, ())) > 1:
            return ""  # "Bill Clinton" and "Hillary Clinton": the surname tells neither's gender
        return self.genders.get(surname, "")

    def full_name(self, name: list[str], at: int, gender: str = "") -> str:
        """The fullest name with this surname: the last one given before ``at``, else the first given.

        A surname the article gives only with a title keeps it ("Mr Odum", not "Odum"); a title's gender
        picks among namesakes ("Mrs Clinton" after Bill and Hillary Clinton).
        """
        known = self.surnames.get(name[-1])
        if known and gender:
            known = self._surnames_by_gender.get((name[-1], gender)) or known
        if not known:
            if len(name) == 1 and name[0] in self.titled_names:
                return self.titled_names[name[0]]
            return " ".join(name)
        index = bisect.bisect_right(known, (at, "\uffff")) - 1
        full = known[index][1] if index >= 0 else known[0][1]
        if len(name) == 1 and index >= 0 and not gender:
            # A bare surname after namesakes ("Hillary Clinton ... Bill Clinton ... Clinton said") is the
            # first one's: the article names the others in full to tell them apart.
            full = known[0][1]
        if len(name) == 1 and full.split(maxsplit=1)[0] not in GIVEN_NAMES:
            full = self._uncommon_namesakes.pick(full, known)
        if len(name) == 1 and gender and self._gender_of(full) not in {"", gender}:
            full = self.titled_names.get(name[0], name[0])  # "Mr. Obama" is not Michelle Obama
        return full if len(full.split()) >= len(name) else " ".join(name)

    def _learn(self, candidate: Candidate) -> None:
        if candidate.mention is None:
            return
        m_start, m_end = candidate.mention
        mention = self.text[m_start:m_end]
        words = cleaned(mention.split())
        if words and words[-1].lower() in GROUP_NOUNS:
            self.groups.append((m_start, mention))
        elif is_body_source(words, self._names_a_person):
            self.organisations.add(m_start, " ".join(words))  # "The Kremlin said ... It added": the Kremlin's
        if candidate.alias is None:
            return
        name = self.resolve(m_start, m_end)
        alias = self.text[candidate.alias[0] : candidate.alias[1]]
        if name == mention and not any(w[0].isupper() for w in words):
            return
        self.roles.alias(alias, name)

    # -- resolving ---------------------------------------------------------------

    def resolve(self, start: int, end: int) -> str:
        """The fullest name for the mention ``text[start:end]`` (a relative pronoun's antecedent's)."""
        antecedent = self.antecedents.get((start, end))
        if antecedent is not None:
            start, end = antecedent
        mention = self.text[start:end]
        lower = _POSSESSIVE_PRONOUNS.get(mention.lower(), mention_names.pronoun_of(mention))
        if lower in PRONOUNS_MALE | PRONOUNS_FEMALE:
            wanted = "m" if lower in PRONOUNS_MALE else "f"
            return self.pronouns.person_for(start, wanted) or mention
        if lower == "it":
            return self.organisations.before(start) or mention
        if lower in PRONOUNS_PLURAL:
            index = bisect.bisect_left(self.groups, (start, ""))
            return self.groups[index - 1][1] if index else mention
        raw_words = mention.split()
        # "Zionist Union Party's Nachman Shai", "Boston's Walsh": the name follows the possessive.
        owner = -1
        if "'" in mention or "’" in mention:
            owner = max((k for k, w in enumerate(raw_words[:-1]) if _POSSESSIVE_WORD.search(w)), default=-1)
        words = cleaned(raw_words[owner + 1 :])
        if words and words[0].isupper() and (len(words) == 2 or words[0].capitalize() in self.surnames):
            # "JOEL VARGA:" as the pass learnt it, "Joel Varga"; "VARGA:" only after a "Varga" was named.
            words = capitals_as_name(words)
        titles, name = split_title(words)
        if titles and len(name) == 1 and name[0] in ORGANISATION_LAST:
            return " ".join(words)  # "State Department", "Home Office": the "title" is the body's own word
        if "of" in name[1 if titles else 2 :] and (titles or name[0] in GIVEN_NAMES or "the" in name[2:]):
            name = name[: name.index("of")]  # "Senator Ivo Rask of Ohio": the state is not his name
        if name and all(name_shaped(w) or w in NAME_CONNECTORS for w in name) and words[0] not in NON_NAME_FIRST:
            if len(name) == 1 and name[0] not in self.surnames and name[0] not in self.titled_names and not titles:
                body = self.organisations.full_name(name[0], start)  # "Orin said" after "Orin Energy"
                return body or self._last_resort_names.get(name[0], mention)
            return self.full_name(name, start, title_gender(titles))
        leading = mention_names.leading_name(
            words, name, lambda n: n[-1] in self.titled_names or bool(self._person_of_surname(n[-1], start))
        )
        if leading is not None:  # looked up where the name stands: "then-Arkansas Gov. Bill Clinton chaired"
            return self.full_name(leading, max(start, self.text.find(leading[0], start, end)), title_gender(titles))
        # The name beside a description is its person before any other with a like role is looked for.
        beside = self._name_beside(start, end)
        if beside is not None:
            return beside
        described = self._description(mention, start)
        if described != mention:
            return described
        return mention_names.modifiers_in_full(mention, start, self._person_of_surname)  # "the Ann Cole campaign"

    def _names_a_person(self, word: str) -> bool:
        """Whether a capitalised word is a given name, or a surname or titled name the article gives someone."""
        return word in GIVEN_NAMES or word in self.surnames or word in self.titled_names

    def _person_of_surname(self, surname: str, at: int) -> str | None:
        """The full name of a person with this surname whose gender the article shows: not "Kentucky Republican"."""
        if surname not in self.surnames:
            return None
        full = self.full_name([surname], at)
        return full if full != surname and full.split()[0] not in TITLES and self._gender_of(full) else None

    def _name_beside(self, start: int, end: int) -> str | None:
        """The person beside a description: "spokeswoman Lina Dahl", "Lina Dahl, chief executive of Tobar,"."""
        for raw_words, at in mention_names.names_beside(self.text, start, end):
            titles, name = split_title(cleaned(raw_words))
            if person_words(name) and (len(name) >= 2 or name[-1] in self.surnames):
                return self.full_name(name, at, title_gender(titles))
        return None

    def _description(self, mention: str, start: int) -> str:
        """The person or body a description names, from what the article said before ``start``, else itself."""
        alias = self.roles.aliased(mention)
        if alias is not None:
            return alias
        head = head_noun(mention)
        if head is None:
            return mention
        if head not in ROLE_NOUNS:
            return body_named(mention, head, start, self.bodies, self.name_genders)
        return self.roles.holder(mention, head, list(self.in_order.recent(start)), start)
