"""Derive the learned cue table (``newsfacts_quotes/learned_cues.json``, package data) from PolNeAR train.

Run: ``.venv/bin/python plugins/newsfacts-quotes/scripts/derive_cues.py ../shared/data/polnear/train.jsonl``.

The corpus is read by path and never copied: what is written is counts only. For every lower-cased
word form, how often an occurrence of it lies inside a gold cue span and how often it occurs at all;
for every cue word, how often the next word of the same cue span is a given particle ("pointed
to", "referring to", "called for"); and for every "WORD PREPOSITION" pair, how often a gold content
follows it ("criticism of", "statement that"). A word's cue probability is the first count over the second.
"""

# ruff: noqa: INP001

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

import regex

_WORD = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
# Particles that may follow a cue verb inside its cue ("pointed to", "lashed out at").
_PARTICLES = frozenset({"to", "out", "at", "about", "for", "on", "of", "up", "as", "over", "with", "against"})
_MIN_CUE_COUNT = 3
_MIN_PARTICLE_COUNT = 3
# Forms that almost never cue (a few prepositions, names) are left out to keep the table small.
_MIN_CUE_SHARE = 0.05


_PHRASE = regex.compile(r"(\p{L}+)\s+(about|of|for|to|on|with|against|over|at|that)\s+")
_MIN_PHRASE_HITS = 4
_MIN_PHRASE_SHARE = 0.2


def count_phrases(path: Path) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """How often "WORD PREPOSITION" is followed by a gold content, and how often it occurs at all."""
    hits: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            text = record["text"]
            starts = {item["start"] for item in record["quotes"]}
            for match in _PHRASE.finditer(text, overlapped=True):
                if match.start(1) and text[match.start(1) - 1].isalpha():
                    continue
                key = (match.group(1).lower(), match.group(2))
                total[key] += 1
                # A content opens right after the preposition, or with the "that" itself.
                if match.end() in starts or (key[1] == "that" and match.start(2) in starts):
                    hits[key] += 1
    return hits, total


def count(path: Path) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]:
    """(in-cue counts, total counts, (cue word, particle) counts) over every article of ``path``."""
    in_cue: Counter[str] = Counter()
    total: Counter[str] = Counter()
    particles: Counter[tuple[str, str]] = Counter()
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            text = record["text"]
            spans = {tuple(span) for item in record["quotes"] for span in item.get("cue_spans") or []}
            covered: set[int] = set()
            for start, end in spans:
                words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, start, end)]
                covered.update(offset for offset, _ in words)
                for (_, word), (_, following) in itertools.pairwise(words):
                    if following in _PARTICLES:
                        particles[word, following] += 1
            for match in _WORD.finditer(text):
                word = match.group().lower()
                total[word] += 1
                if match.start() in covered:
                    in_cue[word] += 1
    return in_cue, total, particles


def _kept(in_cue: Counter[str], total: Counter[str]) -> list[str]:
    return [w for w in in_cue if in_cue[w] >= _MIN_CUE_COUNT and in_cue[w] >= _MIN_CUE_SHARE * total[w]]


def render(
    in_cue: Counter[str],
    total: Counter[str],
    particles: Counter[tuple[str, str]],
    phrases: tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]],
    source: str,
) -> str:
    """The JSON table, one entry a line and sorted, so that a re-run gives the same file and a diff reads well."""
    about = (
        f"Cue counts learned from {source} by scripts/derive_cues.py: counts only, no corpus text. "
        "cues[form] = [as_cue, total]: how often the lower-cased word form lies inside a gold cue span, and how "
        "often it occurs at all. particles: [form, particle, count]: how often a cue word is followed by that "
        "particle inside the same cue. phrases: [word, preposition, before_content, total]: how often the two "
        'words are directly followed by a gold content ("criticism of", "called for", "statement that"), and '
        "how often they occur at all. Regenerate rather than edit."
    )
    cues = [f"    {json.dumps(word)}: [{in_cue[word]}, {total[word]}]" for word in sorted(_kept(in_cue, total))]
    pairs = [
        f"    {json.dumps([word, particle, n])}"
        for (word, particle), n in sorted(particles.items())
        if n >= _MIN_PARTICLE_COUNT
    ]
    phrase_hits, phrase_total = phrases
    learned = [
        f"    {json.dumps([word, preposition, n, phrase_total[word, preposition]])}"
        for (word, preposition), n in sorted(phrase_hits.items())
        if n >= _MIN_PHRASE_HITS and n >= _MIN_PHRASE_SHARE * phrase_total[word, preposition]
    ]
    return (
        f'{{\n  "about": {json.dumps(about)},\n'
        '  "cues": {\n'
        + ",\n".join(cues)
        + "\n  },\n"
        + '  "particles": [\n'
        + ",\n".join(pairs)
        + "\n  ],\n"
        + '  "phrases": [\n'
        + ",\n".join(learned)
        + "\n  ]\n}\n"
    )


def main() -> None:
    """Write the table next to the package's other modules (or to ``--out``)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path, help="PolNeAR train split in newsfacts JSONL")
    default = Path(__file__).resolve().parents[1] / "src" / "newsfacts_quotes" / "learned_cues.json"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    in_cue, total, particles = count(args.train)
    phrases = count_phrases(args.train)
    args.out.write_text(render(in_cue, total, particles, phrases, "PolNeAR train"), encoding="utf-8")
    sys.stdout.write(f"{args.out}: {len(_kept(in_cue, total))} forms\n")


if __name__ == "__main__":
    main()
