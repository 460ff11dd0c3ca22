"""Putting the steps' candidates together: drop false quotes, mark mixed ones, settle each source, order.

Every function takes the candidates and returns new ones; the order of the
steps in :func:`assemble` is the only order there is.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from newsfacts.text import word_set
from newsfacts_quotes.direct import closes_untagged_sentence
from newsfacts_quotes.layout import headline_end
from newsfacts_quotes.marks import holds_quotation
from newsfacts_quotes.mention_shapes import shaped_sources
from newsfacts_quotes.mentions import Subject, opens_noun_phrase, sentence_subject, subject_before, transcript_speaker
from newsfacts_quotes.precision import drop_false_quotes, without_datelines
from newsfacts_quotes.reading import MAX_BACK, Candidate, Page, Span2, inside_quotation, kind_of
from newsfacts_quotes.sources import SourcedSpan

# Mentions that stand in for a transcript's speaker: pronouns and a bare "it".
_STAND_INS = frozenset({"i", "we", "he", "she", "it", "they", "you"})
# Verbs of speech: "According to aides, Ann Lee said ..." keeps Ann Lee as the speaker.
_SPEECH_VERBS = word_set(
    "said say says told tell tells added adds stated states argued argues insisted insists warned warns "
    "claimed claims declared declares explained explains wrote writes asked asks"
)


# Single words that can open a sentence but never name a source.
_NOT_A_SOURCE = word_set(
    "nor yet but and or so then still also perhaps maybe despite although though "
    "while when if because since however instead meanwhile now later even just only again thus hence"
)


# Lower-case verbs that open a predicate read as a source ("kept asking", "began talking", "sits at zero").
_PREDICATE_VERBS = word_set(
    "began begins kept keeps continue continues spent spends made makes went goes came comes took takes "
    "gave gives sits sat spoke speaks ran runs got gets"
)
# Shorter words ending in -ed/-ing are rarely verbs ("red", "bring", "king").
_MIN_VERB_FORM_CHARS = 5


def _reads_as_predicate(phrase: str) -> bool:
    """Whether a source mention is a verb phrase ("interjected to", "winning Ohio"), not a noun phrase.

    A past or present participle before a plural noun describes it ("retired generals", "leading
    Democrats") and stays a noun phrase.
    """
    words = phrase.split()
    first = words[0] if words else ""
    if not first.isalpha() or not first.islower():
        return False
    if first in _PREDICATE_VERBS:
        return True
    if len(first) < _MIN_VERB_FORM_CHARS or not first.endswith(("ed", "ing")):
        return False
    return len(words) == 1 or not words[1].rstrip(",").endswith("s")


def _subjects_of_predicates(page: Page, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A verb phrase read as the source is replaced by its own subject, or by none.

    "O'Malley, who signed the law, interjected to say ..." had the source "interjected to"; the
    subject before the predicate is the one who speaks.
    """
    text = page.text
    settled = []
    for candidate in candidates:
        mention = candidate.mention
        if mention is not None:
            head, _, last = text[mention[0] : mention[1]].rpartition(" ")
            if head and last in _PREDICATE_VERBS:
                # "Ann Lee kept asking ...": the verb the participle hangs on ends the subject.
                mention = (mention[0], mention[0] + len(head.rstrip()))
                candidate = candidate._replace(mention=mention)  # noqa: PLW2901
        if mention is not None and _reads_as_predicate(text[mention[0] : mention[1]]):
            s_start = page.sentences.at(mention[0])[0]
            subject = subject_before(text, max(s_start, mention[0] - MAX_BACK), mention[0])
            if subject is None:
                opening = sentence_subject(text, s_start, mention[0])
                if opening is not None and not inside_quotation(page, opening[0]):
                    subject = Subject(*opening, None, anonymous=False)
            phrase = "" if subject is None else text[subject.start : subject.end]
            if subject is None or not opens_noun_phrase(phrase) or _reads_as_predicate(phrase):
                candidate = candidate._replace(mention=None, alias=None, antecedent=None)  # noqa: PLW2901
            else:
                candidate = candidate._replace(  # noqa: PLW2901
                    mention=(subject.start, subject.end), alias=subject.alias, antecedent=subject.antecedent
                )
        settled.append(candidate)
    return settled


# "It's worth noting that", "It was clear Ann Lee ...": an "it" with its verb is no source, it stands in for
# the clause (a source "it" is read alone, without the verb).
_EXPLETIVE_IT = regex.compile(r"(?i)it(?:['’]s|[ \u00a0]++(?:is|was))\b")


def _mark_mixed(page: Page, candidates: Sequence[Candidate]) -> list[Candidate]:
    """An indirect report holding a quotation in single marks (‘with great reluctance’) is mixed."""
    return [
        c._replace(kind="mixed")
        if c.kind == "indirect" and holds_quotation(page.quotations, page.quote_opens, c.start, c.end + 1)
        else c
        for c in candidates
    ]


def _unnamed_thing(text: str, mention: Span2 | None) -> bool:
    """A source naming nobody by name: no capitalised word ("the ledgers", "an email", "they")."""
    if mention is None:
        return True
    return not any(w[:1].isupper() for w in text[mention[0] : mention[1]].split())


def _speech_cue(text: str, candidate: Candidate) -> bool:
    """Whether the candidate's cue ends on a verb of speech ("said", "told"), not "reveal" or "sent"."""
    if candidate.cue is None:
        return False
    words = text[candidate.cue[0] : candidate.cue[1]].split()
    return bool(words) and words[-1].lower() in _SPEECH_VERBS


def _source_by_according(
    page: Page, candidates: Sequence[Candidate], governed: Sequence[SourcedSpan]
) -> list[Candidate]:
    """``Police have said X, according to the family's lawyers.``: the "according to" source reports it all.

    A report whose content lies inside the clause an "according to" governs, before a trailing one or
    after a leading one ("According to the filing, the documents reveal ..."), is the source's account
    (the corpus and a reader credit the lawyers, the filing); its own subject is the one reported on.
    """
    if not governed:
        return list(candidates)
    spans = sorted(governed)
    starts = [span.start for span in spans]
    credited: list[Candidate] = []
    for candidate in candidates:
        index = bisect.bisect_right(starts, candidate.start) - 1
        if index >= 0:
            _, end, source, leading = spans[index]
            keeps_speaker = (
                leading and not _unnamed_thing(page.text, candidate.mention) and _speech_cue(page.text, candidate)
            )  # "According to aides, Ann Lee said ...": a person's own words keep their speaker
            if (
                not keeps_speaker
                and candidate.end <= end + 1
                and candidate.mention != source
                and candidate.kind != "direct"
            ):
                candidate = candidate._replace(mention=source, alias=None, antecedent=None)  # noqa: PLW2901
        credited.append(candidate)
    return credited


def _source_by_transcript(page: Page, candidates: Sequence[Candidate]) -> list[Candidate]:
    """In a transcript paragraph (``PENCE: ...``) what is reported without a named source is the speaker's."""
    text = page.text
    paragraph_starts: dict[int, int] = {}
    for s_start, _, paragraph in page.sentences.spans:
        paragraph_starts.setdefault(paragraph, s_start)
    speakers: dict[int, Span2 | None] = {}
    given: list[Candidate] = []
    for candidate in candidates:
        if candidate.mention is not None and text[slice(*candidate.mention)].lower() not in _STAND_INS:
            given.append(candidate)
            continue
        # A quoted transcript paragraph ("“PENCE: We will ...”") names its speaker inside the quotation.
        speaker = transcript_speaker(text, candidate.start) if candidate.kind == "direct" else None
        if speaker is None:
            paragraph = page.sentences.at(candidate.start)[2]
            if paragraph not in speakers:
                speakers[paragraph] = transcript_speaker(text, paragraph_starts[paragraph])
            speaker = speakers[paragraph]
        if speaker is not None and (speaker[1] <= candidate.start or speaker[0] == candidate.start):
            candidate = candidate._replace(mention=speaker, alias=None, antecedent=None)  # noqa: PLW2901
        given.append(candidate)
    return given


def _ordered(page: Page, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Order, drop duplicates, and give an unattributed direct quote the previous quote's source."""
    ordered = sorted(candidates, key=lambda c: (c.start, c.end, c.kind))
    kept: list[Candidate] = []
    seen: set[Span2] = set()
    last_with_source: Candidate | None = None
    for candidate in ordered:
        if (candidate.start, candidate.end) in seen:
            continue
        seen.add((candidate.start, candidate.end))
        current = candidate
        if current.mention is None and current.kind == "direct" and last_with_source is not None:
            _, _, paragraph = page.sentences.at(current.start)
            _, _, last_paragraph = page.sentences.at(last_with_source.start)
            if paragraph - last_paragraph <= 1:
                current = current._replace(mention=last_with_source.mention, antecedent=last_with_source.antecedent)
        if current.mention is not None:
            last_with_source = current
        kept.append(current)
    return kept


def assemble(page: Page, found: Sequence[Candidate], governed: Sequence[SourcedSpan]) -> list[Candidate]:
    """The final candidates from every step's, in order: ``governed`` are the "according to" clauses."""
    kept = drop_false_quotes(
        page.text, without_datelines(found, page.datelines), page.quotations, headline_end(page.text)
    )
    kept = _source_by_according(page, _mark_mixed(page, kept), governed)
    kept = _subjects_of_predicates(page, _without_word_sources(page.text, _source_by_transcript(page, kept)))
    kept = shaped_sources(page.text, kept)
    return _ordered(page, [*kept, *_mixed_after_reports(page, kept)])


def _without_word_sources(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """No source where a lone function word was read as one ("Nor is it clear that": "Nor"; "perhaps").

    A determiner, conjunction, preposition or sentence adverb names nobody; the report stays, unattributed.
    """
    cleared = []
    for candidate in candidates:
        mention = candidate.mention
        if mention is not None and (
            text[mention[0] : mention[1]].lower() in _NOT_A_SOURCE or _EXPLETIVE_IT.match(text, mention[0], mention[1])
        ):
            candidate = candidate._replace(mention=None, alias=None, antecedent=None)  # noqa: PLW2901
        cleared.append(candidate)
    return cleared


def _mixed_after_reports(page: Page, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``Ann Lee said it was unsafe. Instead, “it should close.”``: the next sentence's quotation is hers too.

    A sentence ending on an untagged quotation right after a sentence whose one report names its source,
    as :func:`~newsfacts_quotes.direct.find_direct` reads one after a tagged quotation: same paragraph,
    the quotation closes its sentence, the sentence holds no report and no attribution of its own.
    """
    if not page.quotations:
        return []
    text, sentences = page.text, page.sentences
    reports = sorted((c.end, c.start, c.mention) for c in candidates if c.kind != "direct" and c.mention is not None)
    ends = [end for end, _, _ in reports]
    covered = sorted((c.start, c.end) for c in candidates)
    added = []
    for quote in page.quotations:
        index = sentences.index_at(quote.open)
        s_start, s_end, paragraph = sentences.spans[index]
        if not index or not closes_untagged_sentence(text, quote, s_start, s_end):
            continue
        p_start, p_end, p_paragraph = sentences.spans[index - 1]
        if p_paragraph != paragraph:
            continue
        at = bisect.bisect_left(ends, p_start + 1)
        report = reports[at] if at < len(ends) and ends[at] <= p_end else None
        if report is None or (at + 1 < len(ends) and ends[at + 1] <= p_end):
            continue  # no report in the sentence before, or more than one
        first = bisect.bisect_left(covered, (s_start, s_start))
        if any(start < quote.close + 1 for start, _ in covered[first : first + 1]) or (
            first and covered[first - 1][1] > s_start
        ):
            continue  # something was found in the sentence already
        end = quote.close + 1
        added.append(Candidate(s_start, end, kind_of(text, s_start, end), None, report[2], None, None))
    return added
