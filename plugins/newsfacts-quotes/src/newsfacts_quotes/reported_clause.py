"""Where the reported clause after a cue opens, and whether what follows a verb is only an adjunct.

``said on Tuesday that ...``, ``told reporters he ...``, ``pointed to the
figures``: a handful of tokens after the verb are read, never the whole
sentence.
"""

from __future__ import annotations

import regex

from newsfacts.text import LazyPattern, word_set
from newsfacts_quotes.clause_subjects import (
    DEMONSTRATIVE_WORDS,
    EXISTENTIAL_WORDS_READ,
    FINITE_VERB_WORDS,
    TIME_WORDS,
    demonstrative_subject,
    existential,
)
from newsfacts_quotes.clauses import particle_of
from newsfacts_quotes.gates import after_spaces
from newsfacts_quotes.lexicon import (
    DETERMINERS,
    EXISTENTIAL_VERBS,
    INFINITIVE_ONLY_VERBS,
    INFINITIVE_VERBS,
    MONTH_NAMES,
    NON_CLAUSE_START,
    OBJECT_VERBS,
    WEEKDAY_NAMES,
)
from newsfacts_quotes.mentions import tokens_in
from newsfacts_quotes.possessive_clause import possessive_opens_clause
from newsfacts_quotes.reading import MIN_CONTENT_CHARS, MIN_NAME_CHARS, Span2, has_words
from newsfacts_quotes.viewing import VIEW_ONLY_VERBS, VIEWING_VERBS, object_as_start

# Tokens after the verb are read within this many characters: enough for "said on Tuesday in an
# interview with the radio station that", never a whole long sentence per cue.
_CLAUSE_WINDOW_CHARS = 160
# How many tokens may stand between the verb and "that": a few after most verbs, more after an object
# verb or an opening adjunct ("told the committee on Tuesday in a closed session that ...").
_MAX_THAT_GAP = 5
_MAX_THAT_GAP_LONG = 12
# An addressee before the clause is short: "told reporters", "told the Senate committee".
_MAX_ADDRESSEE_TOKENS = 6
# A named addressee closed by a comma stands within the first three tokens ("told CNN, his ...").
_MAX_NAMED_ADDRESSEE_TOKENS = 3
# A time adjunct is read in this many characters and tokens ("on Tuesday", "last week,").
_TIME_WINDOW_CHARS = 120
_TIME_WINDOW_TOKENS = 8
# A clause after a time adjunct needs three words to be one ("said on Tuesday the bridge would reopen").
_MIN_CLAUSE_AFTER_TIME = 3
# An aside between commas or dashes right after the verb, then "that": "said, in part, that", "said — on
# Twitter, as it happens — that". Bounded: up to five words between commas, 60 characters between dashes.
_ASIDE_THEN_THAT = LazyPattern(
    r"(?:,[ \u00a0]++(?:[\p{L}'’\-]++[ \u00a0]++){0,4}+[\p{L}'’\-]++,"
    r"|[ \u00a0]*+[—–][^—–\n]{1,60}+[—–])[ \u00a0]*+that[ \u00a0]++"
)
# Words that open a reported clause right after an addressee ("told reporters he ...").
CLAUSE_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "I", "there", "the", "his", "their", "its"})
_OBJECT_PRONOUNS = frozenset({"me", "you", "him", "her", "it", "us", "them", "whom"})
# Further words that open a clause after an addressee ("told reporters this was ...", "told the host a loss is").
_MORE_CLAUSE_SUBJECTS = frozenset({"this", "these", "those", "a", "an", "our", "my", "you"})
# A contraction on a subject pronoun ("she’s", "they'll") does not hide it.
_CONTRACTION = LazyPattern(r"['’](?:s|ll|re|d|ve|m)$")
# Words that open an indirect question ("asked whether ...", "told them how ...").
QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "when", "where", "which", "who"})
# A short adjunct after the verb closed by a comma ("argued in his email, ..."), read in bounded words.
_ADJUNCT_COMMA = LazyPattern(
    r"[ \u00a0]++(?:(?:in|on|at|during|with|by|from|via|after|before|over|to)(?:[ \u00a0]++[\p{L}\d'’.\-]++){1,5}+"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
    r"(?:[ \u00a0]++(?:morning|afternoon|evening|night))?+),"
)
# The words that open the adjunct (any order does for startswith): after the verb's spaces or no compile.
# A bare day is one too: "officials said Wednesday, a step ..." as "said on Wednesday, ...".
_ADJUNCT_OPENINGS = tuple(
    word_set("in on at during with by from via after before over to today yesterday")
    | frozenset(day.capitalize() for day in WEEKDAY_NAMES)
)
# "said in an interview, ..." fits; a longer stretch before the comma is a clause, not an adjunct.
_ADJUNCT_COMMA_CHARS = 80
# What follows a verb is only an adjunct when it is this short ("in an interview last week.").
_MAX_ADJUNCT_WORDS = 8

