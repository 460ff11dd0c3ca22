"""Finding direct, indirect and mixed quotes with their cue and the source mention beside them.

Cheap candidates first (quotation marks, reporting-verb tokens, "according
to"), then a bounded look around each: a few hundred characters back for the
subject, the rest of the sentence (capped) for the reported clause. Every step
is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from newsfacts_quotes.clauses import (
    answers_question,
    clause_before_comma,
    particle_of,
    second_cue,
    source_ends_sentence,
)
from newsfacts_quotes.layout import datelines, headline_end
from newsfacts_quotes.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_ONLY_VERBS,
    DETERMINERS,
    DIRECT_VERBS,
    EXISTENTIAL_VERBS,
    INFINITIVE_ONLY_VERBS,
    INFINITIVE_VERBS,
    LEARNED_ONLY_VERBS,
    NO_INVERSION_VERBS,
    NON_CLAUSE_START,
    OBJECT_VERBS,
    PARTICIPLES,
    PREPOSITIONS,
    REPORTING_VERBS,
    words,
)
from newsfacts_quotes.marks import Quotation, find_quotations, holds_quotation
from newsfacts_quotes.mentions import (
    Subject,
    byline_after,
    opens_noun_phrase,
    phrase_after,
    sentence_subject,
    subject_before,
    tokens_in,
    transcript_speaker,
    trim,
)
from newsfacts_quotes.phrases import find_phrase_cues
from newsfacts_quotes.precision import drop_false_quotes, without_datelines

Span2 = tuple[int, int]

_WORD = regex.compile(r"\p{L}+")

# The shapes of reporting verbs ``_verb_at`` accepts (lower-case or capitalised): a set lookup per word
# lets the indirect pass skip every other word without a Python call.
_VERB_SHAPES = REPORTING_VERBS | frozenset(w.capitalize() for w in REPORTING_VERBS)
_ACCORDING = regex.compile(r"\b[Aa]ccording\s+to\s+")
_THAT = regex.compile(r"\bthat\b")
_QUOTE_CHAR = regex.compile(r"[“”\"«»]|''")
# Where a reported clause stops: a trailing attribution or a contrasting clause.
_CUT = regex.compile(
    r",\s+(?:it\s+(?:has|had)\s+been|it\s+(?:is|was))\s+\p{Ll}+ed\b"
    r"|,?\s+according\s+to\b"
    r"|,\s+(?:despite|although|though|while|but|whereas|amid|even\s+as|even\s+though)\b"
    r"|,\s+(?:adding|saying|noting|arguing|warning|insisting|claiming|explaining|stressing|telling)\b"
    r"|;\s|\s[—–]\s"
)
# A comma, a short subject and a reporting verb followed by its own report: another source speaks.
_ANOTHER_SOURCE = regex.compile(
    r",[ \u00a0]++(?:(?!(?:said|says|say|told|tells|added|argued|wrote|noted)\b)[^\s,.;:!?\"“”]++[ \u00a0]++){1,6}+"
    r"(?:said|says|say|told|tells|added|argued|wrote|noted)[ \u00a0]++\p{L}"
)
_TRAILING_ATTRIBUTION = regex.compile(r",\s+[^,]{1,60}$")
_MAX_BACK = 220
# Mentions that stand in for a transcript's speaker: pronouns and a bare "it".
_STAND_INS = frozenset({"i", "we", "he", "she", "it", "they", "you"})
# Beliefs follow their clause as sayings do: "The ferry will stay, the mayor believes."
_BELIEF_VERBS = words("think thinks thought believe believes believed hope hopes hoped fear fears feared")
# A sentence opening with up to four capitalised words and a colon: "Mark Lind: ...", "ANN LEE: ...".
_COLON_SOURCE = regex.compile(r"(\p{Lu}[\p{L}.'’\-]*+(?:[ \u00a0]\p{Lu}[\p{L}.'’\-]*+){0,3}+):[ \u00a0]++")
_MAX_COLON_SOURCE = 60
_LABELS = words(
    "correction corrections update updated breaking note latest look watch related video videos photo photos "
    "exclusive read see also more editor source sources transcript excerpt listen alert"
)
_OPENING_MARKS = frozenset("“\"«‘'„")
_MIN_CONTENT_CHARS = 8
_MIN_NAME_CHARS = 3
# The commonest reporting verbs: a noun-phrase object never holds one, the sentence's main verb it is.
_MAIN_REPORTING_VERB = regex.compile(r"\s(?:said|says|say|told|tells|argued|argue|argues|insisted|insist|insists)\b")
# A short adjunct after the verb closed by a comma ("argued in his email, ..."), read in bounded words.
_ADJUNCT_COMMA = regex.compile(
    r"[ \u00a0]++(?:in|on|at|during|with|by|from|via|after|before|over|to)(?:[ \u00a0]++[\p{L}\d'’.\-]++){1,5}+,"
)
_MAX_CONTENT = 700
_MAX_TAIL = 240
_MAX_CUE_GAP_TOKENS = 8
_MIN_DIRECT_WORDS = 3
# Words after which a short quotation in title case is the name of a show, book or song.
_TITLE_LEAD_INS = frozenset(["of", "on", "in", "at", "to", "from", "for", "by", "with", "his", "her", "their", "its"])
_TITLE_SMALL_WORDS = frozenset(
    ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "is", "it", "as", "but"]
)
_LAST_WORD = regex.compile(r"([\p{L}'’]++)\s*+$")
_TITLE_WORD = regex.compile(r"[\p{L}\d'’]+")
_MAX_TITLE_WORDS = 8
# Fewer words than this in an unattributed quotation that fills its paragraph: a heading, not a report.
_MIN_STANDING_WORDS = 6


# Words before a participle that reports for the sentence's subject ("by saying ...").
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "while", "after", "before", "when", "in", "without"})
# Words that open a reported clause right after an addressee ("told reporters he ...").
_CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "I", "there", "the", "his", "their", "its"})
_RELATIVE_OPENING = regex.compile(r",\s+(?:who|which|a|an|the)\b")
# Verbs that report a question, the words that open one, and how far after the verb (and its object) it may open.
_FIRST_SOURCES = 8
_MIN_CLAUSE_AFTER_TIME = 3
_AS_BEFORE = regex.compile(r"\b[Aa]s[ \u00a0]+(?:[Tt]he[ \u00a0]+)?$")
_ASK_VERBS = frozenset({"ask", "asks", "asked", "asking", "wondered", "questioned"})
_QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "which", "who"})
_MAX_QUESTION_GAP = 6


class Candidate(NamedTuple):
    """A found quote: its content, kind, cue and the source mention (with an apposition alias)."""

    start: int
    end: int
    kind: str
    cue: Span2 | None
    mention: Span2 | None
    alias: Span2 | None
    antecedent: Span2 | None = None


class _Sentences:
    """Bisection over the shared sentences, with a whole-text fallback."""

    def __init__(self, text: str, spans: Sequence[tuple[int, int, int]]) -> None:
        self.spans = list(spans) or [(0, len(text), 0)]
        self.starts = [s for s, _, _ in self.spans]

    def index_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def at(self, offset: int) -> tuple[int, int, int]:
        return self.spans[self.index_at(offset)]


def _verb_at(text: str, start: int, end: int, extra: frozenset[str] = frozenset()) -> str | None:
    word = text[start:end]
    if (start and text[start - 1] == "-") or text[end : end + 1] == "-":
        return None  # part of a compound ("so-called")
    lower = word.lower()
    if (lower in REPORTING_VERBS or lower in extra) and (word.islower() or (word[0].isupper() and word[1:].islower())):
        return lower
    return None


def _cue_start(text: str, verb_start: int, lo: int) -> tuple[int, bool]:
    """Extend a verb back over auxiliaries and adverbs ("has always publicly said"); report a passive."""
    toks = tokens_in(text, max(lo, verb_start - 60), verb_start)
    start, passive, seen_aux = verb_start, False, False
    for tok_start, tok_end in reversed(toks):
        word = text[tok_start:tok_end]
        lower = word.lower()
        if word != lower or (lower not in AUXILIARIES and not (lower.endswith("ly") and len(lower) > 4)):
            break
        if lower in AUXILIARIES:
            seen_aux = True
            passive = passive or lower in BE_FORMS
        start = tok_start
    if not seen_aux:
        start = verb_start
    return start, passive


def _cut_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim the reported clause: final punctuation, a trailing attribution, a contrasting clause."""
    cut = _CUT.search(text, start, end)
    if cut is not None:
        end = cut.start()
    second = second_cue(text, start, end)
    if second is not None:
        end = second
    another = _ANOTHER_SOURCE.search(text, start, end)
    if another is not None:
        end = another.start()  # "they trusted her, 63 percent said the opposite": a second report starts
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;:"):
        end -= 1
    trailing = _TRAILING_ATTRIBUTION.search(text, start, end)
    if trailing is not None:
        last = tokens_in(text, trailing.start(), trailing.end())
        if last and len(last) <= 8 and any(_verb_at(text, *t) for t in _words(text, *last[-1])):
            end = trailing.start()
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?,;:"):
        end -= 1
    return start, end


