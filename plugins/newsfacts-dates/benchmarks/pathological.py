"""Time per character of the date candidate scan on adversarial inputs, at 1x, 4x and 16x their size.

Run: ``.venv/bin/python plugins/newsfacts-dates/benchmarks/pathological.py [--base N]``. Not a test: timings
depend on the machine. What matters is the growth: the scan is linear when the time per character stays
flat, so the last column (time at 16x over time at 1x) should stay near 16, not near 256.

Each input is the words of one family of expressions with long whitespace runs (spaces, newlines,
no-break spaces) between them and a word no family accepts at the end, which is where a pattern that
can split one whitespace run many ways would backtrack; plus runs of repeated tokens. The repeated
inputs are also run through the whole plugin (finding and normalizing, "extract/" rows), which covers
the checks made while normalizing: the anchor of an anaphor, the day named after a clock time.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import newsfacts
import newsfacts_dates.plugin
from newsfacts_dates.finder import find_candidates

PIPELINE = newsfacts.Pipeline(autoload=False, plugins=[newsfacts_dates.plugin])

# Words from each family of the candidate pattern, in the order they would be read.
FAMILY_WORDS = {
    "lastq": ("the", "most", "recent"),
    "fiscal": ("the", "current", "fiscal"),
    "quarter": ("the", "latest", "current", "2020"),
    "clock": ("at", "about", "10:30", "a.m."),
    "mdy": ("Friday,", "March", "3,"),
    "dmy": ("Friday", "the", "5th", "of"),
    "my": ("early", "March", "of"),
    "edgeof": ("the", "end", "of", "this", "current"),
    "spandur": ("at", "least", "the", "past", "twenty", "four", "more"),
    "ago": ("about", "two", "and", "a", "half", "years", "from"),
    "rel": ("early", "this", "past"),
    "period": ("the", "comparable", "year-ago"),
    "season": ("the", "early", "last", "summer", "of"),
    "decade": ("the", "late", "nineteen"),
    "century": ("the", "early", "twenty"),
    "theyear": ("the", "year", "two", "thousand", "and"),
    "dur": ("just", "over", "the", "two", "more"),
    "set": ("every", "other", "two"),
    "partofday": ("early", "this"),
    "word": ("the", "recent"),
    "weekday": ("early", "the", "previous", "Monday"),
    "month": ("early", "this", "coming"),
    # the checks around a candidate: a capitalised name, "current" before a noun, a day after a clock time
    "name": ("The", "Daily"),
    "current": ("then", "current"),
    "clockday": ("9am", "on"),
    # fractions and "or so": "half a dozen", "a minute and a half", "a week or so ago", "the last half of"
    "halfdozen": ("half", "a", "dozen"),
    "andahalf": ("a", "minute", "and", "a"),
    "orso": ("a", "week", "or", "so"),
    "lasthalf": ("the", "last", "half", "of"),
    "spokenclock": ("4", "o'clock", "in", "the"),
    "wordclock": ("nine", "o'clock", "Thursday"),
    "namedday": ("the", "Good", "Friday"),
    "edgedpart": ("the", "mid-", "afternoon"),
    "weekof": ("the", "week", "of", "March"),
    "vaguethe": ("in", "the", "early", "years", "to"),
}
SEPARATORS = {"space": " ", "newline": "\n", "nbsp": "\u00a0"}
REPEATED = {
    "thousands": ("1", ",000"),
    "decimals": ("1", ".5"),
    "articles": ("", "the "),
    "edges": ("", "early "),
    "numbers": ("", "twenty "),
    "hyphens": ("five", "-five"),
    "capitalised names": ("the Sunday", " Times"),
    "daily names": ("", "Daily "),
    "clock times": ("", "9am on "),
    "current": ("", "then current "),
    "halves": ("a minute", " and a half"),
    "half a": ("", "half a "),
    "or so": ("a week", " or so"),
    "spoken clocks": ("", "4 in the "),
    "edged parts": ("", "the late "),
    "rates": ("", "$5 a year "),
    "rate words": ("5", " seats"),
    "plural days": ("", "Tuesday nights Sundays "),
    "hyphen units": ("day", "-long-day"),
    "the years": ("", "over the early years "),
    "anaphoric parts": ("On May 2, 2020 ", "that night in the next morning "),
    "o'clock on a named evening": ("", "7 o'clock on Monday evening "),
    "days inside names": ("", "the Good Friday Agreement Sunday Night Football "),
}
SCALES = (1, 4, 16)


def whitespace_case(words: tuple[str, ...], separator: str) -> Callable[[int], str]:
    """An input of ``words`` and a dead end, each gap a run of ``size`` separators."""
    return lambda size: (separator * size).join((*words, "xyzzy"))


def repeated_case(head: str, unit: str) -> Callable[[int], str]:
    """``head`` then ``unit`` repeated to about ``size`` characters, then a dead end."""
    return lambda size: head + unit * max(1, size // len(unit)) + " xyzzy"


def seconds(text: str) -> float:
    """Best of three runs of the scan, to damp noise."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _candidate in find_candidates(text):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def extraction_seconds(text: str) -> float:
    """Best of three runs of the whole plugin, each on a new document (so without a previous run's analysis)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        PIPELINE.extract(text, published="2025-03-04")
        best = min(best, time.perf_counter() - started)
    return best


def report(name: str, build: Callable[[int], str], base: int, measure: Callable[[str], float] = seconds) -> float:
    """Print one row and return its growth: time at the largest scale over time at the smallest."""
    cells = []
    timings = []
    for scale in SCALES:
        text = build(base * scale)
        taken = measure(text)
        timings.append(taken)
        cells.append(f"{taken * 1e9 / len(text):9.1f}")
    growth = timings[-1] / max(timings[0], 1e-9)
    print(f"{name:28}" + "".join(cells) + f"{growth:9.1f}")
    return growth


def main() -> None:
    """Print ns per character at each scale, and the worst growth seen."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=1000, help="whitespace run length at 1x")
    base = parser.parse_args().base
    print(f"{'input':28}" + "".join(f"{f'ns/char {s}x':>9}" for s in SCALES) + f"{'growth':>9}")
    growths = [
        report(f"{family}/{sep_name}", whitespace_case(words, separator), base)
        for family, words in FAMILY_WORDS.items()
        for sep_name, separator in SEPARATORS.items()
    ]
    growths += [report(f"repeated/{name}", repeated_case(*case), base * 4) for name, case in REPEATED.items()]
    growths += [
        report(f"extract/{name}", repeated_case(*case), base, extraction_seconds) for name, case in REPEATED.items()
    ]
    print(f"worst growth at {SCALES[-1]}x input: {max(growths):.1f}x time")


if __name__ == "__main__":
    main()