# Words of quantity after "too"/"so" that make a noun phrase, not an adverb of the verb ("too many people").
_DEGREE_WORDS = frozenset(["many", "much", "few", "little"])
BARE_DAYS = WEEKDAY_NAMES | frozenset(["today", "yesterday", "tonight"])
_DAY_PARTS = frozenset(["morning", "afternoon", "evening", "night"])
_BOUNDS = frozenset(["least", "most"])
# Words that open a time adjunct after an addressee ("told the Star last week she ...").
_TIME_OPENERS = frozenset(["on", "last", "this", "earlier", "late"]) | BARE_DAYS
_ADJUNCT_OPENERS = _TIME_OPENERS | {"in"}  # the first word of every adjunct skip_time_adjunct skips
# Where words were said or written: "said in a statement", "wrote in an email to staff".
_MEDIUM_NOUNS = word_set(
    "statement interview email e-mail letter tweet post posting release speech memo op-ed column message video "
    "podcast broadcast briefing filing conference call appearance remarks testimony address"
)
# Capitalised words after "on" that are days or months, read by the time adjunct instead ("on Monday").
_NOT_MEDIUM_NAMES = MONTH_NAMES | WEEKDAY_NAMES
_MEDIUM_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "our", "my", "this"])
# The medium noun closes its phrase within this many words after the determiner ("a written statement",
# "a televised news conference").
_MAX_MEDIUM_WORDS = 3
_CLAUSE_OPENERS = frozenset(["the", "a", "an", "he", "she", "they", "it", "his", "her", "their"])


