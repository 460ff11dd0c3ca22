"""Write what the pipeline extracts from each shared dev set, to compare two versions byte for byte.

Run: ``.venv/bin/python benchmarks/snapshot.py OUT_DIR`` then ``diff -r`` two such folders. A refactor
keeps them identical; a fix lists the lines it changes. Needs ../shared; reads the sets by path.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import newsfacts
from newsfacts import evaluation

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
SETS = {
    "quotes": SHARED / "polnear" / "dev.jsonl",
    "dates": SHARED / "tempeval3" / "train.jsonl",
    "claims": SHARED / "weapon-ranges" / "dev.jsonl",
}


def main() -> None:
    """Extract every record of each set and write one JSON line per article."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, help="folder for quotes.jsonl, dates.jsonl and claims.jsonl")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pipeline = newsfacts.Pipeline()
    for task, path in SETS.items():
        with path.open(encoding="utf-8") as stream, (args.out / f"{task}.jsonl").open("w", encoding="utf-8") as out:
            for line in stream:
                article = pipeline.extract(**evaluation.gold_input(task, json.loads(line)))
                out.write(newsfacts.dumps(article) + "\n")


if __name__ == "__main__":
    main()
