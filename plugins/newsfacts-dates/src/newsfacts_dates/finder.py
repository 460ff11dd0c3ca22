"""Finding candidate temporal expressions: one pass over the words, then cheap checks of the nearby characters.

The pass over the words finds where an expression may start (a first word of
some family, a trigger word close after it); only there are the families that
may begin with that word tried, so the cost is that of reading the words once.
The families over-generate on purpose; the checks here drop what
the words around a candidate show is no date: a year that is an amount
("$2014", "2014 troops"), a modal "May", a season that modifies a noun
("the winter storms"). Each check looks at a bounded window.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

import regex

from newsfacts.text import LazyPattern
from newsfacts_dates.families import (
    ALL_FAMILIES,
    ARTICLE_NEXT_WORDS,
    CHOICES_BY_FIRST_WORD,
    DATE_WORDS,
    EVERY_WORDS,
    FAMILIES_BY_FIRST_WORD,
    LONGEST,
    NAME,
    NAME_KEYS,
    START,
    TRIGGER_REACH,
    WORD_KINDS,
    match_family,
    trigger_mask,
)
from newsfacts_dates.family import Candidate, Family, Kind
from newsfacts_dates.pieces import APOSTROPHE, DIGIT
from newsfacts_dates.vocabulary import FREQUENCY_WORDS, alternation, word_set
from newsfacts_dates.words import words_of

# How many characters either side a check may look at.
LOOK = 24

# What the words around a candidate show. A figure right before or after: an amount, not a date.
_MONEY_OR_NUMBER_BEFORE = LazyPattern(r"[$£€#\d]\s?$|[\d][.,]$")
_NUMBER_AFTER = LazyPattern(r"^(?:\s?%|\s*+percent\b|\s*+per\s?cent\b|[.,]\d|-\d|\d|/\d)", regex.IGNORECASE)
# Prepositions that make a number before a plural noun a year all the same ("in 1990 prices rose").
_YEAR_LEAD_WORDS = word_set("in since until till by from to through of before after during early late mid fiscal circa")
# Words that let an ambiguous month name ("May", "March") stand alone.
_MONTH_LEAD_WORDS = _YEAR_LEAD_WORDS - {"fiscal", "circa"} | word_set(
    "for between and or last next this each every throughout around starting ending late- mid-"
)
# Words that let a bare season stand as a date ("in summer", "since spring").
_SEASON_LEAD_WORDS = _YEAR_LEAD_WORDS | word_set(
    "for between and or around about year end beginning spring summer autumn fall winter than c. on at"
)
# Words after a bare season or year that do not make it a modifier of a noun ("the winter storms" do).
_NOT_A_NOUN = word_set(
    "and or of to in on at as when while before after until is was were will would has had that the a an he she"
    " it they we i for with from by but because if than then so since this its their his her"
)


def _word_before(words: frozenset[str]) -> LazyPattern:
    """One of ``words`` right at the end of the text before a candidate."""
    return LazyPattern(rf"\b{alternation(words)}\s*+$", regex.IGNORECASE)


_YEAR_LEAD = _word_before(_YEAR_LEAD_WORDS)
_MONTH_LEAD = _word_before(_MONTH_LEAD_WORDS)
_LEAD_WORD = _word_before(_SEASON_LEAD_WORDS)
_NOUN_AFTER = LazyPattern(rf"^\s++(?!{alternation(_NOT_A_NOUN)}\b)(?-i:[a-z][a-z-]+)\b", regex.IGNORECASE)
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar."})
_NUMERIC_FAMILIES = frozenset({Kind.YEAR, Kind.DUR, Kind.HYPHDUR, Kind.AGO, Kind.CLOCK, Kind.ISO, Kind.MDY, Kind.DMY})
_PLURAL_AFTER = LazyPattern(r"^\s++(?-i:[a-z]+s)\b")
_APPROX_BEFORE = LazyPattern(
    r"\b(?:about|some|nearly|almost|over|than|roughly|around|approximately|least|only|just|all)\s*+$", regex.IGNORECASE
)
_VAGUE_SINGULAR = LazyPattern(r"^(?:some|many|several)\s", regex.IGNORECASE)
_AWKWARD_ONE = LazyPattern(r"^(?:the\s++)?(?:a|an|one)\s++(?:second|quarter)\b", regex.IGNORECASE)
# "37 years old" is an age, not a stretch of time in the story.
_AGE_AFTER = LazyPattern(r"\s++old\b", regex.IGNORECASE)
# "Today is", "it's", "this is" right before "the second day (of ...)": that day is the day of the story.
_NOW_IS_BEFORE = LazyPattern(r"\b(?:today|it|this)(?:\s++is|['\u2019]s)\s++$", regex.IGNORECASE)
_DETERMINER_BEFORE = LazyPattern(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s*+$|'s\s*+$", regex.IGNORECASE)


def _amount_not_date(before: str, after: str) -> bool:
    return (
        _MONEY_OR_NUMBER_BEFORE.compiled.search(before) is not None or _NUMBER_AFTER.compiled.match(after) is not None
    )


def _count_not_year(before: str, after: str) -> bool:
    """A number before a plural noun ("2000 troops"), with no preposition or determiner making it a year."""
    if _APPROX_BEFORE.compiled.search(before) and _NOUN_AFTER.compiled.match(after):
        return True
    return (
        _PLURAL_AFTER.compiled.match(after) is not None
        and _YEAR_LEAD.compiled.search(before) is None
        and _DETERMINER_BEFORE.compiled.search(before) is None
    )


def _bad_season(match: Candidate, before: str, after: str) -> bool:
    """A bare season needs "the" or a preposition, and must not modify a noun ("the winter storms")."""
    if match["sea"].lower() == "fall" or _NOUN_AFTER.compiled.match(after):
        return True
    return (
        not match[0].lower().startswith("the") and not _LEAD_WORD.compiled.search(before) and not (match["edge"] or "")
    )


def _bad_duration(match: Candidate) -> bool:
    """Not durations: "a second look", "a quarter of", "some day"."""
    if _AWKWARD_ONE.compiled.match(match[0]):
        return True
    return bool(_VAGUE_SINGULAR.compiled.match(match["num"] or "")) and not match["unit"].lower().endswith("s")


# Proper names that contain a date word: "The Daily Telegraph", "USA Today", "the Sunday Times".
# Date words that running text writes in lower case; capitalised inside a sentence, they belong to a name.
_LOWER_CASE_DATE_WORDS = (
    frozenset(
        {
            "today",
            "tonight",
            "tomorrow",
            "yesterday",
            "now",
            "noon",
            "midnight",
            "midday",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
        }
    )
    | FREQUENCY_WORDS
)
# Words of the present day that running text never writes after "the": capitalised there, they name a show.
_DEICTIC_WORDS = frozenset({"today", "tonight", "tomorrow", "yesterday"})
_CAPITALISED_DAY_PART = LazyPattern(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s++(?:Morning|Afternoon|Evening|Night)"
)
_LEADING_THE = LazyPattern(r"(?i:the)\s++")
_CAPITALISED_WORD_AFTER = LazyPattern(r"\s{1,3}+(?P<word>\p{Lu}[\p{L}'’&.-]*+)")
_CAPITALISED_WORD_BEFORE = LazyPattern(r"(?P<word>\p{Lu}[\p{L}'’&.-]*+)\s{1,3}+$")
_THE_BEFORE = LazyPattern(r"(?<![\w-])(?i:the)\s{1,3}+$")
# What opens a sentence before a word, past any spaces, quotes or brackets: an end of sentence or a new
# line; and what opens a quotation or a clause of its own: an opening quote or bracket, a dateline's dash
# ("WASHINGTON (AP) _ Today ...").
_SENTENCE_BREAK = LazyPattern(r"(?P<opening>[.!?:;\n])[\s\"'“‘`(\[_-]*+$|^[\s\"'“‘`(\[_-]*+$")
_CLAUSE_BREAK = LazyPattern(r"(?P<opening>[.!?:;\n_—–\"“‘`(\[]|--)[\s\"'“‘`(\[_-]*+$|^[\s\"'“‘`(\[_-]*+$")


def _sentence_initial(text: str, start: int, breaks: LazyPattern = _SENTENCE_BREAK) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or the text (so its capital says nothing)."""
    window = text[max(0, start - LOOK) : start]
    found = breaks.compiled.search(window)
    if found is None:
        return False
    return found["opening"] is not None or start <= LOOK


