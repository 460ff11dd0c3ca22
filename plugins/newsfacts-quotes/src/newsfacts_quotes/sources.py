"""Reports cued by something other than a reporting verb: "according to", "NAME:", a poll, a learned phrase.

Each step reads the page and the candidates found before it (to skip what they
cover) and returns its own candidates; none rereads the document per candidate.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.lexicon import PREPOSITIONS
from newsfacts_quotes.mentions import phrase_after, tokens_in, trim
from newsfacts_quotes.phrases import find_phrase_cues
from newsfacts_quotes.reading import (
    MAX_CONTENT,
    MIN_CLAUSE_WORDS,
    Candidate,
    Page,
    Span2,
    cut_content,
    has_words,
    inside_quotation,
    kind_of,
    prose_sentences,
    sentence_after_dateline,
    within_direct,
)

_ACCORDING = regex.compile(r"\b[Aa]ccording\s+to\s+")
# "according to the Roper Center for Public Opinion Research at Cornell University": a long source.
_MAX_SOURCE_TOKENS = 30
# Only a few characters are read before the cue: a long sentence must not be re-read per cue.
_MAX_OPENING = 60
# A short opening adverbial before "according to" ("Over the long term, ...") has at most five words.
_MAX_ADVERBIAL_WORDS = 5
_ADVERBIAL_OPENERS = PREPOSITIONS | {"now", "but", "and", "so", "still", "yet", "however"}
_RELATIVE_OPENING = regex.compile(r",\s+(?:who|which|a|an|the)\b")
# An apposition after the source ("According to Ann Lee, the spokeswoman, ...") is read this far.
_RELATIVE_OPENING_CHARS = 12
_MAX_APPOSITION_CHARS = 200
# A sentence opening with up to four capitalised words and a colon: "Mark Lind: ...", "ANN LEE: ...".
_COLON_SOURCE = regex.compile(r"(\p{Lu}[\p{L}.'’\-]*+(?:[ \u00a0]\p{Lu}[\p{L}.'’\-]*+){0,3}+):[ \u00a0]++")
# A speaker's name before a colon is short; a longer opening is a clause with a colon in it.
_MAX_COLON_SOURCE = 60
_LABELS = word_set(
    "correction corrections update updated breaking note latest look watch related video videos photo photos "
    "exclusive read see also more editor source sources transcript excerpt listen alert contributing revealed"
)
_OPENING_MARKS = frozenset("“\"«‘'„")
_POLL_NOUN = LazyPattern(r"\b(?:[Pp]olls?|[Ss]urveys?|[Pp]olling[ \u00a0]average)\b")
# Every poll noun spells one of these: a text holding none has no poll noun.
_POLL_WORDS = ("poll", "Poll", "survey", "Survey")
# "in the latest Washington Post-ABC News poll": the poll's phrase lies within these characters and words.
_MAX_POLL_PHRASE = 80
_MAX_POLL_WORDS = 7
# The standing before "in" is read back this far at most: never an endless sentence per poll.
_MAX_STANDING = 300
_NOT_A_STANDING_OPENING = word_set(
    "who which where when while though although despite depending because that as if with whose among "
    "in neither since after before until unless"
)
_RESPONDENTS = word_set(
    "voters people respondents americans adults democrats republicans independents surveyed polled "
    "likely residents members"
)
_CLAUSE_BREAK = LazyPattern(r"[:;]|[ \u00a0](?:--|—|–)[ \u00a0]")


class SourcedSpan(NamedTuple):
    """A content an "according to" governs, its source, and whether the cue leads the sentence."""

    start: int
    end: int
    source: Span2
    leading: bool


class AccordingFound(NamedTuple):
    """The "according to" reports of a page and the spans whose other reports they credit."""

    candidates: tuple[Candidate, ...]
    governed: tuple[SourcedSpan, ...]


def find_phrases(page: Page, earlier: Sequence[Candidate]) -> list[Candidate]:
    """Reports after learned word-and-preposition cues, unless inside a quotation or another report."""
    covered = sorted((c.start, c.end) for c in earlier)
    covered_starts = [start for start, _ in covered]

    def skip(cue_start: int) -> bool:
        """Inside a quotation, or nested in a report already found."""
        index = bisect.bisect_right(covered_starts, cue_start) - 1
        return inside_quotation(page, cue_start) or (index >= 0 and covered[index][1] > cue_start)

    found: list[Candidate] = []
    for phrase in find_phrase_cues(page.text, lambda offset: sentence_after_dateline(page, offset), cut_content, skip):
        if within_direct(page, phrase.start, phrase.end):
            continue
        kind = kind_of(page.text, phrase.start, phrase.end)
        found.append(Candidate(phrase.start, phrase.end, kind, phrase.cue, phrase.mention, None))
    return found


def _opening_adverbial(text: str, s_start: int, cue: int, source_end: int) -> bool:
    """``Over the long term, according to X, CLAUSE``: a short opening adverbial, the report after X."""
    before = text[s_start:cue].strip(" ,")
    words = before.split()
    return (
        0 < len(words) <= _MAX_ADVERBIAL_WORDS
        and words[0].lower() in _ADVERBIAL_OPENERS
        and "," not in before
        and text[source_end : source_end + 1] == ","
    )


def find_according(page: Page) -> AccordingFound:
    """``According to X, CLAUSE`` and ``CLAUSE, according to X``: the clause is X's report."""
    text = page.text
    candidates: list[Candidate] = []
    governed: list[SourcedSpan] = []
    for match in _ACCORDING.finditer(text):
        if inside_quotation(page, match.start()):
            continue
        s_start, s_end, _ = page.sentences.at(match.start())
        cue = (match.start(), match.start() + len(match.group().rstrip()))
        source = phrase_after(text, match.end(), s_end, limit=_MAX_SOURCE_TOKENS, stop_at_adjuncts=False)
        if source is None:
            continue
        opening = text[max(s_start, match.start() - _MAX_OPENING) : match.start()]
        near_start = match.start() - s_start <= _MAX_OPENING
        leading = (near_start and not opening.strip(' “"«(')) or (
            near_start and _opening_adverbial(text, s_start, match.start(), source[1])
        )
        if leading:
            content_lo = source[1]
            relative = _RELATIVE_OPENING.match(text[content_lo : content_lo + _RELATIVE_OPENING_CHARS])
            if relative:
                # "According to Ann Lee, the spokeswoman, ...": the apposition ends at the next comma;
                # with none, what follows the first comma is the content ("..., the deal was close").
                comma = text.find(",", content_lo + 1, min(s_end, content_lo + _MAX_APPOSITION_CHARS))
                if comma >= 0:
                    content_lo = comma
            start, end = cut_content(text, content_lo + 1, min(s_end, content_lo + MAX_CONTENT))
        else:
            start, end = trim(text, max(s_start, match.start() - MAX_CONTENT), match.start())
            if text[start:end].endswith(",") or end <= start:
                start, end = trim(text, start, end)
        if not has_words(text, start, end, MIN_CLAUSE_WORDS):
            continue
        governed.append(SourcedSpan(start, end, source, leading))
        candidates.append(Candidate(start, end, kind_of(text, start, end), cue, source, None))
    return AccordingFound(tuple(candidates), tuple(governed))


