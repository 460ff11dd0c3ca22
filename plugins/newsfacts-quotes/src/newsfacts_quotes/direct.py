"""Direct quotes: quotation marks and the tag beside them (``“...,” Ann Lee said``, ``She said: “...”``).

Each quotation is read once: its tag after it (within its sentence), a tag in
the next sentence when the segmenter split inside the quote, a byline dash, a
tag before it, or a "X said:" closing the sentence before. Untagged quotations
then take the speaker of the paragraph's quote running over them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.clauses import answers_question, holds_finite_verb
from newsfacts_quotes.head_inversion import inverted_head_subject, verb_before_adjunct
from newsfacts_quotes.lexicon import CLAUSE_ONLY_VERBS, DIRECT_VERBS, LEARNED_ONLY_VERBS, REPORTING_VERBS
from newsfacts_quotes.marks import Quotation
from newsfacts_quotes.mentions import (
    Subject,
    byline_after,
    opens_noun_phrase,
    phrase_after,
    sentence_subject,
    subject_before,
)
from newsfacts_quotes.reading import (
    LETTERS,
    MAX_BACK,
    MAX_TAIL,
    Candidate,
    Page,
    Span2,
    cue_start,
    has_words,
    kind_of,
    letter_words,
    verb_at,
)
from newsfacts_quotes.reported_clause import is_adjunct


class Attribution(NamedTuple):
    """A tag found beside a quotation: its cue and who the cue names."""

    cue: Span2
    subject: Subject


class DirectFound(NamedTuple):
    """The direct quotes of a page and the mark ranges they fill (for the steps that skip them)."""

    candidates: tuple[Candidate, ...]
    ranges: tuple[Span2, ...]


# A tag's verb stands within this many words of the quotation ("..., Ann Lee, the mayor, said"); past it
# the words are a sentence of their own.
MAX_CUE_GAP_TOKENS = 8
# Extra words read after the gap, for the subject of an inverted tag ("said Ann Lee, the mayor of ...").
_TAIL_EXTRA_TOKENS = 16
# A tagged quotation needs three words unless it opens its sentence: fewer is a scare quote ("so-called “reform”").
MIN_DIRECT_WORDS = 3
# A split tail sentence must follow the quotation within this many characters (a space or two).
_MAX_SPLIT_GAP = 3
# The words before a title are read within this many characters ("on CBS's “Face the Nation”").
_TITLE_LEAD_IN_CHARS = 24
# Words after which a short quotation in title case is the name of a show, book or song.
_TITLE_LEAD_INS = frozenset(["of", "on", "in", "at", "to", "from", "for", "by", "with", "his", "her", "their", "its"])
_TITLE_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "is", "it", "as", "but"]
)
# Searched backwards from the window's end (the same match): forwards, every letter of the window would be a
# start the engine tries and fails.
LAST_WORD = regex.compile(r"([\p{L}'’]++)\s*+$", regex.REVERSE)
_TITLE_WORD = regex.compile(r"[\p{L}\d'’]+")
# Titles are short: a longer title-case quotation is a slogan or a headline quoted in full.
_MAX_TITLE_WORDS = 8
# What follows a short quoted sentence is read this far: enough to tell a new sentence from a continuation.
_AFTER_SHORT_CHARS = 3
# Fewer words than this in an unattributed quotation that fills its paragraph: a heading, not a report.
_MIN_STANDING_WORDS = 6


def tail_attribution(text: str, lo: int, hi: int) -> Attribution | None:
    """``“...,” Ann Lee said`` or ``“...,” said Ann Lee``: the tag right after a quotation."""
    words = [
        m.span() for m in itertools.islice(LETTERS.finditer(text, lo, hi), MAX_CUE_GAP_TOKENS + _TAIL_EXTRA_TOKENS)
    ]
    if words and text[words[0][0] : words[0][1]] in _SUBORDINATORS:
        return None  # "‘not good enough’ after they were knocked out": a new clause, no tag
    for index, (w_start, w_end) in enumerate(words):
        verb = verb_at(text, w_start, w_end, DIRECT_VERBS)
        if verb is None or verb in CLAUSE_ONLY_VERBS:
            continue
        start, _ = cue_start(text, w_start, lo)
        if index == 0 or not text[lo:start].strip(" ,.\u00a0"):
            phrase = phrase_after(text, w_end, hi)
            if phrase is None or (verb.endswith("ing") and text.startswith("that ", phrase[0])):
                return None  # "“…,” noting that the cuts …": the participle reports its own clause
            if (
                holds_finite_verb(text, *phrase)
                and _RELATIVE_WORD.compiled.search(text, phrase[0] + 1, phrase[1]) is None
            ):
                return None  # "X, citing “…,” said the plan is dead": the verb reports a clause, no tag
            return Attribution((start, w_end), Subject(phrase[0], phrase[1], None, anonymous=False))
        subject = subject_before(text, lo, start)
        closed = _CLOSED_SENTENCE.compiled.search(text, max(0, lo - _CLOSING_CHARS), lo) is not None
        if subject is None or (closed and _LETTER.compiled.search(text, lo, subject.start)):
            return None  # "“…politics.” It was, he said, one of …": a new sentence's words before the subject
        return Attribution((start, w_end), subject)
    return None


_LETTER = LazyPattern(r"\p{L}")
# Words opening a clause of their own right after a quotation, never its tag ("as he put it" may be one).
_SUBORDINATORS = word_set("after before because when while since although though until unless if once")
# "the man who was there": a relative clause's verb belongs to the phrase.
_RELATIVE_WORD = LazyPattern(r"\b(?:who|which|that|whose|whom)\b")


# A quotation that closed its sentence inside the marks, right before ``lo`` (read within a few characters).
_CLOSED_SENTENCE = LazyPattern(r"[.?!]['’\"”]{1,2}+[ \u00a0]*+$")
_CLOSING_CHARS = 8


def head_attribution(text: str, lo: int, hi: int) -> Attribution | None:
    """``Ann Lee said: “...”``: the tag right before a quotation, ending in a colon or comma."""
    words = letter_words(text, lo, hi)
    for w_start, w_end in itertools.chain(reversed(words[-MAX_CUE_GAP_TOKENS:]), verb_before_adjunct(text, words)):
        verb = verb_at(text, w_start, w_end, DIRECT_VERBS)
        if verb is None:
            continue
        after = text[w_end:hi].strip()
        if after and not after.endswith((":", ",")):
            return None
        start, _ = cue_start(text, w_start, lo)
        subject = _participle_subject(text, lo, start, verb) or subject_before(text, lo, start)
        if subject is None:
            subject = _coordinated_subject(text, lo, start) or inverted_head_subject(text, lo, verb, (start, w_end), hi)
        if subject is None:
            return None
        return Attribution((start, w_end), subject)
    return None


def _coordinated_subject(text: str, lo: int, cue: int) -> Subject | None:
    """``The mayor smiled but told them: “...”``: a verb after "and"/"but" shares the sentence's subject."""
    before = text[lo:cue].split()
    if not before or before[-1] not in {"and", "but"}:
        return None
    opening = sentence_subject(text, lo, cue)
    return None if opening is None else Subject(*opening, None, anonymous=False)