def _words(text: str, start: int, end: int) -> list[Span2]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether ``text[start:end]`` holds at least ``count`` words, reading no further than that."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text, start, end), count)) >= count


def _kind(text: str, start: int, end: int) -> str:
    return "mixed" if _QUOTE_CHAR.search(text, start, end) else "indirect"


class _Finder:
    def __init__(self, text: str, spans: Sequence[tuple[int, int, int]]) -> None:
        self.text = text
        self.sentences = _Sentences(text, spans)
        self.quotations = find_quotations(text)
        self.datelines = datelines(text)
        self._dateline_ends = {end for _, end in self.datelines}
        # Where the prose starts in a sentence a dateline opens, keyed by the dateline's first character.
        self._prose_after: dict[int, int] = {}
        for line_start, end in self.datelines:
            first = line_start
            while first < end and text[first] in " \t\u00a0":
                first += 1
            self._prose_after[first] = end
        self.candidates: list[Candidate] = []
        self.direct_ranges: list[Span2] = []
        self._direct_opens: list[int] = []
        self._quote_opens = [q.open for q in self.quotations]
        self._direct_candidates: list[Candidate] = []
        self._direct_starts: list[int] = []
        self._trailing_sources: list[tuple[int, int, Span2, bool]] = []

    # -- direct --------------------------------------------------------------

    def _tail_attribution(self, lo: int, hi: int) -> tuple[Span2, Subject] | None:
        text = self.text
        words = [m.span() for m in itertools.islice(_WORD.finditer(text, lo, hi), _MAX_CUE_GAP_TOKENS + 16)]
        for index, (w_start, w_end) in enumerate(words):
            verb = _verb_at(text, w_start, w_end, DIRECT_VERBS)
            if verb is None or verb in CLAUSE_ONLY_VERBS:
                continue
            cue_start, _ = _cue_start(text, w_start, lo)
            if index == 0 or not text[lo:cue_start].strip(" ,.\u00a0"):
                phrase = phrase_after(text, w_end, hi)
                if phrase is None:
                    return None
                return (cue_start, w_end), Subject(phrase[0], phrase[1], None, anonymous=False)
            subject = subject_before(text, lo, cue_start)
            if subject is None:
                return None
            return (cue_start, w_end), subject
        return None

    def _head_attribution(self, lo: int, hi: int) -> tuple[Span2, Subject] | None:
        text = self.text
        words = _words(text, lo, hi)
        for w_start, w_end in reversed(words[-_MAX_CUE_GAP_TOKENS:]):
            verb = _verb_at(text, w_start, w_end, DIRECT_VERBS)
            if verb is None:
                continue
            after = text[w_end:hi].strip()
            if after and not after.endswith((":", ",")):
                return None
            cue_start, _ = _cue_start(text, w_start, lo)
            subject = _participle_subject(text, lo, cue_start, verb) or subject_before(text, lo, cue_start)
            if subject is None:
                return None
            return (cue_start, w_end), subject
        return None

    def find_direct(self) -> None:
        text = self.text
        quotations = self.quotations
        found_at: dict[int, int] = {}
        for index, quote in enumerate(quotations):
            s_start, _, _ = self.sentences.at(quote.open)
            _, s_end, _ = self.sentences.at(max(quote.start, quote.close - 1))
            previous_close = quotations[index - 1].close + 1 if index else 0
            head_lo = max(s_start, previous_close, quote.open - _MAX_BACK)
            head = "" if quote.open in self._dateline_ends else text[head_lo : quote.open].strip(" \t\n\u00a0")
            next_open = quotations[index + 1].open if index + 1 < len(quotations) else len(text)
            tail_lo = quote.close + (1 if quote.closed else 0)
            if quote.closed and text.startswith("''", quote.close):
                tail_lo += 1
            tail_hi = min(s_end, next_open, tail_lo + _MAX_TAIL)
            content_start, content_end = quote.start, quote.end
            while content_start < content_end and text[content_start].isspace():
                content_start += 1
            if content_end <= content_start:
                continue
            if _is_title(text, quote):
                continue
            enough_words = _has_words(text, content_start, content_end, _MIN_DIRECT_WORDS)
            found = self._tail_attribution(tail_lo, tail_hi) if tail_lo < tail_hi else None
            if found is None and tail_lo >= s_end and text[content_end - 1] in "?!.":
                found = self._split_tail(tail_lo, next_open)
            if found is None and quote.closed:
                found = self._byline(tail_lo, next_open)
            if found is None and head:
                found = self._head_attribution(head_lo, quote.open)
            if found is None and not head:
                found = self._colon_before(s_start)
            starts_sentence = not head or head.endswith(":")
            ends_speech = text[content_end - 1] in ".,!?…—-" or not text[tail_lo:tail_hi].strip(" .\u00a0")
            if found is None and not (starts_sentence and ends_speech and enough_words):
                continue
            if found is None and self._stands_alone(quote, quotations[index - 1] if index else None):
                continue
            if found is not None and not enough_words and not starts_sentence:
                continue
            cue, subject = found if found is not None else (None, None)
            mention = None if subject is None or subject.anonymous else (subject.start, subject.end)
            alias = None if subject is None else subject.alias
            antecedent = None if subject is None else subject.antecedent
            found_at[index] = len(self.candidates)
            self.candidates.append(Candidate(content_start, content_end, "direct", cue, mention, alias, antecedent))
            self.direct_ranges.append((quote.open, quote.close + 1))
        self._share_over_paragraphs(found_at)
        self._continue_speaker(found_at)

    def _continue_speaker(self, found_at: dict[int, int]) -> None:
        """``“A,” Ms Lee said. “B.”``: an untagged quotation right after a tagged one in its paragraph is hers.

        Only the previous quotation's tag may stand between them (a short gap, no line break, no other
        quotation), so a quote after a change of subject keeps no speaker.
        """
        text = self.text
        for index in range(1, len(self.quotations)):
            position, before = found_at.get(index), found_at.get(index - 1)
            if position is None or before is None:
                continue
            current, previous = self.candidates[position], self.candidates[before]
            if current.cue is not None or current.mention is not None or previous.mention is None:
                continue
            gap_start, gap_end = self.quotations[index - 1].close + 1, self.quotations[index].open
            if gap_end - gap_start > _MAX_TAIL or "\n" in text[gap_start:gap_end]:
                continue
            self.candidates[position] = current._replace(
                mention=previous.mention, alias=previous.alias, antecedent=previous.antecedent
            )

    def _stands_alone(self, quote: Quotation, previous: Quotation | None) -> bool:
        """A short quotation that is a whole paragraph by itself, unattributed, is a heading or slogan."""
        text = self.text
        if previous is not None and not previous.closed and not text[previous.close : quote.open].strip():
            return False  # the last paragraph of a quote running over several
        line_start = quote.open
        while line_start > 0 and text[line_start - 1] in " \t\u00a0":
            line_start -= 1
        if line_start > 0 and text[line_start - 1] != "\n":
            return False
        line_end = text.find("\n", quote.close, quote.close + _MAX_TAIL)
        if line_end < 0:
            line_end = min(len(text), quote.close + _MAX_TAIL)
        alone = not text[quote.close + 1 : line_end].strip(" .\"'’”»")
        return alone and not _has_words(text, quote.start, quote.end, _MIN_STANDING_WORDS)

    def _share_over_paragraphs(self, found_at: dict[int, int]) -> None:
        """A quote running over paragraphs is one report: its source, often named last, is every paragraph's."""
        following: Candidate | None = None
        for index in range(len(self.quotations) - 1, -1, -1):
            position = found_at.get(index)
            if position is None:
                following = None
                continue
            current = self.candidates[position]
            if following is not None and current.cue is None and not self.quotations[index].closed:
                current = current._replace(
                    mention=following.mention, alias=following.alias, antecedent=following.antecedent
                )
                self.candidates[position] = current
            following = current if current.mention is not None else None

    def _split_tail(self, lo: int, next_open: int) -> tuple[Span2, Subject] | None:
        """``“Why now?” she asked.``: the segmenter ended the sentence inside the quote, the tag follows."""
        index = self.sentences.index_at(lo)
        if self.sentences.starts[index] < lo:
            index += 1
        if index >= len(self.sentences.spans):
            return None
        n_start, n_end, _ = self.sentences.spans[index]
        if n_start - lo > 3 or "\n" in self.text[lo:n_start]:
            return None
        hi = min(n_end, next_open, n_start + _MAX_TAIL)
        found = self._tail_attribution(n_start, hi) if n_start < hi else None
        if found is None or answers_question(self.text, lo, found[0]):
            return None
        (_, cue_end), subject = found
        rest = self.text[max(cue_end, subject.end) : hi].strip(" \u00a0")
        if rest.startswith(",") or not rest.strip(".!?\"”'’ ") or _is_adjunct(rest):
            return found
        return None

    def _byline(self, lo: int, next_open: int) -> tuple[Span2, Subject] | None:
        """``“...” ― Ana Ruiz``: the name after a dash is the speaker (the tail may run past the sentence)."""
        found = byline_after(self.text, lo, next_open)
        if found is None:
            return None
        dash, (name_start, name_end) = found
        return dash, Subject(name_start, name_end, None, anonymous=False)

    def _colon_before(self, s_start: int) -> tuple[Span2, Subject] | None:
        """A quote opening a sentence after "X said:" closing the previous one."""
        index = self.sentences.index_at(s_start)
        if index == 0:
            return None
        p_start, p_end, _ = self.sentences.spans[index - 1]
        if not self.text[p_start:p_end].rstrip().endswith(":"):
            return None
        return self._head_attribution(max(p_start, p_end - _MAX_BACK), p_end)

    # -- indirect ------------------------------------------------------------

    def _inside_quotation(self, offset: int) -> bool:
        index = bisect.bisect_right(self._quote_opens, offset) - 1
        return index >= 0 and offset < self.quotations[index].close

    def find_indirect(self) -> None:
        for first, s_end, _ in self.sentences.spans:
            s_start = self._after_dateline(first, s_end)
            sentence_candidates: list[Candidate] = []
            verbs = [m.span() for m in _WORD.finditer(self.text, s_start, s_end) if m.group() in _VERB_SHAPES]
            for w_start, w_end in verbs:
                verb = _verb_at(self.text, w_start, w_end)
                if verb is None or self._inside_quotation(w_start):
                    continue
                found = self._indirect_at(verb, (w_start, w_end), (s_start, s_end), sentence_candidates)
                sentence_candidates.extend(found)
            self.candidates.extend(sentence_candidates)

    def _indirect_at(self, verb: str, word: Span2, sentence: Span2, earlier: list[Candidate]) -> list[Candidate]:
        found = self._indirect_one(verb, word, sentence, earlier)
        if isinstance(found, list):
            return found
        return [] if found is None else [found]

    def _indirect_one(
        self, verb: str, word: Span2, sentence: Span2, earlier: list[Candidate]
    ) -> Candidate | list[Candidate] | None:
        (w_start, w_end), (s_start, s_end) = word, sentence
        text = self.text
        lo = max(s_start, w_start - _MAX_BACK)
        before = tokens_in(text, max(lo, w_start - 40), w_start)
        previous = text[before[-1][0] : before[-1][1]] if before else ""
        if previous.lower() in DETERMINERS or previous.lower() in {"to", "of", "for", "with"}:
            return None
        cue_start, passive = _cue_start(text, w_start, lo)
        passive = passive and not verb.endswith("ing")  # "is telling supporters that ..." is progressive
        cue = (cue_start, w_end)
        if verb in _ASK_VERBS:
            asked = self._question_asked(cue, previous, (lo, s_end))
            if asked is not None:
                return asked
        if (
            previous.endswith(",")
            and not verb.endswith("ing")
            and cue_start == w_start
            and source_ends_sentence(text, w_end, s_end)
            and clause_before_comma(text, lo, w_start)
        ):
            # "The ferry will run all winter, said Ann Okafor.": the clause is the content, the source follows.
            return self._inverted(verb, cue, None, sentence)
        if verb.endswith("ing") and cue_start == w_start:
            coordinated = previous.lower() == "and" and any(
                c.cue and text[c.cue[1] - 3 : c.cue[1]] == "ing" for c in earlier[-_FIRST_SOURCES:]
            )
            subject: Subject | None
            if not coordinated and not _opens_participle(text, before):
                if not _reduced_relative_head(previous):
                    return None
                # "a resolution condemning the ban", "staff members suggesting ...": the noun reports.
                subject = subject_before(text, lo, cue_start)
                if subject is None or subject.anonymous or not opens_noun_phrase(text[subject.start : subject.end]):
                    head = _noun_phrase_before(text, before)
                    if head is None:
                        return None
                    subject = Subject(*head, None, anonymous=False)
            else:
                mention = self._participle_source(earlier, s_start, w_start)
                subject = None if mention is None else Subject(*mention, None, anonymous=False)
        else:
            subject = subject_before(text, lo, cue_start)
            # "which he said would fail" has no subject after the cue; "what Trump says his plan would
            # do" has, and "what" still closes the source on its left ("Voters who ... said they" does not).
            relatives = _RELATIVES if _FINITE_OPENING.match(text, w_end) else _OBJECT_RELATIVES
            subject = _after_relative(text, subject, relatives)
            if (
                subject is not None
                and not opens_noun_phrase(text[subject.start : subject.end])
                and not _MODIFIED_PLURAL.fullmatch(text, subject.start, subject.end)
            ):
                subject = None  # "..., who sent the letter, called ...": a predicate was read as the subject
            if subject is None and previous.endswith(",") and not passive:
                # "Ann Hale, the author of "Viral," a book about rumours, said ...": the apposition is too
                # tangled to read, the sentence's opening noun phrase is the source.
                opening = sentence_subject(text, s_start, w_start)
                if opening is not None and not self._inside_quotation(opening[0]):
                    subject = Subject(*opening, None, anonymous=False)
            if subject is None and previous.lower() in {"and", "but"} and not passive:
                # "X told the AP ... and said ...": the coordinated verb shares the earlier subject.
                mention = next((c.mention for c in earlier if c.mention), None)
                if mention is None:
                    mention = sentence_subject(text, s_start, w_start)
                subject = None if mention is None else Subject(*mention, None, anonymous=False)
        if subject is None and not passive and not verb.endswith("ing"):
            share = _SHARE_SUBJECT.search(text, max(lo, cue_start - _MAX_SHARE_CHARS), cue_start)
            if share is not None:
                # "About four in 10 said ...", "Many said ...": a share of people, often a poll's, reports.
                subject = Subject(share.start(), share.end("share"), None, anonymous=False)
        if passive and (verb not in PARTICIPLES or subject is None or not subject.anonymous):
            return None
        hi = min(s_end, w_end + _MAX_CONTENT)
        rest = text[w_end:hi].strip(" \u00a0")
        infinitive = verb in INFINITIVE_VERBS and rest.startswith("to ")
        first_word = rest.split(None, 1)[0] if rest and not rest[0].isspace() else ""
        particle = bool(first_word) and particle_of(verb, first_word)
        timed = _is_adjunct(rest) and _time_then_clause(text, w_end, hi)
        adjunct_comma = _comma_after_adjunct(text, w_end, hi)
        if adjunct_comma is not None:
            # "If anything, Mr Ash argued in his email, CLAUSE": an adjunct closes the attribution.
            around = self._parenthetical(verb, cue, subject, sentence, adjunct_comma)
            if around:
                return around
        if not rest.strip(".!?\"”'’ ") or (_is_adjunct(rest) and not infinitive and not particle and not timed):
            return self._inverted(verb, cue, subject, sentence)
        if rest.startswith(","):
            return self._parenthetical(verb, cue, subject, sentence)
        if subject is None:
            return None
        start = self._clause_start(verb, w_end, hi)
        if start is None:
            return None
        start, end = _cut_content(text, start, hi)
        if verb in LEARNED_ONLY_VERBS and text[start - 5 : start] != "that ":
            # A learned verb's object ends at a comma: "unveiled the plan last year, he summoned ...".
            comma = text.find(",", start, end)
            if comma > start:
                end = comma
            # ... and before a main reporting verb: "Voters who backed the plan said they ...".
            main = _MAIN_REPORTING_VERB.search(text, start, end)
            if main is not None:
                end = main.start()
        if not (_long_enough(text, start, end) or (particle and end - start >= _MIN_NAME_CHARS)):
            return None  # after a particle one word will do: "called for calm"
        if self._within_direct(start, end):
            return None
        mention = None if subject.anonymous and passive else (subject.start, subject.end)
        return Candidate(start, end, _kind(text, start, end), cue, mention, subject.alias, subject.antecedent)

    def _participle_source(self, earlier: list[Candidate], s_start: int, w_start: int) -> Span2 | None:
        """Who a ``, saying ...`` participle reports for: the source of the sentence's report before it.

        That is the source of the sentence's first cue (a direct quotation's tag included: "X said he
        doubted it, arguing ..." reports for X), else the sentence's subject, never a phrase inside a
        quotation nor the participle phrase itself.
        """
        index = bisect.bisect_left(self._direct_starts, w_start)
        tagged = [
            c
            for c in self._direct_candidates[max(0, index - 4) : index]
            if c.cue is not None and c.mention is not None and s_start <= c.cue[0] < w_start
        ]
        # The sentence's first sources are among its first candidates; reading a few keeps this constant-time.
        tagged += [c for c in earlier[:_FIRST_SOURCES] if c.cue is not None and c.mention is not None]
        if tagged:
            return min(tagged, key=lambda c: c.cue[0] if c.cue else w_start).mention
        found = sentence_subject(self.text, s_start, w_start)
        if found is None or self._inside_quotation(found[0]) or found[1] > w_start:
            return None
        return found

    def _question_asked(self, cue: Span2, previous: str, window: Span2) -> Candidate | None:
        """``asked the mayor whether ...``, ``when asked how ...``: the indirect question is the report.

        Its source is the subject of "asked", or none where the asker is not named ("When asked ...").
        """
        text = self.text
        lo, s_end = window
        toks = tokens_in(text, cue[1], min(s_end, cue[1] + 120))[: _MAX_QUESTION_GAP + 1]
        for index, (t_start, t_end) in enumerate(toks):
            raw = text[t_start:t_end]
            if raw.lower() in _QUESTION_WORDS:
                start, end = _cut_content(text, t_start, min(s_end, t_start + _MAX_CONTENT))
                if not _has_words(text, start, end, 3) or self._within_direct(start, end):
                    return None
                unnamed = previous.lower() in {"when", "if", "after", "once", ""} or not previous
                if unnamed and "," in text[start:end]:
                    end = text.index(",", start, end)  # "When asked how ..., the mayor said": the main clause
                subject = None if unnamed else subject_before(text, lo, cue[0])
                if subject is None and not unnamed:
                    return None
                mention = None if subject is None or subject.anonymous else (subject.start, subject.end)
                if index > 1 and text[toks[0][0] : toks[0][1]] == "by":
                    mention = trim(text, toks[1][0], toks[index - 1][1])  # "Asked by Ann Lee whether ..."
                return Candidate(start, end, _kind(text, start, end), cue, mention, None)
            if raw[-1] in ',;:.!?"”' or raw[0] in '“"«' or (index and raw.lower() in {"to", "that"}):
                return None
        return None

    def _clause_start(self, verb: str, w_end: int, hi: int) -> int | None:
        text = self.text
        toks = tokens_in(text, w_end, min(hi, w_end + 160))
        if not toks:
            return None
        adjunct_first = text[toks[0][0] : toks[0][1]].lower() in NON_CLAUSE_START
        # "said on Tuesday in an interview with the radio station that ...": adjuncts may run long.
        limit = 12 if verb in OBJECT_VERBS or adjunct_first else 5
        for index, (t_start, t_end) in enumerate(toks[: limit + 1]):
            raw = text[t_start:t_end]
            if raw == "that":
                following = text[toks[index + 1][0] : toks[index + 1][1]].lower() if index + 1 < len(toks) else ""
                if index and following in EXISTENTIAL_VERBS:
                    break  # "told reporters after the meeting that was held ...": a relative "that"
                if verb in OBJECT_VERBS or index == 0 or text[toks[0][0] : toks[0][1]].lower() in NON_CLAUSE_START:
                    return t_end
                break
            if raw[-1] in ',;:.!?"”' or raw[0] in '“"«':
                break
        if verb in OBJECT_VERBS:
            return self._clause_after_object(toks)
        if len(toks) > 1 and particle_of(verb, text[toks[0][0] : toks[0][1]]):
            toks = toks[1:]  # "pointed to the figures": the particle belongs to the cue
        toks = _skip_time_adjunct(text, toks)  # "reported on Wednesday the service had ..."
        if not toks:
            return None
        first = text[toks[0][0] : toks[0][1]]
        bare = first.strip('“"«,:').lower()
        if first.startswith((",", ":")) or first in {",", ":"}:
            return None
        if bare == "to" and verb in INFINITIVE_VERBS:
            return toks[0][0]
        if verb in INFINITIVE_ONLY_VERBS:
            return None
        if bare == "there" and len(toks) > 1 and text[toks[1][0] : toks[1][1]].lower() in EXISTENTIAL_VERBS:
            return toks[0][0]  # "said there were ...": an existential clause, not a place
        if bare in NON_CLAUSE_START or not bare:
            return None
        return toks[0][0]

    def _clause_after_object(self, toks: list[Span2]) -> int | None:
        """``told reporters he would run``: the clause opens with a subject right after a short addressee."""
        text = self.text
        for index, (t_start, t_end) in enumerate(toks[:6]):
            raw = text[t_start:t_end]
            if index and (raw in _CLAUSE_SUBJECTS or raw in _QUESTION_WORDS):
                return t_start  # "told reporters he ...", "is telling passengers how ..."
            if raw[-1] == "," and index < 3 and index + 1 < len(toks) and raw[0].isupper():
                # "told CNN, his policy would ...": a named addressee, a comma, then the clause.
                following = text[toks[index + 1][0] : toks[index + 1][1]]
                if following in _CLAUSE_SUBJECTS or following.lower() in {"that", "the", "his", "her", "their"}:
                    return toks[index + 1][0]
                return None
            if raw[-1] in ',;:.!?"”' or raw[0] in '“"«' or raw.lower() in NON_CLAUSE_START:
                return None
        return None

    def _inverted(
        self, verb: str, cue: Span2, subject: Subject | None, sentence: Span2, min_words: int = 3
    ) -> Candidate | None:
        """``CLAUSE, officials said.`` or ``CLAUSE, said X.``: the content comes first."""
        (s_start, s_end), w_end = sentence, cue[1]
        s_start = max(s_start, cue[0] - _MAX_CONTENT)
        text = self.text
        if verb in NO_INVERSION_VERBS and verb not in _BELIEF_VERBS and not self._document_finds(verb, subject):
            return None
        if subject is not None:
            if subject.anonymous:
                return None
            mention_start = subject.alias[0] if subject.alias and subject.alias[0] < subject.start else subject.start
            comma = text.rfind(",", s_start, mention_start)
            between = text[comma + 1 : mention_start].strip()
            if comma < 0 or (between and between.lower() not in DETERMINERS):  # ", the Tax Foundation said."
                return None
            mention: Span2 | None = (subject.start, subject.end)
        else:
            comma = text.rfind(",", s_start, cue[0])
            if comma < 0 or text[comma + 1 : cue[0]].strip():
                return None
            mention = phrase_after(text, w_end, s_end)
            if mention is None:
                return None
        before = text[s_start:comma].rstrip()
        if not before or before[-1] in "”\"»'":
            return None
        start, end = trim(text, s_start, comma)
        if not _has_words(text, start, end, min_words) or self._within_direct(start, end):
            return None
        alias = subject.alias if subject is not None else None
        antecedent = subject.antecedent if subject is not None else None
        return Candidate(start, end, _kind(text, start, end), cue, mention, alias, antecedent)

    def _document_finds(self, verb: str, subject: Subject | None) -> bool:
        """``CLAUSE, the poll found.``: a poll, survey or report showing or finding something is a source."""
        if verb not in _FINDING_VERBS or subject is None:
            return False
        last = _LAST_WORD.search(self.text, subject.start, subject.end)
        return last is not None and last.group(1).lower() in _DOCUMENT_NOUNS

    def _parenthetical(
        self, verb: str, cue: Span2, subject: Subject | None, sentence: Span2, closing: int | None = None
    ) -> list[Candidate]:
        """``A, he said, B``: the report stands on both sides of the attribution, as two fragments.

        ``closing`` is the comma that closes the attribution when an adjunct stands before it.
        """
        text = self.text
        if subject is not None and _AS_BEFORE.search(text, max(0, subject.start - 8), subject.start):
            # "As The Times reported, CLAUSE": the report follows the attribution.
            comma = text.find(",", cue[1], cue[1] + 3) if closing is None else closing
            start, end = _cut_content(text, comma + 1, min(sentence[1], comma + 1 + _MAX_CONTENT))
            if comma < 0 or not _has_words(text, start, end, 3) or self._within_direct(start, end):
                return []
            mention = (subject.start, subject.end)
            return [Candidate(start, end, _kind(text, start, end), cue, mention, subject.alias, subject.antecedent)]
        first = self._inverted(verb, cue, subject, sentence)
        short_opening = False
        if first is None and subject is not None:
            # "The outreach, they said, raised ...", "Now, she said, the ...": a short opening fragment,
            # read only when the sentence continues after the attribution.
            first = self._inverted(verb, cue, subject, sentence, min_words=1)
            short_opening = first is not None
        if first is None:
            return []
        found = [first]
        comma = text.find(",", cue[1], cue[1] + 3) if closing is None else closing
        lo = comma + 1
        hi = min(sentence[1], lo + _MAX_CONTENT)
        toks = tokens_in(text, lo, min(hi, lo + 40))
        if not toks:
            return [] if short_opening else found
        head = text[toks[0][0] : toks[0][1]].strip('“"«').lower()
        # After a short opening the rest is the clause whatever its first word ("raised new worries").
        not_clause = not short_opening and (head.endswith("ing") or head in NON_CLAUSE_START)
        if not head.isalpha() or (head != "that" and not_clause):
            return [] if short_opening else found
        start, end = _cut_content(text, toks[0][0], hi)
        if _has_words(text, start, end, 3 if short_opening else 2) and not self._within_direct(start, end):
            found.append(first._replace(start=start, end=end, kind=_kind(text, start, end)))
        elif short_opening:
            return []
        return found

    def _within_direct(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self._direct_opens, start) - 1
        if index < 0:
            return False
        d_open, d_close = self.direct_ranges[index]
        return start >= d_open and end <= d_close + 1

    # -- learned phrase cues ("criticism of", "statement that") ------------------

    def find_phrases(self) -> None:
        """Reports after learned word-and-preposition cues, unless inside a quotation or another report."""
        covered = sorted((c.start, c.end) for c in self.candidates)
        covered_starts = [start for start, _ in covered]

        def skip(cue_start: int) -> bool:
            """Inside a quotation, or nested in a report already found."""
            index = bisect.bisect_right(covered_starts, cue_start) - 1
            return self._inside_quotation(cue_start) or (index >= 0 and covered[index][1] > cue_start)

        for found in find_phrase_cues(self.text, self._sentence_after_dateline, _cut_content, skip):
            if self._within_direct(found.start, found.end):
                continue
            kind = _kind(self.text, found.start, found.end)
            self.candidates.append(Candidate(found.start, found.end, kind, found.cue, found.mention, None))

    def _sentence_after_dateline(self, offset: int) -> tuple[int, int]:
        first, s_end, _ = self.sentences.at(offset)
        return self._after_dateline(first, s_end), s_end

    def _after_dateline(self, start: int, end: int) -> int:
        """Where the sentence starting at ``start`` begins once a dateline opening it is skipped."""
        prose = self._prose_after.get(start, start)
        return prose if prose < end else start

    # -- "NAME: CLAUSE" -----------------------------------------------------------

    def find_colon_sources(self) -> None:
        """``Mark Lind: I'd run again.``, ``ANN LEE: Why not?``: a name and a colon open a sentence it says."""
        text = self.text
        # A clause that holds an attribution of its own ("ANN LEE: The ministry said ...") is reported by it;
        # the transcript step gives the paragraph's speaker to its pronouns.
        reported = sorted(c.start for c in self.candidates)
        for first, s_end, _ in self.sentences.spans:
            s_start = self._after_dateline(first, s_end)
            match = _COLON_SOURCE.match(text, s_start, min(s_end, s_start + _MAX_COLON_SOURCE))
            if match is None or self._inside_quotation(s_start):
                continue
            inside = bisect.bisect_left(reported, match.end())
            if inside < len(reported) and reported[inside] < s_end:
                continue
            if match.group(1).rsplit(None, 1)[-1].lower().strip(".") in _LABELS:
                continue  # "Correction: ...", "Editor's Note: ...", "The Latest: ...": a label, not a source
            content_lo = match.end()
            if text[content_lo : content_lo + 1] in _OPENING_MARKS:
                continue  # a direct quotation: the direct pass reads it
            start, end = _cut_content(text, content_lo, min(s_end, content_lo + _MAX_CONTENT))
            if not _has_words(text, start, end, 3) or self._within_direct(start, end):
                continue
            colon = match.end(1)
            cue = (colon, colon + 1)
            self.candidates.append(Candidate(start, end, _kind(text, start, end), cue, match.span(1), None))

    # -- according to ----------------------------------------------------------

    def find_poll_standings(self) -> None:
        """``Trump has a clear lead in the latest CNN poll.``: the standing is what the poll reports.

        The clause before "in" is the content (after an opening conjunction or a short adverbial ending
        in a comma), the noun phrase from "in" to the poll noun its source. The look-back is bounded.
        """
        text = self.text
        for first, s_end, _ in self.sentences.spans:
            s_start = self._after_dateline(first, s_end)
            for poll in _POLL_NOUN.finditer(text, s_start, s_end):
                toks = tokens_in(text, max(s_start, poll.start() - _MAX_POLL_PHRASE), poll.start())
                at = next(
                    (i for i in range(len(toks) - 1, -1, -1) if text[toks[i][0] : toks[i][1]] == "in"),
                    None,
                )
                if at is None or len(toks) - at > _MAX_POLL_WORDS or not self._poll_phrase(toks[at + 1 :]):
                    continue
                start = self._standing_start(s_start, toks[at][0])
                start, end = trim(text, start, toks[at][0])
                if not self._standing(start, end):
                    continue
                mention = (toks[at + 1][0], poll.end()) if at + 1 < len(toks) else (poll.start(), poll.end())
                self.candidates.append(Candidate(start, end, _kind(text, start, end), toks[at], mention, None))

    def _standing(self, start: int, end: int) -> bool:
        """A main clause of three words or more that is not about the poll itself nor its respondents.

        "While 80 percent of voters in the poll ..." (a subordinate clause), "Fifteen percent of voters in
        the poll ..." (the poll's respondents) and "The poll was conducted in ..." are not its findings.
        """
        text = self.text
        toks = tokens_in(text, start, end)
        if len(toks) < 3 or self._within_direct(start, end):
            return False
        first = text[toks[0][0] : toks[0][1]].lower()
        last = text[toks[-1][0] : toks[-1][1]].lower()
        return (
            first not in _NOT_A_STANDING_OPENING
            and last not in _RESPONDENTS
            and _POLL_NOUN.search(text, start, end) is None
        )

    def _poll_phrase(self, toks: list[Span2]) -> bool:
        """The words between "in" and the poll noun: a determiner or a name, no clause punctuation."""
        return all(self.text[t_end - 1] not in ',;:.!?"”' for _, t_end in toks)

    def _standing_start(self, s_start: int, in_start: int) -> int:
        """Where the clause before "in" opens: after a colon, semicolon or dash, a conjunction, an adverbial.

        A short opening adverbial ends at its comma ("In March, ...").
        """
        text = self.text
        start = max(s_start, in_start - _MAX_STANDING)  # bounded: never read an endless sentence per poll
        for mark in _CLAUSE_BREAK.finditer(text, start, in_start):
            start = mark.end()
        toks = tokens_in(text, start, in_start)
        if toks and text[toks[0][0] : toks[0][1]].lower() in {"but", "and", "so", "yet"}:
            toks = toks[1:]
        for index, (_, t_end) in enumerate(toks[:_MAX_ADVERBIAL_WORDS]):
            if text[t_end - 1] == ",":
                toks = toks[index + 1 :]
                break
        return toks[0][0] if toks else in_start

    def find_according(self) -> None:
        text = self.text
        for match in _ACCORDING.finditer(text):
            if self._inside_quotation(match.start()):
                continue
            s_start, s_end, _ = self.sentences.at(match.start())
            cue = (match.start(), match.start() + len(match.group().rstrip()))
            source = phrase_after(text, match.end(), s_end, limit=_MAX_SOURCE_TOKENS, stop_at_adjuncts=False)
            if source is None:
                continue
            # Only a few characters are read before the cue: a long sentence must not be re-read per cue.
            opening = text[max(s_start, match.start() - _MAX_OPENING) : match.start()]
            leading = (match.start() - s_start <= _MAX_OPENING and not opening.strip(' “"«(')) or (
                match.start() - s_start <= _MAX_OPENING and _opening_adverbial(text, s_start, match.start(), source[1])
            )
            if leading:
                content_lo = source[1]
                relative = _RELATIVE_OPENING.match(text[content_lo : content_lo + 12])
                if relative:
                    # "According to Ann Lee, the spokeswoman, ...": the apposition ends at the next comma;
                    # with none, what follows the first comma is the content ("..., the deal was close").
                    comma = text.find(",", content_lo + 1, min(s_end, content_lo + 200))
                    if comma >= 0:
                        content_lo = comma
                start, end = _cut_content(text, content_lo + 1, min(s_end, content_lo + _MAX_CONTENT))
            else:
                start, end = trim(text, max(s_start, match.start() - _MAX_CONTENT), match.start())
                if text[start:end].endswith(",") or end <= start:
                    start, end = trim(text, start, end)
            if not _has_words(text, start, end, 3):
                continue
            self._trailing_sources.append((start, end, source, leading))
            self.candidates.append(Candidate(start, end, _kind(text, start, end), cue, source, None))

    # -- assembling ------------------------------------------------------------

    def run(self) -> list[Candidate]:
        self.find_direct()
        self._direct_opens = [d for d, _ in self.direct_ranges]
        self._direct_candidates = sorted(self.candidates)
        self._direct_starts = [c.start for c in self._direct_candidates]
        self.find_indirect()
        self.find_phrases()
        self.find_according()
        self.find_colon_sources()
        self.find_poll_standings()
        self.candidates = drop_false_quotes(
            self.text, without_datelines(self.candidates, self.datelines), self.quotations, headline_end(self.text)
        )
        self._mark_mixed()
        self._source_by_according()
        self._source_by_transcript()
        return self._finish()

    def _source_by_transcript(self) -> None:
        """In a transcript paragraph (``PENCE: ...``) what is reported without a named source is the speaker's."""
        paragraph_starts: dict[int, int] = {}
        for s_start, _, paragraph in self.sentences.spans:
            paragraph_starts.setdefault(paragraph, s_start)
        speakers: dict[int, Span2 | None] = {}
        for position, candidate in enumerate(self.candidates):
            if candidate.mention is not None and self.text[slice(*candidate.mention)].lower() not in _STAND_INS:
                continue
            # A quoted transcript paragraph ("“PENCE: We will ...”") names its speaker inside the quotation.
            speaker = transcript_speaker(self.text, candidate.start) if candidate.kind == "direct" else None
            if speaker is None:
                paragraph = self.sentences.at(candidate.start)[2]
                if paragraph not in speakers:
                    speakers[paragraph] = transcript_speaker(self.text, paragraph_starts[paragraph])
                speaker = speakers[paragraph]
            if speaker is not None and (speaker[1] <= candidate.start or speaker[0] == candidate.start):
                self.candidates[position] = candidate._replace(mention=speaker, alias=None, antecedent=None)

    def _source_by_according(self) -> None:
        """``Police have said X, according to the family's lawyers.``: the "according to" source reports it all.

        A report whose content lies inside the clause an "according to" governs, before a trailing one or
        after a leading one ("According to the filing, the documents reveal ..."), is the source's account
        (the corpus and a reader credit the lawyers, the filing); its own subject is the one reported on.
        """
        if not self._trailing_sources:
            return
        spans = sorted(self._trailing_sources)
        starts = [start for start, _, _, _ in spans]
        for position, candidate in enumerate(self.candidates):
            index = bisect.bisect_right(starts, candidate.start) - 1
            if index < 0:
                continue
            _, end, source, leading = spans[index]
            if leading and not _unnamed_thing(self.text, candidate.mention) and self._speech_cue(candidate):
                continue  # "According to aides, Ann Lee said ...": a person's own words keep their speaker
            if candidate.end <= end + 1 and candidate.mention != source and candidate.kind != "direct":
                self.candidates[position] = candidate._replace(mention=source, alias=None, antecedent=None)

    def _speech_cue(self, candidate: Candidate) -> bool:
        """Whether the candidate's cue ends on a verb of speech ("said", "told"), not "reveal" or "sent"."""
        if candidate.cue is None:
            return False
        words = self.text[candidate.cue[0] : candidate.cue[1]].split()
        return bool(words) and words[-1].lower() in _SPEECH_VERBS

    def _mark_mixed(self) -> None:
        """An indirect report holding a quotation in single marks (‘with great reluctance’) is mixed."""
        for position, candidate in enumerate(self.candidates):
            if candidate.kind == "indirect" and holds_quotation(
                self.quotations, self._quote_opens, candidate.start, candidate.end + 1
            ):
                self.candidates[position] = candidate._replace(kind="mixed")

    def _finish(self) -> list[Candidate]:
        """Order, drop duplicates, and give an unattributed direct quote the previous quote's source."""
        ordered = sorted(self.candidates, key=lambda c: (c.start, c.end, c.kind))
        kept: list[Candidate] = []
        seen: set[Span2] = set()
        last_with_source: Candidate | None = None
        for candidate in ordered:
            if (candidate.start, candidate.end) in seen:
                continue
            seen.add((candidate.start, candidate.end))
            current = candidate
            if current.mention is None and current.kind == "direct" and last_with_source is not None:
                _, _, paragraph = self.sentences.at(current.start)
                _, _, last_paragraph = self.sentences.at(last_with_source.start)
                if paragraph - last_paragraph <= 1:
                    current = current._replace(mention=last_with_source.mention, antecedent=last_with_source.antecedent)
            if current.mention is not None:
                last_with_source = current
            kept.append(current)
        return kept


