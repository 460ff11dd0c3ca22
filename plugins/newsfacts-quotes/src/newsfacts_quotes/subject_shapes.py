"""Longer subject shapes the mention reader takes: what opens, closes or describes a subject chunk.

``mentions`` reads a subject as the words between the last clause boundary and the verb. Some
subjects reach past what that reading allows: a focus adverb before them ("even a top aide"), a
capitalised "That" the boundary words take for a conjunction ("That person said"), a name closing a
chunk that opens on an adjunct ("At the convention Sen. Ann Lee said"), a pronoun that names nobody
without its relative clause ("those who back her rivals"), a relative clause whose verb group needs
no object to show it ("Groups that have endorsed him say"). Each check reads a few tokens.
"""

from __future__ import annotations

import regex

from newsfacts.text import LazyPattern, may_hold, word_set
from newsfacts_quotes import lexicon
from newsfacts_quotes.antecedents import name_tail
from newsfacts_quotes.lexicon import PREPOSITIONS, PRONOUNS, TITLES, TRAILING_ADJUNCTS
from newsfacts_quotes.tokens import Token, bare_word, strip_connectives

# Pronouns that head a noun phrase only with a relative clause after them.
PRONOUN_HEADS = word_set("those anyone everyone someone many some few others")

_FOCUS_ADVERBS = word_set("even")
_DEMONSTRATIVES = frozenset({"That"})
_MAX_DEMONSTRATIVE_WORDS = 2
# Words before a name that make it their object, not the subject: "officials at the Justice Department said".
_NOT_BEFORE_A_SUBJECT = PREPOSITIONS | lexicon.DETERMINERS | word_set("and or")
_COORDINATORS = word_set("and or but")
# Auxiliaries that open a relative clause's verb group when a past participle follows ("who have seen").
_PERFECT_AUXILIARIES = word_set("have has had were was are is")
_PARTICIPLE_ENDING = LazyPattern(r"(?:ed|en|wn|ard|een|et|ld|nt|ught|ne)$")


def strip_openers(text: str, toks: list[Token], i: int, end: int) -> int:
    """The index past leading connectives and a focus adverb: "But even a top strategist" → "a top strategist"."""
    i = _past_reason_opening(text, toks, strip_connectives(text, toks, i, end), end)
    while i < end - 1 and text.startswith(("even", "Even"), toks[i][0]) and bare_word(text, toks[i]) in _FOCUS_ADVERBS:
        i += 1
    return i


def _past_reason_opening(text: str, toks: list[Token], i: int, end: int) -> int:
    """The index past "That is why" / "That's why" / "which is why" before a subject ("That is why critics say")."""
    if i >= end - 1 or bare_word(text, toks[i]) not in _REASON_OPENINGS:
        return i  # most subjects open otherwise: the words after the first are not read
    words = [bare_word(text, tok) for tok in toks[i : min(end - 1, i + 3)]]
    if len(words) == 3 and words[0] in _REASON_POINTERS and words[1] in {"is", "was"} and words[2] == "why":
        return i + 3
    if len(words) >= 2 and words[0] in {"that's", "that’s"} and words[1] == "why":
        return i + 2
    if len(words) >= 2 and i > 0 and words[0] in {"is", "was"} and words[1] == "why":
        # The chunk reader cut before "That", a boundary word: "[That] is why critics say".
        return i + 2 if bare_word(text, toks[i - 1]) in _REASON_POINTERS else i
    return i


_REASON_POINTERS = frozenset({"that", "this", "which", "it"})
_REASON_OPENINGS = _REASON_POINTERS | {"that's", "that’s", "is", "was"}  # the first words of the shapes above


def demonstrative_start(text: str, toks: list[Token], i: int, end: int) -> int:
    """``i - 1`` where a capitalised "That" before one or two plain nouns opens the chunk, else ``i``.

    "That person said": the boundary words read "That" as a conjunction, but before a lone noun it is the
    determiner; not before a verb ("That is why", "That prompted calls").
    """
    if not 0 < i < end or text[toks[i - 1][0] : toks[i - 1][1]] not in _DEMONSTRATIVES:
        return i
    words = [text[start:stop] for start, stop in toks[i:end]]
    plain = len(words) <= _MAX_DEMONSTRATIVE_WORDS and all(
        word.isalpha() and word.islower() and word not in lexicon.AUXILIARIES and not word.endswith("ed")
        for word in words
    )
    return i - 1 if plain else i


