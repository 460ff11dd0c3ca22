"""The pipeline and plugin manager, exercised with small in-test plugins (autoload off)."""

import datetime as dt
import types
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pytest

import newsfacts
from newsfacts import (
    Claim,
    DateExpression,
    InputError,
    Pipeline,
    PluginError,
    Quote,
    Sentence,
    Span,
    Speaker,
    UnknownPluginError,
    hookimpl,
)
from newsfacts.testing import assert_spans_match, isolated_pipeline

REPO = Path(__file__).resolve().parents[1]


def plugin(name, **hooks):
    """A plugin object named ``name`` whose hooks are the given functions."""
    module = types.SimpleNamespace(newsfacts_name=name)
    for hook_name, given in hooks.items():
        function, marker = given if isinstance(given, tuple) else (given, {})
        setattr(module, hook_name, hookimpl(**marker)(function))
    return module


def quote_the_first_quotation(document):
    start = document.text.index("“") + 1
    end = document.text.index("”", start)
    speaker_start = document.text.index("Ms Lund")
    return [
        Quote(
            text=document.text[start:end],
            start=start,
            end=end,
            kind="direct",
            speaker=Speaker(name="Ms Lund", text="Ms Lund", start=speaker_start, end=speaker_start + 7),
        )
    ]


TEXT = "Ms Lund spoke. “We are ready,” Ms Lund said on Monday."


def test_records_are_stamped_with_the_plugin_that_made_them():
    finder = plugin("finder", newsfacts_find_quotes=quote_the_first_quotation)
    article = isolated_pipeline(finder).extract(TEXT)
    (quote,) = article.quotes
    assert quote.text == "We are ready,"
    assert quote.plugin == "finder"
    assert quote.speaker is not None
    assert quote.speaker.plugin == "finder"
    assert_spans_match(article)


def test_a_third_party_speaker_attribution_overrides_the_finder_and_the_defaults():
    def full_name(document, quote):
        return attrs.evolve(quote.speaker, name="Anna Lund")

    def never(document, quote):
        return Speaker(name="Wrong", text="Ms Lund", start=0, end=7)

    finder = plugin("finder", newsfacts_find_quotes=quote_the_first_quotation)
    default = plugin("default", newsfacts_attribute_speaker=(never, {"trylast": True}))
    override = plugin("override", newsfacts_attribute_speaker=full_name)
    (quote,) = isolated_pipeline(finder, default, override).extract(TEXT).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == "Anna Lund"
    assert quote.speaker.plugin == "override"


def test_a_span_that_does_not_match_the_text_is_refused_naming_plugin_and_hook():
    def off_by_one(document):
        return [Claim(kind="x", text="Ms Lund", start=1, end=8)]

    with pytest.raises(PluginError, match=r"plugin 'sloppy' failed in hook 'newsfacts_extract_claims'") as info:
        isolated_pipeline(plugin("sloppy", newsfacts_extract_claims=off_by_one)).extract(TEXT)
    assert info.value.plugin == "sloppy"
    assert info.value.hook == "newsfacts_extract_claims"


def test_a_record_of_the_wrong_type_is_refused():
    def wrong(document):
        return [Span(text="Ms", start=0, end=2)]

    with pytest.raises(PluginError, match="expected Claim"):
        isolated_pipeline(plugin("wrong", newsfacts_extract_claims=wrong)).extract(TEXT)


def test_a_failing_plugin_raises_an_error_naming_plugin_and_hook():
    def broken(document):
        msg = "boom"
        raise RuntimeError(msg)

    with pytest.raises(PluginError, match=r"'broken' failed in hook 'newsfacts_find_quotes': RuntimeError: boom"):
        isolated_pipeline(plugin("broken", newsfacts_find_quotes=broken)).extract(TEXT)


def test_dates_are_found_then_normalized_longest_candidate_first():
    def find(document):
        start = document.text.index("Monday")
        return [
            Span(text="Monday", start=start, end=start + 6),
            Span(text="on Monday", start=start - 3, end=start + 6),
        ]

    def normalize(document, expression):
        assert document.published == dt.date(2024, 3, 6)
        return DateExpression(
            text=expression.text, start=expression.start, end=expression.end, type="DATE", value="2024-03-04"
        )

    dates = plugin("d", newsfacts_find_dates=find, newsfacts_normalize_date=normalize)
    article = isolated_pipeline(dates).extract(TEXT, published="2024-03-06")
    assert [(d.text, d.value, d.plugin) for d in article.dates] == [("on Monday", "2024-03-04", "d")]


def test_segmentation_can_be_replaced_by_a_plugin():
    seen = []

    def one_sentence(text):
        return [Sentence(text=text, start=0, end=len(text))]

    def spy(document):
        seen.append(document.sentences)
        return []

    isolated_pipeline(plugin("seg", newsfacts_segment=one_sentence), plugin("spy", newsfacts_find_quotes=spy)).extract(
        TEXT
    )
    assert seen == [(Sentence(text=TEXT, start=0, end=len(TEXT)),)]