def _participle_subject(text: str, lo: int, cue: int, verb: str) -> Subject | None:
    """Who ``..., adding: “...”`` reports for: the subject of the clause the participle hangs on.

    That is the source of an earlier reporting verb ("..., Ann Lee said, adding ...": Ann Lee, not the
    clause she reported), else the sentence's opening subject past its adverbials ("After the vote,
    Lee left the hall, saying ..."); never the comma chunk just before the participle.
    """
    if not verb.endswith("ing"):
        return None
    lead = text[lo:cue].rstrip()
    if not lead.endswith(","):
        if lead[-_LONGEST_PREPOSITION:].rpartition(" ")[2].lower() not in _PARTICIPLE_LEADS:
            return None
        # "She ended by saying “...”": the participle hangs on the main clause, its subject the sentence's.
        return _opening_subject(text, lo, cue)
    words = letter_words(text, lo, cue)
    for w_start, w_end in reversed(words[-MAX_CUE_GAP_TOKENS:]):
        earlier = verb_at(text, w_start, w_end, DIRECT_VERBS)
        if earlier is None or earlier.endswith("ing"):
            continue
        verb_start, _ = cue_start(text, w_start, lo)
        if text[lo:verb_start].rstrip().endswith(","):
            # "..., Ann Lee said, adding": an inverted report names its source right after the verb.
            phrase = phrase_after(text, w_end, cue)
            if phrase is not None and not text[phrase[0] : phrase[1]].islower():
                return Subject(phrase[0], phrase[1], None, anonymous=False)
        before = text[lo:verb_start].split()
        if before and before[-1].lower() not in {"and", "but"}:
            subject = subject_before(text, lo, verb_start)
            if subject is not None and opens_noun_phrase(text[subject.start : subject.end]):
                return subject
        break  # "..., Lee left the hall and endorsed Ruiz, saying": the sentence's subject
    return _opening_subject(text, lo, cue)


