"""Where a reported clause ends and a second report by the same source begins.

"Ann Lee blasted the plan and defended the mayor": the content of the first
cue stops before the coordinated cue; "..., referring to the bypass": a
reporting participle after a comma opens a report of its own. Both are read
from the reporting-verb lexicon, so learned cue verbs count as well.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.cues import CUE_PARTICLES, LEARNED_VERBS
from newsfacts_quotes.gates import holds_any
from newsfacts_quotes.lexicon import INFINITIVE_VERBS, NON_CLAUSE_START, REPLY_VERBS, REPORTING_VERBS

# ", VERBing" or " and (also) VERBed": a second cue; the verb is checked against the lexicon.
_SECOND_CUE = regex.compile(
    r",[”\"’']?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+ing)\b|\s+and\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\b"
)
# What every match of ``_SECOND_CUE`` holds, one or the other: its comma, or its "and".
_SECOND_CUE_NEEDS = (",", "and")
_PAST_IRREGULAR = frozenset({"said", "told", "wrote", "thought", "felt", "knew", "found", "sought"})


def second_cue(text: str, start: int, end: int) -> int | None:
    """Offset where a coordinated or participial cue starts inside ``text[start:end]``, if any."""
    if not holds_any(text, _SECOND_CUE_NEEDS, start, end):
        return None  # most clauses hold neither: the pattern is not run over them
    for match in _SECOND_CUE.finditer(text, start, end):
        participle, verb = match.group(1), match.group(2)
        if participle is not None and participle in REPORTING_VERBS:
            closing = match.start() + 1
            return closing + 1 if text[closing] in "”\"’'" else match.start()
        if verb is not None and verb in REPORTING_VERBS and (verb.endswith(("ed", "ing")) or verb in _PAST_IRREGULAR):
            return match.start()
    return None


def particle_of(verb: str, word: str) -> bool:
    """Whether ``word`` belongs to the learned cue ``verb`` ("pointed" + "to"), not to its content."""
    if verb not in LEARNED_VERBS or (word == "to" and verb in INFINITIVE_VERBS):
        return False
    return word in CUE_PARTICLES.get(verb, frozenset())


def answers_question(text: str, tail_start: int, cue: tuple[int, int]) -> bool:
    """``“Who signed it?” Nobody answered.``: a reply verb after a question names who answered it."""
    before = text[max(0, tail_start - 3) : tail_start].rstrip("”\"’' \u00a0")
    return before.endswith("?") and text[cue[0] : cue[1]].rsplit(maxsplit=1)[-1].lower() in REPLY_VERBS


# Finite verbs that make a comma chunk a clause rather than a noun phrase ("the ferry will run").
_FINITE = LazyPattern(
    r"\b(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|does|did|do)\b(?:n['’]t)?"
)
# Words that open a source noun phrase after the verb ("..., said several observers.").
_SOURCE_OPENERS = word_set(
    "the a an one two three four five six several some many most both other another his her their its"
)
_MIN_CLAUSE_WORDS = 4
_MAX_SOURCE_WORDS = 30
_MAX_SOURCE_CHARS = 400
# Closing quotation marks that may follow the comma before an inverted attribution.
CLOSING_MARKS = "”\"’'»"
_RELATIVE_OPENING = LazyPattern(r"\s*(?:who|which|whose|where|when|whom)\b")
_COORDINATED_CLAUSE = regex.compile(r"(?:and|but)[ \u00a0]")
_CHUNK_START = regex.compile(r"[,;:.!?]\s+")


def holds_finite_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an auxiliary or a finite be/have/do: a clause, not a name."""
    return _FINITE.compiled.search(text, start, end) is not None


def clause_before_comma(text: str, lo: int, verb_start: int) -> bool:
    """Whether the comma chunk ending right before ``verb_start`` holds a finite verb, so is a clause.

    "The ferry will run all winter, said Ann Okafor": the chunk is the report, not the speaker; in
    "Ann Okafor, a harbour pilot, said ..." it is an apposition.
    """
    comma = text.rfind(",", lo, verb_start)
    if comma < 0 or text[comma + 1 : verb_start].strip(CLOSING_MARKS + " \t\n\u00a0"):
        return False  # a closing mark may stand after the comma: 'This is a "raw deal," said ...'
    chunk_start = lo
    for match in _CHUNK_START.finditer(text, lo, comma):
        chunk_start = match.end()
    if _RELATIVE_OPENING.compiled.match(text, chunk_start, comma):
        return False  # "Ann Okafor, who has lived here for years, said ...": an apposition
    if chunk_start == lo and len(text[chunk_start:comma].split()) >= _MIN_CLAUSE_WORDS:
        return True  # the whole sentence up to the comma: "The rejection signals the end, said ..."
    if _COORDINATED_CLAUSE.match(text, chunk_start, comma) and len(text[chunk_start:comma].split()) > _MIN_CLAUSE_WORDS:
        return True  # "..., and the meeting ended early, said one aide": a coordinated clause, no apposition
    return _FINITE.compiled.search(text, chunk_start, comma) is not None


def source_ends_sentence(text: str, verb_end: int, sentence_end: int) -> bool:
    """Whether the words after the verb are a source closing the sentence ("..., said Ann Okafor.")."""
    semicolon = text.find(";", verb_end, min(sentence_end, verb_end + _MAX_SOURCE_CHARS))
    if semicolon >= 0:
        sentence_end = semicolon  # "..., analysts say; in 2012 ...": a semicolon closes the source too
    if sentence_end - verb_end > _MAX_SOURCE_CHARS:
        return False  # longer than any source: never read an endless sentence once per cue
    rest = text[verb_end:sentence_end].strip()
    words = rest.split()
    closed = semicolon >= 0 or (bool(rest) and rest[-1] in ".!?\"”’'»")
    if not 0 < len(words) <= _MAX_SOURCE_WORDS or not closed or " that " in f" {rest} ":
        return False
    # A name or a description, possibly with its own apposition: "said Ann Okafor, a harbour pilot."
    head_end = text.find(",", verb_end, sentence_end)
    opener = words[0][0].isupper() or words[0][0].isdigit() or words[0].lower() in _SOURCE_OPENERS
    if not (opener or _titled_name(text[verb_end : sentence_end if head_end < 0 else head_end])):
        return False
    # "..., said the council would vote.": a finite verb before any comma makes it a clause, not a source.
    return _FINITE.compiled.search(text, verb_end, sentence_end if head_end < 0 else head_end) is None


def _titled_name(head: str) -> bool:
    """``said former governor Ed Rowe``, ``say experts like Ann Lee``: lower-case words, then a name.

    The phrase ends on a capitalized word, holds two in a row (a name: "Ann Brook in Leeds") and opens
    with a word that is no preposition or time word
    ("said on Monday", "said last week in Paris" are adjuncts).
    """
    words = head.strip().rstrip(".!?\"”’'").split()
    if len(words) < _MIN_TITLED_WORDS or not words[0].isalpha() or words[0].lower() in NON_CLAUSE_START:
        return False
    capitals = [word[0].isupper() for word in words]
    return capitals[-1] and any(first and second for first, second in pairwise(capitals))


# A title and a two-word name at least: "former governor Ed Rowe", "scientist Ann Brook".
_MIN_TITLED_WORDS = 3
