"""``An early vote, he said, “would be a mistake.”``: a fragment before the tag of a direct quotation.

A report interrupted by its attribution comes out as two quotes, one for each side
(``The plan, officials hope, will cut queues``). When the side after the tag is a
direct quotation, the words before the tag are still the speaker's: a subject ("An
early vote"), a topic ("As for the budget"), a condition ("If the bridge closes").
A setting that only places the telling is no part of it: "At a rally on Tuesday, he
said, “…”", "In an interview, she said, “…”", "Two days later, he wrote, “…”", nor a
participle telling what the speaker did ("Switching to English, he said, “…”").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfacts.text import word_set
from newsfacts_quotes.clauses import holds_finite_verb
from newsfacts_quotes.lexicon import DETERMINERS, MONTH_NAMES, PRONOUNS, WEEKDAY_NAMES

if TYPE_CHECKING:
    from newsfacts_quotes.reading import Candidate

# Words opening a phrase of place or time around the telling ("At the rally", "In an interview", "Later",
# "Outside the courthouse", "Back home in Salem").
_SETTING_OPENERS = word_set(
    "in on at during from over through throughout within later earlier last next yesterday today tonight "
    "outside inside near beside behind across along around amid aboard back"
)
# Opening a phrase of time, or a clause when a subject follows: "After the debate" vs "After she left".
_TIME_CONJUNCTIONS = word_set("after before since until")
# A setting ends on these: "Two days later", "Eight years ago".
_TIME_ENDS = word_set("ago later earlier")
_COORDINATORS = word_set("but and so")
_STRIP = "“\"«‘'(,"


def fragment_before_quotation(text: str, candidate: Candidate) -> bool:
    """Whether ``candidate`` ends at the comma before its own cue and is no setting of the telling.

    Called for a report whose cue also tags a direct quotation after it: both are the speaker's.
    """
    cue = candidate.cue
    if cue is None or candidate.end > cue[0] or not text.startswith(",", candidate.end):
        return False
    words = [word.strip(_STRIP).lower() for word in text[candidate.start : candidate.end].split()]
    if words and words[0] in _COORDINATORS:
        words = words[1:]
    if not words:
        return True
    first = words[0]
    if words[-1] in _TIME_ENDS or first in WEEKDAY_NAMES or first in MONTH_NAMES or first in _SETTING_OPENERS:
        return False
    if first.endswith("ing"):
        return False  # "Switching to English, he said, “…”": what the speaker did, told by the writer
    if first in _TIME_CONJUNCTIONS:
        # "After she blurted it out" is a clause of the report; "After the debate" a time.
        return len(words) > 1 and (words[1] in PRONOUNS or holds_finite_verb(text, candidate.start, candidate.end))
    return True


# A quotation closing on a comma right before its tag's source: "“The pier is safe,” she said".
_COMMA_CLOSING = ",”", ',"', ",''", ",’", ",'"
# The closing comma and mark stand within this many characters before the source.
_CLOSING_CHARS = 5


def clause_after_tag(text: str, source_start: int, cue_end: int) -> bool:
    """``“A,” he said, B``: a quotation closes right before the source, and B goes on with the report.

    A scene set after the tag is the writer's ("…,” she said, with a smile", "as the crowd cheered",
    "and her husband cut in", "then walked out", "her voice shaking"): B must open on none of those
    words, and "and" only before a quotation.
    """
    if not text[max(0, source_start - _CLOSING_CHARS) : source_start].rstrip().endswith(_COMMA_CLOSING):
        return False
    if not text.startswith(",", cue_end):
        return False
    head = (cue_end + 1, min(len(text), cue_end + 1 + _HEAD_CHARS))
    words = text[head[0] : head[1]].split(maxsplit=3)
    if len(words) < _MIN_WORDS:
        return False
    first, second = words[0].lower(), words[1].lower()
    if first in _SCENE_OPENERS or (first == "when" and second != "asked"):
        return False
    if _absolute_phrase(words) and not holds_finite_verb(text, *head):
        return False
    return first != "and" or second[:1] in _OPENING_MARKS


def _absolute_phrase(words: list[str]) -> bool:
    """``her voice shaking``, ``the crowd booing``: a noun and a participle of its own, no verb of the report."""
    return len(words) > _MIN_WORDS and words[0].lower() in DETERMINERS and words[2].rstrip(".,;").endswith("ing")


# "with a smile", "as the crowd cheered", "dressed as ...", "a hint of frustration", "then left": the writer's scene.
_SCENE_OPENERS = word_set("with without as dressed a an another then")
_OPENING_MARKS = "“\"‘'«"
_HEAD_CHARS = 60
_MIN_WORDS = 2


def fragment_after_quotation(text: str, candidate: Candidate) -> bool:
    """``“A,” he said, B``: a report that opens right after the comma closing its own tag."""
    cue = candidate.cue
    return cue is not None and candidate.start > cue[1] and text[cue[1] : candidate.start].strip() == ","
