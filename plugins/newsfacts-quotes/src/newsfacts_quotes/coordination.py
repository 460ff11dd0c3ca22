"""Two reports joined in one sentence: "Ann Lee praised the plan but warned that it would cost more".

A report's content reaches to the end of its sentence, so a second report coordinated with it
("..., and the mayor said ...", "... but denied ...") first lands inside the first one's content,
where it would be read as a nested attribution and dropped. It is not nested: two coordinated
predicates are two propositions, each with its own cue, and PolNeAR counts them as two items.
The first content ends where the coordination begins, and the second report stays.

Four shapes are read as two reports, each a general grammatical one:

- the same subject with a second predicate: "says A and calls B", "condemned A but praised B",
  "suggested A, called B and praised C".
  The second verb has the same inflection as the first ("said ... and endorse" is a verb inside
  the report, not a second predicate of the speaker);
- a second clause with its own subject after a comma and "and"/"but": "said A, and he accused B".
  Without the comma the clause is as often part of the report ("said it is complex and he feels ...");
- the main clause after a fronted subordinate clause that holds the first report: "While Ann Lee
  said A, the mayor called B". The comma closes the subordinate clause;
- a subordinate clause after the object of a verb that takes no clause: "attacked his record after
  Ann Lee accused him". After a verb of saying the clause is part of what was said ("said the plan
  failed because the council cut its budget").

A report inside the content that opens it ("said she believes ...") or sits mid-clause is nested.
"""

from __future__ import annotations

import regex

from newsfacts.text import LazyPattern
from newsfacts_quotes.lexicon import IRREGULAR_PASTS, LEARNED_ONLY_VERBS
from newsfacts_quotes.reading import Candidate
from newsfacts_quotes.reported_clause import long_enough

# A break before a coordinator: a comma or a dash.
_BREAK = r"(?:,|[ \u00a0]-|[ \u00a0]?+[—–])"
# The coordinator just before the second predicate: " and", ", but", " - and", or a comma in a list
# of predicates ("suggested A, called B and praised C").
_SAME_SUBJECT = LazyPattern(rf"(?:{_BREAK}?+[ \u00a0]++(?:and|but)|,)[ \u00a0]++$")
# ", and" or " - but" before a second clause's subject.
_OWN_SUBJECT = LazyPattern(rf"{_BREAK}[ \u00a0]*+(?:and|but)[ \u00a0]++$")
# A subordinator before a second report: it modifies the first verb's predicate, not its object.
_SUBORDINATOR = LazyPattern(
    r"[ \u00a0]++(?:even[ \u00a0]++)?(?:after|because|when|while|as|before|since|until)[ \u00a0]++$"
)
# A sentence opening with a subordinator: "While Ann Lee said ..., the mayor ...".
_FRONTED = LazyPattern(
    r"(?:^|[.!?][\"”’']?+[ \u00a0]++|\n)(?:While|Although|Though|Even[ \u00a0]++though|Even[ \u00a0]++as|As|If|Whereas|"
    r"Because|Since|After|When|Before|Once|Until)[ \u00a0]++$"
)
_FRONTED_CHARS = 24
# The comma closing a fronted subordinate clause, before the main clause's subject.
_CLOSING_COMMA = regex.compile(r",[ \u00a0]++$")
# How far back from the second clause its coordinator is looked for.
_COORDINATOR_CHARS = 14


def _inflection(cue_text: str) -> str:
    """The inflection of a cue's last word: past, third-person present, participle or base form."""
    words = cue_text.split()
    word = words[-1].lower() if words else ""
    if word.endswith("ed") or word in IRREGULAR_PASTS:
        return "past"
    if word.endswith("ing"):
        return "participle"
    if word.endswith("s") and not word.endswith("ss"):
        return "present"
    return "base"


def _fronted(text: str, host: Candidate) -> bool:
    """Whether ``host``'s source opens a sentence after a subordinator: "While Ann Lee said ..."."""
    mention = host.mention
    return (
        mention is not None
        and _FRONTED.compiled.search(text, max(0, mention[0] - _FRONTED_CHARS), mention[0]) is not None
    )


def coordination_end(text: str, host: Candidate, inner: Candidate) -> int | None:
    """Where ``host``'s content ends when ``inner``, whose cue lies in it, is a coordinated report.

    None when ``inner`` is nested in the report: no coordinator before it, a different inflection,
    a report read backwards (its content before its cue), or too little left of ``host``.
    """
    if host.cue is None or inner.cue is None or host.cue[1] > host.start or inner.cue[1] > inner.start:
        return None
    mention = inner.mention
    own_subject = mention is not None and host.start < mention[0] < inner.cue[0]
    clause = mention[0] if own_subject and mention is not None else inner.cue[0]
    lo = max(host.start, clause - _COORDINATOR_CHARS)
    host_cue, inner_cue = text[host.cue[0] : host.cue[1]], text[inner.cue[0] : inner.cue[1]]
    found = None
    if host_cue.rsplit(None, 1)[-1].lower() in LEARNED_ONLY_VERBS:
        # "attacked his record after Ann Lee accused him": the verb takes an object, not a clause,
        # so the subordinate clause is no part of what it reports.
        found = _SUBORDINATOR.compiled.search(text, lo, clause)
    if found is None and own_subject:
        found = _OWN_SUBJECT.compiled.search(text, lo, clause)
        if found is None and _fronted(text, host):
            found = _CLOSING_COMMA.search(text, lo, clause)
    elif found is None and mention == host.mention and _inflection(host_cue) == _inflection(inner_cue):
        found = _SAME_SUBJECT.compiled.search(text, lo, clause)
    if found is None:
        return None
    end = found.start()
    while end > host.start and text[end - 1] in " \u00a0,":
        end -= 1
    return end if long_enough(text, host.start, end) else None
