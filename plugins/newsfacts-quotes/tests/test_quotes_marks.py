"""Pairing quotation marks: pure-function checks."""

from __future__ import annotations

from newsfacts_quotes.marks import find_quotations


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_curly_straight_and_guillemets():
    text = '“one two” and "three four" and «five six».'
    assert contents(text) == ["one two", "three four", "five six"]


def test_curly_opening_with_straight_closing():
    text = '“mixed marks here," he said.'
    assert contents(text) == ["mixed marks here,"]


def test_doubled_apostrophes():
    text = "''We left early,'' she said."
    assert contents(text) == ["We left early,"]


def test_apostrophes_inside_are_not_marks():
    text = "“It’s the harbour’s busiest week,” he said."
    assert contents(text) == ["It’s the harbour’s busiest week,"]


def test_quote_running_over_paragraphs():
    text = "“The first part of it.\n“The second part.”"
    found = find_quotations(text)
    assert [(text[q.start : q.end], q.closed) for q in found] == [
        ("The first part of it.", False),
        ("The second part.", True),
    ]


def test_unclosed_quote_without_continuation_is_dropped():
    text = "“Nothing closes this\nNext paragraph."
    assert contents(text) == []