def clause_start(text: str, verb: str, w_end: int, hi: int) -> int | None:
    """Where the clause reported by ``verb`` (ending at ``w_end``) opens, if one follows it."""
    if verb in VIEWING_VERBS:
        viewed = object_as_start(text, w_end, hi, verb)
        if viewed is not None or verb in VIEW_ONLY_VERBS:
            # "see the mayor as a threat": the object and its "as" phrase; "saw the film" reports nothing,
            # while "view", "viewed", "regarded" without the phrase go on as any other reporting verb.
            return viewed
    aside = _aside_then_that(text, w_end, hi)
    if aside is not None:
        return aside.end()  # "said, among other things, that ...", "said — on Twitter — that ..."
    toks = tokens_in(text, w_end, min(hi, w_end + _CLAUSE_WINDOW_CHARS))
    if not toks:
        return None
    adjunct_first = text[toks[0][0] : toks[0][1]].lower() in NON_CLAUSE_START
    # "said on Tuesday in an interview with the radio station that ...": adjuncts may run long.
    limit = _MAX_THAT_GAP_LONG if verb in OBJECT_VERBS or adjunct_first else _MAX_THAT_GAP
    for index, (t_start, t_end) in enumerate(toks[: limit + 1]):
        raw = text[t_start:t_end]
        if raw == "that":
            following = text[toks[index + 1][0] : toks[index + 1][1]].lower() if index + 1 < len(toks) else ""
            if index and following in EXISTENTIAL_VERBS:
                break  # "told reporters after the meeting that was held ...": a relative "that"
            if verb in OBJECT_VERBS or index == 0 or text[toks[0][0] : toks[0][1]].lower() in NON_CLAUSE_START:
                return t_end
            break
        # An addressee may hold commas ("telling supporters in Lyon, France, that ..."); other gaps end there.
        if raw[-1] in ';:.!?"”' or raw[0] in '“"«' or (raw[-1] == "," and verb not in OBJECT_VERBS):
            break
    if verb in OBJECT_VERBS:
        return _clause_after_object(text, toks)
    if len(toks) > 1 and particle_of(verb, text[toks[0][0] : toks[0][1]]):
        toks = toks[1:]  # "pointed to the figures": the particle belongs to the cue
    toks = skip_time_adjunct(text, toks)  # "reported on Wednesday the service had ..."
    if not toks:
        return None
    first = text[toks[0][0] : toks[0][1]]
    bare = first.strip('“"«,:').lower()
    if first.startswith((",", ":")) or first in {",", ":"}:
        return None
    if bare == "as" and verb in DESCRIBING_VERBS and len(toks) > 1:
        return toks[0][0]  # "what he described as a piece of history": the description is the report
    if verb in INFINITIVE_VERBS and (bare == "to" or (bare == "not" and text.startswith("to ", toks[1][0]))):
        return toks[0][0]  # "decided not to run": the negated infinitive is the report too
    if verb in INFINITIVE_ONLY_VERBS:
        return None
    if bare == "there" and existential([text[a:b] for a, b in toks[1:EXISTENTIAL_WORDS_READ]]):
        return toks[0][0]  # "said there were ...", "said there certainly was ...": an existential clause
    if (
        bare in NON_CLAUSE_START
        and not _degree_word(text, toks)
        and not _bound_quantity(text, toks)
        and not (bare in _APPROXIMATORS and approximate_quantity([text[a:b] for a, b in toks[:_QUANTITY_WORDS_READ]]))
        and not (bare == "this" and demonstrative_subject([text[a:b] for a, b in toks[:DEMONSTRATIVE_WORDS]]))
    ) or not bare:
        return None
    return toks[0][0]


# Verbs whose report is the "as" phrase after them ("which he described as a relic").
DESCRIBING_VERBS = frozenset({"describe", "describes", "described", "describing"})


def _bound_quantity(text: str, toks: list[Span2]) -> bool:
    """``said at least six people died``: "at least"/"at most" bound a number, they open no adjunct."""
    return len(toks) > 2 and text[toks[0][0] : toks[0][1]] == "at" and text[toks[1][0] : toks[1][1]] in _BOUNDS


def approximate_quantity(words: list[str]) -> bool:
    """``about half of``, ``over 200 crews``, ``about a third``: "about"/"over" before a number open no adjunct.

    After a verb such a phrase is the clause's subject ("said about half of the cost came from ..."); "said
    about the plan" and "about a man" stay adjuncts.
    """
    if len(words) < _QUANTITY_WORDS_READ or words[0].lower() not in _APPROXIMATORS:
        return False
    number = words[1].lower()
    if number == "a":
        return words[2].lower().rstrip(",") in _FRACTIONS
    return number[:1].isdigit() or number in _FRACTIONS or number in _NUMBER_WORDS


_APPROXIMATORS = frozenset(["about", "over", "under"])
_FRACTIONS = frozenset(["half", "third", "quarter", "fifth", "dozen", "hundred", "thousand", "million", "two-thirds"])
_NUMBER_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice"])
# "about", the number, and the word after a lone "a".
_QUANTITY_WORDS_READ = 3


def aside_then_that(text: str, w_end: int, hi: int) -> bool:
    """Whether the verb ending at ``w_end`` is followed by a short aside and "that" ("said, in part, that")."""
    return _aside_then_that(text, w_end, hi) is not None