def find_colon_sources(page: Page, earlier: Sequence[Candidate]) -> list[Candidate]:
    """``Mark Lind: I'd run again.``, ``ANN LEE: Why not?``: a name and a colon open a sentence it says."""
    text = page.text
    # A clause that holds an attribution of its own ("ANN LEE: The ministry said ...") is reported by it;
    # the transcript step gives the paragraph's speaker to its pronouns.
    reported = sorted(c.start for c in earlier)
    found: list[Candidate] = []
    for s_start, s_end in prose_sentences(page):
        match = _COLON_SOURCE.match(text, s_start, min(s_end, s_start + _MAX_COLON_SOURCE))
        if match is None or inside_quotation(page, s_start):
            continue
        inside = bisect.bisect_left(reported, match.end())
        if inside < len(reported) and reported[inside] < s_end:
            continue
        if match.group(1).rsplit(None, 1)[-1].lower().strip(".") in _LABELS:
            continue  # "Correction: ...", "Editor's Note: ...", "The Latest: ...": a label, not a source
        content_lo = match.end()
        if text[content_lo : content_lo + 1] in _OPENING_MARKS:
            continue  # a direct quotation: the direct pass reads it
        start, end = cut_content(text, content_lo, min(s_end, content_lo + MAX_CONTENT))
        if not has_words(text, start, end, MIN_CLAUSE_WORDS) or within_direct(page, start, end):
            continue
        colon = match.end(1)
        found.append(Candidate(start, end, kind_of(text, start, end), (colon, colon + 1), match.span(1), None))
    return found


