"""Scoring newsfacts against labelled data, the way the shared evaluation sets are scored.

Three gold formats, one scorer each (see ``shared/data/README.md``):

* quotes (PolNeAR JSONL): a predicted quote matches a gold item when their
  content spans overlap by at least half of the shorter one, one-to-one,
  largest overlap first; speaker accuracy over matches; attributed F1 counts a
  match only with the right speaker; attributed F1 by full name scores gold
  whose source gives a proper name; error classes explain the figures.
* dates (TempEval-3 JSONL): strict extent = same span, relaxed = any overlap;
  type and value compared on relaxed matches; value F1 = value accuracy x
  relaxed F1.
* claims (weapon-range JSONL): per sentence; a numeric claim is right when
  ``min_km`` and ``max_km`` are within 2% of the gold (null where the gold is
  null); the weapon is right when the subject shares a word with the gold
  weapon; range classes are compared as words; hard negatives must give nothing.

Scorers are pure functions of gold records and predicted articles, so they can
be reused on any extraction, not only newsfacts' own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.errors import InputError
from newsfacts.model import Article, Claim, DateExpression, Quote, WeaponRange

_WORD = re.compile(r"\w+")
# Words (with their inner apostrophes, hyphens and periods) and the punctuation that ends a name.
_NAME_TOKEN = re.compile(r"[\w'’.\-]+|[(),;:—–/&\"“”]")


@attrs.frozen(kw_only=True)
class Score:
    """Precision, recall and F1 from counts."""

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """JSON-ready figures."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "true_positives": self.true_positives,
            "predicted": self.predicted,
            "gold": self.gold,
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def match_one_to_one(
    gold: Sequence[tuple[int, int]],
    predicted: Sequence[tuple[int, int]],
    accept: Callable[[tuple[int, int], tuple[int, int], int], bool],
) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), largest overlap first, each item used once.

    Candidate pairs are found by a sweep over sorted spans, so only overlapping
    pairs are ever compared.
    """
    events = sorted(
        [(s, e, 0, i) for i, (s, e) in enumerate(gold)] + [(s, e, 1, i) for i, (s, e) in enumerate(predicted)]
    )
    open_gold: list[int] = []
    open_pred: list[int] = []
    candidates: list[tuple[int, int, int]] = []
    for start, _end, side, index in events:
        open_gold = [g for g in open_gold if gold[g][1] > start]
        open_pred = [p for p in open_pred if predicted[p][1] > start]
        others = open_pred if side == 0 else open_gold
        for other in others:
            g, p = (index, other) if side == 0 else (other, index)
            size = _overlap(*gold[g], *predicted[p])
            if size > 0 and accept(gold[g], predicted[p], size):
                candidates.append((size, g, p))
        (open_gold if side == 0 else open_pred).append(index)
    pairs = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _size, g, p in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


# -- quotes ------------------------------------------------------------------


def _half_of_shorter(a: tuple[int, int], b: tuple[int, int], size: int) -> bool:
    return size * 2 >= min(a[1] - a[0], b[1] - b[0])


def _surname(name: str) -> str:
    words = _WORD.findall(name)
    return words[-1].lower() if words else ""


def speaker_is_right(gold: Mapping[str, Any], quote: Quote) -> bool:
    """The predicted mention overlaps the gold source, or names the same person; no source needs no speaker."""
    spans = gold.get("speaker_spans") or []
    if not spans:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    if any(_overlap(quote.speaker.start, quote.speaker.end, s, e) for s, e in spans):
        return True
    gold_names = [n for n in (gold.get("speaker"), gold.get("speaker_coref_auto")) if n]
    predicted = quote.speaker.name.lower()
    return any(n.lower() == predicted or (n[:1].isupper() and _surname(n) == _surname(predicted)) for n in gold_names)


# Words that make a gold source a description or a pronoun rather than a name when they are all it has.
_NOT_NAME_WORDS = frozenset(
    str.split(
        """
    the a an he she it they we i you his her its their our my your him them us me who which that this these
    those some many most several both all one two three officials people sources mr mrs ms dr sen rep gov
    president senator governor secretary minister general former presidential candidate republican democratic
    mayor chairman chairwoman spokesman spokeswoman chief judge justice gen lt col adm sgt capt prime deputy
    vice ambassador lord sir lady miss prof professor rev reverend representative congressman congresswoman
    """
    )
)


def _name_runs(text: str) -> list[list[str]]:
    """Runs of consecutive capitalised words that are not titles, pronouns or determiners."""
    runs: list[list[str]] = []
    current: list[str] = []
    for token in _NAME_TOKEN.findall(text):
        word = token.strip(".'’")
        if word[:1].isupper() and word.lower() not in _NOT_NAME_WORDS:
            current.append(word)
        elif current and word.lower() != "s":
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _person_name(text: str) -> list[str]:
    """The first name in ``text``: its first run of two or more name words, else its first single one."""
    runs = _name_runs(text)
    full = next((run for run in runs if len(run) >= 2), None)
    return full if full is not None else (runs[0] if runs else [])


def gold_name(gold: Mapping[str, Any]) -> str | None:
    """The proper name of a gold source, if it gives one: "Clinton spokesman Nick Merrill" → "Nick Merrill".

    The source's own text comes first when it holds a full name; otherwise the automatic coreference
    name (a guess, so only its name words count) when it agrees with the source's surname or the
    source is a pronoun or a description; "he", "officials" and "the senator" alone give no name.
    """
    speaker = gold.get("speaker") or ""
    own = _person_name(speaker)
    if len(own) >= 2:
        return " ".join(own)
    coref = _person_name(gold.get("speaker_coref_auto") or "")
    if coref and (not own or coref[-1].lower() == own[-1].lower()):
        return " ".join(coref)
    return " ".join(own) if own else None


def full_name_is_right(gold: Mapping[str, Any], quote: Quote) -> bool:
    """The predicted name is the gold person's, as full as the gold gives it.

    Surnames agree and one name's words hold the other's: "Loretta Lynch" is right for the gold "Loretta
    E. Lynch", "Hillary Clinton" for the coreference guess "Crooked Hillary Clinton", "Donald Trump" for
    "Trump"; a bare "Trump" is not right for "Donald Trump" (a reader wants the full name the article
    gives), nor "Heidi Cruz" for "Ted Cruz".
    """
    name = gold_name(gold)
    if name is None or quote.speaker is None:
        return False
    wanted = [w.lower() for w in name.split()]
    predicted = [w.lower() for w in _person_name(quote.speaker.name)]
    if not predicted or predicted[-1] != wanted[-1]:
        return False
    if len(predicted) < 2 and len(wanted) >= 2:
        return False
    return set(predicted) <= set(wanted) or set(wanted) <= set(predicted)


def _inside(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether at least half of ``inner`` lies within ``outer``."""
    return 2 * _overlap(*inner, *outer) >= inner[1] - inner[0] > 0