def _name_word(word: str) -> bool:
    """A capitalised word that can carry a name: not itself a date word ("Sunday Morning" stays a date)."""
    lowered = word.lower().rstrip(".")
    return lowered not in DATE_WORDS and lowered not in _LOWER_CASE_DATE_WORDS


def _name_before(text: str, start: int) -> bool:
    """Whether a capitalised word that is no date word, and does not open its sentence, ends right before."""
    preceding = _CAPITALISED_WORD_BEFORE.compiled.search(text, max(0, start - LOOK), start)
    return preceding is not None and _name_word(preceding["word"]) and not _sentence_initial(text, preceding.start())


def _name_after(text: str, end: int) -> bool:
    """Whether a capitalised word that is no date word follows ``end``, past one to three spaces."""
    following = _CAPITALISED_WORD_AFTER.compiled.match(text, end, end + LOOK)
    return following is not None and _name_word(following["word"])


def _inside_name(text: str, match: Candidate) -> bool:
    """Whether a one-word date ("Daily", "Sunday") is a word of a capitalised name around it."""
    start, end = match.start, match.end
    core = start
    article = _LEADING_THE.compiled.match(text, start, end)
    if article is not None:
        core = article.end()
    word = text[core:end]
    if not word[:1].isupper():
        return False
    if not word.isalpha():
        # "Sunday Night Football": a named day whose part of the day is capitalised too, then a name word
        return _CAPITALISED_DAY_PART.compiled.fullmatch(word) is not None and _name_after(text, end)
    name_after = _name_after(text, end)
    if word in NAME_KEYS:
        # Weekday and month names are always capitalised: a name shows only by "the" before and a name word
        # after ("the Sunday Times"), or by name words on both sides ("the Good Friday Agreement").
        return name_after and (
            article is not None
            or _THE_BEFORE.compiled.search(text, max(0, core - LOOK), core) is not None
            or _name_before(text, core)
        )
    if word.lower() not in _LOWER_CASE_DATE_WORDS or _sentence_initial(text, core, _CLAUSE_BREAK):
        return False
    if name_after:
        return True
    if word.lower() in _DEICTIC_WORDS and _THE_BEFORE.compiled.search(text, max(0, core - LOOK), core):
        return True  # "the Today programme": running text has no "the today"
    return article is None and _name_before(text, core)


