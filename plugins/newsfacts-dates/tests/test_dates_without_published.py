"""Without a publication date the output never depends on the system clock.

Each check runs a fresh interpreter whose clock (``datetime``, ``date`` and
``time.time``, as dateparser and we see them) is set to another year before
anything is imported, and compares what comes out.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

ARTICLE = (
    "The levy took effect 2/14 and was cut on 3/1/2021. The mayor spoke at 1:30 p.m. and again on Tuesday. "
    "In March the council met; on 14 February it voted, and the vote is at 9am on Thursday. "
    "Two years ago the plant shut, last week it reopened, and today it hires. Ten years from now it may close."
)
FOREIGN = ("2/14", "3/1/2021", "1:30 p.m.")

# Runs in the child: freeze the clock at the year given, then extract with a foreign finder that hands
# dateparser the spans our own pattern does not find.
CHILD = """
import datetime as real
import json
import sys
import time

YEAR = int(sys.argv[1])
FROZEN = real.datetime(YEAR, 7, 9, 15, 30)
OFFSET = (FROZEN - real.datetime.now()).total_seconds()


class FrozenDateTime(real.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(YEAR, 7, 9, 15, 30, tzinfo=tz)

    @classmethod
    def utcnow(cls):
        return cls(YEAR, 7, 9, 15, 30)

    @classmethod
    def today(cls):
        return cls(YEAR, 7, 9, 15, 30)


class FrozenDate(real.date):
    @classmethod
    def today(cls):
        return cls(YEAR, 7, 9)


real.datetime = FrozenDateTime
real.date = FrozenDate
_time = time.time
time.time = lambda: _time() + OFFSET

import newsfacts
import newsfacts_dates.plugin
from dateparser.date import DateDataParser


class Foreign:
    @newsfacts.hookimpl
    def newsfacts_find_dates(self, document):
        text = document.text
        return [newsfacts.Span(text=p, start=text.index(p), end=text.index(p) + len(p)) for p in sys.argv[3:]]


pipeline = newsfacts.Pipeline(autoload=False, plugins=[newsfacts_dates.plugin, Foreign()])
article = pipeline.extract(sys.argv[2])
clock_year = DateDataParser(languages=["en"]).get_date_data("2/14").date_obj.year
print(json.dumps({"clock_year": clock_year, "dates": [[d.text, d.start, d.type, d.value] for d in article.dates]}))
"""


def run_in_year(year: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(year), ARTICLE, *FOREIGN], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def by_year() -> dict[int, dict[str, Any]]:
    return {year: run_in_year(year) for year in (1993, 2047)}


def test_the_frozen_clock_reaches_dateparser(by_year: dict[int, dict[str, Any]]) -> None:
    # The check below means something only if dateparser, left to itself, would read the frozen clock.
    assert {year: result["clock_year"] for year, result in by_year.items()} == {1993: 1993, 2047: 2047}


def test_output_is_the_same_whatever_the_year(by_year: dict[int, dict[str, Any]]) -> None:
    assert by_year[1993]["dates"] == by_year[2047]["dates"]


def test_what_the_text_leaves_out_stays_unknown(by_year: dict[int, dict[str, Any]]) -> None:
    values = {text: (kind, value) for text, _, kind, value in by_year[2047]["dates"]}
    assert values["2/14"] == ("DATE", "XXXX-02-14")
    assert values["3/1/2021"] == ("DATE", "2021-03-01")
    assert values["1:30 p.m."] == ("TIME", "XXXX-XX-XXT13:30")
    assert values["Tuesday"] == ("DATE", "XXXX-WXX-2")
    assert values["March"] == ("DATE", "XXXX-03")
    assert values["14 February"] == ("DATE", "XXXX-02-14")
    assert values["9am"] == ("TIME", "XXXX-WXX-4T09:00")
    assert values["Two years ago"] == ("DATE", "PAST_REF")
    assert values["last week"] == ("DATE", "XXXX-WXX")
    assert values["today"] == ("DATE", "XXXX-XX-XX")
    assert values["Ten years"] == ("DURATION", "P10Y")