def _aside_then_that(text: str, w_end: int, hi: int) -> regex.Match[str] | None:
    """``_ASIDE_THEN_THAT`` at ``w_end``, compiled only where a comma, or a dash after spaces, opens it."""
    opening = after_spaces(text, w_end, hi)
    if opening >= hi or not (text[opening] in "—–" or (opening == w_end and text[opening] == ",")):
        return None
    return _ASIDE_THEN_THAT.compiled.match(text, w_end, hi)


def _degree_word(text: str, toks: list[Span2]) -> bool:
    """``said too many ferries are late``: "too"/"so" before a word of degree opens the clause's subject."""
    if len(toks) < 2 or text[toks[0][0] : toks[0][1]] not in {"too", "so"}:
        return False
    return text[toks[1][0] : toks[1][1]] in _DEGREE_WORDS


def _clause_after_object(text: str, toks: list[Span2]) -> int | None:
    """``told reporters he would run``: the clause opens with a subject right after a short addressee."""
    for index, (t_start, t_end) in enumerate(toks[:_MAX_ADDRESSEE_TOKENS]):
        raw = text[t_start:t_end]
        bare = _CONTRACTION.compiled.sub("", raw)
        if index and raw == "to" and index + 1 < len(toks) and _opens_infinitive(text, toks[index + 1]):
            return t_start  # "told the mayor to resign": what the addressee was told to do
        if index and (bare in CLAUSE_SUBJECTS or bare in _MORE_CLAUSE_SUBJECTS or raw in QUESTION_WORDS):
            return t_start  # "told reporters he ...", "tells voters she’s ...", "is telling passengers how ..."
        if index and possessive_opens_clause(text, toks, index):
            return t_start  # "told the AP her group never worked with ..."
        if index == 1 and _named_subject_after_addressee(text, toks):
            return t_start  # "told reporters Dover would lose ...": a one-word addressee, then a named subject
        if index and raw == "of":
            continue  # "told the mayor of Dover she ...": the addressee's own phrase
        if index and raw.lower() in _TIME_OPENERS:
            return _clause_after_time(text, toks[index:])  # "told the Star last week she ..."
        if raw[-1] == "," and index < _MAX_NAMED_ADDRESSEE_TOKENS and index + 1 < len(toks) and raw[0].isupper():
            # "told CNN, his policy would ...": a named addressee, a comma, then the clause.
            following = text[toks[index + 1][0] : toks[index + 1][1]]
            if following in CLAUSE_SUBJECTS or following.lower() in {"that", "the", "his", "her", "their"}:
                return toks[index + 1][0]
            return None
        if raw[-1] in ',;:.!?"”' or raw[0] in '“"«' or raw.lower() in NON_CLAUSE_START:
            return None
    return None


def _named_subject_after_addressee(text: str, toks: list[Span2]) -> bool:
    """``told them Ann Lee would lose``: after a pronoun or a bare plural addressee, a name opens the clause.

    Only where a finite verb follows the name within a few words ("would", "has", "wants"); "told
    reporters Monday" and "told voters in Dover" stay an addressee and its adjuncts.
    """
    addressee = text[toks[0][0] : toks[0][1]]
    name = text[toks[1][0] : toks[1][1]]
    bare_plural = addressee.isalpha() and addressee.islower() and addressee.endswith("s") and len(addressee) > 3
    if not (addressee in _OBJECT_PRONOUNS or bare_plural) or not name.isalpha() or not name[0].isupper():
        return False
    if name in WEEKDAY_NAMES or name in MONTH_NAMES:
        return False
    for t_start, t_end in toks[2 : 2 + _NAME_THEN_VERB_TOKENS]:
        word = text[t_start:t_end].lstrip("“\"‘'")  # a quotation may open on the verb: 'Lee “has ...'
        if word.lower() in FINITE_VERB_WORDS:
            return True
        if not word.isalpha() or not word[0].isupper():
            return False
    return False