# A quotation mark that opens a title right before its first word: ABC's "This Week", 'Next Year'.
_OPENING_QUOTES = frozenset("\"'`\u201c\u2018")
_TITLE_WORD = LazyPattern(r"[\p{L}\d][\p{L}\d'\u2019.-]*+")


def _quoted_title(text: str, match: Candidate) -> bool:
    """Whether the expression is a title in quotation marks ("This Week" on ABC): no date, as names are not.

    Every word is capitalised, and a word after the first is one that running text writes in lower case
    ("Week", "Morning"); a quoted weekday or month with its day ("Friday, Oct. 13") stays a date.
    """
    start = match.start
    if not start or text[start - 1] not in _OPENING_QUOTES or not text[start].isupper():
        return False
    words = [found.group() for found in _TITLE_WORD.compiled.finditer(text, start, match.end)]
    return (
        len(words) > 1
        and all(word[0].isupper() or word[0].isdigit() for word in words)
        and any(word[0].isupper() and word.rstrip(".") not in NAME_KEYS for word in words[1:])
    )


def _keep(text: str, match: Candidate) -> bool:
    family = match.family.kind
    start, end = match.start, match.end
    before = text[max(0, start - LOOK) : start]
    after = text[end : end + LOOK]
    if _inside_name(text, match) or _quoted_title(text, match):
        return False
    bare = not match["edge"] and not match["ptr"]
    if family in _NUMERIC_FAMILIES and match[0][0].isdigit() and _amount_not_date(before, after):
        return False
    if family == Kind.YEAR and not match["edge"] and _count_not_year(before, after):
        return False
    if family == Kind.MONTH and bare and match["mon"].lower() in _AMBIGUOUS_MONTHS:
        return _MONTH_LEAD.compiled.search(before) is not None
    if family == Kind.SEASON and bare and not match["yr"] and not match["spoken"]:
        return not _bad_season(match, before, after)
    if family == Kind.DUR:
        return not _bad_duration(match) and not _AGE_AFTER.compiled.match(after)
    if family == Kind.DAYOF:
        return _NOW_IS_BEFORE.compiled.search(before) is not None
    if family == Kind.WORD and match["adj"]:
        return _NOUN_AFTER.compiled.match(after) is not None  # "the current chief", not "the current was strong"
    return True


