"""Reporting participles: who ", saying ..." and "a resolution condemning ..." report for.

A participle after a comma or a preposition reports for the source of the sentence's report before it;
a participle right after a noun ("staff members suggesting ...") reports for that noun.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    DETERMINERS,
    MONTH_NAMES,
    NON_CLAUSE_START,
    PREPOSITIONS,
    WEEKDAY_NAMES,
)
from newsfacts_quotes.mentions import Subject, opens_noun_phrase, sentence_subject, subject_before
from newsfacts_quotes.reading import MAX_BACK, Candidate, Page, Span2, inside_quotation, is_manner_adverb

# The sentence's first sources are among its first candidates; reading a few keeps the lookup constant-time.
_FIRST_SOURCES = 8
# Direct quotes just before a participle whose tag may be its source ("X said “...”, arguing ...").
_NEAR_DIRECT = 4
# Words before a participle that reports for the sentence's subject ("by saying ...").
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "while", "after", "before", "when", "in", "without", "despite", "upon"})
# Adverbs that may stand between the comma and a reporting participle, as -ly adverbs do
# ("..., even suggesting", "..., perhaps recognizing", "..., again calling").
_PARTICIPLE_ADVERBS = frozenset(
    {"even", "perhaps", "again", "also", "still", "then", "thus", "thereby", "maybe", "often", "sometimes", "later"}
)
# A noun a participle describes ("staff members suggesting") is a short phrase.
_MAX_HEAD_WORDS = 5
_NOT_A_HEAD = AUXILIARIES | BE_FORMS | DETERMINERS | PREPOSITIONS | NON_CLAUSE_START | {"who", "which", "that", "not"}


def _reduced_relative_head(previous: str) -> bool:
    """Whether the word before a participle is a noun it can describe ("a video depicting ...")."""
    if previous.endswith(("'s", "’s", "n't", "n’t")):
        return False  # "Fox News's reporting", "isn't seeking": a possessor or an auxiliary, no noun
    word = previous.replace("'", "").replace("’", "").replace("-", "")  # "O’Malley", "Jean-Luc"
    return word.isalpha() and previous.lower() not in _NOT_A_HEAD and not previous.endswith(("ly", "ing", "ed"))


def _contracted_subject(text: str, token: Span2) -> Subject | None:
    """``He’s predicting``, ``they're endorsing``: a pronoun with a contracted "is"/"are"/"am" is the subject."""
    raw = text[token[0] : token[1]]
    pronoun, _, contraction = raw.replace("’", "'").partition("'")
    if pronoun.lower() not in _CONTRACTING_PRONOUNS or contraction not in {"s", "re", "m"}:
        return None
    return Subject(token[0], token[0] + len(pronoun), None, anonymous=False)


_CONTRACTING_PRONOUNS = frozenset({"he", "she", "they", "we", "you", "i"})


def _noun_phrase_before(text: str, before: list[Span2]) -> Span2 | None:
    """The short noun phrase ending right before a participle: "a resolution", "staff members"."""
    start = None
    for t_start, t_end in reversed(before[-_MAX_HEAD_WORDS:]):
        word = text[t_start:t_end]
        lower = word.lower()
        if lower in DETERMINERS:
            return (t_start, before[-1][1])
        if not word.replace("'", "").replace("’", "").isalpha() or lower in _NOT_A_HEAD or lower.endswith("ed"):
            break
        start = t_start
    return None if start is None else (start, before[-1][1])


def opens_participle(text: str, before: list[Span2]) -> bool:
    """``..., saying``, ``..., falsely suggesting``, ``by saying``: a participle that reports."""
    if not before:
        return False
    previous = text[before[-1][0] : before[-1][1]]
    if _hangs_on_clause(previous):
        return True
    if len(before) > 1 and previous.islower() and (is_manner_adverb(previous) or previous in _PARTICIPLE_ADVERBS):
        return _hangs_on_clause(text[before[-2][0] : before[-2][1]])  # "before optimistically predicting"
    return False


