"""One record per date family, and a normalization that reads the finder's candidates without matching again."""

from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys

import attrs
import pytest

import newsfacts
import newsfacts_dates.plugin
from newsfacts.testing import assert_spans_match, isolated_pipeline
from newsfacts_dates import analysis, families
from newsfacts_dates.family import Candidate, Context, Family, Kind

# Sentences of our own with anaphors, clocks before days, quarterly results and rates, so that every path of
# the normalization runs.
STORY = (
    "The treaty was signed on March 3, 2019. Later that month the talks resumed, and the following year "
    "they failed. The vote is at 9am on Thursday. Profit rose in the third quarter from a year ago. "
    "Shipping costs $2 million a year, and the review lasts three weeks. On Tuesday night that week, "
    "the envoy left; the next morning he was in Oslo. Sales were weak in 1990 and early 2026."
)


def test_every_kind_has_exactly_one_family_with_a_rule() -> None:
    assert [family.kind for family in families.FAMILIES].count(Kind.WEEKDAY) == 1
    assert set(families.BY_KIND) == set(Kind)
    assert len(families.FAMILIES) == len(Kind)
    for family in families.FAMILIES:
        assert callable(family.rule), family.kind


def test_a_kind_without_a_family_fails_at_import_time() -> None:
    without_month = [family for family in families.FAMILIES if family.kind is not Kind.MONTH]
    with pytest.raises(RuntimeError, match="month"):
        families._by_kind(without_month)
    with pytest.raises(RuntimeError, match="twice"):
        families._by_kind([*families.FAMILIES, families.BY_KIND[Kind.ISO]])


def test_a_family_needs_a_callable_rule() -> None:
    with pytest.raises(TypeError):
        Family(Kind.ISO, r"\d{4}", "#digit", "not a rule")  # type: ignore[arg-type]


def test_candidates_carry_their_family_and_parts() -> None:
    text = "The treaty was signed on March 3, 2019 and takes effect in two years."
    found = {candidate.text: candidate for candidate in analysis.analysis_of(text).candidates}
    signed = found["March 3, 2019"]
    assert signed.family.kind is Kind.MDY
    assert (signed["mon"], signed["day"], signed["yr"], signed["unit"]) == ("March", "3", "2019", None)
    assert found["two years"].family.kind is Kind.DUR
    assert found["two years"]["num"] == "two"


def test_normalization_never_matches_a_candidate_again(monkeypatch: pytest.MonkeyPatch) -> None:
    document = newsfacts.Document(text=STORY, published=dt.date(2025, 3, 4))
    spans = list(newsfacts_dates.plugin.newsfacts_find_dates(document))
    assert len(spans) > 10
    calls: list[str] = []
    real_compiled = Family.compiled

    def counted(family: Family) -> object:
        calls.append(family.kind)
        return real_compiled.fget(family)  # type: ignore[attr-defined]

    def finder_again(text: str) -> object:
        calls.append("find_candidates")
        return iter(())

    monkeypatch.setattr(Family, "compiled", property(counted))
    monkeypatch.setattr(analysis, "find_candidates", finder_again)
    dated = [newsfacts_dates.plugin.newsfacts_normalize_date(document, span) for span in spans]
    assert calls == []
    values = {date.text: date.value for date in dated if date is not None}
    assert values["Later that month"] == "2019-03"  # the anaphor was read on the earlier date, with no new search
    assert values["9am"] == "2025-03-06T09:00"


def test_a_span_of_another_plugin_is_matched_once_more() -> None:
    document = newsfacts.Document(text="Ships sail on Monday.", published=dt.date(2025, 3, 4))
    # Not a candidate of ours ("on Monday" includes the preposition): matched again, as the one exception.
    date = newsfacts_dates.plugin.newsfacts_normalize_date(document, newsfacts.Span(text="Monday", start=14, end=20))
    assert date is not None
    assert date.value in {"2025-03-03", "2025-03-10"}