def find_poll_standings(page: Page) -> list[Candidate]:
    """``Trump has a clear lead in the latest CNN poll.``: the standing is what the poll reports.

    The clause before "in" is the content (after an opening conjunction or a short adverbial ending
    in a comma), the noun phrase from "in" to the poll noun its source. The look-back is bounded.
    """
    text = page.text
    found: list[Candidate] = []
    if not any(word in text for word in _POLL_WORDS):
        return found  # an article naming no poll has no sentence to search for one
    for s_start, s_end in prose_sentences(page):
        for poll in _POLL_NOUN.compiled.finditer(text, s_start, s_end):
            toks = tokens_in(text, max(s_start, poll.start() - _MAX_POLL_PHRASE), poll.start())
            at = next((i for i in range(len(toks) - 1, -1, -1) if text[toks[i][0] : toks[i][1]] == "in"), None)
            if at is None or len(toks) - at > _MAX_POLL_WORDS or not _poll_phrase(text, toks[at + 1 :]):
                continue
            start = _standing_start(text, s_start, toks[at][0])
            start, end = trim(text, start, toks[at][0])
            if not _standing(page, start, end):
                continue
            mention = (toks[at + 1][0], poll.end()) if at + 1 < len(toks) else (poll.start(), poll.end())
            found.append(Candidate(start, end, kind_of(text, start, end), toks[at], mention, None))
    return found


def _standing(page: Page, start: int, end: int) -> bool:
    """A main clause of three words or more that is not about the poll itself nor its respondents.

    "While 80 percent of voters in the poll ..." (a subordinate clause), "Fifteen percent of voters in
    the poll ..." (the poll's respondents) and "The poll was conducted in ..." are not its findings.
    """
    text = page.text
    toks = tokens_in(text, start, end)
    if len(toks) < MIN_CLAUSE_WORDS or within_direct(page, start, end):
        return False
    first = text[toks[0][0] : toks[0][1]].lower()
    last = text[toks[-1][0] : toks[-1][1]].lower()
    return (
        first not in _NOT_A_STANDING_OPENING
        and last not in _RESPONDENTS
        and _POLL_NOUN.compiled.search(text, start, end) is None
    )


def _poll_phrase(text: str, toks: list[Span2]) -> bool:
    """The words between "in" and the poll noun: a determiner or a name, no clause punctuation."""
    return all(text[t_end - 1] not in ',;:.!?"”' for _, t_end in toks)


def _standing_start(text: str, s_start: int, in_start: int) -> int:
    """Where the clause before "in" opens: after a colon, semicolon or dash, a conjunction, an adverbial.

    A short opening adverbial ends at its comma ("In March, ...").
    """
    start = max(s_start, in_start - _MAX_STANDING)
    for mark in _CLAUSE_BREAK.compiled.finditer(text, start, in_start):
        start = mark.end()
    toks = tokens_in(text, start, in_start)
    if toks and text[toks[0][0] : toks[0][1]].lower() in {"but", "and", "so", "yet"}:
        toks = toks[1:]
    for index, (_, t_end) in enumerate(toks[:_MAX_ADVERBIAL_WORDS]):
        if text[t_end - 1] == ",":
            toks = toks[index + 1 :]
            break
    return toks[0][0] if toks else in_start