def _hangs_on_clause(previous: str) -> bool:
    """Whether the word before a participle attaches it to the clause before: a comma, dash or preposition."""
    return previous.rstrip("”\"’'").endswith((",", "–", "—", "--")) or previous.lower() in _PARTICIPLE_PREPOSITIONS


def _participle_source(page: Page, earlier: Sequence[Candidate], sentence: Span2, w_start: int) -> Span2 | None:
    """Who a ``, saying ...`` participle reports for: the source of the sentence's report before it.

    That is the source of the sentence's first cue (a direct quotation's tag included: "X said he
    doubted it, arguing ..." reports for X), else the sentence's subject, never a phrase inside a
    quotation nor the participle phrase itself.
    """
    s_start, sentence_end = sentence
    index = bisect.bisect_left(page.direct.starts, w_start)
    tagged = [
        c
        for c in page.direct.ordered[max(0, index - _NEAR_DIRECT) : index]
        if c.cue is not None and c.mention is not None and s_start <= c.cue[0] < w_start
    ]
    tagged += [c for c in earlier[:_FIRST_SOURCES] if c.cue is not None and c.mention is not None]
    if tagged:
        return min(tagged, key=lambda c: c.cue[0] if c.cue else w_start).mention
    found = sentence_subject(page.text, s_start, w_start, comma_closed=True)
    if found is None:
        # "Sanders, saying he would not advertise, changed course": the subject ends right before the
        # participle, so it is read with the sentence's verb after it.
        found = sentence_subject(page.text, s_start, sentence_end)
    if found is None or inside_quotation(page, found[0]) or found[1] > w_start:
        return None
    return found


def _aside_end(text: str, sentence: Span2, mention: Span2, w_start: int) -> int | None:
    """``Sanders, saying he would not advertise, changed course``: the aside ends at its comma, if one follows.

    Only where the participle stands right after its subject and a comma, between the subject and its verb.
    """
    lead = mention[0] - sentence[0]
    if w_start - mention[1] > _MAX_LEAD_CHARS or lead > _MAX_LEAD_CHARS:
        return None
    if text[mention[1] : w_start].strip() != "," or len(text[sentence[0] : mention[0]].split()) > _MAX_LEAD_WORDS:
        return None  # not "SUBJECT, participle ..., VERB": "..., said Skelly, explaining he ..." runs on
    comma = text.find(",", w_start, min(sentence[1], w_start + _MAX_FRONTED_PHRASE))
    return None if comma < 0 else comma


# Words a sentence may open with before its subject ("But", "And now"), read within a few characters.
_MAX_LEAD_WORDS = 2
_MAX_LEAD_CHARS = 24


def _fronted(text: str, s_start: int, before: list[Span2]) -> bool:
    """Whether the participle opens the sentence, alone or after a preposition ("After saying", "In rejecting")."""
    lead = [tok for tok in before if tok[0] >= s_start]
    if not lead:
        return True
    return len(lead) <= _MAX_FRONTED_LEAD and text[lead[-1][0] : lead[-1][1]].lower() in _FRONTING_WORDS


def _main_subject(page: Page, sentence: Span2, w_start: int) -> tuple[int, int, int] | None:
    """The comma closing the opening phrase that holds a participle, and the main clause's subject after it."""
    text = page.text
    s_start, s_end = sentence
    comma = text.find(",", w_start, min(s_end, w_start + _MAX_FRONTED_PHRASE))
    if comma < 0:
        return None
    found = sentence_subject(text, s_start, s_end)
    if found is None or found[0] <= comma or inside_quotation(page, found[0]):
        return None
    last = text.rfind(",", comma, found[0])  # the comma right before the subject closes the phrase
    return last, found[0], found[1]


