"""Tokens split at exactly the white space the ``regex`` module's ``\\s`` matches, and nowhere else."""

from __future__ import annotations

import sys

import regex

from newsfacts_quotes.tokens import tokens_from, tokens_in, tokens_to


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


def test_tokens_of_a_narrower_window_come_from_a_wider_scan() -> None:
    # Every sub-window's tokens, cut at its edges where a token runs across them, as a fresh scan finds them.
    text = "  Ms Ode,  who (rarely) said—twice—  that it’s\u00a0fine.  "
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            wide_left = tokens_in(text, 0, hi)
            assert tokens_from(wide_left, lo) == tokens_in(text, lo, hi)
            wide_right = tokens_in(text, lo, len(text))
            assert tokens_to(wide_right, hi) == tokens_in(text, lo, hi)
    # A token cut at the window's edge ("Ode," from offset 6): the wider list itself is left as it was.
    wide = tokens_in(text, 0, len(text))
    assert tokens_from(wide, 6) == [(6, 9), *wide[2:]]
    assert tokens_to(wide, 6) == [(2, 4), (5, 6)]
    assert wide[1] == (5, 9)