# A name after an addressee is read for this many more words before its finite verb ("Ann B. Lee would").
_NAME_THEN_VERB_TOKENS = 3


def _clause_after_time(text: str, toks: list[Span2]) -> int | None:
    """After an addressee, a time adjunct and then a clause opened by a subject pronoun, if they follow."""
    rest = skip_time_adjunct(text, toks)
    if not rest or len(rest) == len(toks):
        return None
    first = _CONTRACTION.compiled.sub("", text[rest[0][0] : rest[0][1]])
    return rest[0][0] if first in CLAUSE_SUBJECTS or first in _MORE_CLAUSE_SUBJECTS else None


def _medium_end(text: str, toks: list[Span2]) -> int | None:
    """The index of the token after an opening "in a statement" / "on Twitter", if any."""
    if len(toks) > 1 and text[toks[0][0] : toks[0][1]] == "on":
        return _named_medium_end(text, toks)
    if len(toks) < 3 or text[toks[0][0] : toks[0][1]] != "in":
        return None
    if text[toks[1][0] : toks[1][1]].lower() not in _MEDIUM_DETERMINERS:
        return None
    for index in range(2, min(len(toks), 2 + _MAX_MEDIUM_WORDS)):
        word = text[toks[index][0] : toks[index][1]]
        if word.rstrip(",").lower() in _MEDIUM_NOUNS:
            return index + 1
        if not word.isalpha():
            return None
    return None


def _named_medium_end(text: str, toks: list[Span2]) -> int | None:
    """``said on Twitter``, ``told on Fox News Sunday``: "on" and a capitalised name of up to three words."""
    end = None
    for index in range(1, min(len(toks), 1 + _MAX_MEDIUM_WORDS)):
        word = text[toks[index][0] : toks[index][1]]
        if not word[:1].isupper() or word.rstrip(",").lower() in _NOT_MEDIUM_NAMES:
            break
        end = index + 1
        if word.endswith(","):
            break
    return end


def _opens_infinitive(text: str, token: Span2) -> bool:
    """Whether the word after "to" is a verb ("to resign"), not a noun phrase ("to the children", "to them")."""
    word = text[token[0] : token[1]]
    return word.isalpha() and word.islower() and word not in DETERMINERS and word not in _OBJECT_PRONOUNS


def skip_time_adjunct(text: str, toks: list[Span2]) -> list[Span2]:
    """Drop an opening "on Wednesday" / "last week" / "in a statement" that stands before a reported clause.

    A medium ("in a statement") may be followed by a time ("in a statement on Friday"); either is
    dropped only where a clause plainly follows (a comma, "that", a determiner, a pronoun or a
    capitalised word).
    """
    if not toks or text[toks[0][0] : toks[0][1]].lower().rstrip(",") not in _ADJUNCT_OPENERS:
        return toks  # every shape below opens on one of these words (a medium on "in" or "on"); most clauses do not
    medium = _medium_end(text, toks)
    if medium is not None and medium < len(toks):
        if text[toks[medium - 1][0] : toks[medium - 1][1]].endswith(","):
            return toks[medium:]
        after = skip_time_adjunct(text, toks[medium:])  # "in a statement on Friday the ..."
        first = text[after[0][0] : after[0][1]] if after else ""
        if first == "that":
            return after[1:]
        return after if first[:1].isupper() or first.lower() in _CLAUSE_OPENERS else toks
    words = [text[a:b].lower() for a, b in toks[:4]]
    rest = 0
    if len(words) > 2 and words[0] in {"on", "last", "this", "earlier", "late"} and words[1].rstrip(",") in TIME_WORDS:
        rest = 2
    elif len(words) > 1 and words[0].rstrip(",") in BARE_DAYS:
        # "said Monday that ...", "said Tuesday night the ...": a bare day, possibly with a part of it.
        rest = 2 if len(words) > 2 and words[1].rstrip(",") in _DAY_PARTS and not words[0].endswith(",") else 1
    if rest:
        if words[rest - 1].endswith(","):
            return toks[rest:]
        if words[rest] == "that":
            return toks[rest + 1 :]
        # Only when a clause plainly follows: a determiner, a pronoun or a capitalised word.
        following = text[toks[rest][0] : toks[rest][1]]
        if following[:1].isupper() or following.lower() in _CLAUSE_OPENERS:
            return toks[rest:]
    return toks


