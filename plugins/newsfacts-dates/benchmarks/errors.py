"""Where the date scores are lost on one half of TempEval-3 train: missed, spurious and wrongly valued expressions.

Run: ``.venv/bin/python plugins/newsfacts-dates/benchmarks/errors.py [--half A|B|all] [--cases] [GOLD]``.
Value F1 counts a right value over gold and predicted expressions alike, so an expression the gold has
and we miss, one we give and the gold has not, and one whose value differs all cost it. The table groups
each kind: missed and spurious expressions by their words (lower case, digits as 9), wrong values by the
shape of the gold value against ours (digits as 9: "9999-Q9 <- 9999"). ``--cases`` lists every case with
its context, to read before writing a rule; counts across the whole of train tell a rule from a fit.
Halves are those of ``halves.py`` (A: even lines, B: odd lines).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import regex

import newsfacts
import newsfacts_dates.plugin
from newsfacts import Article
from newsfacts.evaluation import gold_input, match_one_to_one

REPO = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = REPO.parent / "shared" / "data" / "tempeval3" / "train.jsonl"
_DIGIT = regex.compile(r"\d")
_CONTEXT = 60
_TOP = 25


def _shape(text: str) -> str:
    """Digits as 9: "2025-Q1" and "1989-Q3" count together."""
    return _DIGIT.sub("9", text)


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - _CONTEXT) : start]
    return f"{before}[[{text[start:end]}]]{text[end : end + _CONTEXT]}".replace("\n", " ")


def errors(record: dict[str, Any], article: Article) -> dict[str, list[tuple[str, str]]]:
    """The document's missed, spurious and wrong expressions: (what to count them by, the case in context)."""
    text, gold, predicted = record["text"], record["timexes"], list(article.dates)
    pairs = match_one_to_one(
        [(g["start"], g["end"]) for g in gold], [(d.start, d.end) for d in predicted], lambda _a, _b, _size: True
    )
    matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
    found: dict[str, list[tuple[str, str]]] = {"missed": [], "spurious": [], "wrong": []}
    for index, g in enumerate(gold):
        if index not in matched_gold:
            case = f"{g['type']} {g['value']}  {_context(text, g['start'], g['end'])}"
            found["missed"].append((_shape(g["text"].lower()), case))
    for index, d in enumerate(predicted):
        if index not in matched_predicted:
            found["spurious"].append((_shape(d.text.lower()), f"{d.type} {d.value}  {_context(text, d.start, d.end)}"))
    for g_index, p_index in pairs:
        g, d = gold[g_index], predicted[p_index]
        if g["value"] != d.value:
            key = f"{g['type']} {_shape(g['value'])} <- {d.type} {_shape(d.value or '')}"
            case = f"{g['value']} <- {d.value}  {_context(text, g['start'], g['end'])}"
            found["wrong"].append((key, case))
    return found


def main() -> None:
    """Print the table of one half (and every case with ``--cases``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--half", choices=("A", "B", "all"), default="A")
    parser.add_argument("--cases", action="store_true", help="list every case with its context")
    arguments = parser.parse_args()
    lines = arguments.gold.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    first, step = {"A": (0, 2), "B": (1, 2), "all": (0, 1)}[arguments.half]
    pipeline = newsfacts.Pipeline(autoload=False, plugins=[newsfacts_dates.plugin])
    found: dict[str, list[tuple[str, str]]] = {"missed": [], "spurious": [], "wrong": []}
    for record in records[first::step]:
        for kind, cases in errors(record, pipeline.extract(**gold_input("dates", record))).items():
            found[kind].extend((key, f"{record['id']}  {case}") for key, case in cases)
    for kind, cases in found.items():
        print(f"== {kind}: {len(cases)}")
        for key, count in Counter(key for key, _ in cases).most_common(_TOP):
            print(f"{count:5}  {key}")
        if arguments.cases:
            for _, case in sorted(cases):
                print(f"       {case}")


if __name__ == "__main__":
    main()
