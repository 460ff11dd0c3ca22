"""Reports whose content stands before or around the attribution: ``CLAUSE, officials said.``, ``A, he said, B``.

The content is read back from the cue to the comma before the source, within
the sentence and at most ``MAX_CONTENT`` characters.
"""

from __future__ import annotations

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.clause_subjects import demonstrative_subject, expletive_subject
from newsfacts_quotes.clauses import CLOSING_MARKS, holds_finite_verb
from newsfacts_quotes.direct import LAST_WORD
from newsfacts_quotes.lexicon import DETERMINERS, NO_INVERSION_VERBS, NON_CLAUSE_START, TITLES
from newsfacts_quotes.mentions import Subject, phrase_after, tokens_in, trim
from newsfacts_quotes.reading import (
    MAX_CONTENT,
    MIN_CLAUSE_WORDS,
    Candidate,
    Cue,
    Page,
    Span2,
    cut_content,
    has_words,
    kind_of,
    within_direct,
)
from newsfacts_quotes.tag_fragments import clause_after_tag

# Beliefs follow their clause as sayings do: "The ferry will stay, the mayor believes."
_BELIEF_VERBS = word_set("think thinks thought believe believes believed hope hopes hoped fear fears feared")
# "As The Times reported, CLAUSE": the report follows the attribution.
_AS_BEFORE = LazyPattern(r"\b[Aa]s[ \u00a0]+(?:[Tt]he[ \u00a0]+)?$")
# "As" (and "As the") stands within this many characters before the source.
_AS_BEFORE_CHARS = 8
# The comma after the verb of ``A, he said, B`` follows it closely (", he said, B").
_COMMA_AFTER_VERB_CHARS = 3
_OPENING_MARKS = "“\"«'‘„‚`"
# Opening marks that are never apostrophes: a mixed clause before its attribution holds one of them.
_UNAMBIGUOUS_OPENINGS = frozenset('“"«‘„‚`')
# The first word after the attribution is read within this many characters.
_OPENING_WORD_CHARS = 40
# Fewer words than this before an inverted attribution is a fragment, not a clause.
_MIN_INVERTED_WORDS = MIN_CLAUSE_WORDS
# After ``A, he said,`` two words continue the report ("B follows"); after a one-word opening, a clause must.
_MIN_CONTINUATION_WORDS = 2
# Words that open the rest of a report interrupted by its attribution ("It is wise, he said, to wait",
# "Costs will rise, she said, because ..."), unlike the time and place adjuncts of the cue itself
# ("she said, in an interview", "he said, on Tuesday").
_CONTINUATION_HEADS = word_set(
    "to by because so and but than as for of into through against about up out with from when while"
)
# After a whole clause and its tag, these open the writer's scene or comment, not more of the report.
_SCENE_AFTER_CLAUSE = word_set("as amid")
# After a tag closed by an adjunct ("said Wednesday,"), an article opens an aside on the news ("a step ...").
_ARTICLES = word_set("a an")
# A contracted head is still a word: "isn’t going anywhere", "it's unclear", "he’s learned".
_CONTRACTED = LazyPattern(r"(?:n['’]t|['’](?:s|re|ll|ve|d|m))$")
_FINDING_VERBS = word_set("show shows showed find finds found suggests suggested indicates indicated reveals revealed")
_DOCUMENT_NOUNS = word_set(
    "poll polls survey surveys study report analysis data research census audit figures numbers records "
    "documents review investigation estimates studies reports"
)


def _document_finds(text: str, verb: str, subject: Subject | None) -> bool:
    """``CLAUSE, the poll found.``: a poll, survey or report showing or finding something is a source."""
    if verb not in _FINDING_VERBS or subject is None:
        return False
    last = LAST_WORD.search(text, subject.start, subject.end)
    return last is not None and last.group(1).lower() in _DOCUMENT_NOUNS


def inverted(page: Page, found: Cue, subject: Subject | None, min_words: int = _MIN_INVERTED_WORDS) -> Candidate | None:
    """``CLAUSE, officials said.`` or ``CLAUSE, said X.``: the content comes first."""
    verb, cue, sentence = found.verb, found.span, found.sentence
    (s_start, s_end), w_end = sentence, cue[1]
    s_start = max(s_start, cue[0] - MAX_CONTENT)
    text = page.text
    if verb in NO_INVERSION_VERBS and verb not in _BELIEF_VERBS and not _document_finds(text, verb, subject):
        return None
    if subject is not None:
        if subject.anonymous:
            return None
        mention_start = subject.alias[0] if subject.alias and subject.alias[0] < subject.start else subject.start
        comma = text.rfind(",", s_start, mention_start)
        between = text[comma + 1 : mention_start].strip(CLOSING_MARKS + " \t\n\u00a0")
        if comma < 0 or (between and between.lower() not in DETERMINERS):  # ", the Tax Foundation said."
            return None
        mention: Span2 | None = (subject.start, subject.end)
    else:
        comma = text.rfind(",", s_start, cue[0])
        if comma < 0 or text[comma + 1 : cue[0]].strip(CLOSING_MARKS + " \t\n\u00a0"):
            return None
        mention = phrase_after(text, w_end, s_end)
        if mention is None:
            return None
    before = text[s_start:comma].rstrip()
    start, end = trim(text, s_start, comma)
    closing = len(text[comma + 1 : cue[0]]) - len(text[comma + 1 : cue[0]].lstrip(CLOSING_MARKS))
    if not before or ((before[-1] in "”\"»'" or closing) and (start >= end or text[start] in _OPENING_MARKS)):
        return None  # "“...,” said X": the tag of a direct quote; but "This is a “raw deal,” said X" is mixed
    if not _UNAMBIGUOUS_OPENINGS.isdisjoint(text[start:end]):
        # The quotation closing here opened inside the clause, and stays whole: 'a “raw deal,”', 'with “stealth
        # features”,'; one that opened before the clause keeps its closing mark out.
        while end < comma and text[end] in CLOSING_MARKS:
            end += 1
        if closing:
            end = comma + 1 + closing
    if not has_words(text, start, end, min_words) or within_direct(page, start, end):
        return None
    alias = subject.alias if subject is not None else None
    antecedent = subject.antecedent if subject is not None else None
    return Candidate(start, end, kind_of(text, start, end), cue, mention, alias, antecedent)