def _false_quote_cause(
    span: tuple[int, int], gold_spans: Sequence[tuple[int, int]], matched_predicted: Sequence[tuple[int, int]]
) -> str:
    """Why an unmatched prediction is false: nested in a quote, a wrong boundary, or no report there."""
    if any(_inside(span, other) for other in matched_predicted) or any(
        _inside(span, g) and (g[1] - g[0]) > 2 * (span[1] - span[0]) for g in gold_spans
    ):
        return "nested_in_quote"
    if any(_overlap(*span, *g) for g in gold_spans):
        return "boundary"
    return "no_report"


def _speaker_error(gold: Mapping[str, Any], quote: Quote) -> str:
    if not gold.get("speaker_spans"):
        return "speaker_without_source"
    return "missing_speaker" if quote.speaker is None else "wrong_speaker"


def score_quotes(gold_docs: Iterable[Mapping[str, Any]], articles: Iterable[Article]) -> dict[str, Any]:
    """Content P/R/F1 overall and by kind, speaker accuracy on matches, attributed F1, and the errors.

    ``attributed_by_name`` scores only gold items whose source gives a proper name: a match counts when
    the predicted speaker holds that full name; predictions matched to nameless gold are left out.
    ``errors`` counts what went wrong: matched quotes with a wrong, missing or needless speaker, missed
    gold by kind, and false quotes by cause (nested in a quote, wrong boundary, no report there).
    """
    counts: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for doc, article in zip(gold_docs, articles, strict=True):
        gold = list(doc["quotes"])
        predicted = list(article.quotes)
        gold_spans = [(g["start"], g["end"]) for g in gold]
        pred_spans = [(q.start, q.end) for q in predicted]
        pairs = match_one_to_one(gold_spans, pred_spans, _half_of_shorter)
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["matched"] += len(pairs)
        named = [gold_name(g) is not None for g in gold]
        counts["named_gold"] += sum(named)
        counts["named_predicted"] += len(predicted)
        for g in gold:
            counts[f"gold:{g['kind']}"] += 1
        for q in predicted:
            counts[f"predicted:{q.kind}"] += 1
        for g_index, p_index in pairs:
            counts[f"matched_gold:{gold[g_index]['kind']}"] += 1
            counts[f"matched_predicted:{predicted[p_index].kind}"] += 1
            if speaker_is_right(gold[g_index], predicted[p_index]):
                counts["speaker_right"] += 1
            else:
                errors[_speaker_error(gold[g_index], predicted[p_index])] += 1
            if not named[g_index]:
                counts["named_predicted"] -= 1
            elif full_name_is_right(gold[g_index], predicted[p_index]):
                counts["named_right"] += 1
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for g_index, g in enumerate(gold):
            if g_index not in matched_gold:
                errors[f"missed_quote:{g['kind']}"] += 1
        matched_spans = [pred_spans[p] for p in sorted(matched_pred)]
        for p_index, p_span in enumerate(pred_spans):
            if p_index not in matched_pred:
                errors[f"false_quote:{_false_quote_cause(p_span, gold_spans, matched_spans)}"] += 1
    overall = Score(true_positives=counts["matched"], predicted=counts["predicted"], gold=counts["gold"])
    by_kind = {}
    for kind in ("direct", "indirect", "mixed"):
        p = _ratio(counts[f"matched_predicted:{kind}"], counts[f"predicted:{kind}"])
        r = _ratio(counts[f"matched_gold:{kind}"], counts[f"gold:{kind}"])
        by_kind[kind] = {
            "precision": p,
            "recall": r,
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "predicted": counts[f"predicted:{kind}"],
            "gold": counts[f"gold:{kind}"],
        }
    attributed = Score(true_positives=counts["speaker_right"], predicted=counts["predicted"], gold=counts["gold"])
    by_name = Score(
        true_positives=counts["named_right"], predicted=counts["named_predicted"], gold=counts["named_gold"]
    )
    error_names = (
        "wrong_speaker",
        "missing_speaker",
        "speaker_without_source",
        "missed_quote:direct",
        "missed_quote:mixed",
        "missed_quote:indirect",
        "false_quote:nested_in_quote",
        "false_quote:boundary",
        "false_quote:no_report",
    )
    return {
        "content": overall.as_dict(),
        "by_kind": by_kind,
        "speaker_accuracy": _ratio(counts["speaker_right"], counts["matched"]),
        "attributed": attributed.as_dict(),
        "attributed_by_name": by_name.as_dict(),
        "errors": {name: errors[name] for name in error_names},
    }


