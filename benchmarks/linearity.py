"""How the full pipeline's cost grows with hostile input: 1x, 4x and 16x of each pathological text.

Run: ``.venv/bin/python benchmarks/linearity.py [--base CHARS]``. Not a test: timings depend on the
machine. The pipeline is linear when the last column (time at 16x over time at 1x) stays near 16; a
quadratic step shows as a number near 256.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import newsfacts

EXAMPLE = (Path(__file__).resolve().parents[1] / "examples" / "coastal-defence.txt").read_text(encoding="utf-8")

# Each maker returns a text of about ``n`` characters.
CORPUS: dict[str, Callable[[int], str]] = {
    "the example article, repeated": lambda n: (EXAMPLE + "\n") * max(1, n // (len(EXAMPLE) + 1)),
    "straight quotation marks": lambda n: '"' * n,
    "curly marks, unbalanced": lambda n: "“" * (n // 2) + "”" * (n // 4),
    "one line of words": lambda n: "word " * (n // 5),
    "numbers": lambda n: " ".join(str(i) for i in range(n // 6)),
    "numbers with units": lambda n: " ".join(f"{i} km" for i in range(n // 9)),
    "grouped number": lambda n: "1" + ",000" * (n // 4),
    "nested brackets": lambda n: "(" * (n // 2) + ")" * (n // 2),
    "speech verbs": lambda n: " said ".join(["He"] * (n // 8)),
    "titles and names": lambda n: "Mr Smith " * (n // 9),
    "range cues": lambda n: "missile range of " * (n // 17),
    "control characters": lambda n: "".join(chr(i % 32) for i in range(n)),
    "full stops": lambda n: ". " * (n // 2),
    "according to": lambda n: "according to " * (n // 13),
    "one sentence of trailing sources": lambda n: "The pier is safe, analysts say; " * (n // 32),
    "infinitive reports, one sentence": lambda n: "they want to say the pier is safe and " * (n // 38),
    "one sentence of 'as reported by'": lambda n: "the pier is safe as reported by Ab Cd, and " * (n // 43),
    "drone word, one sentence of km": lambda n: "a drone, " + "the jets can fly 300 km and " * (n // 28),
    "date words": lambda n: "last week and next month in 2014, " * (n // 34),
    "clock times and anaphors": lambda n: "at 9 p.m. later that day, " * (n // 26),
    "whitespace run": lambda n: "the" + " " * n + "x",
    "line breaks": lambda n: "a\n" * (n // 2),
    "mixed scripts": lambda n: "Он сказал 他说 قال said “" * (n // 25),
    "hyphen chain before a range": lambda n: "Ab-" * (n // 3) + "Abc. It has a range of 300 km, the missile.",
    "digit-led designation chain": lambda n: "9M-" * (n // 3) + "1. It has a range of 300 km, the missile.",
    "lower-case prefix chain": lambda n: "al-" * (n // 3) + "Hussein missile has a range of 300 km.",
    "capitalised words before a noun": lambda n: "Ab " * (n // 3) + "missile has a range of 300 km.",
    "hyphenated modifiers": lambda n: "The Ab " + "long-range " * (n // 11) + "missile has a range of 300 km.",
    "number words": lambda n: "three hundred and " * (n // 18) + "twenty km range missile.",
    "space-grouped digits": lambda n: "1 000 " * (n // 6) + "km range missile.",
    "bound words": lambda n: "up to " * (n // 6) + "300 km range missile.",
    "capitalised words and commas": lambda n: "Ab, " * (n // 4) + "missile has a range of 300 km.",
    "relative clauses": lambda n: "The Ab-1, which " * (n // 16) + "has a range of 300 km.",
    "paired figures": lambda n: "ranges of " + "300 and " * (n // 8) + "500 km respectively, missiles.",
    "suspended comparative classes": lambda n: "shorter- and " * (n // 13) + "longer-range missiles.",
    "medium long words": lambda n: "medium long " * (n // 12) + "range missiles.",
    "insertions": lambda n: "The Ab-1, which carries Cd-2 missiles, " * (n // 39) + "has a range of 300 km.",
    "aliases in brackets": lambda n: "Ab-1 (NATO name Cd-2 " * (n // 21) + ") has a range of 300 km.",
    "aliases in words": lambda n: "Ab-1, also known as the " * (n // 24) + "Cd-2, has a range of 300 km.",
    "origin words": lambda n: "Ab-made " * (n // 8) + "missiles have a range of 300 km.",
    "possessive names": lambda n: "Ab's its Cd's " * (n // 14) + "range can travel 300 km missile.",
    "listed names and figures": lambda n: (
        "The Ab-1, " * (n // 20) + "have ranges of " + "300 km, " * (n // 16) + "9 km."
    ),
    "names before a pointing-back sentence": lambda n: (
        "Ab-1 jets carried Cd-2 missiles, " * (n // 33) + ". The missiles have a range of 300 km."
    ),
    "pointing-back sentences": lambda n: (
        "The Ab-1 jets carried Cd-2 missiles. The missiles have a range of 3 km. " * (n // 72)
    ),
    "places reached and conversions": lambda n: (
        "The Ab-1 can reach Cd Ef, 160 km away, or 99 miles, within 300 km. " * (n // 68)
    ),
    "listed names with kinds": lambda n: "the Ab-1 cruise missile and " * (n // 28) + "have ranges of 3 km and 4 km.",
    "coordinated verbs and drones": lambda n: (
        "The Ab-1 drone is a copy of the Cd-2 but has a range of 300 km. " * (n // 64)
    ),
    "sources, models and dash insertions": lambda n: (
        "According to Ab Cd, the Ab-1 \u2013 a copy of the Cd-2 \u2013 is longer than the Ef-3, at 300 km. " * (n // 84)
    ),
    "bare names before a pointing-back sentence": lambda n: (
        "Ab has deployed the Cd-1. Ab's missile could reach Ef. Its range of 300 km is long. " * (n // 84)
    ),
    "bounds after figures, signs and unit slips": lambda n: (
        "The Ab-1 has a range of ~300 km or more, 3,000-plus kilometeres at most. Blast debris fell within a "
        "radius of 2 km. With a range of 300 km, it can carry up to four rockets. " * (n // 176)
    ),
    "figures modifying weapons": lambda n: (
        "Ab fields the 300-km Cd-5, a 700 km cruise missile and the Ef Bomb; the 300 km range of the Gh-1. "
        * (n // 100)
    ),
    "owners opening insertions and quoted names": lambda n: (
        'The Ab-1, Cd\'s answer to the Ef-2, has a range of 300 km. The S-400 "Gh" system can fly 40 km. ' * (n // 96)
    ),
}


def seconds(pipeline: newsfacts.Pipeline, text: str) -> float:
    """Best of three runs."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        pipeline.extract(text, published="2024-03-06")
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", type=int, default=5_000, help="characters at 1x (default 5,000)")
    args = parser.parse_args()
    pipeline = newsfacts.Pipeline()
    pipeline.extract(EXAMPLE, published="2024-03-06")
    print(f"{'input':<32} {'us/char 1x':>10} {'4x':>8} {'16x':>8} {'16x/1x time':>12}")
    worst = 0.0
    for name, make in CORPUS.items():
        times = []
        for factor in (1, 4, 16):
            text = make(args.base * factor)
            times.append((seconds(pipeline, text), len(text)))
        per_char = [t / max(1, n) * 1e6 for t, n in times]
        growth = times[2][0] / times[0][0] if times[0][0] else 0.0
        worst = max(worst, growth)
        print(f"{name:<32} {per_char[0]:>10.2f} {per_char[1]:>8.2f} {per_char[2]:>8.2f} {growth:>12.1f}")
    print(f"worst growth at 16x: {worst:.1f} (linear: 16)")


if __name__ == "__main__":
    main()