def time_then_clause(text: str, start: int, end: int) -> bool:
    """``said on Tuesday the bridge would reopen``: a time adjunct, then a clause of three words or more."""
    toks = tokens_in(text, start, min(end, start + _TIME_WINDOW_CHARS))[:_TIME_WINDOW_TOKENS]
    rest = skip_time_adjunct(text, toks)
    return len(rest) < len(toks) and len(rest) >= _MIN_CLAUSE_AFTER_TIME


def long_enough(text: str, start: int, end: int) -> bool:
    """Two words and eight characters, or a name alone ("praised Ms Okafor", "endorsed Sanders")."""
    if end - start >= MIN_CONTENT_CHARS and has_words(text, start, end, 2):
        return True
    words = text[start:end].split()
    return end - start >= MIN_NAME_CHARS and all(w[0].isupper() and w.rstrip(".").isalpha() for w in words)


def comma_after_adjunct(text: str, verb_end: int, hi: int) -> int | None:
    """The comma closing a short adjunct right after the verb ("said in an interview, ..."), if any."""
    end = min(hi, verb_end + _ADJUNCT_COMMA_CHARS)
    opening = after_spaces(text, verb_end, end)
    if opening == verb_end or not text.startswith(_ADJUNCT_OPENINGS, opening, end) or text.find(",", opening, end) < 0:
        return None
    match = _ADJUNCT_COMMA.compiled.match(text, verb_end, end)
    return None if match is None else match.end() - 1


def is_adjunct(rest: str) -> bool:
    """Whether what follows a verb is only a short adjunct ("in an interview last week.")."""
    words = rest.split(maxsplit=_MAX_ADJUNCT_WORDS)  # one word more than an adjunct's: a clause's rest stays whole
    if not words or len(words) > _MAX_ADJUNCT_WORDS:
        return not words
    first = words[0].strip('“"«,').lower()
    if first == "there" and existential(words[1:EXISTENTIAL_WORDS_READ]):
        return False
    if first in {"too", "so"} and len(words) > 1 and words[1].lower() in _DEGREE_WORDS:
        return False  # "says too many ferries are late": a clause
    if first == "this" and demonstrative_subject(words[:DEMONSTRATIVE_WORDS]):
        return False  # "believe this provides an incentive": a clause, not "this week"
    if first == "at" and len(words) > 2 and words[1] in _BOUNDS:
        return False  # "said at most ten crews would strike": a bounded number opens the clause
    if first in _APPROXIMATORS and approximate_quantity(words[:_QUANTITY_WORDS_READ]):
        return False  # "said about half of the cost came from ...": a number opens the clause
    opens_adjunct = first in NON_CLAUSE_START or first.rstrip(".") in BARE_DAYS  # "said Tuesday in Paris."
    return opens_adjunct and "that" not in (w.lower() for w in words)


def addressee_only(rest: str) -> bool:
    """Whether what follows an object verb is only its addressee closing the sentence ("told reporters.").

    A short phrase, possibly with an adjunct ("told the committee on Tuesday."), and no clause: no
    pronoun subject, no "that", no question word after its first word.
    """
    words = rest.split()
    if not words or len(words) > _MAX_ADJUNCT_WORDS or rest[-1] not in ".!?":
        return False
    return not any(w.lower() in _CLAUSE_WORDS for w in words[1:])


# Words that would open a clause inside what follows an object verb.
_CLAUSE_WORDS = (CLAUSE_SUBJECTS - {"the", "his", "their", "its"}) | QUESTION_WORDS | {"that", "i"}