def _is_title(text: str, quote: Quotation) -> bool:
    """A short quotation in title case after a preposition or possessive ("on CBS's “Face the Nation”") names a work."""
    before = _LAST_WORD.search(text, max(0, quote.open - 24), quote.open)
    if before is None:
        return False
    lead_in = before.group(1).lower()
    if lead_in not in _TITLE_LEAD_INS and not lead_in.endswith(("'s", "’s")):
        return False
    words = _TITLE_WORD.findall(text, quote.start, quote.end)
    return 0 < len(words) <= _MAX_TITLE_WORDS and all(
        w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words
    )


_MAX_ADVERBIAL_WORDS = 5
_MAX_OPENING = 60
_MAX_SOURCE_TOKENS = 30  # "according to the Roper Center for Public Opinion Research at Cornell University"


_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "week",
        "weekend",
        "month",
        "year",
        "morning",
        "afternoon",
        "evening",
        "night",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


_BARE_DAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"]
)
_DAY_PARTS = frozenset(["morning", "afternoon", "evening", "night"])


def _skip_time_adjunct(text: str, toks: list[Span2]) -> list[Span2]:
    """Drop an opening "on Wednesday" / "last week" / "this month" that stands before a reported clause."""
    words = [text[a:b].lower() for a, b in toks[:4]]
    rest = 0
    if len(words) > 2 and words[0] in {"on", "last", "this", "earlier", "late"} and words[1].rstrip(",") in _TIME_WORDS:
        rest = 2
    elif len(words) > 1 and words[0].rstrip(",") in _BARE_DAYS:
        # "said Monday that ...", "said Tuesday night the ...": a bare day, possibly with a part of it.
        rest = 2 if len(words) > 2 and words[1].rstrip(",") in _DAY_PARTS and not words[0].endswith(",") else 1
    if rest:
        if words[rest - 1].endswith(","):
            return toks[rest:]
        if words[rest] == "that":
            return toks[rest + 1 :]
        # Only when a clause plainly follows: a determiner, a pronoun or a capitalised word.
        following = text[toks[rest][0] : toks[rest][1]]
        if following[:1].isupper() or following.lower() in {
            "the",
            "a",
            "an",
            "he",
            "she",
            "they",
            "it",
            "his",
            "her",
            "their",
        }:
            return toks[rest:]
    return toks


