"""Indirect questions and their topics: "asked the mayor whether ...", "Asked about the ferry, ...".

An indirect question is the report of the one who asked it; the topic of a question put by someone
unnamed ("When asked about the ferry, she smiled") is a report without a source.
"""

from __future__ import annotations

from newsfacts_quotes.lexicon import BE_FORMS
from newsfacts_quotes.mentions import subject_before, tokens_in, trim
from newsfacts_quotes.reading import (
    MAX_CONTENT,
    MIN_CLAUSE_WORDS,
    Candidate,
    Page,
    Span2,
    cut_content,
    has_words,
    kind_of,
    within_direct,
)
from newsfacts_quotes.reported_clause import QUESTION_WORDS, long_enough

# Verbs of asking: what follows them is a question, its topic or its addressee.
ASK_VERBS = frozenset({"ask", "asks", "asked", "asking", "wondered", "questioned"})
# How many tokens after "asked" (and its object) the question word may open: "asked the mayor whether".
_MAX_QUESTION_GAP = 6
_QUESTION_WINDOW_CHARS = 120


def report_of_asking(page: Page, cue: Span2, previous: str, window: Span2) -> Candidate | None:
    """The report of a verb of asking at ``cue``: the question it puts, else the topic of an unnamed asker's.

    Both readings look at the same words after the verb; they are scanned once.
    """
    s_end = window[1]
    toks = tokens_in(page.text, cue[1], min(s_end, cue[1] + _QUESTION_WINDOW_CHARS))
    return _question_asked(page, cue, previous, window, toks) or _asked_about(page, cue, previous, s_end, toks)


def _question_asked(page: Page, cue: Span2, previous: str, window: Span2, after: list[Span2]) -> Candidate | None:
    """``asked the mayor whether ...``, ``when asked how ...``: the indirect question is the report.

    Its source is the subject of "asked", or none where the asker is not named ("When asked ...").
    ``after`` are the tokens after the cue.
    """
    text = page.text
    lo, s_end = window
    toks = after[: _MAX_QUESTION_GAP + 1]
    for index, (t_start, t_end) in enumerate(toks):
        raw = text[t_start:t_end]
        if raw.lower() in QUESTION_WORDS:
            start, end = cut_content(text, t_start, min(s_end, t_start + MAX_CONTENT))
            if not has_words(text, start, end, MIN_CLAUSE_WORDS) or within_direct(page, start, end):
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
            return Candidate(start, end, kind_of(text, start, end), cue, mention, None)
        if raw[-1] in ',;:.!?"”' or raw[0] in '“"«' or (index and raw.lower() in {"to", "that"}):
            return None
    return None


# Before "asked" these leave the asker unnamed: "When asked about ...", "Asked about ...", "who was asked about".
_UNNAMED_ASKING = frozenset({"when", "if", "after", "once", "before", "while"}) | BE_FORMS


def _asked_about(page: Page, cue: Span2, previous: str, s_end: int, toks: list[Span2]) -> Candidate | None:
    """``Asked about the ferry, Ann Lee said ...``: the topic of a question put by someone unnamed is its report.

    The content runs from "about" to the comma that closes the phrase (or the sentence's end); it has no
    source, as no asker is named. A named asker ("Ann Lee asked about the ferry") is the verb's ordinary report.
    ``toks`` are the tokens after the cue.
    """
    text = page.text
    if previous.lower() not in _UNNAMED_ASKING and previous:
        return None
    if len(toks) < 2 or text[toks[0][0] : toks[0][1]].lower() != "about":
        return None
    comma = text.find(",", toks[1][0], min(s_end, toks[1][0] + _QUESTION_WINDOW_CHARS))
    start, end = cut_content(text, toks[1][0], s_end if comma < 0 else comma)
    if not long_enough(text, start, end) or within_direct(page, start, end):
        return None
    return Candidate(start, end, kind_of(text, start, end), cue, None, None)