def _can_start(text: str, position: int) -> bool:
    r"""The families' look-behind, checked once here: no expression starts inside a word or a number.

    ``START`` read in Python where the characters before are ASCII (where ``\w`` is a letter, a digit or "_"
    and ``\d`` a digit), as they almost always are: a regex call per word start costs more than the test.
    """
    if not position:
        return True
    before = text[position - 1]
    if not before.isascii():
        return START.match(text, position, position) is not None
    if before.isalnum() or before in _NO_START_AFTER:
        return False
    if before not in ".," or position == 1:
        return True
    figure = text[position - 2]
    return not figure.isdigit() if figure.isascii() else START.match(text, position, position) is not None


_NO_START_AFTER = frozenset("_'-")


# The text is lower-cased this many characters at a time (up to the next white space, so that no word is cut):
# a copy of a piece, never of the whole text.
_LOWERED_PIECE = 1 << 16
_SPACE = LazyPattern(r"\s")


def _lowered_pieces(text: str) -> Iterator[tuple[int, str]]:
    """The text lower-cased a piece at a time, each piece with its offset; every piece as long as its source.

    Pieces end at white space, which no word crosses and which bounds the context of every case rule, so
    each piece lower-cases as it would within the whole text. A few letters lower-case to two characters;
    those stay as they are, so that offsets stay true.
    """
    start = 0
    while start < len(text):
        space = _SPACE.compiled.search(text, min(len(text), start + _LOWERED_PIECE))
        end = len(text) if space is None else space.start()
        piece = text[start:end]
        lowered = piece.lower()
        if len(lowered) != len(piece):
            lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in piece)
        yield start, lowered
        start = end


# WORD_KINDS as a plain dict: looked up at every word of the text, where a mapping proxy's ``get`` costs more.
_WORD_KINDS = dict(WORD_KINDS)


def _starts_and_triggers(text: str) -> Iterator[tuple[list[tuple[int, str]], list[tuple[int, int]]]]:
    """The word starts that may begin an expression, and the triggers, in text order, a piece of text at a time.

    A start is ``(offset, first-word key)``, a trigger ``(offset, families)``: the families that need its word,
    as bits (see ``families.NEEDED_BY``). Only one piece's lists exist at a time.
    """
    # An article starts an expression only before a word of one ("the past", "a week"): most do not. An
    # article that ends a piece is carried into the next, where its next word is.
    article_before: frozenset[str] | None = None
    starts: list[tuple[int, str]] = []
    triggers: list[tuple[int, int]] = []
    last_repeat = -LONGEST - 1  # where the last of EVERY_WORDS began
    word_kind = _WORD_KINDS.get
    for offset, lowered in _lowered_pieces(text):
        for token in words_of(lowered):
            word = token.group()
            kind = word_kind(word)
            if article_before is not None:
                if kind is None and word not in article_before and not word[0].isdigit():
                    starts.pop()
                article_before = None
            if kind is None:
                if not word[0].isdigit():
                    continue
                position = offset + token.start()
                if position and text[position - 1] == "'" and _can_start(text, position - 1):
                    starts.append((position - 1, APOSTROPHE))
                if _can_start(text, position):
                    starts.append((position, DIGIT))
                triggers.append((position, trigger_mask(lowered, token.start(), token.end())))
                continue
            key, trigger = kind
            position = offset + token.start()
            if word in EVERY_WORDS:
                last_repeat = position
            if key == NAME:
                # Month and weekday names start an expression only capitalised as such.
                key = NAME_KEYS.get(text[position : offset + token.end()], "")
            if key and _can_start(text, position):
                starts.append((position, key))
                article_before = ARTICLE_NEXT_WORDS.get(key)
            if trigger:
                triggers.append((position, trigger_mask(lowered, token.start(), token.end(), position - last_repeat)))
        if article_before is None:
            yield starts, triggers
            starts, triggers = [], []
        else:
            article = starts.pop()
            own = [triggers.pop()] if triggers and triggers[-1][0] == article[0] else []
            yield starts, triggers
            starts, triggers = [article], own
    yield starts, triggers