def _time_then_clause(text: str, start: int, end: int) -> bool:
    """``said on Tuesday the bridge would reopen``: a time adjunct, then a clause of three words or more."""
    toks = tokens_in(text, start, min(end, start + 120))[:8]
    rest = _skip_time_adjunct(text, toks)
    return len(rest) < len(toks) and len(rest) >= _MIN_CLAUSE_AFTER_TIME


def _opening_adverbial(text: str, s_start: int, cue_start: int, source_end: int) -> bool:
    """``Over the long term, according to X, CLAUSE``: a short opening adverbial, the report after X."""
    before = text[s_start:cue_start].strip(" ,")
    words = before.split()
    return (
        0 < len(words) <= _MAX_ADVERBIAL_WORDS
        and words[0].lower() in PREPOSITIONS | {"now", "but", "and", "so", "still", "yet", "however"}
        and "," not in before
        and text[source_end : source_end + 1] == ","
    )


_NOT_A_HEAD = AUXILIARIES | BE_FORMS | DETERMINERS | PREPOSITIONS | NON_CLAUSE_START | {"who", "which", "that", "not"}


def _reduced_relative_head(previous: str) -> bool:
    """Whether the word before a participle is a noun it can describe ("a video depicting ...")."""
    return previous.isalpha() and previous.lower() not in _NOT_A_HEAD and not previous.endswith(("ly", "ing", "ed"))


