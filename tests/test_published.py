"""Publication dates as feeds and pages write them; reduced precision is kept and anchored at the period's start."""

import datetime as dt
import json

import attrs
import pytest

import newsfacts
from newsfacts import Article, Document, InputError, Pipeline, PublicationDate, parse_publication_date
from newsfacts.cli import main


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023", PublicationDate(dt.date(2023, 1, 1), "year")),
        ("2021-07", PublicationDate(dt.date(2021, 7, 1), "month")),
        ("2023-02-28", PublicationDate(dt.date(2023, 2, 28), "day")),
        ("20230228", PublicationDate(dt.date(2023, 2, 28), "day")),
        ("2023-W09-2", PublicationDate(dt.date(2023, 2, 28), "day")),
        # A datetime is the publisher's date, in the zone it is written in, not converted to UTC.
        ("2023-02-28T23:30:00-05:00", PublicationDate(dt.date(2023, 2, 28))),
        ("2022-11-09T00:40:00+09:00", PublicationDate(dt.date(2022, 11, 9))),
        ("2023-02-28T10:15:00Z", PublicationDate(dt.date(2023, 2, 28))),
        ("Tue, 28 Feb 2023 10:15:00 GMT", PublicationDate(dt.date(2023, 2, 28))),
        ("Tue, 28 Feb 2023 23:15:00 -0800", PublicationDate(dt.date(2023, 2, 28))),
        ("28 Feb 2023 10:15 +0100", PublicationDate(dt.date(2023, 2, 28))),
        ("Wednesday, November 9, 2022", PublicationDate(dt.date(2022, 11, 9))),
        ("November 9, 2022", PublicationDate(dt.date(2022, 11, 9))),
        ("Nov. 9, 2022", PublicationDate(dt.date(2022, 11, 9))),
        ("9 November 2022", PublicationDate(dt.date(2022, 11, 9))),
        ("Wed 9th November 2022", PublicationDate(dt.date(2022, 11, 9))),
        ("the 9th of November 2022", PublicationDate(dt.date(2022, 11, 9))),
        ("November 2022", PublicationDate(dt.date(2022, 11, 1), "month")),
        ("  2023-02-28\n", PublicationDate(dt.date(2023, 2, 28))),
    ],
)
def test_dates_as_feeds_and_pages_write_them(value, expected):
    assert parse_publication_date(value) == expected


@pytest.mark.parametrize("value", ["03/02/2023", "3.2.2023", "28/02/2023", "02-03-2023"])
def test_numeric_dates_in_an_order_of_convention_are_refused_with_how_to_write_them(value):
    with pytest.raises(InputError, match="does not say which number is the month; write it as ISO 8601"):
        parse_publication_date(value)


@pytest.mark.parametrize(
    "value",
    ["2023-13", "2023-02-30", "February 30, 2023", "Smarch 9, 2022", "yesterday", ""],
)
def test_dates_that_name_no_real_day_are_refused(value):
    with pytest.raises(InputError, match="published must be a date such as 2023-02-28, 2023-02, 2023"):
        parse_publication_date(value)


def test_a_weekday_that_does_not_fit_the_date_is_refused():
    with pytest.raises(InputError, match="names two days: 9 November 2022 was a Wednesday"):
        parse_publication_date("Thursday, November 9, 2022")


def test_a_long_string_is_refused_at_once():
    with pytest.raises(InputError):
        parse_publication_date("9 November 2022 " * 10_000)


def test_precision_is_kept_through_extraction_and_json():
    article = newsfacts.extract("Calm.", published="2021-07")
    assert (article.published, article.published_precision) == (dt.date(2021, 7, 1), "month")
    data = json.loads(newsfacts.dumps(article, include_text=True))
    assert (data["published"], data["published_precision"]) == ("2021-07-01", "month")
    assert newsfacts.loads(newsfacts.dumps(article, include_text=True)) == article
    assert newsfacts.extract("Calm.", published="2021-07-05").published_precision == "day"
    assert newsfacts.extract("Calm.").published_precision is None


def test_output_written_before_precision_existed_reads_as_day_precision():
    data = json.loads(newsfacts.dumps(newsfacts.extract("Calm.", published="2021-07-05"), include_text=True))
    del data["published_precision"]
    assert newsfacts.loads(json.dumps(data)).published_precision == "day"


def test_a_precision_must_fit_its_date():
    with pytest.raises(ValueError, match="first day of the month"):
        Article(text="x", published=dt.date(2021, 7, 5), published_precision="month")
    with pytest.raises(ValueError, match="first day of the year"):
        Document(text="x", published=dt.date(2021, 7, 1), published_precision="year")
    with pytest.raises(ValueError, match="'published_precision' must be in"):
        Article(text="x", published=dt.date(2021, 7, 1), published_precision="week")


def test_a_date_without_a_precision_is_to_the_day_and_a_precision_without_a_date_is_none():
    assert Article(text="x", published=dt.date(2021, 7, 5)).published_precision == "day"
    assert Article(text="x", published_precision="month").published_precision is None
    article = Article(text="x")
    assert attrs.evolve(article, published=dt.date(2021, 7, 5)).published_precision == "day"
    month = Article(text="x", published=dt.date(2021, 7, 1), published_precision="month")
    assert attrs.evolve(month, published=None).published_precision is None


def test_plugins_read_the_precision_and_anchor_at_the_first_day():
    seen = []

    class Spy:
        newsfacts_name = "spy"

        @newsfacts.hookimpl
        def newsfacts_find_dates(self, document):
            seen.append((document.published, document.published_precision))

    Pipeline(plugins=[Spy()], autoload=False).extract("x", published="2023")
    assert seen == [(dt.date(2023, 1, 1), "year")]


def test_yesterday_against_a_month_is_the_day_before_the_month_began():
    """The documented meaning of a relative date against a reduced-precision publication date."""
    pytest.importorskip("newsfacts_dates")
    article = Pipeline().extract("The minister resigned yesterday, officials said.", published="2021-07")
    assert [(d.text, d.value) for d in article.dates] == [("yesterday", "2021-06-30")]


@pytest.mark.parametrize("value", ["Tue, 28 Feb 2023 10:15:00 GMT", "2021-07", "2023", "Wednesday, November 9, 2022"])
def test_the_command_line_takes_feed_dates_in_options_and_json_lines(value, tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Calm.", "published": value}) + "\n", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    from_line = json.loads(capsys.readouterr().out)
    assert main(["extract", str(path.with_suffix(".txt")), "--published", value]) == 1  # no such text file
    capsys.readouterr()
    text = tmp_path / "a.txt"
    text.write_text("Calm.", encoding="utf-8")
    assert main(["extract", str(text), "--published", value]) == 0
    from_option = json.loads(capsys.readouterr().out)
    assert from_line["published"] == from_option["published"] == parse_publication_date(value).date.isoformat()
