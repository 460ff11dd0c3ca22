"""Properties that hold for any text: no crash, honest spans, determinism, locality.

Texts come from two sources: arbitrary Unicode, and a small grammar of news fragments (quotation marks of
every style, speech verbs, names, numbers, units, dates) that reaches the plugins' rules far more often.
The examples are derandomized so that CI runs the same cases every time; run with
``--hypothesis-seed=random`` (or raise ``max_examples``) to explore.
"""

import functools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.testing import assert_spans_match


@functools.cache
def pipeline():
    """Every installed plugin, whatever the caller's environment says."""
    built = newsfacts.Pipeline(autoload=True)
    assert {"quotes", "weapons", "dates"} <= {info.name for info in built.plugins}
    return built


FRAGMENTS = [
    "“", "”", '"', "'", "‘", "’", "«", "»", "„", "“We will", "win,”", "she said", "he told reporters that",
    "according to", "officials", "Mr Lund", "Anna Lund,", "the minister,", "said:", "added", ".", ",", "!",
    "?", "\n", "\n\n", " ", "  ", "(", ")", "—", "-", "missile", "Falcon-2", "a range of", "up to", "nearly",
    "more than", "between", "and", "200", "1,500", "3.5", "two thousand", "miles", "km", "kilometres",
    "nautical miles", "-km-range", "long-range", "ICBM", "on Tuesday", "last summer", "earlier this month",
    "in 2014", "next week", "three years", "May", "March", "the 1990s", "today", "now", "recently", "$2014",
    "1/2", "12:30 p.m.", "Q3", "weekly", "ago", "'s", "It is believed", "\r\n", "\t", "\u00a0", "他说。",
]  # fmt: skip

news_text = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)
any_text = st.text(max_size=300)
published = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def check(text, when):
    article = pipeline().extract(text, published=when)
    assert_spans_match(article)
    again = pipeline().extract(text, published=when)
    assert newsfacts.dumps(again, include_text=True) == newsfacts.dumps(article, include_text=True)
    json.loads(newsfacts.dumps(article, ensure_ascii=True))
    return article


@settings(max_examples=300, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_text, when=published)
def test_news_like_text(text, when):
    check(text, when)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(text=any_text, when=published)
def test_arbitrary_text(text, when):
    check(text, when)


@settings(max_examples=100, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_text, other=news_text)
def test_facts_do_not_change_when_an_unrelated_paragraph_is_appended(text, other):
    first = check(text, "2024-03-06")
    # A paragraph that opens with a quotation mark continues an unclosed quote before it, so the appended
    # paragraph opens with words of its own to stay unrelated.
    extended = check(text + "\n\n\nIn other news. " + other, "2024-03-06")

    def within(records):
        return [newsfacts.to_dict(r) for r in records if r.end <= len(text)]

    # Facts wholly inside the first part stay as they were, except speakers, which may be resolved to a
    # fuller name that only the appended text gives.
    assert within(extended.dates) == within(first.dates)
    assert within(extended.claims) == within(first.claims)
    assert [(q["text"], q["start"], q["kind"]) for q in within(extended.quotes)] == [
        (q["text"], q["start"], q["kind"]) for q in within(first.quotes)
    ]