_MAX_HEAD_WORDS = 5


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


# Verbs of speech: "According to aides, Ann Lee said ..." keeps Ann Lee as the speaker.
_SPEECH_VERBS = words(
    "said say says told tell tells added adds stated states argued argues insisted insists warned warns "
    "claimed claims declared declares explained explains wrote writes asked asks"
)


def _unnamed_thing(text: str, mention: Span2 | None) -> bool:
    """A source naming nobody by name: no capitalised word ("the ledgers", "an email", "they")."""
    if mention is None:
        return True
    return not any(w[:1].isupper() for w in text[mention[0] : mention[1]].split())


def _participle_subject(text: str, lo: int, cue_start: int, verb: str) -> Subject | None:
    """Who ``..., adding: “...”`` reports for: the subject of the clause the participle hangs on.

    That is the source of an earlier reporting verb ("..., Ann Lee said, adding ...": Ann Lee, not the
    clause she reported), else the sentence's opening subject past its adverbials ("After the vote,
    Lee left the hall, saying ..."); never the comma chunk just before the participle.
    """
    if not verb.endswith("ing") or not text[lo:cue_start].rstrip().endswith(","):
        return None
    words = _words(text, lo, cue_start)
    for w_start, w_end in reversed(words[-_MAX_CUE_GAP_TOKENS:]):
        earlier = _verb_at(text, w_start, w_end, DIRECT_VERBS)
        if earlier is None or earlier.endswith("ing"):
            continue
        verb_start, _ = _cue_start(text, w_start, lo)
        if text[lo:verb_start].rstrip().endswith(","):
            # "..., Ann Lee said, adding": an inverted report names its source right after the verb.
            phrase = phrase_after(text, w_end, cue_start)
            if phrase is not None and not text[phrase[0] : phrase[1]].islower():
                return Subject(phrase[0], phrase[1], None, anonymous=False)
        before = text[lo:verb_start].split()
        if before and before[-1].lower() not in {"and", "but"}:
            subject = subject_before(text, lo, verb_start)
            if subject is not None and opens_noun_phrase(text[subject.start : subject.end]):
                return subject
        break  # "..., Lee left the hall and endorsed Ruiz, saying": the sentence's subject
    opening = sentence_subject(text, lo, cue_start)
    return None if opening is None else Subject(opening[0], opening[1], None, anonymous=False)


