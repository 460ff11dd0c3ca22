"""Tokens split at exactly the white space the ``regex`` module's ``\\s`` matches, and nowhere else."""

from __future__ import annotations

import sys

import regex

from newsfacts_quotes.tokens import tokens_in


def _regex_tokens(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in regex.finditer(r"\S+", text, pos=lo, endpos=hi)]


def test_every_code_point_splits_as_regex_white_space_does() -> None:
    # Each code point between two letters: a token boundary only where ``regex`` sees white space.
    codes = [code for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    text = "".join(f"a{chr(code)}" for code in codes) + "a"
    assert tokens_in(text, 0, len(text)) == _regex_tokens(text, 0, len(text))


def test_windows_give_the_same_tokens_as_regex() -> None:
    text = "Ann\u00a0Lee said\x1cit\u2003would  run,\ttoday\u3000—\u200bmaybe\x85not "
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert tokens_in(text, lo, hi) == _regex_tokens(text, lo, hi)
    # U+001C is white space to ``str.split`` and ``re`` but not to ``regex``: it stays inside the token.
    assert "said\x1cit" in [text[a:b] for a, b in tokens_in(text, 0, len(text))]
