"""Dropping candidates that look like quotes but report nothing anyone said.

Each rule is a general reason a reporting verb carries no content:

- a refusal: "declined to comment", "refused to discuss the figures", "would not
  confirm the report" report that nothing was said;
- a hedge: "seems to be aimed at", "fired what appeared to be a rocket", "is
  expected to pass" are the writer's own assessment, not anyone's words;
- a headline: its telegraphic verbs ("Council defends bypass plan") summarise
  the body, where the real attribution is;
- an echo of a direct quote: a second, indirect reading of the cue that already
  attributes a direct quote, or a source that lies inside quotation marks;
- a nested attribution: a cue inside the content of another quote ("Governor
  Ruth Alvarez said she believes the state will recover") is part of what the
  outer source reported. The outer quote is kept whole and the nested one is
  dropped, as PolNeAR counts only the outer one and a reader sees the whole
  report in it. A coordinated report ("said A, and the mayor warned B") is not
  nested: the outer content ends before it and both stay (``coordination``);
- a direct quote held whole by a mixed or indirect report: the two are one report;
- no report at all: a question put to "you" ("Do you support the levy?") asks for a view and
  gives none; "support among voters" is a standing in polls, not a stand anyone took; a label
  and a colon before three words or fewer ("Odum: Now or never.") open a subhead or an
  interview's short turn, which PolNeAR does not count; "added momentum to the inquiry"
  puts a thing onto another and says nothing; "maintained a wide lead", "enjoys broad
  recognition" keep or have a thing and claim nothing ("maintained that ..." still reports).

Datelines ("PARIS (Reuters) - ") are cut off the start of a content they open.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from newsfacts.text import LazyPattern, may_hold
from newsfacts_quotes.clauses import holds_finite_verb
from newsfacts_quotes.coordination import coordination_end
from newsfacts_quotes.reading import LETTERS, kind_of
from newsfacts_quotes.tag_fragments import fragment_after_quotation, fragment_before_quotation

if TYPE_CHECKING:
    from newsfacts_quotes.marks import Quotation
    from newsfacts_quotes.reading import Candidate

Span2 = tuple[int, int]

# "declined to", "refused to" just before the cue, or as the cue with an infinitive content.
_REFUSING = LazyPattern(r"\b(?:declin|refus)(?:ed|es|e|ing)\s++to\s++$", regex.IGNORECASE)
_REFUSAL_CUE = LazyPattern(r"\b(?:declin|refus)(?:ed|es|e|ing)$", regex.IGNORECASE)
# A negated cue whose verb says whether something is so: "would not confirm", "didn't comment".
_NEGATED_CUE = LazyPattern(
    r"(?:\bnot|\bnever|n['’]t)\s++(?:\p{Ll}+ly\s++)?"
    r"(?:confirm|comment|say|said|discuss|disclose|elaborate|specify|reveal|answer|explain|detail|deny|respond)"
    r"(?:s|ed|d|ing)?$",
    regex.IGNORECASE,
)
_NEGATION_BEFORE = LazyPattern(
    r"(?:\bnot|\bnever|\bcannot|n['’]t)\s++(?:\p{Ll}+ly\s++)?(?:(?:be|have)\s++)?$", regex.IGNORECASE
)
_YES_NO_VERBS = "confirm comment say discuss disclose elaborate specify reveal answer explain detail deny respond"
_YES_NO_FORMS = frozenset(
    form
    for verb in _YES_NO_VERBS.split()
    for form in (verb, verb + "s", verb.removesuffix("e") + "ed", verb.removesuffix("e") + "ing")
) | frozenset({"said", "says", "denies", "denied"})
# Raising and hedging: the writer's assessment ("appears to be", "is expected to").
_HEDGE_CUE = LazyPattern(
    r"(?:\b|^)(?:seem|seems|seemed|appear|appears|appeared|(?:(?:is|are|was|were|be|been)\s++(?:widely\s++)?expected))$",
    regex.IGNORECASE,
)
_ACCORDING = regex.compile(r"[Aa]ccording\b")
# A question put to "you" at the start of a sentence, the cue its verb: "Do you support ...", "Would you really say".
_QUESTION_TO_YOU = LazyPattern(
    r"(?:^|[.!?:;\n\"“”(])\s*+(?:do|does|did|would|will|can|could|should|are|were|have|has)\s++you\s++(?:\p{Ll}+ly\s++)?+$",
    regex.IGNORECASE,
)
# "support among Latino voters": the standing of a candidate, what those voters are counted as, not a stand.
_STANDING_WORDS = ("among ", "across ")
_WORD = LazyPattern(r"\w++(?:['’]\w++)?+")
# "add another title to his resume", "added momentum to the inquiry": to add a thing to something says nothing.
_ADD_TO = LazyPattern(
    r"(?:add|adds|added|adding)[ \u00a0]++(?!(?:in|on|at|during|after|before|later|to|that)\b)"
    r"(?<object>(?:[\w'’-]++[ \u00a0]++){1,5}?)to[ \u00a0]++(?:the|a|an|its|his|her|their|our|this|that|my|your)\b",
    regex.IGNORECASE,
)
_ADD_TO_CHARS = 120
# "maintained a wide lead", "enjoys near total name recognition": to keep or to have a thing, not a claim.
_KEEPING_VERBS = frozenset({"maintain", "maintains", "maintained", "maintaining", "enjoy", "enjoys", "enjoyed"})
_KEPT_THING = LazyPattern(r"(?:a|an|the|his|her|its|their|our|my|your)[ \u00a0]", regex.IGNORECASE)
_PAST_FORM = LazyPattern(r"\b\p{Ll}++(?<=\p{Ll}ed)\b")
# A label's words after its colon at most: fewer are a subhead ("Trump: Move past Iowa.") or a short turn.
_MAX_LABEL_FRAGMENT_WORDS = 3
# Words each of the patterns above consumes, in lower case: an article without them compiles none of them.
_REFUSAL_STEMS = ("declin", "refus")
_NEGATIONS = ("not", "never", "n't", "n’t")
_HEDGE_WORDS = ("seem", "appear", "expected")
_LOOK_BACK = 40
# What a report cut back to before a direct quote loses at its end: the marks and punctuation leading in.
_CUT_BEFORE_QUOTE = ":,;—–-“\"‘'«„‚"
_MIN_CUT_WORDS = 3
# How many earlier contents may be checked for one offset: contents are short and rarely nest deeply.
_MAX_LOOK = 64


def _clause_after_participle(text: str, candidate: Candidate) -> bool:
    """``“…,” noting that the cuts …``: a participle's that-clause is its own report, not the quotation's tag."""
    cue = candidate.cue
    return (
        cue is not None
        and text[cue[0] : cue[1]].endswith("ing")
        and _THAT_BEFORE.fullmatch(text, cue[1], candidate.start) is not None
    )


_THAT_BEFORE = regex.compile(r"[ \u00a0]++that[ \u00a0]++")


def _unpunctuated_tag_read(text: str, candidate: Candidate) -> bool:
    """A direct quote tagged by a verb after it, whose words end on no punctuation: a title or a name."""
    cue = candidate.cue
    return (
        candidate.kind == "direct"
        and cue is not None
        and candidate.end <= cue[0]
        and text[candidate.end - 1] not in _CLOSING_PUNCTUATION
    )


_CLOSING_PUNCTUATION = ",.?!;:—–-…"


def _clause_after_cue(text: str, candidate: Candidate) -> bool:
    """Whether the content opens right after the cue, or after "that": "said her union is ..."."""
    cue = candidate.cue
    return (
        cue is not None
        and cue[1] < candidate.start
        and _CLAUSE_GAP.compiled.fullmatch(text, cue[1], candidate.start) is not None
    )


_ANONYMITY = ("not to be named", "not to be identified")
_CLAUSE_GAP = LazyPattern(r"[ \u00a0]++(?:that[ \u00a0]++)?+")


def _refusal(text: str, candidate: Candidate) -> bool:
    """Whether the cue is refused or negated, whatever path found it.

    A verb ("would not confirm"), a verb with a particle ("did not comment on"), a phrase ("declined to
    comment on"), a refusal verb with an infinitive content ("refused to discuss the figures").
    """
    cue = candidate.cue
    if cue is None:
        return False
    cue_text = text[cue[0] : cue[1]]
    before = text[max(0, cue[0] - _LOOK_BACK) : cue[0]]
    if may_hold(before, _REFUSAL_STEMS) and _REFUSING.compiled.search(before):
        return True
    # Both negation tests read a part of ``before + cue_text``: where it holds no negation, neither is asked.
    if may_hold(before + cue_text, _NEGATIONS):
        for word in LETTERS.finditer(cue_text):
            if word.group().lower() not in _YES_NO_FORMS:
                continue
            # The negation stands before the yes/no verb, in front of the cue or inside it ("did not comment on").
            if _negated_before(before + cue_text[: word.start()]) or _negated_cue(cue_text, word.end()):
                return True
    if text.startswith(_ANONYMITY, candidate.start) and cue_text.lower().startswith(("ask", "request")):
        return True  # "who asked not to be named": a source's terms, not its words
    # "refused to discuss the figures", "declined to say that ...": the content after an infinitive.
    return (
        may_hold(cue_text, _REFUSAL_STEMS)
        and bool(_REFUSAL_CUE.compiled.search(cue_text))
        and (text.startswith("to ", candidate.start) or text[cue[1] : candidate.start].lstrip().startswith("to "))
    )


def _hedge(text: str, candidate: Candidate) -> bool:
    cue = candidate.cue
    if cue is None or not may_hold(text[cue[0] : cue[1]], _HEDGE_WORDS):
        return False
    return bool(_HEDGE_CUE.compiled.search(text, cue[0], cue[1]))


def _reports_nothing(text: str, candidate: Candidate) -> bool:
    """A cue that reports no one's words: a question to "you", a poll standing, a label before a fragment.

    Also a thing added to another ("added momentum to the inquiry") and a thing kept ("maintained a lead").
    """
    cue = candidate.cue
    if cue is None:
        return False
    cue_text = text[cue[0] : cue[1]]
    if cue_text == ":":
        words = _WORD.compiled.findall(text, candidate.start, candidate.end)
        return len(words) <= _MAX_LABEL_FRAGMENT_WORDS
    if cue_text.lower().endswith("support") and text.startswith(_STANDING_WORDS, candidate.start):
        return True
    verb_word = cue_text.rsplit(maxsplit=1)[-1].lower()
    if verb_word in _KEEPING_VERBS and candidate.start >= cue[1]:
        kept_thing = verb_word.startswith("enjoy") or _KEPT_THING.compiled.match(text, candidate.start) is not None
        return kept_thing and not holds_finite_verb(text, candidate.start, candidate.end)
    if may_hold(cue_text, ("add",)) and candidate.start >= cue[1]:
        verb = cue[1] - len(cue_text.rsplit(maxsplit=1)[-1])
        match = _ADD_TO.compiled.match(text, verb, min(len(text), cue[1] + _ADD_TO_CHARS))
        # "added the ferry would return to the harbour", "added the ferry returned to ...": a clause, a report.
        if match is not None and not _clause_like(text, *match.span("object")):
            return True
    look_from = max(0, cue[0] - _LOOK_BACK)  # "^" holds only at the text's start, not at this offset
    if not may_hold(text[look_from : cue[0]], ("you",)):
        return False
    return _QUESTION_TO_YOU.compiled.search(text, look_from, cue[0]) is not None


def _clause_like(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an auxiliary, a finite be/have/do or a past form: a clause's words."""
    return holds_finite_verb(text, start, end) or _PAST_FORM.compiled.search(text, start, end) is not None


def _negated_before(window: str) -> bool:
    """Whether ``window`` ends in a negation ("would not", "can't"), as ``_NEGATION_BEFORE`` says."""
    return may_hold(window, _NEGATIONS) and _NEGATION_BEFORE.compiled.search(window) is not None


def _negated_cue(cue_text: str, end: int) -> bool:
    """Whether ``cue_text[:end]`` ends in a negated yes/no verb ("did not comment"), as ``_NEGATED_CUE`` says."""
    return may_hold(cue_text[:end], _NEGATIONS) and _NEGATED_CUE.compiled.search(cue_text, 0, end) is not None


class _Contents:
    """The contents of candidates, to ask whether an offset lies inside one of them."""

    def __init__(self, spans: Sequence[Span2]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # The furthest end among the spans up to each index, so one bisection answers "inside any?".
        self.reach: list[int] = []
        furthest = -1
        for _, end in self.spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside some content."""
        return self.covering(start, end) is not None

    def covering(self, start: int, end: int, exclude: Span2 | None = None) -> Span2 | None:
        """The nearest content other than ``exclude`` that ``[start, end)`` lies inside, if any."""
        index = bisect.bisect_right(self.starts, start) - 1
        lowest = max(-1, index - _MAX_LOOK)
        while index > lowest and self.reach[index] >= end:
            span = self.spans[index]
            if span[1] >= end and span != exclude:
                return span
            index -= 1
        return None


def drop_false_quotes(
    text: str,
    candidates: Sequence[Candidate],
    quotations: Sequence[Quotation],
    headline_end: int,
) -> list[Candidate]:
    """The candidates that report what someone said, in their order."""
    direct_cues = {c.cue for c in candidates if c.kind == "direct" and c.cue is not None}
    # "On his podcast “The Axe Files” out Thursday, Ann Lee said her union ...": a title read as a quotation
    # tagged by a verb that reports a clause of its own; the clause is the report, not the title.
    titles = {c.cue for c in candidates if c.kind == "direct" and _unpunctuated_tag_read(text, c)}
    clause_cues = {c.cue for c in candidates if c.kind != "direct" and c.cue in titles and _clause_after_cue(text, c)}
    direct_cues -= clause_cues
    # "An early vote, he said, “would be a mistake.”": the words before the tag are the speaker's too.
    tags_before = {c.cue for c in candidates if c.kind == "direct" and c.cue is not None and c.start >= c.cue[1]}
    tags_after = {c.cue for c in candidates if c.kind == "direct" and c.cue is not None and c.end <= c.cue[0]}
    quoted = _Contents([(q.start, q.end) for q in quotations])
    kept: list[Candidate] = []
    for candidate in candidates:
        if candidate.start < headline_end or _refusal(text, candidate) or _hedge(text, candidate):
            continue
        if _reports_nothing(text, candidate):
            continue
        if candidate.kind == "direct" and candidate.cue in clause_cues and _unpunctuated_tag_read(text, candidate):
            continue
        if candidate.kind != "direct":
            if (
                candidate.cue in direct_cues
                and not _clause_after_participle(text, candidate)
                and not (candidate.cue in tags_before and fragment_before_quotation(text, candidate))
                and not (candidate.cue in tags_after and fragment_after_quotation(text, candidate))
            ):
                continue
            mention = candidate.mention
            if mention is not None and quoted.covers(*mention):
                continue
        kept.append(candidate)
    return _without_contained_direct(text, _without_nested(text, kept))


def _without_nested(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Keep one report where a cue stands inside another quote's content.

    The outer quote is kept, except an "according to" report or a poll's standing holding someone
    else's words ("According to aides, the minister said ..."), where the quote of the named speaker is
    the one a reader wants.
    A coordinated report ("said A, and he warned B") is no nested one: the outer content is cut
    back to before it first, and both stay.
    """
    hosts = _hosts(candidates)
    cut = _cut_at_coordination(text, candidates, hosts)
    if cut is not candidates:
        candidates, hosts = cut, _hosts(cut)
    according = {(c.start, c.end) for c in candidates if _source_after_content(text, c)}
    dropped: set[Span2] = set()
    inner: set[int] = set()
    for index, host in enumerate(hosts):
        if host is None:
            continue
        if host in according:
            dropped.add(host)
        else:
            inner.add(index)
    return [c for index, c in enumerate(candidates) if index not in inner and (c.start, c.end) not in dropped]


def _source_after_content(text: str, candidate: Candidate) -> bool:
    """An "according to" report, or a poll's standing ("CLAUSE in the latest poll"): a source for its clause.

    Where such a content holds a report of someone named ("Ann Lee told the Star she would run if she
    could reach 15 percent in the polls"), the named speaker's report is the one a reader wants.
    """
    cue = candidate.cue
    if cue is None:
        return False
    return _ACCORDING.match(text, cue[0]) is not None or (cue[0] >= candidate.end and text[cue[0] : cue[1]] == "in")


def _hosts(candidates: list[Candidate]) -> list[Span2 | None]:
    """For each indirect or mixed candidate, the other content its cue lies in, if any."""
    contents = _Contents([(c.start, c.end) for c in candidates])
    return [
        None if c.kind == "direct" or c.cue is None else contents.covering(*c.cue, exclude=(c.start, c.end))
        for c in candidates
    ]


def _cut_at_coordination(text: str, candidates: list[Candidate], hosts: list[Span2 | None]) -> list[Candidate]:
    """Each content that holds a coordinated report's cue, cut back to before the coordination.

    The same list is returned when nothing is cut.
    """
    if not any(hosts):
        return candidates
    by_span = {(c.start, c.end): c for c in candidates if c.kind != "direct"}
    cut_at: dict[Span2, int] = {}
    for candidate, span in zip(candidates, hosts, strict=True):
        host = None if span is None else by_span.get(span)
        end = None if host is None else coordination_end(text, host, candidate)
        if span is not None and end is not None:
            cut_at[span] = min(cut_at.get(span, end), end)
    if not cut_at:
        return candidates
    return [
        c._replace(end=cut_at[(c.start, c.end)], kind=kind_of(text, c.start, cut_at[(c.start, c.end)]))
        if c.kind != "direct" and (c.start, c.end) in cut_at
        else c
        for c in candidates
    ]


def _without_contained_direct(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """One report where a mixed or indirect report holds a direct quote whole.

    The outer report is kept, unless it also swallowed the direct quote's own attribution ("The
    pilots say the channel is risky: “Keep out,” Ms Quist said"): then it ran past its end, and it
    is cut back to before the quote, or dropped when nothing is left of it.
    """
    reports = _Contents([(c.start, c.end) for c in candidates if c.kind != "direct"])
    cut_at: dict[Span2, int] = {}
    contained: set[int] = set()
    for index, candidate in enumerate(candidates):
        if candidate.kind != "direct":
            continue
        host = reports.covering(candidate.start, candidate.end)
        if host is None:
            continue
        cue = candidate.cue
        if cue is not None and host[0] <= cue[0] and cue[1] <= host[1]:
            cut_at[host] = min(cut_at.get(host, candidate.start), candidate.start)
        else:
            contained.add(index)
    kept: list[Candidate] = []
    for index, candidate in enumerate(candidates):
        if index in contained:
            continue
        cut = cut_at.get((candidate.start, candidate.end)) if candidate.kind != "direct" else None
        if cut is not None:
            end = cut
            while end > candidate.start and (text[end - 1].isspace() or text[end - 1] in _CUT_BEFORE_QUOTE):
                end -= 1
            if len(LETTERS.findall(text, candidate.start, end)) < _MIN_CUT_WORDS:
                continue
            candidate = candidate._replace(end=end, kind="indirect")  # noqa: PLW2901
        kept.append(candidate)
    return kept


def without_datelines(candidates: Sequence[Candidate], lines: Sequence[Span2]) -> list[Candidate]:
    """The candidates, each content or source that starts inside a dateline starting where the prose does."""
    if not lines:
        return list(candidates)
    starts = [s for s, _ in lines]

    def after_dateline(span: Span2 | None) -> Span2 | None:
        if span is None:
            return None
        index = bisect.bisect_right(starts, span[0]) - 1
        if index >= 0 and span[0] < lines[index][1] < span[1]:
            return (lines[index][1], span[1])
        return span

    moved: list[Candidate] = []
    for candidate in candidates:
        content = after_dateline((candidate.start, candidate.end))
        mention = after_dateline(candidate.mention)
        if content is not None and (content[0], mention) != (candidate.start, candidate.mention):
            candidate = candidate._replace(start=content[0], mention=mention)  # noqa: PLW2901
        moved.append(candidate)
    return moved