def _opens_participle(text: str, before: list[Span2]) -> bool:
    """``..., saying``, ``..., falsely suggesting``, ``by saying``: a participle that reports."""
    if not before:
        return False
    previous = text[before[-1][0] : before[-1][1]]
    if previous.rstrip("”\"’'").endswith(",") or previous.lower() in _PARTICIPLE_PREPOSITIONS:
        return True
    if len(before) > 1 and previous.islower() and previous.endswith("ly") and len(previous) > 4:
        return text[before[-2][0] : before[-2][1]].rstrip("”\"’'").endswith(",")
    return False


_POLL_NOUN = regex.compile(r"\b(?:[Pp]olls?|[Ss]urveys?|[Pp]olling[ \u00a0]average)\b")
_MAX_POLL_PHRASE = 80
_MAX_STANDING = 300
_NOT_A_STANDING_OPENING = words(
    "who which where when while though although despite depending because that as if with whose among "
    "in neither since after before until unless"
)
_RESPONDENTS = words(
    "voters people respondents americans adults democrats republicans independents surveyed polled "
    "likely residents members"
)
_MAX_POLL_WORDS = 7
_CLAUSE_BREAK = regex.compile(r"[:;]|[ \u00a0](?:--|—|–)[ \u00a0]")
_MAX_SHARE_CHARS = 40
_SHARE_SUBJECT = regex.compile(
    r"(?<![\p{L}\d])(?P<share>(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Jj]ust|[Oo]nly|[Ss]ome)[ \u00a0]++)?+"
    r"(?:\d++|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)[ \u00a0]++in[ \u00a0]++"
    r"(?:\d++|ten|two|three|four|five)"
    r"|Many|Most|Some|Few|Both|Several|Others)[ \u00a0]*+$"
)
_FINDING_VERBS = frozenset(
    {
        "show",
        "shows",
        "showed",
        "find",
        "finds",
        "found",
        "suggests",
        "suggested",
        "indicates",
        "indicated",
        "reveals",
        "revealed",
    }
)
_DOCUMENT_NOUNS = frozenset(
    {
        "poll",
        "polls",
        "survey",
        "surveys",
        "study",
        "report",
        "analysis",
        "data",
        "research",
        "census",
        "audit",
        "figures",
        "numbers",
        "records",
        "documents",
        "review",
        "investigation",
        "estimates",
        "studies",
        "reports",
    }
)
# "restructuring experts", "elected officials from both parties": a participle modifying a plural noun.
_MODIFIED_PLURAL = regex.compile(r"\p{Ll}++(?<=ed|ing)[ \u00a0]++\p{Ll}++(?<=s)\b[^,;:]{0,60}+")
_RELATIVES = frozenset({"what", "which", "that", "who", "whom"})
_OBJECT_RELATIVES = frozenset({"what"})
# "... which he said would fail": a finite verb right after the cue, the relative word its subject.
_FINITE_OPENING = regex.compile(
    r"[ \u00a0]++(?:is|was|are|were|would|could|will|can|may|might|should|must|has|had|have|does|did)\b"
)
_MAX_RELATIVE_SOURCE_TOKENS = 8


