"""The scorers, on small gold sets written here, with figures worked out by hand."""

import json

import pytest

from newsfacts import Article, Claim, DateExpression, Quote, Span, Speaker, WeaponRange
from newsfacts.cli import main
from newsfacts.evaluation import (
    full_name_is_right,
    gold_name,
    match_one_to_one,
    score_claims,
    score_dates,
    score_quotes,
)

TEXT = "Mr Lund said the plan was sound. He added that it would work. “Never,” said Ms Berg."


def span(text, part, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def test_matching_is_one_to_one_largest_overlap_first():
    gold = [(0, 10), (12, 20)]
    predicted = [(0, 4), (2, 11), (30, 40)]
    assert match_one_to_one(gold, predicted, lambda *_: True) == [(0, 1)]
    assert match_one_to_one(gold, [(0, 4), (8, 15)], lambda *_: True) == [(0, 0), (1, 1)]


def gold_quote(part, kind, speaker_part=None, speaker=None):
    start, end = span(TEXT, part)
    item = {"start": start, "end": end, "text": part, "kind": kind, "speaker": speaker, "speaker_spans": []}
    if speaker_part:
        s, e = span(TEXT, speaker_part)
        item.update(speaker=speaker or speaker_part, speaker_spans=[[s, e]])
    return item


def quote(part, kind, mention=None, name=None):
    start, end = span(TEXT, part)
    speaker = None
    if mention:
        s, e = span(TEXT, mention)
        speaker = Speaker(name=name or mention, text=mention, start=s, end=e)
    return Quote(text=part, start=start, end=end, kind=kind, speaker=speaker)


def test_quote_scores_by_kind_and_speaker():
    gold = {
        "quotes": [
            gold_quote("the plan was sound", "indirect", "Mr Lund"),
            gold_quote("it would work", "indirect", "He"),
            gold_quote("Never,", "direct", "Ms Berg"),
        ]
    }
    article = Article(
        text=TEXT,
        quotes=(
            quote("the plan was", "indirect", "Mr Lund", "Per Lund"),  # overlaps 12 of 18: a match
            quote("that it would work", "indirect", "Mr Lund", "Per Lund"),  # names the same person as gold "He"? no
            quote("Never,", "direct"),  # matched, speaker missing
            quote("said", "indirect"),  # overlaps nothing
        ),
    )
    scores = score_quotes([gold], [article])
    assert scores["content"]["true_positives"] == 3
    assert scores["content"]["precision"] == 0.75
    assert scores["content"]["recall"] == 1.0
    assert scores["by_kind"]["direct"]["f1"] == 1.0
    # Speakers: overlap with the gold source (1), a mention elsewhere naming someone else (0), none (0).
    assert scores["speaker_accuracy"] == pytest.approx(0.3333, abs=1e-4)
    assert scores["attributed"]["true_positives"] == 1


def test_a_speaker_naming_the_same_person_is_right_without_overlap():
    gold = {"quotes": [gold_quote("it would work", "indirect", "Mr Lund", speaker="Mr Lund")]}
    gold["quotes"][0]["speaker_spans"] = [list(span(TEXT, "He"))]
    article = Article(text=TEXT, quotes=(quote("it would work", "indirect", "Mr Lund", "Per Lund"),))
    assert score_quotes([gold], [article])["speaker_accuracy"] == 1.0


def test_no_gold_source_wants_no_speaker():
    gold = {"quotes": [gold_quote("it would work", "indirect")]}
    assert (
        score_quotes([gold], [Article(text=TEXT, quotes=(quote("it would work", "indirect"),))])["speaker_accuracy"]
        == 1.0
    )
    assert (
        score_quotes([gold], [Article(text=TEXT, quotes=(quote("it would work", "indirect", "He"),))])[
            "speaker_accuracy"
        ]
        == 0.0
    )


DATE_TEXT = "On Monday, last week and for two years, prices rose."


def timex(part, kind, value):
    start, end = span(DATE_TEXT, part)
    return {"start": start, "end": end, "text": part, "type": kind, "value": value}


def date(part, kind, value):
    start, end = span(DATE_TEXT, part)
    return DateExpression(text=part, start=start, end=end, type=kind, value=value)


def test_date_scores_follow_tempeval3():
    gold = {
        "timexes": [
            timex("Monday", "DATE", "2020-01-06"),
            timex("last week", "DATE", "2020-W01"),
            timex("two years", "DURATION", "P2Y"),
        ]
    }
    article = Article(
        text=DATE_TEXT,
        dates=(
            date("On Monday", "DATE", "2020-01-06"),  # relaxed only, value right
            date("last week", "DATE", "2020-W02"),  # strict, value wrong
            date("prices", "DATE", "PRESENT_REF"),  # spurious
        ),
    )
    scores = score_dates([gold], [article])
    assert scores["strict"]["true_positives"] == 1
    assert scores["relaxed"]["true_positives"] == 2
    assert scores["relaxed"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert scores["value_accuracy"] == 0.5
    assert scores["value_f1"] == pytest.approx(round(0.5 * round(2 / 3, 4), 4), abs=1e-4)
    assert scores["by_type"]["DURATION"]["recall"] == 0.0


def test_claim_scores_per_sentence_with_tolerance_weapons_classes_and_negatives():
    records = [
        {
            "context": "The army showed the Falcon.",
            "sentence": "It has a range of up to 100 miles.",
            "claims": [{"weapon": "Falcon", "min_km": None, "max_km": 160.934, "range_class": None}],
            "hard_negative_type": None,
        },
        {
            "context": "",
            "sentence": "The ship sailed 50 km east of the port.",
            "claims": [],
            "hard_negative_type": "location_distance",
        },
        {
            "context": "",
            "sentence": "Short-range rockets were fired.",
            "claims": [{"weapon": None, "min_km": None, "max_km": None, "range_class": "short"}],
            "hard_negative_type": None,
        },
    ]
    first = records[0]["context"] + " " + records[0]["sentence"]
    s, e = span(first, "up to 100 miles")
    ws, we = span(first, "Falcon")
    second = records[1]["sentence"]
    n, m = span(second, "50 km")
    third = records[2]["sentence"]
    articles = [
        Article(
            text=first,
            claims=(
                Claim(
                    kind="weapon_range",
                    text="up to 100 miles",
                    start=s,
                    end=e,
                    subject=Span(text="Falcon", start=ws, end=we),
                    value=WeaponRange(max_km=162.0, qualifier="upper"),  # within 2%
                ),
            ),
        ),
        Article(
            text=second,
            claims=(Claim(kind="weapon_range", text="50 km", start=n, end=m, value=WeaponRange(min_km=50, max_km=50)),),
        ),
        Article(
            text=third,
            claims=(
                Claim(kind="weapon_range", text="Short-range", start=0, end=11, value=WeaponRange(range_class="short")),
            ),
        ),
    ]
    scores = score_claims(records, articles)
    assert scores["numeric"]["true_positives"] == 1
    assert scores["numeric"]["precision"] == 0.5
    assert scores["numeric"]["recall"] == 1.0
    assert scores["weapon_accuracy"] == 1.0
    assert scores["range_class"]["f1"] == 1.0
    assert scores["hard_negatives"] == {"sentences": 1, "with_claims": 1, "claims": 1}


def test_evaluate_command_reports_json(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "d1",
        "text": DATE_TEXT,
        "published": "2020-01-08",
        "timexes": [timex("two years", "DURATION", "P2Y")],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["evaluate", "dates", str(gold), "--json", "--no-autoload"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 1
    assert scores["relaxed"]["gold"] == 1
    assert scores["relaxed"]["predicted"] == 0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("[1, 2]", "expected a JSON object, got list"),
        ('{"text": "x"}', "dates gold needs 'timexes' as a list"),
        ('{"text": "x", "timexes": [{"start": 0}]}', "item 0 lacks 'end', 'type', 'value'"),
        ("{not json", "Expecting property name"),
    ],
)
def test_evaluate_names_the_gold_line_that_cannot_be_read(tmp_path, capsys, line, message):
    gold = tmp_path / "gold.jsonl"
    good = json.dumps({"text": "x", "timexes": []})
    gold.write_text(good + "\n" + line + "\n", encoding="utf-8")
    assert main(["evaluate", "dates", str(gold), "--no-autoload"]) == 2
    err = capsys.readouterr().err
    assert f"{gold}:2: " in err
    assert message in err


NAMED_TEXT = "Senator Ida Marsh spoke. She said the bill was fair. Officials said it would pass."


def named_gold(part, speaker_part, coref=None):
    start, end = span(NAMED_TEXT, part)
    s, e = span(NAMED_TEXT, speaker_part)
    return {
        "start": start,
        "end": end,
        "text": part,
        "kind": "indirect",
        "speaker": speaker_part,
        "speaker_spans": [[s, e]],
        "speaker_coref_auto": coref,
    }


def named_quote(part, mention, name):
    start, end = span(NAMED_TEXT, part)
    s, e = span(NAMED_TEXT, mention)
    return Quote(
        text=part, start=start, end=end, kind="indirect", speaker=Speaker(name=name, text=mention, start=s, end=e)
    )


def test_attributed_by_name_scores_only_gold_with_a_name_and_wants_the_full_name():
    gold = {
        "quotes": [
            named_gold("the bill was fair", "She", coref="Senator Ida Marsh"),
            named_gold("it would pass", "Officials"),  # no proper name: left out of the by-name score
        ]
    }
    full = Article(
        text=NAMED_TEXT,
        quotes=(
            named_quote("the bill was fair", "She", "Ida Marsh"),
            named_quote("it would pass", "Officials", "Officials"),
        ),
    )
    scores = score_quotes([gold], [full])
    assert scores["attributed_by_name"]["gold"] == 1
    assert scores["attributed_by_name"]["predicted"] == 1
    assert scores["attributed_by_name"]["f1"] == 1.0
    # The speaker span overlaps the gold source, so plain speaker accuracy is right, but a bare pronoun is
    # not the person's full name.
    bare = Article(text=NAMED_TEXT, quotes=(named_quote("the bill was fair", "She", "She"),))
    scores = score_quotes([gold], [bare])
    assert scores["speaker_accuracy"] == 1.0
    assert scores["attributed_by_name"]["true_positives"] == 0
    surname_only = Article(text=NAMED_TEXT, quotes=(named_quote("the bill was fair", "She", "Marsh"),))
    assert score_quotes([gold], [surname_only])["attributed_by_name"]["true_positives"] == 0


def test_errors_are_counted_by_class():
    gold = {
        "quotes": [
            gold_quote("the plan was sound", "indirect", "Mr Lund"),
            gold_quote("it would work", "indirect", "He"),
            gold_quote("Never,", "direct", "Ms Berg"),
        ]
    }
    article = Article(
        text=TEXT,
        quotes=(
            quote("Mr Lund said the plan was sound", "indirect", "Ms Berg"),  # matched, wrong speaker
            quote("plan", "indirect"),  # inside a gold content: a nested attribution
            quote("Never,", "direct"),  # matched, no speaker
            quote("said Ms Berg", "indirect"),  # no report there
        ),
    )
    errors = score_quotes([gold], [article])["errors"]
    assert errors["wrong_speaker"] == 1
    assert errors["missing_speaker"] == 1
    assert errors["missed_quote:indirect"] == 1
    assert errors["false_quote:nested_in_quote"] == 1
    assert errors["false_quote:no_report"] == 1
    assert errors["false_quote:boundary"] == 0


def test_full_name_agrees_on_the_surname_and_one_name_holds_the_other():
    gold = named_gold("the bill was fair", "She", coref="Fearless Ida Marsh")
    assert full_name_is_right(gold, named_quote("the bill was fair", "She", "Ida Marsh"))
    assert not full_name_is_right(gold, named_quote("the bill was fair", "She", "Tom Marsh"))
    assert not full_name_is_right(gold, named_quote("the bill was fair", "She", "Marsh"))
    surname_gold = named_gold("it would pass", "Officials", coref="Marsh")
    assert full_name_is_right(surname_gold, named_quote("it would pass", "Officials", "Ida Marsh"))


def test_gold_name_prefers_the_sources_own_full_name():
    assert gold_name({"speaker": "council spokesman Tom Reyes", "speaker_coref_auto": "Reckless Ida Marsh"}) == (
        "Tom Reyes"
    )
    assert gold_name({"speaker": "he", "speaker_coref_auto": "Mayor Tom Reyes (D-Ohio)"}) == "Tom Reyes"
    assert gold_name({"speaker": "officials", "speaker_coref_auto": None}) is None