def test_the_analysis_is_kept_per_document_and_dropped_with_it() -> None:
    calls: list[int] = []
    real = analysis.analysis_of

    def counting(text: str) -> analysis.Analysis:
        calls.append(len(text))
        return real(text)

    analysis.analysis_of = counting  # the per-document wrapper looks the name up at each call
    try:
        document = newsfacts.Document(text=STORY, published=dt.date(2025, 3, 4))
        first = analysis.analyse(document)
        assert analysis.analyse(document) is first
        assert calls == [len(STORY)]
        analysis.analyse(newsfacts.Document(text=STORY, published=dt.date(2025, 3, 4)))
        assert len(calls) == 2  # an equal but distinct document is analysed afresh
    finally:
        analysis.analysis_of = real
    assert not any(isinstance(item, newsfacts.Document) for item in gc.get_referents(first))


def test_the_rule_reads_only_the_context_it_is_given() -> None:
    candidate = families.fullmatch_family("next Tuesday", 0, 12)
    assert isinstance(candidate, Candidate)
    assert candidate.family.rule(candidate, Context(ref=dt.date(2025, 3, 4))) == ("DATE", "2025-03-11")
    assert candidate.family.rule(candidate, Context(ref=None)) == ("DATE", "XXXX-WXX-2")


def test_the_story_through_an_isolated_pipeline() -> None:
    article = isolated_pipeline(newsfacts_dates.plugin).extract(STORY, published="2025-03-04")
    assert_spans_match(article)
    found = {date.text: (date.type, date.value) for date in article.dates}
    assert found["March 3, 2019"] == ("DATE", "2019-03-03")
    assert found["the following year"] == ("DATE", "2020")
    assert found["a year"] == ("SET", "P1Y")
    assert found["three weeks"] == ("DURATION", "P3W")


def test_a_family_whose_needed_word_is_no_trigger_fails_at_import_time() -> None:
    bad = attrs.evolve(families.BY_KIND[Kind.CENTURY], needs=frozenset({"centennial"}))
    with pytest.raises(RuntimeError, match="no trigger"):
        families._check_needs([bad])


def test_only_the_families_a_text_calls_for_are_compiled() -> None:
    # A fresh interpreter: what one short article compiles, on its own.
    code = (
        "import newsfacts, newsfacts_dates.plugin as p\n"
        "from newsfacts_dates import families\n"
        "pipeline = newsfacts.Pipeline(autoload=False, plugins=[p])\n"
        "pipeline.extract('The bridge opened in 2014.', published='2025-03-04')\n"
        "print(sum(f._lazy.is_compiled for f in families.FAMILIES))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0 < int(result.stdout) < len(families.FAMILIES) // 3


@pytest.mark.parametrize(
    ("text", "found", "not_compiled"),
    [
        # a month, figures and units, but no "ago" ("earlier" after no unit), no edge ("the end of"), no
        # repetition ("each" with nothing after it that it repeats), no "am"/"pm", no hyphen at a unit
        (
            "Earlier this month, sales rose 4% in the three months to March 31 in each shop.",
            "Earlier this month the three months March 31",
            {"ago", "clock", "edgeof", "hyphdur", "set", "yearperiod", "weekof"},
        ),
        # units, none of them counted: no plain duration
        ("About 40 workers left the plant last year.", "last year", {"dur", "spandur", "ago"}),
    ],
)
def test_a_family_is_compiled_only_when_a_word_every_match_of_it_holds_is_near(
    text: str, found: str, not_compiled: set[str]
) -> None:
    # A fresh interpreter: the families that need what the text lacks are never compiled, and the dates are
    # still found.
    code = (
        "import newsfacts, newsfacts_dates.plugin as p\n"
        "from newsfacts_dates import families\n"
        "pipeline = newsfacts.Pipeline(autoload=False, plugins=[p])\n"
        f"article = pipeline.extract({text!r}, published='2025-03-04')\n"
        "print(' '.join(date.text for date in article.dates))\n"
        "print(' '.join(sorted(f.kind for f in families.FAMILIES if f._lazy.is_compiled)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    dates, compiled = result.stdout.splitlines()
    assert dates == found
    assert not not_compiled & set(compiled.split())
