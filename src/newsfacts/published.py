"""Publication dates as pages and feeds write them, read into a date and the precision it was given at.

Accepted: ISO 8601 at any precision (``2023``, ``2023-02``, ``2023-02-28``,
week dates, datetimes with or without an offset), RFC 2822 as RSS writes it
(``Tue, 28 Feb 2023 10:15:00 GMT``) and English dates that name the month
(``Wednesday, November 9, 2022``, ``9 November 2022``, ``Nov. 9, 2022``,
``November 2022``). A datetime gives the calendar date in the publisher's own
time zone, the one written in it, never converted to UTC: the paper's date line.

A date given to the month or the year is stored as the first day of that
period with its precision beside it (``Document.published_precision``), so a
plugin that only reads ``published`` anchors relative dates at that first
day: against ``2021-07``, "yesterday" is 2021-06-30 and "last year" is 2020.
Numeric dates whose day and month order is a convention (``03/02/2023``) are
refused: the same feed would be read right on the 28th and wrong on the 3rd.
"""

from __future__ import annotations

import datetime as dt

import attrs
import regex

from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.errors import InputError
from newsfacts.model import Precision
from newsfacts.text import MONTHS, WEEKDAYS, LazyPattern

_WEEKDAY_NAMES = tuple(sorted(WEEKDAYS, key=WEEKDAYS.__getitem__))
_WEEKDAY = r"(?:(?P<weekday>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6})\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]{3,9})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# Bounded pieces and no nested repetition: each pattern is one linear match over a short string. The ISO forms,
# what most inputs use, are compiled at import; the others when a date first needs them (a start-up costs less).
_ISO_YEAR = regex.compile(r"(?P<year>\d{4})")
_ISO_MONTH = regex.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")
_RFC_2822 = LazyPattern(r"(?:[a-z]{3},\s*)?\d{1,2}\s+[a-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S+)?", regex.I)
_MONTH_FIRST = LazyPattern(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", regex.I)
_DAY_FIRST = LazyPattern(rf"{_WEEKDAY}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR}", regex.I)
_MONTH_YEAR = LazyPattern(rf"{_MONTH},?\s+{_YEAR}", regex.I)
_NUMERIC = LazyPattern(r"\d{1,2}([/.\-])\d{1,2}\1\d{2}(?:\d{2})?")
_MAX_LENGTH = 64


@attrs.frozen
class PublicationDate:
    """A publication date and the precision it was given at; ``date`` is the period's first day."""

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    date: dt.date
    precision: Precision = "day"


def parse_publication_date(value: object) -> PublicationDate | None:
    """Read ``value`` (a ``date``, a ``datetime`` or a string in a form above) as a publication date.

    :raises InputError: the value is of another type, names no real date, or is
        a numeric date whose order is ambiguous; the message says how to write it.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return PublicationDate(value.date())
    if isinstance(value, dt.date):
        return PublicationDate(value)
    if not isinstance(value, str):
        msg = f"published must be a date, a datetime or a string, got {type(value).__name__}"
        raise InputError(msg)
    raw = " ".join(value.split())
    found = _parse(raw) if len(raw) <= _MAX_LENGTH else None
    if found is not None:
        return found
    if _NUMERIC.compiled.fullmatch(raw):
        msg = (
            f"published {value!r} does not say which number is the month; write it as ISO 8601 "
            "(2023-02-03 for 3 February 2023) or with the month's name (3 February 2023)"
        )
        raise InputError(msg)
    msg = (
        f"published must be a date such as 2023-02-28, 2023-02, 2023, 2023-02-28T10:15:00+01:00, "
        f"'Tue, 28 Feb 2023 10:15:00 GMT' or '28 February 2023', got {value!r}"
    )
    raise InputError(msg)


def parse_published(value: object) -> dt.date | None:
    """The date :func:`parse_publication_date` reads (the first day of a month or a year).

    :raises InputError: as :func:`parse_publication_date`.
    """
    found = parse_publication_date(value)
    return None if found is None else found.date


def _parse(raw: str) -> PublicationDate | None:
    if match := _ISO_YEAR.fullmatch(raw):
        return _built(int(match["year"]), 1, 1, "year")
    if match := _ISO_MONTH.fullmatch(raw):
        return _built(int(match["year"]), int(match["month"]), 1, "month")
    if raw[:4].isdigit():
        return _iso(raw)
    if _RFC_2822.compiled.fullmatch(raw):
        import email.utils  # noqa: PLC0415 - only feeds need it; importing it costs a cold start ~10 ms

        try:
            return PublicationDate(email.utils.parsedate_to_datetime(raw).date())
        except (TypeError, ValueError, IndexError):
            return None
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        if match := pattern.compiled.fullmatch(raw):
            month = MONTHS.get(match["month"].lower())
            found = None if month is None else _built(int(match["year"]), month, int(match["day"]), "day")
            if found is not None and match["weekday"] is not None and not _weekday_fits(match["weekday"], found.date):
                day = found.date
                msg = f"published {raw!r} names two days: {day.day} {day:%B %Y} was a {day:%A}"
                raise InputError(msg)
            return found
    if (match := _MONTH_YEAR.compiled.fullmatch(raw)) and (month := MONTHS.get(match["month"].lower())):
        return _built(int(match["year"]), month, 1, "month")
    return None


def _iso(raw: str) -> PublicationDate | None:
    """A full ISO 8601 date or datetime; a datetime's own calendar date, whatever its offset."""
    try:
        if len(raw) <= 10:
            return PublicationDate(dt.date.fromisoformat(raw))
        return PublicationDate(dt.datetime.fromisoformat(raw).date())
    except ValueError:
        return None


def _built(year: int, month: int, day: int, precision: Precision) -> PublicationDate | None:
    try:
        return PublicationDate(dt.date(year, month, day), precision)
    except ValueError:
        return None


def _weekday_fits(name: str, date: dt.date) -> bool:
    """A weekday written beside the date must be that date's, or the date is not the one meant."""
    return _WEEKDAY_NAMES[date.weekday()].startswith(name.lower())


__all__ = ["PublicationDate", "parse_publication_date", "parse_published"]
