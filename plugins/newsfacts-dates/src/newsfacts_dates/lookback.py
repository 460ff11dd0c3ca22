"""What the words right before a trigger word say about the families it may call for.

A unit word is in most articles, and most families with a unit match only after certain words: a count
("two years"), a pointer ("the past two years"), "for" ("for years"), "that" ("that day"). Reading those few
words back from the unit tells the finder not to try, and so not to compile, a family that cannot match there
(see ``families.trigger_mask``). Each test here may say yes where the family fails, never no where it
matches; at the head of the lower-cased piece (or span) it reads, what comes before is unknown, and it says yes.
"""

from __future__ import annotations

from newsfacts_dates.vocabulary import COUNT_WORDS, word_set

# The longest expression the finder reads, in characters: far more than any real one needs.
LONGEST = 240

# The last word of a count ("two", "a", "a couple of", "two and a half", a figure), and the words DUR lets
# stand between a count and its unit ("two more years", "an additional year").
_COUNT_ENDS = frozenset(COUNT_WORDS) | word_set("half few couple of several a an many some")
AFTER_NUMBER = word_set("more additional full straight consecutive trading business working")
# "once a", "twice per", "three times an": what a set's repetition takes before a unit in the singular.
TIMES_WORDS = word_set("once twice times")
_PER = word_set("a an per")
# The units "two years earlier" takes (the look-behind of AGO): a word before the signal that ends otherwise
# rules the family out.
_UNITS_BEFORE_SIGNAL = tuple(
    word_set("month months quarter quarters year years decade decades century centuries millennium millennia")
)


def _word_before(lowered: str, start: int) -> tuple[int, str] | None:
    """The word right before ``start`` past white space (at least one), with where it starts.

    None when no white space or a non-word character stands there; ``(0, "")`` when the white space or the word
    reaches the head of ``lowered`` (a piece of the text, or a span), where what comes before is unknown.
    """
    end = start
    while end and lowered[end - 1].isspace():
        end -= 1
    if end == start:
        return None
    if end == 0:
        return 0, ""
    begin = end
    while begin and (lowered[begin - 1].isalnum() or lowered[begin - 1] == "_"):
        begin -= 1
    if begin == end:
        return None
    if begin == 0 or not (lowered[begin - 1].isspace() or lowered[begin - 1].isascii()):
        return 0, ""  # a word the scan may have cut: unknown
    return begin, lowered[begin:end]


def counted(lowered: str, start: int) -> bool:
    """Whether the unit word at ``start`` may end a count: DUR's needed context (or the head of ``lowered``)."""
    before = _word_before(lowered, start)
    if before is not None and before[1] in AFTER_NUMBER:
        before = _word_before(lowered, before[0])
    if before is None:
        return False
    word = before[1]
    return not word or word[0].isdigit() or word in _COUNT_ENDS


def after_unit(lowered: str, start: int) -> bool:
    """Whether white space and, before it, a unit of AGO's look-behind come right before ``start``.

    At the head of ``lowered`` (a piece of the text, or a span) what comes before is unknown: say yes.
    """
    before = start
    while before and lowered[before - 1].isspace():
        before -= 1
    if before == start:
        return False
    return before == 0 or lowered.endswith(_UNITS_BEFORE_SIGNAL, 0, before)


def after_times(lowered: str, start: int) -> bool:
    """Whether "once a", "twice per", "times an"... (white space between) come right before ``start``.

    At the head of ``lowered`` (a piece of the text, or a span) what comes before is unknown: say yes.
    """
    per = _word_before(lowered, start)
    if per is None or (per[1] and per[1] not in _PER):
        return False
    times = _word_before(lowered, per[0]) if per[1] else per
    return times is not None and (not times[1] or times[1] in TIMES_WORDS)


# The words SPANDUR lets stand between its pointer and its unit in the plural ("the past two years", "the next
# twenty-four hours", "the last 1,500 days", "the first few full months"): a count's words, "more" and "full",
# joined by white space, hyphens and a figure's punctuation.
_POINTERS = word_set("past last next first coming final previous following latest recent")
_BETWEEN_POINTER_AND_UNIT = frozenset(COUNT_WORDS) | word_set("and a an half few couple of several many some more full")
_NUMBER_JOINS = frozenset(" ,./-")