def as_reported_by(page: Page, found_cue: Cue, closing: int) -> Candidate | None:
    """``As reported by The Times, CLAUSE``: the agent after "by" is the source, the clause after its comma the report.

    ``closing`` is the comma that ends the agent; "As" (and an adverb: "As first reported") opens the sentence.
    """
    text, cue, (s_start, s_end) = page.text, found_cue.span, found_cue.sentence
    opening = s_start  # "As" right after the spaces and marks, or no match: regex scanned the sentence for it
    while opening < cue[0] and (text[opening].isspace() or text[opening] in '“"'):
        opening += 1
    if not text.startswith("As", opening, cue[0]) or not _AS_OPENING.compiled.fullmatch(text, s_start, cue[0]):
        return None  # "..., as measured by revenue, ...": mid-sentence, the agent is often no source
    agent = _BY_AGENT.compiled.match(text, cue[1], closing)
    if agent is None or agent.end() != closing:
        return None
    mention = trim(text, agent.start(1), closing)
    start, end = cut_content(text, closing + 1, min(s_end, closing + 1 + MAX_CONTENT))
    if mention[1] <= mention[0] or not has_words(text, start, end, MIN_CLAUSE_WORDS) or within_direct(page, start, end):
        return None
    return Candidate(start, end, kind_of(text, start, end), cue, mention, None, None)


# "As" opening the sentence right before the cue's verb group.
_AS_OPENING = LazyPattern(r"[\s“\"]*+As[ \u00a0]++(?:\p{Ll}++[ \u00a0]++)?+")
# The agent of "As reported by": a short phrase up to the comma closing it.
_BY_AGENT = LazyPattern(r"[ \u00a0]++by[ \u00a0]++([^,;:.!?\n]{2,80}+)")


def parenthetical(page: Page, found_cue: Cue, subject: Subject | None, closing: int | None = None) -> list[Candidate]:
    """``A, he said, B``: the report stands on both sides of the attribution, as two fragments.

    ``closing`` is the comma that closes the attribution when an adjunct stands before it.
    """
    text, cue, sentence = page.text, found_cue.span, found_cue.sentence
    if subject is not None and _AS_BEFORE.compiled.search(
        text, max(0, subject.start - _AS_BEFORE_CHARS), subject.start
    ):
        # "As The Times reported, CLAUSE": the report follows the attribution.
        comma = text.find(",", cue[1], cue[1] + _COMMA_AFTER_VERB_CHARS) if closing is None else closing
        start, end = cut_content(text, comma + 1, min(sentence[1], comma + 1 + MAX_CONTENT))
        if comma < 0 or not has_words(text, start, end, MIN_CLAUSE_WORDS) or within_direct(page, start, end):
            return []
        mention = (subject.start, subject.end)
        return [Candidate(start, end, kind_of(text, start, end), cue, mention, subject.alias, subject.antecedent)]
    first = inverted(page, found_cue, subject)
    short_opening = False
    if first is None and subject is not None:
        # "The outreach, they said, raised ...", "Now, she said, the ...": a short opening fragment,
        # read only when the sentence continues after the attribution.
        first = inverted(page, found_cue, subject, min_words=1)
        short_opening = first is not None
    leading = first is not None
    if first is None and closing is None and subject is not None and clause_after_tag(text, subject.start, cue[1]):
        # "“The fault is theirs,” he said, rather than the crews'.": the clause goes on after the tag.
        mention = (subject.start, subject.end)
        first = Candidate(cue[0], cue[1], "indirect", cue, mention, subject.alias, subject.antecedent)
    if first is None and closing is None and subject is not None and _source_opens(text, found_cue, subject):
        # "Ann Lee says, win or lose, she will stay": no fragment before; the clause after the comma reports.
        mention = (subject.start, subject.end)
        first = Candidate(cue[0], cue[1], "indirect", cue, mention, subject.alias, subject.antecedent)
    if first is None:
        return []
    found = [first] if leading else []
    comma = text.find(",", cue[1], cue[1] + _COMMA_AFTER_VERB_CHARS) if closing is None else closing
    lo = comma + 1
    hi = min(sentence[1], lo + MAX_CONTENT)
    toks = tokens_in(text, lo, min(hi, lo + _OPENING_WORD_CHARS))
    if not toks:
        return [] if short_opening else found
    raw_head = text[toks[0][0] : toks[0][1]].strip('“"«')
    # "Graham said, Mr. Hale's plan was ...": a title's full stop does not keep it from opening the clause.
    head = raw_head.lower().rstrip(".") if raw_head in TITLES else raw_head.lower()
    # After a short opening the rest is the clause whatever its first word ("raised new worries").
    not_clause = not short_opening and (head.endswith("ing") or head in NON_CLAUSE_START - _CONTINUATION_HEADS)
    if not_clause and _subject_head(text, toks[0][0], hi):
        not_clause = False  # "In the long run, many say, this effect could spread", "..., there were none"
    if not _CONTRACTED.compiled.sub("", head).isalpha() or (head != "that" and not_clause):
        return [] if short_opening else found
    if leading and not short_opening and (head in _SCENE_AFTER_CLAUSE or (closing is not None and head in _ARTICLES)):
        return found  # "..., as he visited a base", "A, officials said Wednesday, a step ...": the writer's
    start, end = cut_content(text, toks[0][0], hi)
    # After a short opening, a predicate of two words will do when it opens with an auxiliary ("is late").
    predicate = short_opening and _AUXILIARY_OPENING.compiled.match(text, toks[0][0] - 1) is not None
    needed = MIN_CLAUSE_WORDS if short_opening and not predicate else _MIN_CONTINUATION_WORDS
    if has_words(text, start, end, needed) and not within_direct(page, start, end):
        found.append(first._replace(start=start, end=end, kind=kind_of(text, start, end)))
    elif short_opening:
        return []
    return found if leading or has_words(text, start, end, MIN_CLAUSE_WORDS) else []