def name_after_adjunct(text: str, toks: list[Token], i: int, end: int) -> int:
    """Start of the name closing a chunk that opens on an adjunct without a comma, else -1.

    "At the party convention Sen. Ann Lee (D-Mass.) said", "Saturday in Boston Ann Lee said": the
    opening preposition (or day) makes the chunk no subject, but the capitalised name before the verb is.
    """
    if i >= end or (bare_word(text, toks[i]) not in PREPOSITIONS and bare_word(text, toks[i]) not in TRAILING_ADJUNCTS):
        return -1
    j = name_tail(text, toks, i + 1, end)
    titled = next((k for k in range(j, end - 1) if text[toks[k][0] : toks[k][1]] in TITLES), j)
    if j == i + 1 or not (titled > j or text[toks[j - 1][0]].islower()):
        return -1  # no name, or one running back to the adjunct ("In Iowa Ann Lee")
    # "in Boston Sen. Ann Lee": a title opens the name; "with Ann Lee", "at the Justice Department": an object.
    return -1 if bare_word(text, toks[titled - 1]) in _NOT_BEFORE_A_SUBJECT else titled


def perfect_verb_group(text: str, toks: list[Token], verb: str, after: str) -> bool:
    """Whether a relative clause (``toks``) opens on a perfect or passive verb group: "who have seen him".

    Such a clause has no subject of its own, so the verb after it is its antecedent's; not where "and"/"or"
    joins a second verb to it ("who had been hurt and defend ..." ends elsewhere).
    """
    return (
        verb in _PERFECT_AUXILIARIES
        and _PARTICIPLE_ENDING.compiled.search(after) is not None
        and not any(bare_word(text, tok) in _COORDINATORS for tok in toks)
    )


# A share of people: "72 percent of Democrats", "about half", "a majority of voters", "six in 10".
_SHARE = LazyPattern(
    r"(?:(?:about|nearly|roughly|almost|some|just|only|fewer|more|less|than|at|least|as|many|a|full)[ \u00a0]++)*+"
    r"(?:[\p{L}\d][\p{L}\d.,-]{0,20}+[ \u00a0]?+(?:percent\b|%)|half\b|majorit(?:y|ies)\b|two-thirds\b|third\b"
    r"|quarter\b|(?:\d++|one|two|three|four|five|six|seven|eight|nine)[ \u00a0]++in"
    r"[ \u00a0]++(?:\d++|ten|three|four|five)\b)",
    regex.IGNORECASE,
)
# One of these is in every share ``_SHARE`` matches: most subjects hold none, and are not matched at all.
_SHARE_WORDS = ("percent", "%", "half", "majorit", "third", "quarter", " in", "\u00a0in")
# An opening "In a Hale County poll released Monday," before the share in the same sentence; its noun phrase.
_POLL_OPENING = LazyPattern(
    r"(?<![\p{L}\d])In[ \u00a0]++(?P<source>(?:an?+|the)[ \u00a0][^,;:\"“”]{0,100}?"
    r"(?<![\p{L}])(?:polls?|survey)(?![\p{L}])"
    r"[^,;:\"“”]{0,60}?)[ \u00a0]*+,",
    regex.IGNORECASE,
)


# A sentence opening "According to the harbor board's report," before the subject; its noun phrase.
_ACCORDING_OPENING = LazyPattern(
    r"(?<![\p{L}\d])According[ \u00a0]++to[ \u00a0]++(?P<source>[^,;:!?\"“”()\n]{1,80}?)[ \u00a0]*+,"
)


def poll_of_share(text: str, lo: int, start: int, end: int) -> tuple[int, int] | None:
    """``In a new poll, 40 percent of voters said X``: the poll, not its respondents, is the source.

    A share of people reports what a poll found; when the sentence names the poll in an opening
    "In ..." adjunct before the share, the poll is the mention ("40 percent of voters in the poll",
    with the poll inside the subject, stays as it is).
    """
    if not may_hold(text[start:end], _SHARE_WORDS) or _SHARE.compiled.match(text, start, end) is None:
        return None
    return _last_source(_POLL_OPENING.compiled, text, lo, start)