def _opening_subject(text: str, lo: int, hi: int) -> Subject | None:
    """The noun phrase the sentence opens with, as a named subject."""
    opening = sentence_subject(text, lo, hi)
    return None if opening is None else Subject(opening[0], opening[1], None, anonymous=False)


# Prepositions a reporting participle hangs on its clause with, as a comma does ("She ended by saying “...”").
_PARTICIPLE_LEADS = frozenset({"by", "before", "after", "while", "when", "upon"})
_LONGEST_PREPOSITION = 6


def _split_tail(page: Page, lo: int, next_open: int) -> Attribution | None:
    """``“Why now?” she asked.``: the segmenter ended the sentence inside the quote, the tag follows."""
    text, sentences = page.text, page.sentences
    index = sentences.index_at(lo)
    if sentences.starts[index] < lo:
        index += 1
    if index >= len(sentences.spans):
        return None
    n_start, n_end, _ = sentences.spans[index]
    if n_start - lo > _MAX_SPLIT_GAP or "\n" in text[lo:n_start]:
        return None
    hi = min(n_end, next_open, n_start + MAX_TAIL)
    found = tail_attribution(text, n_start, hi) if n_start < hi else None
    if found is None or answers_question(text, lo, found.cue):
        return None
    (_, cue_end), subject = found
    rest = text[max(cue_end, subject.end) : hi].strip(" \u00a0")
    if rest.startswith(",") or not rest.strip(".!?\"”'’ ") or is_adjunct(rest):
        return found
    return None


def _byline(text: str, lo: int, next_open: int) -> Attribution | None:
    """``“...” ― Ana Ruiz``: the name after a dash is the speaker (the tail may run past the sentence)."""
    found = byline_after(text, lo, next_open)
    if found is None:
        return None
    dash, (name_start, name_end) = found
    return Attribution(dash, Subject(name_start, name_end, None, anonymous=False))


def _colon_before(page: Page, s_start: int) -> Attribution | None:
    """A quote opening a sentence after "X said:" closing the previous one."""
    index = page.sentences.index_at(s_start)
    if index == 0:
        return None
    p_start, p_end, _ = page.sentences.spans[index - 1]
    if not page.text[p_start:p_end].rstrip().endswith(":"):
        return None
    return head_attribution(page.text, max(p_start, p_end - MAX_BACK), p_end)


def _is_title(text: str, quote: Quotation) -> bool:
    """A short quotation in title case after a preposition or possessive ("on CBS's “Face the Nation”") names a work."""
    before = LAST_WORD.search(text, max(0, quote.open - _TITLE_LEAD_IN_CHARS), quote.open)
    if before is None:
        return False
    lead_in = before.group(1).lower()
    if lead_in not in _TITLE_LEAD_INS and not lead_in.endswith(("'s", "’s")):
        return False
    words = _TITLE_WORD.findall(text, quote.start, quote.end)
    return 0 < len(words) <= _MAX_TITLE_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words
    )


def _stands_alone(text: str, quote: Quotation, previous: Quotation | None) -> bool:
    """A short quotation that is a whole paragraph by itself, unattributed, is a heading or slogan."""
    if previous is not None and not previous.closed and not text[previous.close : quote.open].strip():
        return False  # the last paragraph of a quote running over several
    line_start = quote.open
    while line_start > 0 and text[line_start - 1] in " \t\u00a0":
        line_start -= 1
    if line_start > 0 and text[line_start - 1] != "\n":
        return False
    line_end = text.find("\n", quote.close, quote.close + MAX_TAIL)
    if line_end < 0:
        line_end = min(len(text), quote.close + MAX_TAIL)
    alone = not text[quote.close + 1 : line_end].strip(" .\"'’”»")
    return alone and not has_words(text, quote.start, quote.end, _MIN_STANDING_WORDS)