# Past this many triggers in reach of a start (dense figures), all of its families are tried: the look at the
# triggers stays bounded, and trying a family that cannot match costs nothing but time.
_MOST_TRIGGERS_READ = 24


def _called(position: int, triggers: deque[tuple[int, int]]) -> int | None:
    """The families the triggers at or after ``position`` call for (as bits), or None for a dead start.

    ``triggers`` holds the triggers from ``position`` on, as far as they decide: past LONGEST after it,
    _MOST_TRIGGERS_READ of them, or to the end of the text.
    """
    if not triggers or triggers[0][0] - position > TRIGGER_REACH:
        return None
    called = 0
    reach = position + LONGEST
    for read, (trigger, mask) in enumerate(triggers, start=1):
        if trigger >= reach:
            break
        if read == _MOST_TRIGGERS_READ:
            return ALL_FAMILIES
        called |= mask
    return called


def _live_starts(text: str) -> Iterator[tuple[int, str, int]]:
    """Word starts where an expression may begin, with the families the triggers in reach call for (as bits).

    A start is live when a trigger lies at most TRIGGER_REACH after it; the words of the triggers up to
    LONGEST after it tell which of its families may match there (see ``Family.needs``). A start is decided
    as soon as the triggers that tell have been read, so only one window's starts and triggers are held.
    """
    starts: deque[tuple[int, str]] = deque()
    triggers: deque[tuple[int, int]] = deque()
    for piece_starts, piece_triggers in _starts_and_triggers(text):
        if not starts and piece_starts:
            while triggers and triggers[0][0] < piece_starts[0][0]:
                triggers.popleft()
        starts.extend(piece_starts)
        triggers.extend(piece_triggers)
        if not triggers:
            continue
        last = triggers[-1][0]
        # A start is decided once a trigger past its reach, or enough triggers after it, have been read.
        while starts:
            start, start_key = starts[0]
            while triggers and triggers[0][0] < start:
                triggers.popleft()
            if len(triggers) < _MOST_TRIGGERS_READ and last < start + LONGEST:
                break
            starts.popleft()
            called = _called(start, triggers)
            if called is not None:
                yield start, start_key, called
    for start, start_key in starts:  # the end of the text: what was read is all there is
        while triggers and triggers[0][0] < start:
            triggers.popleft()
        called = _called(start, triggers)
        if called is not None:
            yield start, start_key, called


def find_candidates(text: str) -> Iterator[Candidate]:
    """The temporal expressions in ``text``, in order, not overlapping, each with its family and parts.

    Families are tried only where an expression can start near one of its trigger words, and only those
    whose needed words are in reach, which gives the same matches as running every family at every
    position, at a fraction of the cost; a family no text calls for is never compiled.
    """
    covered = 0
    for position, key, called in _live_starts(text):
        if position < covered:
            continue
        if called == ALL_FAMILIES:
            families: Iterable[Family] = FAMILIES_BY_FIRST_WORD[key]
        else:
            families = [family for bit, family in CHOICES_BY_FIRST_WORD[key] if called & bit]
        candidate = match_family(text, position, families)
        if candidate is None:
            continue
        covered = candidate.end
        if _keep(text, candidate):
            yield candidate