# -- dates -------------------------------------------------------------------


def score_dates(gold_docs: Iterable[Mapping[str, Any]], articles: Iterable[Article]) -> dict[str, Any]:
    """TempEval-3 extent, type and value scores, overall and by gold type."""
    counts: Counter[str] = Counter()
    for doc, article in zip(gold_docs, articles, strict=True):
        gold = list(doc["timexes"])
        predicted: list[DateExpression] = list(article.dates)
        gold_spans = [(g["start"], g["end"]) for g in gold]
        pred_spans = [(d.start, d.end) for d in predicted]
        relaxed = match_one_to_one(gold_spans, pred_spans, lambda _a, _b, _size: True)
        strict = {(g, p) for g, p in relaxed if gold_spans[g] == pred_spans[p]}
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        counts["relaxed"] += len(relaxed)
        counts["strict"] += len(strict)
        for g in gold:
            counts[f"gold:{g['type']}"] += 1
        for g_index, p_index in relaxed:
            g, p = gold[g_index], predicted[p_index]
            counts[f"relaxed:{g['type']}"] += 1
            if g["type"] == p.type:
                counts["type_right"] += 1
            if g["value"] == p.value:
                counts["value_right"] += 1
                counts[f"value_right:{g['type']}"] += 1
    relaxed_score = Score(true_positives=counts["relaxed"], predicted=counts["predicted"], gold=counts["gold"])
    value_accuracy = _ratio(counts["value_right"], counts["relaxed"])
    return {
        "strict": Score(true_positives=counts["strict"], predicted=counts["predicted"], gold=counts["gold"]).as_dict(),
        "relaxed": relaxed_score.as_dict(),
        "type_accuracy": _ratio(counts["type_right"], counts["relaxed"]),
        "value_accuracy": value_accuracy,
        "value_f1": round(value_accuracy * relaxed_score.f1, 4),
        "by_type": {
            t: {
                "gold": counts[f"gold:{t}"],
                "recall": _ratio(counts[f"relaxed:{t}"], counts[f"gold:{t}"]),
                "value_accuracy": _ratio(counts[f"value_right:{t}"], counts[f"relaxed:{t}"]),
            }
            for t in ("DATE", "TIME", "DURATION", "SET")
        },
    }


# -- weapon-range claims -----------------------------------------------------


def weapon_range_text(record: Mapping[str, Any]) -> str:
    """The text a weapon-range record is extracted from: its context, a space, its sentence."""
    context = record.get("context") or ""
    return f"{context} {record['sentence']}" if context else record["sentence"]


