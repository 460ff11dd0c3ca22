"""Indirect reports at reporting verbs: ``Ann Lee said the ferry would run``, ``..., saying it would``.

One pass over each sentence's words picks the reporting-verb tokens by a set
lookup; each is then read in a bounded window: up to ``MAX_BACK`` characters
back for its subject, the rest of the sentence (capped) for its clause.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newsfacts.text import LazyPattern, alternation, word_set
from newsfacts_quotes.clauses import clause_before_comma, particle_of, source_ends_sentence
from newsfacts_quotes.gates import after_spaces
from newsfacts_quotes.inversion import as_reported_by, inverted, parenthetical, source_between
from newsfacts_quotes.lexicon import (
    BE_FORMS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    INFINITIVE_VERBS,
    LEARNED_BASE_FORMS,
    LEARNED_ONLY_VERBS,
    OBJECT_VERBS,
    PARTICIPLES,
)
from newsfacts_quotes.mentions import Subject, opens_noun_phrase, sentence_subject, subject_before, tokens_in, trim
from newsfacts_quotes.participles import opens_participle, participle_cue_source
from newsfacts_quotes.phrases import source_of_predicate
from newsfacts_quotes.questions import ASK_VERBS, report_of_asking
from newsfacts_quotes.reading import (
    MAX_BACK,
    MAX_CONTENT,
    MIN_NAME_CHARS,
    Candidate,
    Cue,
    Page,
    Span2,
    cue_start,
    cut_content,
    inside_quotation,
    is_manner_adverb,
    kind_of,
    prose_sentences,
    verb_at,
    verb_shapes_in,
    within_direct,
)
from newsfacts_quotes.reported_clause import (
    DESCRIBING_VERBS,
    addressee_only,
    aside_then_that,
    clause_start,
    comma_after_adjunct,
    is_adjunct,
    long_enough,
    time_then_clause,
)
from newsfacts_quotes.shares import share_before, share_subject
from newsfacts_quotes.tokens import tokens_from
from newsfacts_quotes.viewing import VIEW_ONLY_VERBS, VIEWING_VERBS, view_end, viewed_as, viewing_verbs_in

# The word before the verb is read within this many characters (a long word and its punctuation).
_PREVIOUS_WORD_CHARS = 40
# Auxiliaries that take a verb's base form after them: "would oppose", "did not say".
_BARE_VERB_AUXILIARIES = word_set("will would could can may might should must shall did does do")
# Auxiliaries proper (not the adverbs AUXILIARIES also passes over): "is telling" is a finite verb group.
_VERB_AUXILIARIES = BE_FORMS | _BARE_VERB_AUXILIARIES | word_set("has have had")
# The commonest reporting verbs: a noun-phrase object never holds one, the sentence's main verb it is.
_MAIN_REPORTING_VERB = LazyPattern(r"\s(?:said|says|say|told|tells|argued|argue|argues|insisted|insist|insists)\b")
# "restructuring experts", "elected officials from both parties": a participle modifying a plural noun.
_MODIFIED_PLURAL = LazyPattern(r"\p{Ll}++(?<=ed|ing)[ \u00a0]++\p{Ll}++(?<=s)\b[^,;:]{0,60}+")
_RELATIVES = frozenset({"what", "which", "that", "who", "whom"})
# Prepositions after which a cue's form is no verb but a noun ("in hopes of") or a modifier ("in pledged delegates").
_NOUN_AFTER = frozenset({"in", "at"})
_OBJECT_RELATIVES = frozenset({"what"})
# "... which he said would fail": a finite verb right after the cue, the relative word its subject.
# Every word the pattern below can open on (any order does for startswith): none there, no compile.
_FINITE_WORDS = tuple(FINITE_AUXILIARIES)
_FINITE_OPENING = LazyPattern(r"[ \u00a0]++" + alternation(_FINITE_WORDS) + r"\b")
# A source after a relative word ("which critics of the plan say") is a short noun phrase.
_MAX_RELATIVE_SOURCE_TOKENS = 8


# Past participles that are never nouns: after "'s" they follow a contracted "has" ("He's said he will run").
_IRREGULAR_PARTICIPLES = word_set("said told")


# Words after which a base form is a finite verb: "would oppose", "they view", "do not favor".
_FINITE_SLOT = _BARE_VERB_AUXILIARIES | word_set("not never i we you they who")


def _before_a_finite_verb(previous: str) -> bool:
    """Whether a base form after ``previous`` is a verb: after an auxiliary, a subject pronoun or an adverb.

    Not after a noun: "voters favor" would be, but "the telecoms concern said" is not, and the two look alike.
    """
    lower = previous.lower()
    return lower in _FINITE_SLOT or lower.endswith(("n't", "n’t")) or is_manner_adverb(previous)


def _after_relative(text: str, subject: Subject | None, relatives: frozenset[str]) -> Subject | None:
    """``amounting to what the senators said was ...``: the source is what follows the relative word.

    A relative clause holding the attribution ("the plan, which critics say would fail") reports the
    clause after the verb; the subject reader may have taken the words before the relative pronoun too.
    """
    if subject is None:
        return None
    lowered = text[subject.start : subject.end].lower()
    if not any(word in lowered for word in relatives):
        return subject  # no relative word spelled anywhere in it, so no token is one
    toks = tokens_in(text, subject.start, subject.end)[-_MAX_RELATIVE_SOURCE_TOKENS:]
    for index in range(len(toks) - 2, -1, -1):
        if text[toks[index][0] : toks[index][1]].lower() in relatives:
            return Subject(toks[index + 1][0], subject.end, None, anonymous=False)
    return subject


def _before_contracted_has(text: str, subject: Subject | None, found: Cue) -> Subject | None:
    """``He's said``, ``who’s told``: after a pronoun "'s" before the verb is a contracted "has".

    A name keeps its "'s": "McDonald's said" is the company; "Ann Lee's aide said" never reaches here.
    """
    if subject is None or found.verb not in _IRREGULAR_PARTICIPLES or text[subject.end : found.span[0]].strip():
        return subject
    if not text.endswith(("'s", "’s"), subject.start, subject.end):
        return subject
    end = subject.end - 2
    return subject._replace(end=end) if text[subject.start : end].lower() in _CONTRACTING_PRONOUNS else subject


_CONTRACTING_PRONOUNS = frozenset({"he", "she", "it", "who", "that", "what", "there", "one", "everyone", "nobody"})


def _finite_subject(
    page: Page, found: Cue, previous: str, earlier: Sequence[Candidate], back: list[Span2]
) -> Subject | None:
    """The source of a finite verb: its subject, past a relative word, an apposition or a coordination.

    ``back`` are the tokens from ``MAX_BACK`` before the verb to the verb, already scanned.
    """
    text, passive = page.text, found.passive
    (w_start, w_end), (s_start, _) = found.word, found.sentence
    lo = max(s_start, w_start - MAX_BACK)
    subject = subject_before(text, lo, found.span[0], scanned=back)
    # "which he said would fail" has no subject after the cue; "what Trump says his plan would
    # do" has, and "what" still closes the source on its left ("Voters who ... said they" does not).
    relatives = _RELATIVES if _finite_opening(text, w_end) else _OBJECT_RELATIVES
    subject = _after_relative(text, subject, relatives)
    if (
        subject is not None
        and not opens_noun_phrase(text[subject.start : subject.end])
        and not _MODIFIED_PLURAL.compiled.fullmatch(text, subject.start, subject.end)
    ):
        subject = None  # "..., who sent the letter, called ...": a predicate was read as the subject
    if subject is None and previous.endswith(",") and not passive:
        # "Ann Hale, the author of "Viral," a book about rumours, said ...": the apposition is too
        # tangled to read, the sentence's opening noun phrase is the source.
        opening = sentence_subject(text, s_start, w_start)
        if opening is not None and not inside_quotation(page, opening[0]):
            subject = Subject(*opening, None, anonymous=False)
    if subject is None and _after_coordinator(text, previous, back, found.span[0]) and not passive:
        # "X told the AP ... and said ...", "..., and have pledged to": the coordinated verb shares the subject.
        mention = next((c.mention for c in earlier if c.mention), None)
        if mention is None:
            mention = sentence_subject(text, s_start, w_start)
        subject = None if mention is None else Subject(*mention, None, anonymous=False)
    return subject


def _opening_source(page: Page, s_start: int, cue_start: int) -> Subject | None:
    """The noun phrase the sentence opens with, as the source of a verb whose subject could not be read.

    A clause follows the verb, so the report stands; the subject reader gives up on long or tangled
    subjects ("Majorities of voters in five states going to the polls say ...") and on a second predicate
    ("Ann Lee has run the port for years and has promised that ..."), and the sentence's opening noun
    phrase is then the likeliest source. Only within ``MAX_BACK`` characters of the verb, so the read
    stays bounded.
    """
    opening = sentence_subject(page.text, s_start, cue_start)
    if opening is None or cue_start - opening[1] > MAX_BACK or inside_quotation(page, opening[0]):
        return None
    if page.text[opening[0] : opening[1]].lower() in _NOT_AN_OPENING_SOURCE:
        return None  # "That was ...", a lone "The": no noun phrase was read
    between = page.text[opening[1] : cue_start]
    if _CLAUSE_PUNCTUATION.search(between) or not _SUBORDINATE_WORDS.isdisjoint(between.lower().split()):
        return None  # "That is why critics say", "The plan, which aides say ...": the verb is not the opening's
    if between.strip() and _VERB_GROUP_WORDS.isdisjoint(between.lower().split()):
        # The opening was read only a few words far: "The last man to mount a [major third-party race] says".
        return Subject(*trim(page.text, opening[0], cue_start), None, anonymous=False)
    return Subject(*opening, None, anonymous=False)


# Between a sentence's opening noun phrase and a verb, these make the verb another clause's.
_SUBORDINATE_WORDS = word_set(
    "who whom whose who’d who's who’s which that what where when why how while because if as than "
    "although though since after before until whether"
)
# Words in the stretch before the verb group that make it a predicate or a second subject, not the opening's rest.
_VERB_GROUP_WORDS = BE_FORMS | _BARE_VERB_AUXILIARIES | word_set("has have had and or but not never")
_NOT_AN_OPENING_SOURCE = frozenset({"the", "a", "an", "that", "this", "it", "there"})
_CLAUSE_PUNCTUATION = regex.compile(r"[,;:—–]")
# A comma that closes a phrase, not one grouping a number's digits ("more than 5,000 people").
_PHRASE_COMMA = regex.compile(r"(?<!\d),|,(?!\d)")


def _after_coordinator(text: str, previous: str, back: list[Span2], group_start: int) -> bool:
    """Whether "and"/"but" stands right before the verb, or before its verb group ("and have pledged")."""
    if previous.lower() in _COORDINATORS:
        return True
    before = [tok for tok in back if tok[1] <= group_start]
    return bool(before) and text[before[-1][0] : before[-1][1]].lower() in _COORDINATORS


_COORDINATORS = frozenset({"and", "but"})


def _content_after(page: Page, found: Cue, hi: int, subject: Subject, *, particle: bool) -> Candidate | None:
    """``Ann Lee said the ferry would run``: the clause after the verb (up to ``hi``), trimmed, is the report."""
    start = clause_start(page.text, found.verb, found.span[1], hi)
    return None if start is None else _content_from(page, found, (start, hi), subject, particle=particle)


def _content_from(page: Page, found: Cue, window: Span2, subject: Subject, *, particle: bool) -> Candidate | None:
    """The report whose clause fills ``window`` (its opening, the cap), trimmed; None where too short or quoted."""
    text, verb, cue, passive = page.text, found.verb, found.span, found.passive
    start, hi = window
    start, end = cut_content(text, start, hi)
    if verb in LEARNED_ONLY_VERBS and text[start - len("that ") : start] != "that ":
        # A learned verb's object ends at a comma: "unveiled the plan last year, he summoned ...".
        comma = _PHRASE_COMMA.search(text, start, end)
        if comma is not None and comma.start() > start:
            end = comma.start()
        # ... and before a main reporting verb: "Voters who backed the plan said they ...".
        main = _MAIN_REPORTING_VERB.compiled.search(text, start, end)
        if main is not None:
            end = main.start()
    if _APPOSITIVE_RELATIVE.search(text, max(0, cue[0] - _RELATIVE_CHARS), cue[0]):
        # "The mayor, who has long criticized the plan, left": the relative clause ends at its comma.
        comma = _PHRASE_COMMA.search(text, start, end)
        if comma is not None and comma.start() > start:
            end = comma.start()
    if not (long_enough(text, start, end) or (particle and end - start >= MIN_NAME_CHARS)):
        return None  # after a particle one word will do: "called for calm"
    if within_direct(page, start, end):
        return None
    mention = None if subject.anonymous and passive else (subject.start, subject.end)
    return Candidate(start, end, kind_of(text, start, end), cue, mention, subject.alias, subject.antecedent)


def _indirect_at(page: Page, verb: str, word: Span2, sentence: Span2, earlier: Sequence[Candidate]) -> list[Candidate]:
    """The reports the reporting verb at ``word`` makes in ``sentence`` (none, one, or two fragments)."""
    (w_start, w_end), (s_start, s_end) = word, sentence
    text = page.text
    lo = max(s_start, w_start - MAX_BACK)
    back = tokens_in(text, lo, w_start)  # scanned once: the verb group, the previous word and the subject
    before = tokens_from(back, max(lo, w_start - _PREVIOUS_WORD_CHARS))
    previous = text[before[-1][0] : before[-1][1]] if before else ""
    # "the said report", "to say": no report; but "One in three said" is a share of people.
    not_a_verb = previous.lower() in DETERMINERS or previous.lower() in {"to", "of", "for", "with"}
    # "in hopes of", "in talks", "a lead in pledged delegates": after "in" or "at" the word is a noun or modifies one.
    not_a_verb = not_a_verb or (not verb.endswith("ing") and previous.lower() in _NOUN_AFTER)
    # "that" is matched only past the spaces after the verb: with no end, regex scanned the rest of the text for it.
    that = previous.lower() == "to" and _THAT_CLAUSE.match(text, w_end, after_spaces(text, w_end, len(text)) + 5)
    if previous.lower() == "to" and (that or _went_on_to(text, w_start) or verb == "say"):
        # "He continues to insist that ...", "went out of his way to say that ...": the predicate's subject reports.
        return _listed(_infinitive_report(page, Cue(verb, word, word, sentence, passive=False)))
    if not_a_verb and not share_before(text, lo, w_start):
        return []
    if (
        verb in LEARNED_BASE_FORMS and not _before_a_finite_verb(previous) and not viewed_as(text, verb, w_end, s_end)
    ) or (
        previous.endswith(("'s", "’s")) and not verb.endswith(("ed", "ing", "s")) and verb not in _IRREGULAR_PARTICIPLES
    ):
        return []  # "a grim view of", "Trump's call for": a noun
    start, passive = cue_start(text, w_start, lo, back)
    passive = passive and not verb.endswith("ing")  # "is telling supporters that ..." is progressive
    cue = (start, w_end)
    found = Cue(verb, word, cue, sentence, passive)
    if verb in ASK_VERBS:
        asked = report_of_asking(page, cue, previous, (lo, s_end))
        if asked is not None:
            return [asked]
    if previous.endswith(",") and not verb.endswith("ing") and start == w_start:
        around = source_between(page, found)
        if around:
            return around
    if (
        previous.rstrip("”\"’'»").endswith(",")
        and not verb.endswith("ing")
        and start == w_start
        and source_ends_sentence(text, w_end, s_end)
        and clause_before_comma(text, lo, w_start)
    ):
        # "The ferry will run all winter, said Ann Okafor.": the clause is the content, the source follows.
        return _listed(inverted(page, found, None))
    if passive and verb not in PARTICIPLES:
        return []  # "was told": only a participle's passive reports, and then only for an unnamed source (below)
    # What follows the verb decides the reading before any subject is read: most cues end in a clause after them.
    hi = min(s_end, w_end + MAX_CONTENT)
    rest = text[w_end:hi].strip(" \u00a0")
    infinitive = verb in INFINITIVE_VERBS and rest.startswith(("to ", "not to "))
    first_word = rest.split(None, 1)[0] if rest and not rest[0].isspace() else ""
    particle = bool(first_word) and particle_of(verb, first_word)
    adjunct = is_adjunct(rest) and not (verb in DESCRIBING_VERBS | VIEWING_VERBS and rest.startswith("as "))
    timed = adjunct and time_then_clause(text, w_end, hi)
    adjunct_comma = comma_after_adjunct(text, w_end, hi)
    particle_comma = first_word.endswith(",") and particle_of(verb, first_word[:-1])
    inverts = (
        not rest.strip(".!?\"”'’ ")
        or rest.startswith(";")
        or (adjunct and not infinitive and not particle and not timed)
    )
    aside = rest.startswith(",") and not aside_then_that(text, w_end, hi)
    clause_only = adjunct_comma is None and not particle_comma and not inverts and not aside
    opening = clause_start(text, verb, w_end, hi) if clause_only else None
    if clause_only and opening is None and not (verb in OBJECT_VERBS and addressee_only(rest)):
        return []  # no clause follows and no addressee ends a clause before: nothing, whoever the subject is
    subject: Subject | None
    # "..., even suggesting ...": an adverb before a participle leaves it a participle ("is telling" does not).
    perfect = previous.lower() == "having" and not passive  # "Having warned that ..., the mayor": a participle
    if (verb.endswith("ing") or perfect) and (
        start == w_start
        or (not any(w in _VERB_AUXILIARIES for w in text[start:w_start].split()) and opens_participle(text, before))
    ):
        read = participle_cue_source(page, before[:-1] if perfect else before, word, sentence, earlier)
        if not read.is_report:
            return []
        subject = read.subject
        if read.until is not None:
            hi = min(hi, read.until)  # "After saying he was nervous, the man ...": the phrase ends at its comma
    else:
        subject = _finite_subject(page, found, previous, earlier, back)
        subject = _before_contracted_has(text, subject, found)
    if not passive and not verb.endswith("ing"):
        # "About four in 10 said ...", "Many said ...": a share of people, often a poll's, reports.
        subject = share_subject(text, lo, start, subject)
    if passive and (subject is None or not subject.anonymous):
        return []
    if adjunct_comma is not None and subject is None:
        # "As reported by The Times, CLAUSE": the agent is the source.
        by_agent = as_reported_by(page, found, adjunct_comma)
        if by_agent is not None:
            return [by_agent]
    if adjunct_comma is not None:
        # "If anything, Mr Ash argued in his email, CLAUSE": an adjunct closes the attribution.
        around = parenthetical(page, found, subject, adjunct_comma)
        if around:
            return around
    if particle_comma:
        # "As Ann Lee pointed out, CLAUSE": the particle closes the attribution.
        around = parenthetical(page, found, subject, text.find(",", w_end, hi))
        if around:
            return around
    if inverts:
        return _listed(inverted(page, found, subject))
    if aside:
        return parenthetical(page, found, subject)
    if subject is None and not passive and verb not in LEARNED_ONLY_VERBS and not verb.endswith("ing"):
        subject = _opening_source(page, s_start, start)
    if subject is None:
        return []
    if not clause_only:
        opening = clause_start(text, verb, w_end, hi)
    if opening is not None and verb in VIEWING_VERBS:
        hi = view_end(text, opening, hi)  # "see themselves as partners, their relations ...": the view ends
    after = None if opening is None else _content_from(page, found, (opening, hi), subject, particle=particle)
    if after is None and verb in OBJECT_VERBS and addressee_only(rest):
        # "The harbour will close, the mayor told reporters.": the clause before, an addressee after.
        return _listed(inverted(page, found, subject))
    return _listed(after)


def _went_on_to(text: str, w_start: int) -> bool:
    """``went on to say he is ...``, ``continued to portray``: the aspect verb reports through its infinitive."""
    return _WENT_ON.compiled.search(text, max(0, w_start - _WENT_ON_CHARS), w_start) is not None


_WENT_ON = LazyPattern(
    r"\b(?:(?:went|goes|go|going)[ \u00a0]++on|continued|continues|began|begins|started|starts)"
    r"[ \u00a0]++to[ \u00a0]++$"
)
_WENT_ON_CHARS = 20


# A clause opening with "that" right after the verb (five characters past the spaces).
_THAT_CLAUSE = regex.compile(r"[ \u00a0]++that[ \u00a0]")


def _infinitive_report(page: Page, found: Cue) -> Candidate | None:
    """``He continues to insist that CLAUSE``: the source is the subject of the predicate holding "to VERB".

    Where that reading runs on into the predicate ("Ann Lee went out of her way"), the noun phrase the
    sentence opens with is the source. Only a named or described source reports; "It is fair to say
    that ..." is the writer's own view.
    """
    text = page.text
    (w_start, _), (s_start, s_end) = found.word, found.sentence
    source = source_of_predicate(text, s_start, w_start)
    opening = sentence_subject(text, s_start, w_start)
    if source is not None and opening is not None and opening[0] == source[0] and opening[1] < source[1]:
        source = opening
    if source is None or inside_quotation(page, source[0]):
        return None
    words = text[source[0] : source[1]].split()
    if not words or words[0].lower().strip("’'") in _EXPLETIVES:
        return None
    subject = Subject(*source, None, anonymous=False)
    return _content_after(page, found, min(s_end, found.span[1] + MAX_CONTENT), subject, particle=False)


_EXPLETIVES = frozenset({"it", "it's", "its", "there", "this", "that", "what"})


# ", who" or ", which" right before the cue: the report stands in a relative clause set off by commas.
_APPOSITIVE_RELATIVE = regex.compile(r",[ \u00a0]++(?:who|which)[ \u00a0]++$")
_RELATIVE_CHARS = 12


def _listed(candidate: Candidate | None) -> list[Candidate]:
    return [] if candidate is None else [candidate]


def find_indirect(page: Page) -> list[Candidate]:
    """Every report at a reporting verb outside quotation marks, sentence by sentence."""
    text = page.text
    found: list[Candidate] = []
    for s_start, s_end in prose_sentences(page):
        sentence_candidates: list[Candidate] = []
        for w_start, w_end in verb_shapes_in(text, s_start, s_end) + viewing_verbs_in(text, s_start, s_end):
            verb = verb_at(text, w_start, w_end, LEARNED_BASE_FORMS | VIEW_ONLY_VERBS)
            if verb is None or inside_quotation(page, w_start):
                continue
            sentence_candidates.extend(
                _indirect_at(page, verb, (w_start, w_end), (s_start, s_end), sentence_candidates)
            )
        found.extend(sentence_candidates)
    return found


def _finite_opening(text: str, w_end: int) -> bool:
    """Whether ``_FINITE_OPENING`` matches at ``w_end``; compiled only where spaces and such a word follow."""
    word = after_spaces(text, w_end, len(text))
    return (
        word > w_end
        and text.startswith(_FINITE_WORDS, word)
        and _FINITE_OPENING.compiled.match(text, w_end) is not None
    )
