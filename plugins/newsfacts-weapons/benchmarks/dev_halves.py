"""Score the weapon-range plugin on two document-level halves of the dev set, to see whether it fits.

Run: ``.venv/bin/python plugins/newsfacts-weapons/benchmarks/dev_halves.py [DEV.jsonl] [--errors]``.

A record goes to half ``develop`` or ``check`` by the SHA-256 of its ``doc_id`` (the document it was
taken from), so every sentence of one document lands in the same half and the split never changes.
Rules are written looking at ``develop`` only; ``check`` stands in for text nobody tuned on. Each half
is written to a temporary JSONL file and scored exactly as ``newsfacts evaluate claims FILE`` scores it
(same gold input, same scorer). ``--errors`` lists the mismatches of the ``develop`` half only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from newsfacts import Pipeline, WeaponRange, evaluation

DEFAULT = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "weapon-ranges" / "dev.jsonl"
HALVES = ("develop", "check")


def half_of(record: Mapping[str, Any]) -> str:
    """``develop`` or ``check``: the parity of the first byte of SHA-256 over the record's ``doc_id``."""
    digest = hashlib.sha256(str(record["doc_id"]).encode("utf-8")).digest()
    return HALVES[digest[0] % 2]


def split(path: Path) -> dict[str, list[dict[str, Any]]]:
    """The records of ``path`` by half, in file order."""
    halves: dict[str, list[dict[str, Any]]] = {name: [] for name in HALVES}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            halves[half_of(record)].append(record)
    return halves


def score(records: Sequence[Mapping[str, Any]], pipeline: Pipeline) -> tuple[dict[str, Any], list[Any]]:
    """The scores ``newsfacts evaluate claims`` prints for ``records``, and the extracted articles."""
    for record in records:
        evaluation.check_gold("claims", record)
    articles = []
    for result in pipeline.extract_many(evaluation.gold_input("claims", r) for r in records):
        if result.article is None:
            msg = f"record {result.index + 1}: {result.error}"
            raise SystemExit(msg)
        articles.append(result.article)
    return evaluation.score_claims(records, articles), articles


def _describe(claim: Any) -> str:
    value = claim.value
    subject = claim.subject.text if claim.subject else None
    if isinstance(value, WeaponRange) and value.range_class:
        return f"class {value.range_class} [{subject}] {claim.text!r}"
    return f"{value.min_km}-{value.max_km} {value.qualifier} [{subject}] {claim.text!r}"


def show_errors(records: Sequence[Mapping[str, Any]], articles: Sequence[Any]) -> None:
    """Print every record whose prediction differs from its gold in values, weapons or classes."""
    for record, article in zip(records, articles, strict=True):
        offset = len(article.text) - len(record["sentence"])
        claims = [c for c in article.claims if c.kind == "weapon_range" and c.start >= offset]

        def _key(item: tuple[Any, ...]) -> tuple[Any, ...]:
            low, high, cls, _ = item
            return (round(low or -1, 0), round(high or -1, 0), cls or "")

        gold = sorted(
            ((g["min_km"], g["max_km"], g.get("range_class"), g.get("weapon")) for g in record["claims"]), key=_key
        )
        predicted = sorted(
            (
                (c.value.min_km, c.value.max_km, c.value.range_class, c.subject.text if c.subject else None)
                for c in claims
            ),
            key=_key,
        )

        same = [_key(g) for g in gold] == [_key(p) for p in predicted]
        weapons_ok = all(
            not g[3] or evaluation._words(g[3]) & evaluation._words(p[3])  # noqa: SLF001 - same rule as the scorer
            for g, p in zip(gold, predicted, strict=False)
        )
        if same and weapons_ok:
            continue
        print(f"--- {record['id']} {record.get('hard_negative_type') or ''}")
        print(f"  ctx: {record.get('context', '')[:300]}")
        print(f"  sen: {record['sentence']}")
        for g in record["claims"]:
            bound = f"{g['min_km']}-{g['max_km']} {g['qualifier']}"
            print(f"  gold: {bound} class={g.get('range_class')} [{g.get('weapon')}] {g.get('surface')!r}")
        for c in claims:
            print(f"  got:  {_describe(c)}")


def main(argv: Sequence[str] | None = None) -> int:
    """Print both halves' scores (and the whole set's) as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list the develop half's mismatches")
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    halves = split(args.gold)
    report: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, records in halves.items():
            path = Path(folder) / f"{name}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
            written = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            scores, articles = score(written, pipeline)
            documents = len({r["doc_id"] for r in written})
            report[name] = {"sentences": len(written), "documents": documents, **scores}
            if args.errors and name == "develop":
                show_errors(written, articles)
    whole = [r for name in HALVES for r in halves[name]]
    report["whole"] = {"sentences": len(whole), **score(whole, pipeline)[0]}
    json.dump(report, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
