"""Which way an under-specified date points, read from the verbs nearest to it.

"said on Tuesday" is the Tuesday before publication, "will meet on Tuesday"
the one after. The nearest tense marker within a bounded window of the same
sentence decides; with none, the caller falls back to its own default.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import regex

from newsfacts.text import LazyPattern
from newsfacts_dates.words import words_of

Tense: TypeAlias = Literal["past", "present", "future", "none"]

# How far either side of the expression, within its sentence, to look for a verb.
WINDOW = 120

# Markers are read off the words in the window with set look-ups: far cheaper than running an
# alternation of words at every position.
_WORD = regex.compile(r"\w++")
_FUTURE = frozenset({"will", "shall", "scheduled", "would", "upcoming", "tomorrow", "until", "effective"})
# Future markers of two words, the second "to": "going to", "plans to", "is to", "due to"...
_FUTURE_BEFORE_TO = frozenset(
    {
        "going",
        "plan",
        "plans",
        "planning",
        "planned",
        "ready",
        "intend",
        "intends",
        "expect",
        "expects",
        "expected",
        "is",
        "are",
        "due",
        "set",
        "hope",
        "hopes",
        "aim",
        "aims",
    }
)
# A past participle or past tense form: five letters at least ("based", not "bed").
_SHORTEST_ED = 5
# Words in -ed that are no past form ("will succeed", "a hundred").
_NOT_PAST_ED = frozenset(
    {"hundred", "succeed", "proceed", "exceed", "indeed", "need", "speed", "breed", "bleed", "feed", "heed", "embed"}
)
# The present of a timetable: "the vote is on Thursday", "the summit opens Monday". Said of a named
# day, it is the coming one.
_PRESENT = frozenset(
    {
        "is",
        "are",
        "begins",
        "starts",
        "opens",
        "ends",
        "closes",
        "meets",
        "leaves",
        "arrives",
        "visits",
        "resumes",
        "expires",
        "sails",
        "departs",
        "lands",
        "launches",
        "reopens",
        "convenes",
        "reconvenes",
        "airs",
        "premieres",
    }
)
# The same verbs in the plural ("the talks open Monday"), present only right after a plural subject: a
# base form also follows modals ("will meet") and "to", and most of them are nouns too ("the end").
_PRESENT_PLURAL = frozenset({"begin", "start", "open", "end", "close", "meet", "leave", "arrive", "visit", "resume"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
# Words in -s that are no plural subject ("its close", "as open").
_NOT_PLURAL = frozenset({"its", "his", "hers", "ours", "yours", "theirs", "this", "thus", "was", "has", "is", "does"})
_SHORTEST_PLURAL = 4
# Verbs that report what is said: after a quotation that holds the expression ("'... on Thursday,' she
# said"), they tell when it was said, not when what was said happens.
_REPORTING = frozenset({"said", "says", "told", "added", "stated", "declared"})
_CLOSING_QUOTE = LazyPattern(r"''|\"|\u201d")
_AS_SOON = LazyPattern(r"as\s++(?:soon|early)\s++as\b", regex.IGNORECASE)
_NOT = LazyPattern(r"'t\b")
_PAST = frozenset(
    [
        "said",
        "told",
        "was",
        "were",
        "had",
        "did",
        "ago",
        "last",
        "yesterday",
        "earlier",
        "came",
        "went",
        "met",
        "made",
        "took",
        "gave",
        "began",
        "saw",
        "held",
        "won",
        "lost",
        "left",
        "fell",
        "rose",
        "sold",
        "bought",
        "paid",
        "announced",
        "reported",
        "posted",
        "closed",
        "since",
        # irregular past forms, none of them also a present ("hit", "put", "set" are left out)
        "became",
        "brought",
        "thought",
        "caught",
        "fought",
        "sought",
        "found",
        "built",
        "sent",
        "spent",
        "meant",
        "felt",
        "kept",
        "led",
        "ran",
        "knew",
        "grew",
        "threw",
        "flew",
        "drew",
        "wrote",
        "spoke",
        "broke",
        "chose",
        "drove",
        "stood",
        "struck",
        "shot",
        "got",
        "forgot",
        "been",
        "done",
        "gone",
        "seen",
        "given",
        "taken",
        "known",
        "shown",
        "written",
        "broken",
        "chosen",
        "fallen",
        "risen",
        "begun",
    ]
)


# Every word a marker can begin with, but the regular past forms (in -ed): any other word is passed over at once.
_MARKER_HEADS = _FUTURE | _FUTURE_BEFORE_TO | _PAST | _PRESENT | _PRESENT_PLURAL | {"as", "won", "wo", "ll"}


def _markers(sentence: str, lo: int, hi: int) -> list[tuple[int, int, Tense]]:
    """(start, end, tense) of each tense marker in ``sentence[lo:hi]``, in order."""
    found: list[tuple[int, int, Tense]] = []
    words = [(token.start(), token.end(), token.group().lower()) for token in words_of(sentence, lo, hi)]
    if words and words[0][0] == lo and lo and _WORD.match(sentence, lo - 1, lo):
        words = words[1:]  # the window cuts a word: its tail is no word of its own
    index = 0
    while index < len(words):
        start, end, word = words[index]
        if word not in _MARKER_HEADS and not word.endswith("ed"):
            index += 1
            continue
        following = words[index + 1] if index + 1 < len(words) else (hi, hi, "")
        gap = sentence[end : following[0]]
        index += 1
        if word in _FUTURE:
            found.append((start, end, _planned(words, index - 1)))
        elif word == "as" and (phrase := _AS_SOON.compiled.match(sentence, start, hi)):
            # "as soon as Tuesday", "as early as next week": the earliest time something may happen
            found.append((start, phrase.end(), "future"))
            index += 2
        elif _future_pair(word, gap, following[2]):  # "won't", "going to", "plans to"...
            found.append((start, following[1], _planned(words, index - 1)))
            index += 1
        elif word == "wo" and following[2] == "n" and gap.isspace() and _NOT.compiled.match(sentence, following[1], hi):
            found.append((start, following[1] + 2, "future"))
            index += 2
        elif word == "ll" and _after_apostrophe(sentence, start, lo):  # "we'll"
            found.append((start - 1, end, "future"))
        elif (
            word in _PAST or (_past_form(sentence, start, word) and not _adjective(words, index - 1))
        ) and not _after_be(words, index - 1, sentence):
            found.append((start, end, "past"))
        elif word in _PRESENT or (word in _PRESENT_PLURAL and _after_plural_subject(words, index - 1, sentence)):
            found.append((start, end, "present"))
    return found


def _planned(words: list[tuple[int, int, str]], index: int) -> Tense:
    """The tense of the future marker at ``index``: past after "had (been)", else future.

    "had been scheduled to expire Friday", "had been due to open Monday": a plan told in the past perfect
    was due before the story was told (and was usually called off); the day is the one before.
    """
    before = [word for _, _, word in words[max(0, index - 2) : index]]
    return "past" if before[-1:] == ["had"] or before == ["had", "been"] else "future"


def _after_be(words: list[tuple[int, int, str]], index: int, sentence: str) -> bool:
    """Whether the word at ``index`` is a participle right after "be" or "being": a passive.

    "will be named", "would be paid": the tense is that of the verb before, not a past.
    """
    if index == 0:
        return False
    before_start, before_end, before = words[index - 1]
    del before_start
    return before in {"be", "being"} and sentence[before_end : words[index][0]].isspace()


def _after_plural_subject(words: list[tuple[int, int, str]], index: int, sentence: str) -> bool:
    """Whether the word at ``index`` follows a plural subject ("talks", "they") with only a space between."""
    if index == 0:
        return False
    _, before_end, before = words[index - 1]
    if not sentence[before_end : words[index][0]].isspace():
        return False
    if before in _PLURAL_PRONOUNS:
        return True
    return (
        len(before) >= _SHORTEST_PLURAL
        and before.endswith("s")
        and not before.endswith("ss")
        and before not in _NOT_PLURAL
    )


# Words after which a form in -ed describes a noun ("a revised plan", "its reported loss").
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


def _adjective(words: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the form in -ed at ``index`` describes a noun rather than telling of a past.

    Negated forms ("unspecified", "undisclosed") and forms right after a determiner ("the revised plan").
    """
    word = words[index][2]
    return word.startswith("un") or (index > 0 and words[index - 1][2] in _DETERMINERS)