def _direct_at(page: Page, index: int) -> Candidate | None:
    """The direct quote the ``index``-th quotation makes, with its tag, or None if it is not one."""
    text, quotations = page.text, page.quotations
    quote = quotations[index]
    s_start, _, _ = page.sentences.at(quote.open)
    _, s_end, _ = page.sentences.at(max(quote.start, quote.close - 1))
    previous_close = quotations[index - 1].close + 1 if index else 0
    head_lo = max(s_start, previous_close, quote.open - MAX_BACK)
    head = "" if quote.open in page.dateline_ends else text[head_lo : quote.open].strip(" \t\n\u00a0")
    next_open = quotations[index + 1].open if index + 1 < len(quotations) else len(text)
    tail_lo = quote.close + (1 if quote.closed else 0)
    if quote.closed and text.startswith("''", quote.close):
        tail_lo += 1
    tail_hi = min(s_end, next_open, tail_lo + MAX_TAIL)
    content_start, content_end = quote.start, quote.end
    while content_start < content_end and text[content_start].isspace():
        content_start += 1
    if content_end <= content_start or _is_title(text, quote):
        return None
    enough_words = has_words(text, content_start, content_end, MIN_DIRECT_WORDS)
    found = tail_attribution(text, tail_lo, tail_hi) if tail_lo < tail_hi else None
    if found is None and tail_lo >= s_end and text[content_end - 1] in "?!.":
        found = _split_tail(page, tail_lo, next_open)
    if found is None and quote.closed:
        found = _byline(text, tail_lo, next_open)
    if found is None and head:
        found = head_attribution(text, head_lo, quote.open)
    if found is None and not head:
        found = _colon_before(page, s_start)
    starts_sentence = not head or head.endswith(":")
    ends_speech = text[content_end - 1] in ".,!?…—-" or not text[tail_lo:tail_hi].strip(" .\u00a0")
    if found is None and not (starts_sentence and ends_speech and enough_words):
        return None
    if found is None and _stands_alone(text, quote, quotations[index - 1] if index else None):
        return None
    if found is not None and not enough_words and not starts_sentence:
        return None
    if found is None:
        return Candidate(content_start, content_end, "direct", None, None, None, None)
    subject = found.subject
    mention = None if subject.anonymous else (subject.start, subject.end)
    return Candidate(content_start, content_end, "direct", found.cue, mention, subject.alias, subject.antecedent)


def _share_over_paragraphs(page: Page, found: Sequence[Candidate | None]) -> list[Candidate | None]:
    """A quote running over paragraphs is one report: its source, often named last, is every paragraph's."""
    shared = list(found)
    following: Candidate | None = None
    for index in range(len(shared) - 1, -1, -1):
        current = shared[index]
        if current is None:
            following = None
            continue
        if following is not None and current.cue is None and not page.quotations[index].closed:
            current = current._replace(
                mention=following.mention, alias=following.alias, antecedent=following.antecedent
            )
            shared[index] = current
        following = current if current.mention is not None else None
    return shared


def _continue_speaker(page: Page, found: Sequence[Candidate | None]) -> list[Candidate | None]:
    """``“A,” Ms Lee said. “B.”``: an untagged quotation right after a tagged one in its paragraph is hers.

    Only the previous quotation's tag may stand between them (a short gap, no line break, no other
    quotation), so a quote after a change of subject keeps no speaker.
    """
    text = page.text
    continued = list(found)
    for index in range(1, len(continued)):
        current, previous = continued[index], continued[index - 1]
        if current is None or previous is None:
            continue
        if current.cue is not None or current.mention is not None or previous.mention is None:
            continue
        gap_start, gap_end = page.quotations[index - 1].close + 1, page.quotations[index].open
        if gap_end - gap_start > MAX_TAIL or "\n" in text[gap_start:gap_end]:
            continue
        continued[index] = current._replace(
            mention=previous.mention, alias=previous.alias, antecedent=previous.antecedent
        )
    return continued


