"""Date scores on each half of the TempEval-3 train split, to tell rules that hold from rules that fit.

Run: ``.venv/bin/python plugins/newsfacts-dates/benchmarks/halves.py [GOLD]`` (default
``../shared/data/tempeval3/train.jsonl``). There is no separate dev split for dates, so train is cut by
document: half A holds the documents at even line positions of the file (0, 2, 4, ...), half B those at
odd positions. Rules are developed on A; B shows whether they hold on text nobody looked at. Scores are
those of ``newsfacts evaluate dates``, with the dates plugin alone loaded.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import newsfacts
import newsfacts_dates.plugin
from newsfacts.evaluation import gold_input, score_dates

REPO = Path(__file__).resolve().parents[3]
DEFAULT_GOLD = REPO.parent / "shared" / "data" / "tempeval3" / "train.jsonl"


def summary(scores: dict[str, Any]) -> str:
    """One line: value F1, relaxed and strict extent F1, type and value accuracy."""
    return (
        f"value_f1={scores['value_f1']:.4f} relaxed_f1={scores['relaxed']['f1']:.4f}"
        f" strict_f1={scores['strict']['f1']:.4f} type_accuracy={scores['type_accuracy']:.4f}"
        f" value_accuracy={scores['value_accuracy']:.4f}"
    )


def main() -> None:
    """Print the scores of all documents, half A and half B."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    path: Path = parser.parse_args().gold
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    pipeline = newsfacts.Pipeline(autoload=False, plugins=[newsfacts_dates.plugin])
    articles = [pipeline.extract(**gold_input("dates", record)) for record in records]
    halves = {"all": range(len(records)), "A": range(0, len(records), 2), "B": range(1, len(records), 2)}
    for name, indexes in halves.items():
        scores = score_dates([records[i] for i in indexes], [articles[i] for i in indexes])
        print(f"{name:3} {len(indexes):3} documents  {summary(scores)}")


if __name__ == "__main__":
    main()