def after_pointer(lowered: str, start: int) -> bool:
    """Whether a pointer, then nothing but the words of a count, come right before the unit at ``start``.

    At the head of ``lowered`` (a piece of the text, or a span), at a word that is not ASCII (which ``regex``
    may fold otherwise than ``str.lower``) or past LONGEST characters, what comes before is unknown: say yes.
    """
    position = start
    while position > start - LONGEST:
        end = position
        while end and (lowered[end - 1].isspace() or lowered[end - 1] in _NUMBER_JOINS):
            end -= 1
        if not end:
            return True
        if end == position:
            return False
        begin = end
        while begin and (lowered[begin - 1].isalnum() or lowered[begin - 1] == "_"):
            begin -= 1
        word = lowered[begin:end]
        if not begin or not word.isascii() or not (lowered[begin - 1].isspace() or lowered[begin - 1].isascii()):
            return True  # a word the scan may have cut, or folded otherwise: unknown
        if word in _POINTERS:
            return True
        if not word or not (word[0].isdigit() or word in _BETWEEN_POINTER_AND_UNIT):
            return False
        position = begin
    return True


# What VAGUE's look-behinds take before its units: "for years", "in the early years", "during the days".
_BEFORE_STRETCH = word_set("for within in over")
_BEFORE_THE_STRETCH = _BEFORE_STRETCH | {"during"}
_BETWEEN_THE_AND_STRETCH = word_set("early following intervening")
# What WORD and ANAPHOR take before their units: "recent years", "these days", "the long term"; "that same day".
_BEFORE_RECENT = word_set("recent coming these")
_BEFORE_TERM = word_set("near short long")
_THAT = frozenset({"that"})
_BETWEEN_THAT_AND_UNIT = word_set("same very")


def _word_in(lowered: str, start: int, words: frozenset[str], between: frozenset[str] = frozenset()) -> int | None:
    """Where the word right before ``start`` starts, if it is one of ``words`` or unknown; None otherwise.

    One of ``between`` right before ``start`` is passed over; "unknown" is as ``_word_before`` says.
    """
    before = _word_before(lowered, start)
    if before is not None and before[1] in between:
        before = _word_before(lowered, before[0])
    if before is None or (before[1] and before[1] not in words):
        return None
    return before[0]


def after_stretch_word(lowered: str, start: int) -> bool:
    """Whether the unit at ``start`` may take VAGUE's look-behinds: "for years", "for the (early) years"."""
    if _word_in(lowered, start, _BEFORE_STRETCH) is not None:
        return True
    the = _word_in(lowered, start, frozenset({"the"}), _BETWEEN_THE_AND_STRETCH)
    return the is not None and (the == 0 or _word_in(lowered, the, _BEFORE_THE_STRETCH) is not None)


def decade_figure(lowered: str, start: int) -> bool:
    """Whether the figure at ``start`` ends in 0 and then "s" or "'s", as every decade's figure does ("1990s")."""
    end = start
    while end < len(lowered) and lowered[end].isdigit():
        end += 1
    return lowered[end - 1] == "0" and (lowered[end : end + 1] == "s" or lowered[end : end + 2] == "'s")


def after_recent(lowered: str, start: int) -> bool:
    """Whether "recent", "coming" or "these" comes right before the unit at ``start`` ("recent years")."""
    return _word_in(lowered, start, _BEFORE_RECENT) is not None


def after_near_short_long(lowered: str, start: int) -> bool:
    """Whether "near", "short" or "long" comes right before "term" at ``start`` ("the long term")."""
    return _word_in(lowered, start, _BEFORE_TERM) is not None


def after_that(lowered: str, start: int) -> bool:
    """Whether "that" (and "same" or "very") comes right before the unit at ``start`` ("that same day")."""
    return _word_in(lowered, start, _THAT, _BETWEEN_THAT_AND_UNIT) is not None


def day_before(lowered: str, start: int) -> bool:
    """Whether a figure (a day's: "3", "3rd"), then "of" or not, comes right before the month at ``start``."""
    before = _word_before(lowered, start)
    if before is not None and before[1] == "of":
        before = _word_before(lowered, before[0])
    return before is not None and (not before[1] or before[1][0].isdigit())
