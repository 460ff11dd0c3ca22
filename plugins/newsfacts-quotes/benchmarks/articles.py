"""Who said what on whole news articles we wrote and labelled ourselves: quote F1 and attributed F1 by full name.

Run: ``.venv/bin/python plugins/newsfacts-quotes/benchmarks/articles.py [--quiet] [--json]``.

The articles in ``tests/articles/`` are ours (invented people and events, written in British, US wire, European,
court, press-conference, interview, defence, council and business styles before the code's output was looked at).
Each labelled quote has its content span and either ``speaker`` (the full name of the person or organisation) or,
for a nameless source, ``source`` (its description as written, "a government source"). Headlines carry no quote.

A prediction matches a label when their contents overlap by half the shorter one (one-to-one, largest overlap
first), as PolNeAR is scored. A matched quote is *attributed* when its speaker is right: for a named source, the
predicted speaker's name is that full name (titles and "the" aside; a bare surname is wrong); for a nameless one,
the predicted name shares a word with the description (so "the official" stays right, a guessed person is wrong).
``by name`` scores only labels with a full name, leaving predictions matched to nameless ones out.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import regex

import newsfacts_quotes.plugin
from newsfacts import Article, Quote
from newsfacts.evaluation import Score, match_one_to_one
from newsfacts.testing import isolated_pipeline

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "articles"
_WORD = regex.compile(r"[\w’'\-]+")
# Words a name may carry that are not part of the person's name.
_TITLES = frozenset(str.split("the a an mr mrs ms dr sen rep gov cllr det insp judge president prime"))
# Words a nameless description shares with any speaker, so they prove nothing ("U.S." is read as "u" and "s").
_PLAIN = frozenset(str.split("the a an of for at in on one two three who u s"))


def load_articles(folder: Path = ARTICLES) -> list[dict[str, Any]]:
    """The labelled articles, in name order."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def _words(text: str) -> list[str]:
    return [w.lower().strip("’'") for w in _WORD.findall(text)]


def speaker_is_right(label: Mapping[str, Any], quote: Quote) -> bool:
    """The predicted speaker is the labelled one: the same full name, or the nameless source's description."""
    if quote.speaker is None:
        return label.get("speaker") is None and label.get("source") is None
    predicted = [w for w in _words(quote.speaker.name) if w not in _TITLES]
    if label.get("speaker"):
        return predicted == [w for w in _words(label["speaker"]) if w not in _TITLES]
    if label.get("source"):
        return bool((set(_words(label["source"])) - _PLAIN) & set(predicted))
    return False


def _in_context(text: str, start: int, end: int, width: int = 50) -> str:
    return f"{text[max(0, start - width) : start]}[[{text[start:end]}]]{text[end : end + width]}".replace("\n", " ")


def _who(quote: Quote) -> str:
    return f"{quote.speaker.name!r} (as {quote.speaker.text!r})" if quote.speaker else "no speaker"


def score(docs: Iterable[Mapping[str, Any]], articles: Iterable[Article]) -> dict[str, Any]:
    """Quote, attributed and by-name P/R/F1 over the articles, and every miss, false quote and wrong speaker."""
    counts = dict.fromkeys(("gold", "predicted", "matched", "right", "named_gold", "named_predicted", "named_right"), 0)
    cases: dict[str, list[str]] = {"missed": [], "false": [], "wrong_speaker": []}
    for doc, article in zip(docs, articles, strict=True):
        text, labels, quotes = doc["text"], doc["quotes"], list(article.quotes)
        pairs = match_one_to_one(
            [(g["start"], g["end"]) for g in labels],
            [(q.start, q.end) for q in quotes],
            lambda a, b, size: size * 2 >= min(a[1] - a[0], b[1] - b[0]),
        )
        named = [bool(g.get("speaker")) for g in labels]
        counts["gold"] += len(labels)
        counts["predicted"] += len(quotes)
        counts["matched"] += len(pairs)
        counts["named_gold"] += sum(named)
        counts["named_predicted"] += len(quotes)
        for g_index, p_index in pairs:
            label, quote = labels[g_index], quotes[p_index]
            right = speaker_is_right(label, quote)
            counts["right"] += right
            if named[g_index]:
                counts["named_right"] += right
            else:
                counts["named_predicted"] -= 1
            if not right:
                wanted = label.get("speaker") or f"a source like {label.get('source')!r}"
                cases["wrong_speaker"].append(f"{doc['id']}: {wanted} <- {_who(quote)}: {quote.text[:70]!r}")
        matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
        cases["missed"] += [
            f"{doc['id']}: {g.get('speaker') or g.get('source')}: {_in_context(text, g['start'], g['end'])}"
            for i, g in enumerate(labels)
            if i not in matched_gold
        ]
        cases["false"] += [
            f"{doc['id']}: {q.kind} by {_who(q)}: {_in_context(text, q.start, q.end)}"
            for i, q in enumerate(quotes)
            if i not in matched_predicted
        ]
    quote_score = Score(true_positives=counts["matched"], predicted=counts["predicted"], gold=counts["gold"])
    attributed = Score(true_positives=counts["right"], predicted=counts["predicted"], gold=counts["gold"])
    by_name = Score(
        true_positives=counts["named_right"], predicted=counts["named_predicted"], gold=counts["named_gold"]
    )
    return {
        "quotes": quote_score.as_dict(),
        "attributed": attributed.as_dict(),
        "attributed_by_name": by_name.as_dict(),
        "cases": cases,
    }


def run(folder: Path = ARTICLES) -> dict[str, Any]:
    """Extract the quotes of every article with the quotes plugin alone and score them."""
    docs = load_articles(folder)
    pipeline = isolated_pipeline(newsfacts_quotes.plugin)
    return score(docs, [pipeline.extract(doc["text"]) for doc in docs])


def main() -> None:
    """Print the figures, then each miss, false quote and wrong speaker (unless ``--quiet``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="figures only")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    args = parser.parse_args()
    report = run()
    if args.json:
        print(json.dumps({k: v for k, v in report.items() if k != "cases"}, indent=2))
    else:
        for key in ("quotes", "attributed", "attributed_by_name"):
            s = report[key]
            print(
                f"{key:20} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
                f"  ({s['true_positives']} / {s['predicted']} predicted / {s['gold']} gold)"
            )
    if not args.quiet:
        for kind, lines in report["cases"].items():
            print(f"\n== {kind} ({len(lines)})")
            for line in lines:
                print("  " + line)


if __name__ == "__main__":
    main()