# Words before a fronted participle: "After saying ...", "Instead of calling ...", "In rejecting ...".
_FRONTING_WORDS = _PARTICIPLE_PREPOSITIONS | frozenset({"of", "since"})
_MAX_FRONTED_LEAD = 3
# The opening phrase's comma lies within this many characters of the participle.
_MAX_FRONTED_PHRASE = 200


class SourceRead(NamedTuple):
    """The subject read for a cue (None if unnamed); ``is_report`` False where the cue reports nothing.

    ``until``, where set, is where the report must end: the comma closing a fronted participle's phrase.
    """

    subject: Subject | None
    is_report: bool = True
    until: int | None = None


_NOT_A_REPORT = SourceRead(None, is_report=False)
# "trashing Lee as unqualified and accusing him of ...": an earlier participle within this many characters.
_COORDINATED_CHARS = 160
_LOWER_WORD = LazyPattern(r"(?<![\p{L}'’])\p{Ll}{5,}+(?![\p{L}'’])")
# -ing words that are nouns or prepositions, never a participle the "and" coordinates with.
_NOT_PARTICIPLES = word_set(
    "during nothing something anything everything morning evening thing spring bring king ring meeting "
    "funding building hearing wedding ceiling"
)


def _participle_before(text: str, lo: int, hi: int) -> bool:
    """Whether a lower-case -ing participle stands in ``text[lo:hi]`` ("walking past the line and answering")."""
    words = (m.group() for m in _LOWER_WORD.compiled.finditer(text, lo, hi))
    return any(word.endswith("ing") and word not in _NOT_PARTICIPLES for word in words)


# Time words a participle may follow that name no one: "this week urging ...", "in April explaining ...".
_TIME_HEADS = WEEKDAY_NAMES | MONTH_NAMES | frozenset({"today", "yesterday", "week", "month", "year", "night"})


def participle_cue_source(
    page: Page, before: list[Span2], word: Span2, sentence: Span2, earlier: Sequence[Candidate]
) -> SourceRead:
    """The source of a participle cue: the sentence's earlier source, or the noun it describes."""
    text = page.text
    (w_start, _), (s_start, _) = word, sentence
    lo = max(s_start, w_start - MAX_BACK)
    previous = text[before[-1][0] : before[-1][1]] if before else ""
    if _fronted(text, s_start, before):
        # "After saying he was nervous, the man asked ...": the main clause's subject after the comma reports.
        main = _main_subject(page, sentence, w_start)
        if main is not None:
            return SourceRead(Subject(*main[1:], None, anonymous=False), until=main[0])
    coordinated = previous.lower() == "and" and (
        any(c.cue and text[c.cue[1] - 3 : c.cue[1]] == "ing" for c in earlier[-_FIRST_SOURCES:])
        or _participle_before(text, max(s_start, w_start - _COORDINATED_CHARS), before[-1][0])
    )
    if coordinated or opens_participle(text, before) or previous.lower() in _TIME_HEADS:
        # "sent a letter this week urging ...": a time word describes nothing, the sentence's source reports.
        mention = _participle_source(page, earlier, sentence, w_start)
        if mention is None:
            return SourceRead(None)
        return SourceRead(Subject(*mention, None, anonymous=False), until=_aside_end(text, sentence, mention, w_start))
    contracted = _contracted_subject(text, before[-1]) if before else None
    if contracted is not None:
        return SourceRead(contracted)  # a progressive verb group, its subject the pronoun
    if not _reduced_relative_head(previous):
        return _NOT_A_REPORT
    # "a resolution condemning the ban", "staff members suggesting ...": the noun reports.
    subject = subject_before(text, lo, w_start)
    if subject is None or subject.anonymous or not opens_noun_phrase(text[subject.start : subject.end]):
        head = _noun_phrase_before(text, before)
        if head is None:
            return _NOT_A_REPORT
        subject = Subject(*head, None, anonymous=False)
    return SourceRead(subject)