def test_the_core_segmenter_runs_when_no_plugin_segments():
    seen = []

    def spy(document):
        seen.append([s.text for s in document.sentences])
        return []

    isolated_pipeline(plugin("spy", newsfacts_find_quotes=spy)).extract(TEXT)
    assert seen == [["Ms Lund spoke.", "“We are ready,” Ms Lund said on Monday."]]


def test_hook_wrappers_are_refused_when_the_pipeline_is_built():
    def wrapper(document):
        return (yield)

    with pytest.raises(PluginError, match="wrappers"):
        isolated_pipeline(plugin("w", newsfacts_find_quotes=(wrapper, {"wrapper": True})))


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-02-28", dt.date(2023, 2, 28)),
        ("2023-02-28T10:00:00Z", dt.date(2023, 2, 28)),
        (dt.datetime(2023, 2, 28, 23, 59, tzinfo=dt.UTC), dt.date(2023, 2, 28)),
        (dt.date(2024, 2, 29), dt.date(2024, 2, 29)),
        (None, None),
    ],
)
def test_published_accepts_dates_datetimes_and_iso_strings(published, expected):
    assert isolated_pipeline().extract("x", published=published).published == expected


@pytest.mark.parametrize(
    "published", ["28/02/2023", "2023-02-30", "yesterday", 20230228, "2023-02-28garbage", "2023-02-28T25:99"]
)
def test_a_bad_published_value_is_an_input_error(published):
    with pytest.raises(InputError, match="published"):
        isolated_pipeline().extract("x", published=published)


def test_text_must_be_a_string():
    with pytest.raises(InputError, match="text must be a str, got bytes"):
        isolated_pipeline().extract(b"bytes")  # type: ignore[arg-type]


def test_extract_many_keeps_order_ids_and_goes_on_after_bad_items():
    items = [
        {"text": "One.", "id": "a"},
        {"text": "Two.", "id": "b", "published": "not a date"},
        "Three.",
        {"id": "d"},
        42,
        {"text": "Five.", "id": 5, "published": "2020-01-01", "title": "T"},
    ]
    results = list(isolated_pipeline().extract_many(items))  # type: ignore[arg-type]
    assert [r.index for r in results] == [0, 1, 2, 3, 4, 5]
    assert [r.ok for r in results] == [True, False, True, False, False, True]
    assert [r.id for r in results] == ["a", "b", None, "d", None, "5"]
    assert all(isinstance(r.error, InputError) for r in results if not r.ok)
    last = results[5].article
    assert last is not None
    assert (last.id, last.title, last.published) == ("5", "T", dt.date(2020, 1, 1))


def test_blocking_an_installed_plugin_by_name():
    names = {info.name for info in Pipeline(blocked=["dates"]).plugins}
    assert "dates" not in names
    assert {"quotes", "weapons", "segmenter"} <= names


def test_blocking_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_BLOCKED_PLUGINS", "quotes, weapons")
    names = {info.name for info in Pipeline().plugins}
    assert names == {"dates", "segmenter"}


def test_autoload_off_by_argument_and_by_environment(monkeypatch):
    assert {i.name for i in Pipeline(autoload=False).plugins} == {"segmenter"}
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", "1")
    assert {i.name for i in Pipeline().plugins} == {"segmenter"}
    assert "quotes" in {i.name for i in Pipeline(autoload=True).plugins}


def test_blocking_an_unknown_name_says_which_names_exist():
    with pytest.raises(UnknownPluginError, match=r"unknown plugin 'datse'; known plugins: .*dates"):
        Pipeline(blocked=["datse"])


def test_plugins_report_their_distribution_and_hooks():
    infos = {info.name: info for info in Pipeline().plugins}
    assert infos["segmenter"].distribution == "newsfacts"
    assert infos["segmenter"].hooks == ("newsfacts_segment",)
    assert infos["dates"].distribution == "newsfacts-dates"
    assert "newsfacts_normalize_date" in infos["dates"].hooks


def test_extract_uses_every_installed_plugin():
    text = "“We will hold,” she said in 2014. The Kestrel-4 missile has a range of up to 90 miles."
    article = newsfacts.extract(text, published="2020-01-01", id="i", title="t")
    assert (article.id, article.title, article.published) == ("i", "t", dt.date(2020, 1, 1))
    assert {"quotes", "weapons", "dates"} <= {r.plugin for r in (*article.quotes, *article.claims, *article.dates)}
    assert newsfacts.default_pipeline() is newsfacts.default_pipeline()


def test_output_is_deterministic_and_independent_of_previous_calls():
    text = (REPO / "examples" / "coastal-defence.txt").read_text(encoding="utf-8")
    first = newsfacts.dumps(Pipeline().extract(text, published="2025-10-16"))
    pipeline = Pipeline()
    pipeline.extract("Something else entirely, she said on Friday.", published="2020-01-01")
    assert newsfacts.dumps(pipeline.extract(text, published="2025-10-16")) == first