def _within(gold: float | None, predicted: float | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return abs(predicted - gold) <= 0.02 * abs(gold)


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


def score_claims(gold_records: Iterable[Mapping[str, Any]], articles: Iterable[Article]) -> dict[str, Any]:
    """Numeric value P/R/F1, weapon accuracy on matches, range-class F1, claims on hard negatives."""
    counts: Counter[str] = Counter()
    for record, article in zip(gold_records, articles, strict=True):
        offset = len(article.text) - len(record["sentence"])
        claims: list[Claim] = [c for c in article.claims if c.kind == "weapon_range" and c.start >= offset]
        values = [c.value for c in claims]
        numeric = [
            c
            for c, v in zip(claims, values, strict=True)
            if isinstance(v, WeaponRange) and (v.min_km is not None or v.max_km is not None)
        ]
        classes = [v.range_class for v in values if isinstance(v, WeaponRange) and v.range_class]
        gold_numeric = [g for g in record["claims"] if g["min_km"] is not None or g["max_km"] is not None]
        gold_classes = [g["range_class"] for g in record["claims"] if g.get("range_class")]
        if record.get("hard_negative_type"):
            counts["negatives"] += 1
            counts["negative_claims"] += len(claims)
            counts["negatives_with_claims"] += bool(claims)
        counts["gold"] += len(gold_numeric)
        counts["predicted"] += len(numeric)
        used: set[int] = set()
        for g in gold_numeric:
            for index, claim in enumerate(numeric):
                value = claim.value
                if index in used or not isinstance(value, WeaponRange):
                    continue
                if _within(g["min_km"], value.min_km) and _within(g["max_km"], value.max_km):
                    used.add(index)
                    counts["matched"] += 1
                    if g.get("weapon"):
                        counts["weapon_scored"] += 1
                        subject = claim.subject.text if claim.subject else None
                        counts["weapon_right"] += bool(_words(g["weapon"]) & _words(subject))
                    break
        remaining = Counter(classes)
        counts["class_gold"] += len(gold_classes)
        counts["class_predicted"] += len(classes)
        for cls in gold_classes:
            if remaining[cls] > 0:
                remaining[cls] -= 1
                counts["class_matched"] += 1
    return {
        "numeric": Score(
            true_positives=counts["matched"], predicted=counts["predicted"], gold=counts["gold"]
        ).as_dict(),
        "weapon_accuracy": _ratio(counts["weapon_right"], counts["weapon_scored"]),
        "range_class": Score(
            true_positives=counts["class_matched"], predicted=counts["class_predicted"], gold=counts["class_gold"]
        ).as_dict(),
        "hard_negatives": {
            "sentences": counts["negatives"],
            "with_claims": counts["negatives_with_claims"],
            "claims": counts["negative_claims"],
        },
    }


TASKS = ("quotes", "dates", "claims")

_REQUIRED = {
    "quotes": (("text", str), ("quotes", list)),
    "dates": (("text", str), ("timexes", list)),
    "claims": (("sentence", str), ("claims", list)),
}
_ITEM_KEYS = {
    "quotes": ("start", "end", "kind"),
    "dates": ("start", "end", "type", "value"),
    "claims": ("min_km", "max_km"),
}


def check_gold(task: str, record: object) -> None:
    """Refuse a gold record that the scorer for ``task`` cannot read, saying what is missing.

    :raises InputError: the record is not an object, or lacks a key the scorer needs.
    """
    if not isinstance(record, dict):
        msg = f"expected a JSON object, got {type(record).__name__}"
        raise InputError(msg)
    for key, kind in _REQUIRED[task]:
        if not isinstance(record.get(key), kind):
            msg = f"{task} gold needs {key!r} as a {kind.__name__}"
            raise InputError(msg)
    items = record[_REQUIRED[task][1][0]]
    for index, item in enumerate(items):
        missing = [k for k in _ITEM_KEYS[task] if not isinstance(item, dict) or k not in item]
        if missing:
            msg = f"item {index} lacks {', '.join(map(repr, missing))}"
            raise InputError(msg)


def gold_input(task: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """The extraction input for a gold record: its text, id and publication date."""
    text = weapon_range_text(record) if task == "claims" else record["text"]
    published = record.get("published") if task != "claims" else None
    return {"text": text, "id": record.get("id"), "published": published}


SCORERS: dict[str, Callable[[Iterable[Mapping[str, Any]], Iterable[Article]], dict[str, Any]]] = {
    "quotes": score_quotes,
    "dates": score_dates,
    "claims": score_claims,
}