def _short_continuation(page: Page, index: int, previous: Candidate | None) -> Candidate | None:
    """``“A,” Ms Lee wrote. “Banned?”``: a short sentence quoted right after a tagged quotation is hers too.

    A quotation of fewer than ``MIN_DIRECT_WORDS`` words is read only here: it opens its sentence, ends
    on a full stop, question or exclamation mark, follows the tagged one in the same paragraph and
    nothing but the end of the line or a new sentence comes after it.
    """
    if previous is None or previous.mention is None or not index:
        return None
    text, quote, before = page.text, page.quotations[index], page.quotations[index - 1]
    content_start, content_end = quote.start, quote.end
    while content_start < content_end and text[content_start].isspace():
        content_start += 1
    if not quote.closed or content_end <= content_start or text[content_end - 1] not in ".?!":
        return None
    gap = text[before.close + 1 : quote.open]
    if len(gap) > MAX_TAIL or "\n" in gap or not gap.rstrip().endswith((".", "!", "?")):
        return None  # the gap is the earlier quotation's tag, a whole sentence: "Ann Lee wrote on her blog."
    after = text[quote.close + 1 : quote.close + 1 + _AFTER_SHORT_CHARS]
    if after.strip(" \t\u00a0") and not after.lstrip(" \t\u00a0").startswith(("\n", "“", '"')):
        following = after.lstrip(" \t\u00a0")
        if not following[:1].isupper():
            return None  # "“Banned?” was the headline": the quotation is part of a sentence
    return Candidate(content_start, content_end, "direct", None, previous.mention, previous.alias, previous.antecedent)


def _mixed_continuation(page: Page, index: int, previous: Candidate | None) -> Candidate | None:
    """``“A,” Ms Lee said. Instead, “B.”``: the next sentence, ending on an untagged quotation, is hers too.

    The sentence follows the tagged quotation's sentence in its paragraph (only the tag between them),
    ends with the quotation, holds no other quotation and no speech verb of its own.
    """
    if previous is None or previous.mention is None or not index:
        return None
    text, quote, before = page.text, page.quotations[index], page.quotations[index - 1]
    s_start, s_end, _ = page.sentences.at(quote.open)
    if before.close >= s_start or not closes_untagged_sentence(text, quote, s_start, s_end):
        return None
    gap = text[before.close + 1 : s_start]
    if len(gap) > MAX_TAIL or "\n" in gap or not gap.rstrip().endswith((".", "!", "?")):
        return None  # the gap is the earlier quotation's tag ("..., Ms Lee said."), and nothing else
    end = quote.close + 1
    return Candidate(
        s_start, end, kind_of(text, s_start, end), None, previous.mention, previous.alias, previous.antecedent
    )


def has_own_attribution(text: str, start: int, end: int) -> bool:
    """Whether a reporting verb (not one learned only from objects) or "according" stands in ``[start, end)``."""
    return any(word.strip(",.;:") in _OWN_ATTRIBUTION for word in text[start:end].lower().split())


# A reporting verb (not one learned only from objects) or "according" gives the sentence its own attribution.
_OWN_ATTRIBUTION = (REPORTING_VERBS - LEARNED_ONLY_VERBS) | {"according"}


def closes_untagged_sentence(text: str, quote: Quotation, s_start: int, s_end: int) -> bool:
    """Whether a closed quotation ends the sentence ``[s_start, s_end)`` it stands in, untagged.

    The sentence opens before the quotation and on its line ("Instead, “he just acts like a defeated
    man.”"), the quotation's own words end it, and no reporting verb stands before the quotation: the
    shape a speaker named in the sentence before carries over to.
    """
    end = quote.close + 1
    return (
        quote.closed
        and s_start < quote.open
        and text[quote.start : quote.end].rstrip()[-1:] in {".", "!", "?"}
        and not text[end:s_end].strip()
        and "\n" not in text[s_start:end]
        and not has_own_attribution(text, s_start, quote.open)
    )


def find_direct(page: Page) -> DirectFound:
    """Every quotation that is a direct quote, with its tag or the speaker it continues."""
    found = [_direct_at(page, index) for index in range(len(page.quotations))]
    for index in range(1, len(found)):
        if found[index] is None:
            found[index] = _short_continuation(page, index, found[index - 1])
    found = _continue_speaker(page, _share_over_paragraphs(page, found))
    for index in range(1, len(found)):
        if found[index] is None and found[index - 1] is not None:
            found[index] = _mixed_continuation(page, index, found[index - 1])
    candidates = tuple(c for c in found if c is not None)
    ranges = tuple(
        (quote.open, quote.close + 1) for quote, c in zip(page.quotations, found, strict=True) if c is not None
    )
    return DirectFound(candidates, ranges)