def _past_form(sentence: str, start: int, word: str) -> bool:
    """A regular past form: five letters at least, in -ed, not capitalised ("United", "Ahmed" are names)."""
    return (
        len(word) >= _SHORTEST_ED and word.endswith("ed") and word not in _NOT_PAST_ED and not sentence[start].isupper()
    )


def _future_pair(word: str, gap: str, following: str) -> bool:
    if word == "won" and gap == "'" and following == "t":
        return True
    return word in _FUTURE_BEFORE_TO and following == "to" and gap.isspace()


def _after_apostrophe(sentence: str, start: int, lo: int) -> bool:
    """Whether the word at ``start`` follows an apostrophe that follows a word ("we'll"), inside the window."""
    return (
        start - 1 >= lo
        and start >= 2
        and sentence[start - 1] == "'"
        and _WORD.match(sentence, start - 2, start - 1) is not None
    )


def _reports_a_quote(sentence: str, end: int, marker_start: int, marker_end: int) -> bool:
    """Whether the marker is a reporting verb after a quotation closed between the expression and it."""
    return (
        sentence[marker_start:marker_end].lower() in _REPORTING
        and _CLOSING_QUOTE.compiled.search(sentence, end, marker_start) is not None
    )


def tense_near(sentence: str, start: int, end: int) -> Tense:
    """The tense of the marker nearest to ``sentence[start:end]``, looking at most WINDOW characters away."""
    lo = max(0, start - WINDOW)
    best: Tense = "none"
    best_distance = WINDOW + 1
    for marker_start, marker_end, tense in _markers(sentence, lo, min(len(sentence), end + WINDOW)):
        if start <= marker_start < end:
            continue
        if marker_start >= end and _reports_a_quote(sentence, end, marker_start, marker_end):
            continue
        distance = start - marker_end if marker_end <= start else marker_start - end
        # A verb before the expression governs it a little more often than one after.
        if marker_start >= end:
            distance += 8
        if distance < best_distance:
            best_distance = distance
            best = tense
    return best
