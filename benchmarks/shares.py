"""Where the time goes: each plugin's hooks and the core's parts, as shares of extract plus dumps.

Run: ``.venv/bin/python benchmarks/shares.py [--articles 60] [--repeat 3]``. Not part of the test suite.
cProfile over PolNeAR dev articles (the example where ../shared is absent), split by the cumulative time of
each hook implementation; what no hook accounts for is the core's. cProfile inflates code that makes many
small Python calls, so read the shares as where to look, and measure a change as a ratio (speed.py).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
from pathlib import Path

import newsfacts

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl"

# (label, the module's path ends with, function name)
PARTS = [
    ("quotes: find_quotes", "newsfacts_quotes/plugin.py", "newsfacts_find_quotes"),
    ("quotes: attribute_speaker", "newsfacts_quotes/plugin.py", "newsfacts_attribute_speaker"),
    ("dates: find_dates", "newsfacts_dates/plugin.py", "newsfacts_find_dates"),
    ("dates: normalize_date", "newsfacts_dates/plugin.py", "newsfacts_normalize_date"),
    ("weapons: extract_claims", "newsfacts_weapons/plugin.py", "newsfacts_extract_claims"),
    ("core: segmentation", "newsfacts/segmentation.py", "newsfacts_segment"),
    ("core: checks of plugin records", "newsfacts/pipeline.py", "_checked"),
]


def load_articles(limit: int) -> list[tuple[str, str | None]]:
    """(text, published) pairs from the PolNeAR dev set, or the example alone."""
    if not POLNEAR.is_file():
        example = REPO / "examples" / "coastal-defence.txt"
        return [(example.read_text(encoding="utf-8"), "2025-10-16")]
    articles = []
    with POLNEAR.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            articles.append((record["text"], record.get("published")))
            if len(articles) >= limit:
                break
    return articles


def cumulative(stats: pstats.Stats, path_end: str, function: str) -> float:
    """Seconds spent in ``function`` of the module whose path ends with ``path_end``, callees included."""
    table = stats.stats  # type: ignore[attr-defined]
    return sum(row[3] for (path, _line, name), row in table.items() if name == function and path.endswith(path_end))


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = load_articles(args.articles)
    pipeline = newsfacts.Pipeline()
    for text, published in articles[:5]:  # warm lazy imports and caches
        newsfacts.dumps(pipeline.extract(text, published=published))
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.repeat):
        for text, published in articles:
            newsfacts.dumps(pipeline.extract(text, published=published))
    profile.disable()
    stats = pstats.Stats(profile)
    runs = args.repeat * len(articles)
    extract = cumulative(stats, "newsfacts/pipeline.py", "extract")
    dumps = cumulative(stats, "newsfacts/serialization.py", "dumps")
    total = extract + dumps
    rows = [(label, cumulative(stats, path, function)) for label, path, function in PARTS]
    rows.append(("core: the rest of extract", extract - sum(seconds for _, seconds in rows)))
    rows.append(("core: dumps", dumps))
    print(f"{len(articles)} articles x {args.repeat}; {total / runs * 1000:.2f} ms an article under cProfile")
    for label, seconds in rows:
        print(f"{label:<34} {seconds / runs * 1000:>8.2f} ms {seconds / total * 100:>6.1f} %")


if __name__ == "__main__":
    main()
