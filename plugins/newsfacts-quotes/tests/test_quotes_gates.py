"""The cheap tests in front of lazily compiled patterns never say "no match" where the pattern matches.

Each gate is checked against its pattern at every position (and every window) of invented sentences that
hold matches, near misses, capitals and the non-ASCII characters ``regex`` folds onto ASCII letters. A gate in
front of a Python reader (a word set it must hit first) is checked by reading again with the gate open.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
import regex

from newsfacts.text import may_hold
from newsfacts_quotes import (
    bylines,
    clauses,
    direct,
    indirect,
    phrases,
    precision,
    reading,
    reported_clause,
    subject_shapes,
    time_openings,
)
from newsfacts_quotes.gates import after_spaces, holds_any
from newsfacts_quotes.tokens import tokens_in

_SENTENCES = (
    "The mayor declined to comment, and officials REFUSED TO say more.",
    "She would not confirm the report; he didn't comment and they CANNOT be reached.",
    "Ministers had never discussed it, and the firm won’t respond to questions.",
    "The plan seems to work, what appeared to be a rocket, and it is widely expected to pass.",
    "Dr Ruiz is EXPECTED to win, the bill SEEMED dead, the ſeem word and a decl\u0130ning share.",
    "“We will rebuild.” ― Ana Ruiz, in a letter; “Never.” -- Tom Lee. “Yes,” — said Lee.",
    "WALLACE: Let me ask you.\nKERR:  It is not so.\nUPDATE: no speaker here: at all.",
    "They trusted her, 63 percent said the opposite, and a few critics argued otherwise.",
    "He said, in part, that it failed. She said — on the radio, as it happens — that it works.",
    "the plan which he said would fail, what Trump says his plan would do, which critics say is\u00a0cheap",
    "He argued in his email, that it failed; she said\u00a0on Monday last week, it works\u00a0 over time,",
    "Ann Lee, 47, told reporters that nothing changed, the clerk noted today; “Yes,” she wrote.",
)


def _windows(text: str) -> list[tuple[int, int]]:
    return [(lo, hi) for lo in range(len(text) + 1) for hi in range(lo, min(len(text), lo + 90) + 1)]


def test_case_insensitive_gates_say_yes_wherever_their_pattern_matches() -> None:
    gated = (
        (precision._REFUSING, precision._REFUSAL_STEMS),
        (precision._REFUSAL_CUE, precision._REFUSAL_STEMS),
        (precision._NEGATED_CUE, precision._NEGATIONS),
        (precision._NEGATION_BEFORE, precision._NEGATIONS),
        (precision._HEDGE_CUE, precision._HEDGE_WORDS),
    )
    for pattern, needles in gated:
        matched = 0
        for text in _SENTENCES:
            for lo, hi in _windows(text):
                window = text[lo:hi]
                if pattern.compiled.search(window) is not None:
                    matched += 1
                    assert may_hold(window, needles), (pattern.source, window)
        assert matched, pattern.source


def test_another_source_gate_says_yes_wherever_the_pattern_matches() -> None:
    matched = 0
    for text in _SENTENCES:
        for lo, hi in _windows(text):
            if reading._ANOTHER_SOURCE.compiled.search(text, lo, hi) is not None:
                matched += 1
                assert text.find(",", lo, hi) >= 0
                assert holds_any(text, reading._ANOTHER_SOURCE_VERBS, lo, hi)
    assert matched


# Clauses where the cut and second-cue patterns match, and near misses: their needles without a match.
_CLAUSES = (
    "the ferry will run, it has been reported widely, and the port according to plans stays open",
    "the plan failed; critics said — in short — it cost too much, adding that the mayor, while admitting it,",
    "voters backed it, said the clerk, and later warned that costs rise and then praised the plan",
    "nothing here holds them, and nor this: accord, cordingly, semi;colon, band and brand\u00a0and\talso",
    "the bridge reopened, noting the repairs, even as crews\u00a0—\u00a0tired — left, told to rest",
)


def test_cut_and_second_cue_gates_say_yes_wherever_their_pattern_matches() -> None:
    counts = {"cut": 0, "second": 0}
    for text in _CLAUSES + _SENTENCES:
        for lo, hi in _windows(text):
            if reading._CUT.search(text, lo, hi) is not None:
                counts["cut"] += 1
                assert holds_any(text, reading._CUT_NEEDS, lo, hi), (text, lo, hi)
            if clauses._SECOND_CUE.search(text, lo, hi) is not None:
                counts["second"] += 1
                assert holds_any(text, clauses._SECOND_CUE_NEEDS, lo, hi), (text, lo, hi)
    assert all(counts.values()), counts


def test_the_last_word_read_backwards_is_the_forward_match() -> None:
    forward = regex.compile(direct.LAST_WORD.pattern)
    texts = (*_SENTENCES, "on CBS's “Face", "the survey’s  \n", "l'état  ", "’’ x", " \t", "")
    found = 0
    for text in texts:
        for lo, hi in _windows(text):
            expected = forward.search(text, lo, hi)
            match = direct.LAST_WORD.search(text, lo, hi)
            found += expected is not None
            assert (match is None) == (expected is None), (text, lo, hi)
            if match is not None and expected is not None:
                assert (match.span(), match.span(1)) == (expected.span(), expected.span(1)), (text, lo, hi)
    assert found


def test_gated_matches_at_a_position_equal_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    def ungated_byline(text: str, lo: int, hi: int) -> object:
        with monkeypatch.context() as patch:
            patch.setattr(bylines, "_DASHES", ("",))  # every text starts with "": the gate always passes
            return bylines.byline_after(text, lo, hi)

    counts = {"byline": 0, "transcript": 0, "aside": 0, "finite": 0, "adjunct": 0}
    for text in _SENTENCES:
        for lo in range(len(text) + 1):
            for hi in {len(text), min(len(text), lo + 30), min(len(text), lo + 3)}:
                plain = bylines._BYLINE.compiled.match(text, lo, min(hi, lo + 80))
                counts["byline"] += plain is not None
                assert bylines.byline_after(text, lo, hi) == ungated_byline(text, lo, hi), (text, lo, hi)
                aside = reported_clause._ASIDE_THEN_THAT.compiled.match(text, lo, hi)
                counts["aside"] += aside is not None
                assert reported_clause.aside_then_that(text, lo, hi) == (aside is not None), (text, lo, hi)
                adjunct = reported_clause._ADJUNCT_COMMA.compiled.match(text, lo, min(hi, lo + 80))
                counts["adjunct"] += adjunct is not None
                expected = None if adjunct is None else adjunct.end() - 1
                assert reported_clause.comma_after_adjunct(text, lo, hi) == expected, (text, lo, hi)
            speaker = bylines._TRANSCRIPT_SPEAKER.compiled.match(text, lo, min(len(text), lo + 60))
            counts["transcript"] += speaker is not None
            if speaker is not None:  # the gate looks for a colon in the same window
                assert text.find(":", lo, min(len(text), lo + 60)) >= 0
            finite = indirect._FINITE_OPENING.compiled.match(text, lo) is not None
            counts["finite"] += finite
            assert indirect._finite_opening(text, lo) == finite, (text, lo)
    assert all(counts.values()), counts


def test_after_spaces_skips_spaces_and_no_break_spaces_only() -> None:
    text = "a \u00a0 \tb"
    assert after_spaces(text, 1, len(text)) == 4
    assert after_spaces(text, 1, 2) == 2
    assert after_spaces(text, 0, len(text)) == 0


def test_an_article_without_their_words_compiles_none_of_the_gated_patterns() -> None:
    code = (
        "import newsfacts\n"
        "from newsfacts_quotes import bylines, indirect, precision, reading, reported_clause\n"
        "newsfacts.extract('The council met on Monday. “The bridge opens in May,” the mayor said.')\n"
        "gated = [precision._REFUSING, precision._REFUSAL_CUE, precision._NEGATED_CUE, precision._NEGATION_BEFORE,\n"
        "    precision._HEDGE_CUE, bylines._BYLINE, bylines._TRANSCRIPT_SPEAKER, reading._ANOTHER_SOURCE,\n"
        "    reported_clause._ASIDE_THEN_THAT, reported_clause._ADJUNCT_COMMA, indirect._FINITE_OPENING]\n"
        "print(sum(p.is_compiled for p in gated))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


# Subjects that are shares of people (and near misses), and sentences opening on "According to".
_SHARE_SUBJECTS = (
    "About 40 percent of voters, nearly HALF of them, a Majority of members and most two-thirds of the board",
    "six in 10 adults, one\u00a0in four people, 3 IN 5 fans, 72% of Democrats, a quarter and a third of staff",
    "a decl\u0130ning share, twenty percent, the Inn's owner, the ſenate, fewer than 12.5% and only one in ten",
    "According to two aides, the plan stands. according to none; ACCORDING TO, In a poll, Accordingly, no",
)


def test_share_and_according_gates_say_yes_wherever_their_pattern_matches() -> None:
    shares = openings = 0
    for text in _SHARE_SUBJECTS:
        for lo, hi in _windows(text):
            if subject_shapes._SHARE.compiled.match(text, lo, hi) is not None:
                shares += 1
                assert may_hold(text[lo:hi], subject_shapes._SHARE_WORDS), text[lo:hi]
            if subject_shapes._ACCORDING_OPENING.compiled.search(text, lo, hi) is not None:
                openings += 1
                assert text.find("According", lo, hi) >= 0, text[lo:hi]
    assert shares
    assert openings


def test_time_phrase_opens_only_on_the_words_its_early_exit_lets_through() -> None:
    vocabulary = sorted(
        time_openings._DEIXIS
        | time_openings._UNITS
        | time_openings._COUNTS
        | time_openings._RELATIVE_ENDS
        | time_openings._DAY_PARTS
        | {"monday", "march", "2019", "1999", "12", "the", "mayor", "on", "in", "at", "during", "later"}
    )
    shapes = 0
    for first in vocabulary:
        for second in vocabulary:
            for third in ("later", "ago", "morning", "the", "days"):
                length = time_openings._phrase_length([first, second, third, "later", "the", "mayor"])
                if length is not None:
                    shapes += 1
                    assert time_openings._may_open(first), (first, second, third)
    assert shapes


class _Everything:
    """A set holding every word: the gate it stands in for lets everything through."""

    def __contains__(self, _: object) -> bool:
        return True


_AFTER_VERBS = (
    "on Wednesday the service had failed, in a statement on Friday that the plan, in his email, it works",
    "this week the council voted, late Friday, he said; this month that it, late yesterday The board",
    "Monday, that costs rose; last week he said; Tonight the mayor; this year’s budget; late Tuesday night they",
    "On Twitter, she wrote; on Fox News Sunday the host; in an interview last week, earlier today it rained",
    "the budget office, yesterday that it would, In a letter the board, in the morning, his aides said",
)


def test_time_adjunct_gate_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [
        (text, tokens_in(text, lo, len(text)))
        for text in _AFTER_VERBS
        for lo in range(len(text))
        if lo == 0 or text[lo - 1] == " "
    ]
    gated = [reported_clause.skip_time_adjunct(text, toks) for text, toks in cases]
    monkeypatch.setattr(reported_clause, "_ADJUNCT_OPENERS", _Everything())
    ungated = [reported_clause.skip_time_adjunct(text, toks) for text, toks in cases]
    assert gated == ungated
    assert sum(g != toks for g, (_, toks) in zip(gated, cases, strict=True)) >= 8  # the shapes are there


def test_phrase_cue_gate_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every learned pair in lower, title and upper case, and near misses: other words, non-ASCII endings, short words.
    pairs = sorted(phrases.PHRASE_CUES)
    clauses = [
        f"{form(word)} {preposition} the harbour plan" for word, preposition in pairs for form in (str, str.title)
    ]
    clauses += [f"{word.upper()} {preposition} it" for word, preposition in pairs[::3]]
    clauses += ["the café of Ann", "a naïve about", "o of", "x that", "I to", "CNN’s about", "a statementé that"]
    text = "\u00a0".join(f"{clause} was clear." for clause in clauses)
    sentences = [(0, len(text))]

    def read() -> list[phrases.PhraseCue]:
        return list(phrases.find_phrase_cues(text, lambda _: sentences[0], reading.cut_content))

    gated = read()
    monkeypatch.setattr(phrases, "_CUE_TAILS", _Everything())
    assert read() == gated
    assert len(gated) >= len(pairs)


def test_reason_opening_gate_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "That is why critics say, That’s why aides said, which is why THIS was why it is why Was why that's why is why"
    )
    toks = tokens_in(text, 0, len(text))
    spans = [(i, end) for end in range(len(toks) + 1) for i in range(end + 1)]
    gated = [subject_shapes._past_reason_opening(text, toks, i, end) for i, end in spans]
    monkeypatch.setattr(subject_shapes, "_REASON_OPENINGS", _Everything())
    assert [subject_shapes._past_reason_opening(text, toks, i, end) for i, end in spans] == gated
    assert sum(g != i for g, (i, _) in zip(gated, spans, strict=True)) >= 6


def test_negation_gate_changes_no_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Ann Lee did not comment on the plan. Aides would never confirm the figures. The mayor said the ferry runs. "
        "He DIDN'T SAY why. She declined to say more. They can’t discuss it. Critics cannot be reached for comment. "
        "The firm has not publicly responded. Knots said that nothing changed, and nobody denied it."
    )
    cues = [(m.start(), m.end()) for m in regex.finditer(r"\b\w+\b(?:[ ]on)?", text)]
    candidates = [
        reading.Candidate(end + 1, min(len(text), end + 20), "indirect", (start, end), None, None)
        for start, end in cues
    ]
    gated = [precision._refusal(text, c) for c in candidates]
    real = precision.may_hold
    monkeypatch.setattr(precision, "may_hold", lambda w, words: words is precision._NEGATIONS or real(w, words))
    assert [precision._refusal(text, c) for c in candidates] == gated
    assert sum(gated) >= 5