def _last_source(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The ``source`` group of the last match of ``pattern`` in ``text[lo:hi]``: the one nearest the subject."""
    found = None
    for match in pattern.finditer(text, lo, hi):
        found = match
    return None if found is None else found.span("source")


# "officials said, according to the Gazette.": the verb at the match's start, then its "according to" source.
_SUBJECT_PRONOUNS = PRONOUNS - word_set("him her")
_ACCORDING_REACH = 400  # past any reporting verb's word, sixty characters and the spaces before "according"
_ACCORDING_AFTER_VERB = LazyPattern(
    r"\p{Ll}++[^,.;:!?\"“”\n]{0,60}?,?+[ \u00a0]*+according[ \u00a0]++to[ \u00a0]++"
    r"(?P<source>[^,.;:!?\"“”()\n]{1,80}?)[ \u00a0]*+(?=[,.;:!?\"“”]|$)"
)


def according_source_after(text: str, start: int, verb: int) -> tuple[int, int] | None:
    """``"...," officials said, according to the Gazette``: the paper relays their words, so it is the source.

    The subject starts at ``start`` and its reporting verb at ``verb``; an "according to" phrase closing
    the verb's clause names who relayed what the subject said, the source a reader can check. A subject
    the article names ("Ann Lee said, according to the Gazette") or a personal pronoun keeps the words:
    that person said them.
    """
    if text[start].isupper() or text[start:verb].split(maxsplit=1)[0].lower() in _SUBJECT_PRONOUNS:
        return None
    # The pattern's every match holds "according" within a word and sixty characters of the verb. Look for it
    # in a bounded window first: ``regex`` looks for a pattern's literal in all the text after ``verb`` before
    # it matches, which made a long sentence with many verbs and no "according" quadratic.
    if text.find("according", verb, verb + _ACCORDING_REACH) < 0:
        return None
    found = _ACCORDING_AFTER_VERB.compiled.match(text, verb)
    return None if found is None else found.span("source")


def according_opening(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """``According to the board's report, Ann Lee said X``: the report is the source a reader can check.

    The subject starts at ``start``; an "According to" phrase opening its sentence, no further back than
    ``lo``, relays what the subject said. A named subject ("According to two aides, Mr Haldane said")
    keeps the report: the article names who spoke, and the phrase may credit only part of it.
    """
    if text[start].isupper() or text.find("According", lo, start) < 0:
        return None  # the pattern's every match holds "According": most sentences hold none
    return _last_source(_ACCORDING_OPENING.compiled, text, lo, start)


# A line opening with a speaker's name and a colon: "Ida Brenn: ", "JAKE TAPPER: ", "Q: ".
_COLON_SPEAKER = LazyPattern(
    r"[ \t\u00a0]*+(?P<name>\p{Lu}[\p{L}.'’-]{0,20}+(?:[ \u00a0]\p{Lu}[\p{L}.'’-]{0,20}+){0,3}):[ \u00a0]"
)
_SENTENCE_STOP = LazyPattern(r"[.!?][ \u00a0]")


def colon_speaker(text: str, lo: int, start: int) -> tuple[int, int] | None:
    """``Ida Brenn: Lee should have thanked me``: a line that opens on a name and a colon is that name's.

    Headlines and transcripts give the speaker first; a subject and verb after the colon, in the
    same sentence of that line (no further back than ``lo``), report inside the named speaker's words.
    """
    line = text.rfind("\n", lo, start) + 1  # bounded by ``lo``: a long line without breaks is not scanned
    if line == 0 and lo > 0:
        return None
    found = _COLON_SPEAKER.compiled.match(text, line, start)
    if found is None or _SENTENCE_STOP.compiled.search(text, found.end(), start) is not None:
        return None
    return found.span("name") if _names_a_speaker(text, found.group("name"), line) else None


# How far either side of a label a lower-case use of its word is looked for: bounded, so a long
# transcript whose every line opens on a label stays linear.
_COMMON_WORD_WINDOW = 4000


def _names_a_speaker(text: str, name: str, at: int) -> bool:
    """Whether a line's label names someone: not "Q" or "A", a kicker ("EXCLUSIVE", "The Latest") or a common word."""
    words = name.split()
    if words[0] in _ARTICLES or len(name) < 2:  # "Q:" and "A:" label turns, not people
        return False
    if len(words) > 1:
        return True
    if name.isupper():
        return False
    common = regex.compile(rf"(?<!\p{{L}}){regex.escape(name.lower())}(?!\p{{L}})")
    return common.search(text, max(0, at - _COMMON_WORD_WINDOW), at + _COMMON_WORD_WINDOW) is None


_ARTICLES = frozenset({"The", "A", "An"})