def _after_relative(text: str, subject: Subject | None, relatives: frozenset[str]) -> Subject | None:
    """``amounting to what the senators said was ...``: the source is what follows the relative word.

    A relative clause holding the attribution ("the plan, which critics say would fail") reports the
    clause after the verb; the subject reader may have taken the words before the relative pronoun too.
    """
    if subject is None:
        return None
    toks = tokens_in(text, subject.start, subject.end)[-_MAX_RELATIVE_SOURCE_TOKENS:]
    for index in range(len(toks) - 2, -1, -1):
        if text[toks[index][0] : toks[index][1]].lower() in relatives:
            return Subject(toks[index + 1][0], subject.end, None, anonymous=False)
    return subject


def _long_enough(text: str, start: int, end: int) -> bool:
    """Two words and eight characters, or a name alone ("praised Ms Okafor", "endorsed Sanders")."""
    if end - start >= _MIN_CONTENT_CHARS and _has_words(text, start, end, 2):
        return True
    words = text[start:end].split()
    return end - start >= _MIN_NAME_CHARS and all(w[0].isupper() and w.rstrip(".").isalpha() for w in words)


def _comma_after_adjunct(text: str, verb_end: int, hi: int) -> int | None:
    """The comma closing a short adjunct right after the verb ("said in an interview, ..."), if any."""
    match = _ADJUNCT_COMMA.match(text, verb_end, min(hi, verb_end + 80))
    return None if match is None else match.end() - 1


def _is_adjunct(rest: str) -> bool:
    """Whether what follows a verb is only a short adjunct ("in an interview last week.")."""
    words = rest.split()
    if not words or len(words) > 8:
        return not words
    first = words[0].strip('“"«,').lower()
    if first == "there" and len(words) > 1 and words[1].lower() in EXISTENTIAL_VERBS:
        return False
    opens_adjunct = first in NON_CLAUSE_START or first.rstrip(".") in _BARE_DAYS  # "said Tuesday in Paris."
    return opens_adjunct and "that" not in (w.lower() for w in words)


def find_candidates(text: str, sentences: Sequence[tuple[int, int, int]]) -> list[Candidate]:
    """Every quote candidate in ``text``, given the sentences as (start, end, paragraph)."""
    return _Finder(text, sentences).run()