# Verbs of saying proper: after "SOURCE VERB," the clause is theirs ("plans," or "told," close other things);
# forms that are as often plural nouns ("claims", "notes", "states") stay out: "Contrary to her claims, ...".
_SPEECH_VERBS = word_set(
    "say says said add adds added write writes wrote argue argues argued explain explains explained "
    "noted insist insists insisted stated declare declares declared claimed warn warns warned "
    "reply replies replied recall recalls recalled"
)


def _source_opens(text: str, found: Cue, subject: Subject) -> bool:
    """Whether ``SOURCE VERB,`` opens the sentence: a speech verb right after a source that nothing precedes.

    Only then is the clause after the comma the report ("Ann Lee says, she will stay"); after
    other verbs the comma more often closes an object or an adjunct ("Some plans, ...", "All told, ...").
    """
    if found.verb not in _SPEECH_VERBS:
        return False
    if text[subject.end : found.span[0]].strip():
        return False
    if subject.start - found.sentence[0] > _MAX_LEAD_CHARS:
        return False  # bounded: never read a long sentence's opening once per cue
    return not text[found.sentence[0] : subject.start].strip(_OPENING_MARKS + " \t\n\u00a0")


# Space and opening marks before a source that opens its sentence fit in this many characters.
_MAX_LEAD_CHARS = 12


def _subject_head(text: str, lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` open with "this" or "there" as a clause's subject, not an adjunct."""
    words = text[lo : min(hi, lo + _SUBJECT_HEAD_CHARS)].split()
    return demonstrative_subject(words) or expletive_subject(words)


# "this" or "there" and the finite verb after them are read within this many characters.
_SUBJECT_HEAD_CHARS = 80


def source_between(page: Page, found: Cue) -> list[Candidate]:
    """``The ferry line, said Ms Kerr, would be cheaper.``: a source between a subject and its predicate.

    Read only where the words after the source's comma open with an auxiliary ("would", "is", "has"):
    "..., said Ann Lee, a pilot at the port." is an apposition, not the rest of the report.
    """
    text, cue, s_end = page.text, found.span, found.sentence[1]
    mention = phrase_after(text, cue[1], s_end)
    if mention is None or not text.startswith(",", mention[1]):
        return []
    if holds_finite_verb(text, mention[0], mention[1]) or not text[mention[0]].isupper():
        return []
    rest = mention[1] + 1
    if not _AUXILIARY_OPENING.compiled.match(text, rest, s_end):
        return []
    first = inverted(page, found, None, min_words=1)
    start, end = cut_content(text, rest, min(s_end, rest + MAX_CONTENT))
    if first is None or not has_words(text, start, end, MIN_CLAUSE_WORDS) or within_direct(page, start, end):
        return []
    return [first, first._replace(start=start, end=end, kind=kind_of(text, start, end))]


# The rest of a report after its source opens with an auxiliary: "..., said Ms Kerr, would be cheaper."
_AUXILIARY_OPENING = LazyPattern(
    r"[ \u00a0]++(?:is|are|was|were|will|would|can|could|should|must|may|might|has|have|had|does|did)\b"
)