def test_one_pipeline_shared_by_threads_gives_the_sequential_results():
    texts = [
        f"“We are ready,” Ms Lund{i} said on Monday. The Arrow{i} missile has a range of {i + 10} miles."
        for i in range(40)
    ]
    pipeline = Pipeline()
    sequential = [pipeline.extract(t, published="2024-03-06") for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: pipeline.extract(t, published="2024-03-06"), texts))
    assert threaded == sequential
    assert all(a.quotes and a.claims and a.dates for a in sequential)


def test_a_segmenter_must_return_ordered_sentences():
    def single(text):
        return Sentence(text=text, start=0, end=len(text))

    def unordered(text):
        return [Sentence(text=text[5:], start=5, end=len(text)), Sentence(text=text[:4], start=0, end=4)]

    with pytest.raises(PluginError, match="expected a sequence of Sentence"):
        isolated_pipeline(plugin("seg", newsfacts_segment=single)).extract(TEXT)
    with pytest.raises(PluginError, match="out of order"):
        isolated_pipeline(plugin("seg", newsfacts_segment=unordered)).extract(TEXT)


def test_a_normalized_date_keeps_its_candidate_span():
    def find(document):
        return [Span(text="Monday", start=TEXT.index("Monday"), end=TEXT.index("Monday") + 6)]

    def widen(document, expression):
        start = expression.start - 3
        return DateExpression(
            text=TEXT[start : expression.end], start=start, end=expression.end, type="DATE", value="X"
        )

    with pytest.raises(PluginError, match="another span"):
        isolated_pipeline(plugin("d", newsfacts_find_dates=find, newsfacts_normalize_date=widen)).extract(TEXT)


def test_an_overlapping_candidate_that_cannot_be_normalized_does_not_hide_one_that_can():
    def find(document):
        start = TEXT.index("said on Monday")
        return [
            Span(text="said on Monday", start=start, end=start + 14),
            Span(text="Monday", start=start + 8, end=start + 14),
        ]

    def normalize(document, expression):
        if expression.text != "Monday":
            return None
        return DateExpression(
            text="Monday", start=expression.start, end=expression.end, type="DATE", value="2024-03-04"
        )

    dates = isolated_pipeline(plugin("d", newsfacts_find_dates=find, newsfacts_normalize_date=normalize)).extract(TEXT)
    assert [d.text for d in dates.dates] == ["Monday"]


def test_a_span_past_the_end_of_the_text_is_named_as_such():
    def past_end(document):
        return [Claim(kind="x", text="Monday.", start=len(TEXT) - 7, end=len(TEXT) + 1)]

    with pytest.raises(PluginError, match="ends past the end of the text"):
        isolated_pipeline(plugin("p", newsfacts_extract_claims=past_end)).extract(TEXT)


def test_a_plugin_building_an_invalid_record_is_a_plugin_error():
    def bad(document):
        yield Quote(text="Ms", start=0, end=2, kind="direct", speaker="Ms Lund")

    with pytest.raises(PluginError, match=r"'bad' failed in hook 'newsfacts_find_quotes': TypeError"):
        isolated_pipeline(plugin("bad", newsfacts_find_quotes=bad)).extract(TEXT)


def test_a_plugin_object_without_a_name_gets_a_stable_one():
    class Finder:
        @hookimpl
        def newsfacts_find_quotes(self, document):
            return []

    names = {info.name for info in isolated_pipeline(Finder()).plugins}
    assert names == {"segmenter", f"{__name__}.{Finder.__qualname__}"}


def test_a_misnamed_hook_is_refused_naming_the_plugin():
    class Typo:
        newsfacts_name = "typo"

        @hookimpl
        def newsfacts_extract_claim(self, document):
            return []

    with pytest.raises(PluginError, match=r"plugin 'typo' failed in hook 'load': .*newsfacts_extract_claim"):
        isolated_pipeline(Typo())


def test_a_plugin_with_no_hook_is_refused():
    with pytest.raises(PluginError, match="implements no hook"):
        isolated_pipeline(types.SimpleNamespace(newsfacts_name="empty"))


def test_two_plugins_cannot_share_a_name():
    first = plugin("same", newsfacts_extract_claims=lambda document: [])
    second = plugin("same", newsfacts_find_quotes=lambda document: [])
    with pytest.raises(PluginError, match="the name is taken"):
        isolated_pipeline(first, second)


def test_a_plugin_returning_one_record_instead_of_several_is_told_so():
    def single(document):
        return Claim(kind="x", text="Ms", start=0, end=2)

    with pytest.raises(PluginError, match="returned Claim, expected an iterable of Claim"):
        isolated_pipeline(plugin("one", newsfacts_extract_claims=single)).extract(TEXT)


def test_a_single_string_where_a_list_is_meant_is_refused():
    with pytest.raises(InputError, match="not a single string"):
        Pipeline(blocked="dates")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="call extract"):
        list(isolated_pipeline().extract_many("some text"))


def test_an_isolated_pipeline_ignores_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_BLOCKED_PLUGINS", "segmenter,finder")
    finder = plugin("finder", newsfacts_find_quotes=quote_the_first_quotation)
    assert {i.name for i in isolated_pipeline(finder).plugins} == {"segmenter", "finder"}
