"""The JSON contract: every record to and from JSON-ready dicts, under a schema version.

The shape is fixed by ``schema/newsfacts-1.schema.json``; keys keep their
meaning within a schema version and new keys may be added.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any, TypeVar, cast

import attrs

from newsfacts.errors import InputError, SchemaError
from newsfacts.jsonvalues import parse_json
from newsfacts.model import (
    Article,
    Claim,
    DateExpression,
    Document,
    FrozenMapping,
    PluginFailure,
    Quote,
    Sentence,
    Span,
    Speaker,
    WeaponRange,
    iter_spans,
    span_mismatch,
)

SCHEMA_VERSION = "newsfacts/1"
# How many records :func:`dumps` turns into dicts at a time: the dicts of a long article never all exist at
# once, and the encoder is still called once for many records.
_RECORDS_AT_ONCE = 256
# dumps joins its pieces into chunks of at least this many characters (or an eighth of what it has).
_SMALLEST_CHUNK = 1 << 16
_Record = TypeVar("_Record")


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


# One function a record type, each writing its dict in one literal: the keys in the schema's order, no
# intermediate dict merged into another. ``to_dict`` finds the function by the record's exact type.


def _span_dict(record: Span) -> dict[str, Any]:
    return {"text": record.text, "start": record.start, "end": record.end}


def _optional_span_dict(record: Span | None) -> dict[str, Any] | None:
    return None if record is None else {"text": record.text, "start": record.start, "end": record.end}


def _sentence_dict(record: Sentence) -> dict[str, Any]:
    return {"text": record.text, "start": record.start, "end": record.end, "paragraph": record.paragraph}


def _speaker_dict(record: Speaker) -> dict[str, Any]:
    return {
        "name": record.name,
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "plugin": record.plugin,
    }


def _quote_dict(record: Quote) -> dict[str, Any]:
    speaker = record.speaker
    return {
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "kind": record.kind,
        "speaker": None if speaker is None else _speaker_dict(speaker),
        "cue": _optional_span_dict(record.cue),
        "plugin": record.plugin,
    }


def _weapon_range_dict(record: WeaponRange) -> dict[str, Any]:
    return {
        "min_km": record.min_km,
        "max_km": record.max_km,
        "qualifier": record.qualifier,
        "range_class": record.range_class,
    }


def _claim_dict(record: Claim) -> dict[str, Any]:
    value: Any = record.value
    return {
        "kind": record.kind,
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "subject": _optional_span_dict(record.subject),
        "value": _weapon_range_dict(value)
        if isinstance(value, WeaponRange)
        else (None if value is None else value.thaw()),
        "plugin": record.plugin,
    }


def _date_dict(record: DateExpression) -> dict[str, Any]:
    return {
        "text": record.text,
        "start": record.start,
        "end": record.end,
        "type": record.type,
        "value": record.value,
        "first": _date(record.first),
        "last": _date(record.last),
        "plugin": record.plugin,
    }


def _failure_dict(record: PluginFailure) -> dict[str, Any]:
    return {"plugin": record.plugin, "hook": record.hook, "message": record.message}


def _article_head(record: Article) -> dict[str, Any]:
    """The article's own fields, before its lists of records."""
    return {
        "schema": SCHEMA_VERSION,
        "id": record.id,
        "published": _date(record.published),
        "published_precision": record.published_precision,
        "title": record.title,
        "url": record.url,
        "author": record.author,
    }


def _article_lists(record: Article) -> list[tuple[str, tuple[Any, ...], Any]]:
    """Each list of records an article writes, in order: its key, its records, the function that writes one."""
    lists: list[tuple[str, tuple[Any, ...], Any]] = [
        ("quotes", record.quotes, _quote_dict),
        ("claims", record.claims, _claim_dict),
        ("dates", record.dates, _date_dict),
    ]
    if record.failures:  # only when a plugin failed, so that output without failures keeps its shape
        lists.append(("failures", record.failures, _failure_dict))
    return lists


def _article_dict(record: Article) -> dict[str, Any]:
    data = _article_head(record)
    for key, records, write in _article_lists(record):
        data[key] = [write(item) for item in records]
    return data


def _document_dict(record: Document) -> dict[str, Any]:
    return {
        "text": record.text,
        "id": record.id,
        "published": _date(record.published),
        "published_precision": record.published_precision,
        "title": record.title,
        "sentences": [_sentence_dict(s) for s in record.sentences],
    }


_TO_DICT: dict[type, Any] = {
    Article: _article_dict,
    PluginFailure: _failure_dict,
    Quote: _quote_dict,
    Speaker: _speaker_dict,
    Claim: _claim_dict,
    WeaponRange: _weapon_range_dict,
    DateExpression: _date_dict,
    Document: _document_dict,
    Sentence: _sentence_dict,
    Span: _span_dict,
}


def to_dict(record: object) -> dict[str, Any]:
    """The JSON-ready dict of any newsfacts record; an Article gets its ``schema`` key."""
    write = _TO_DICT.get(type(record))
    if write is None:  # a subclass of a record type: the nearest record type it extends
        write = next((write for kind, write in _TO_DICT.items() if isinstance(record, kind)), None)
    if write is None:
        msg = f"not a newsfacts record: {type(record).__name__}"
        raise TypeError(msg)
    data: dict[str, Any] = write(record)
    return data


def _require(data: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(data, Mapping):
        msg = f"{where}: expected a JSON object, got {type(data).__name__}"
        raise SchemaError(msg)
    if key not in data:
        msg = f"{where}: missing key {key!r}"
        raise SchemaError(msg)
    return data[key]


def _parse_date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        msg = f"{where}: not an ISO date: {value!r}"
        raise SchemaError(msg) from None


def _published_args(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """``published`` and its precision; without one (output written before it existed) the record says day."""
    return {
        "published": _parse_date(data.get("published"), where),
        "published_precision": data.get("published_precision"),
    }


def _span_args(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    return {key: _require(data, key, where) for key in ("text", "start", "end")}


def _list(data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> list[Any]:
    value = _require(data, key, where) if required else data.get(key, [])
    if not isinstance(value, list):
        msg = f"{where}: {key!r} must be a list, got {type(value).__name__}"
        raise SchemaError(msg)
    return value


def _optional_record(cls: type[_Record], value: Any, where: str) -> _Record | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        msg = f"{where}: expected a JSON object or null for {cls.__name__}, got {type(value).__name__}"
        raise SchemaError(msg)
    return from_dict(cls, value)


def _build(cls: type[_Record], where: str, **kwargs: Any) -> _Record:
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{where}: {_reason(exc, where)}") from None  # noqa: EM102


def _reason(exc: Exception, where: str) -> str:
    """Say attrs' validator messages plainly: which field, what it must be, what it got."""
    args = exc.args
    if len(args) == 4 and isinstance(args[1], attrs.Attribute) and isinstance(args[2], type):
        return f"{args[1].name!r} must be {args[2].__name__}, got {args[3]!r}"
    detail = args[0] if args and isinstance(args[0], str) else str(exc)
    return detail.removeprefix(f"{where}: ")


def _check_spans(article: Article) -> None:
    for record in iter_spans(article):
        mismatch = span_mismatch(record, article.text)
        if mismatch:
            msg = f"Article: {mismatch}"
            raise SchemaError(msg)


def from_dict(cls: type[_Record], data: Mapping[str, Any]) -> _Record:
    """Rebuild a record of type ``cls`` from :func:`to_dict`'s output.

    :raises SchemaError: ``data`` does not have the record's shape, or names
        another schema version.
    """
    where = cls.__name__
    if not isinstance(data, Mapping):
        msg = f"{where}: expected a JSON object, got {type(data).__name__}"
        raise SchemaError(msg)
    built: Any
    if cls is Article:
        schema = _require(data, "schema", where)
        if schema != SCHEMA_VERSION:
            msg = f"Article: schema {schema!r} is not {SCHEMA_VERSION!r}"
            raise SchemaError(msg)
        if "text" not in data:
            msg = "Article: no 'text': dump with include_text=True, or pass the text to loads()"
            raise SchemaError(msg)
        built = _build(
            Article,
            where,
            text=data["text"],
            id=data.get("id"),
            title=data.get("title"),
            url=data.get("url"),
            author=data.get("author"),
            **_published_args(data, where),
            quotes=tuple(from_dict(Quote, q) for q in _list(data, "quotes", where)),
            claims=tuple(from_dict(Claim, c) for c in _list(data, "claims", where)),
            dates=tuple(from_dict(DateExpression, d) for d in _list(data, "dates", where)),
            failures=tuple(from_dict(PluginFailure, f) for f in _list(data, "failures", where, required=False)),
        )
        _check_spans(built)
    elif cls is PluginFailure:
        fields = {key: _require(data, key, where) for key in ("plugin", "hook", "message")}
        built = _build(PluginFailure, where, **fields)
    elif cls is Quote:
        speaker, cue = data.get("speaker"), data.get("cue")
        built = _build(
            Quote,
            where,
            **_span_args(data, where),
            kind=_require(data, "kind", where),
            speaker=_optional_record(Speaker, speaker, where),
            cue=_optional_record(Span, cue, where),
            plugin=data.get("plugin", ""),
        )
    elif cls is Speaker:
        built = _build(
            Speaker, where, name=_require(data, "name", where), **_span_args(data, where), plugin=data.get("plugin", "")
        )
    elif cls is Claim:
        kind = _require(data, "kind", where)
        subject, value = data.get("subject"), data.get("value")
        if kind == "weapon_range":
            value = _optional_record(WeaponRange, value, where)
        elif value is not None and not isinstance(value, Mapping):
            msg = f"Claim: 'value' must be a JSON object or null, got {type(value).__name__}"
            raise SchemaError(msg)
        built = _build(
            Claim,
            where,
            kind=kind,
            **_span_args(data, where),
            subject=_optional_record(Span, subject, where),
            value=value,
            plugin=data.get("plugin", ""),
        )
    elif cls is WeaponRange:
        built = _build(
            WeaponRange,
            where,
            **{key: data.get(key) for key in ("min_km", "max_km", "qualifier", "range_class")},
        )
    elif cls is DateExpression:
        built = _build(
            DateExpression,
            where,
            **_span_args(data, where),
            type=_require(data, "type", where),
            value=_require(data, "value", where),
            first=_parse_date(data.get("first"), where),
            last=_parse_date(data.get("last"), where),
            plugin=data.get("plugin", ""),
        )
    elif cls is Document:
        built = _build(
            Document,
            where,
            text=_require(data, "text", where),
            id=data.get("id"),
            title=data.get("title"),
            **_published_args(data, where),
            sentences=tuple(from_dict(Sentence, s) for s in _list(data, "sentences", where, required=False)),
        )
    elif cls is Sentence:
        built = _build(Sentence, where, **_span_args(data, where), paragraph=data.get("paragraph", 0))
    elif cls is Span:
        built = _build(Span, where, **_span_args(data, where))
    else:
        msg = f"not a newsfacts record type: {cls!r}"
        raise TypeError(msg)
    return cast("_Record", built)


def dumps(
    article: Article, *, indent: int | None = None, include_text: bool = False, ensure_ascii: bool = False
) -> str:
    """The article as a JSON string of schema ``newsfacts/1``.

    :param indent: pretty-print with this many spaces; None writes one line.
    :param include_text: add the ``text`` key, which :func:`loads` needs to rebuild the article.
    :param ensure_ascii: escape every non-ASCII character (and lone surrogates, which UTF-8 cannot hold).

    The text is what ``json.dumps(to_dict(article), indent=indent, ...)`` writes, character for
    character, but each record is encoded as soon as its dict is made, so that the dicts of a long
    article's records never all exist at once.
    """
    return _joined(_encoded_pieces(article, indent=indent, include_text=include_text, ensure_ascii=ensure_ascii))


def _joined(pieces: Iterable[str]) -> str:
    """``"".join(pieces)``, without holding every piece beside the whole string at the end.

    The string grows by chunks of at least an eighth of its length, each chunk joined from the pieces that
    arrived since the last. CPython grows a string that nothing else refers to in place (``+=``), which for a
    long string usually moves no bytes, so the peak is about the string plus a chunk instead of twice the
    output. Where the string is copied instead, the chunks' geometric growth keeps the copying linear: at
    most nine times the output in all.
    """
    whole = ""
    waiting: list[str] = []
    waiting_length = 0
    for piece in pieces:
        waiting.append(piece)
        waiting_length += len(piece)
        if waiting_length >= max(_SMALLEST_CHUNK, len(whole) >> 3):
            whole += "".join(waiting)
            waiting.clear()
            waiting_length = 0
    whole += "".join(waiting)
    return whole


def dumps_pieces(
    article: Article, *, indent: int | None = None, include_text: bool = False, ensure_ascii: bool = False
) -> list[str]:
    """:func:`dumps`'s JSON in consecutive pieces, which join into it: for a writer that need not join them.

    Joining holds the pieces and the whole string at once, twice the output; a long article's JSON
    (four times its text and more) is written with half that by writing the pieces.
    """
    return list(_encoded_pieces(article, indent=indent, include_text=include_text, ensure_ascii=ensure_ascii))


def _encoded_pieces(article: Article, *, indent: int | None, include_text: bool, ensure_ascii: bool) -> Iterator[str]:
    """:func:`dumps_pieces`, one piece at a time, each made when it is asked for."""
    text = article.text if include_text else None
    return _pieces_of(_article_head(article), _article_lists(article), text, indent=indent, ensure_ascii=ensure_ascii)


def released_pieces(
    held: list[Article], *, indent: int | None = None, include_text: bool = False, ensure_ascii: bool = False
) -> Iterator[str]:
    """:func:`dumps_pieces` of the article popped from ``held``, letting go of each record once its JSON exists.

    For a caller that holds the article nowhere else (the command line's encoder in a batch): the article
    is dropped before the first piece is made, and its records one slice after another as they are
    encoded, so that a long article's records and its JSON do not all exist at once. Another reference
    to the article keeps it, and everything works as with :func:`dumps_pieces`, only without the saving.
    """
    article = held.pop()
    head = _article_head(article)
    lists = [(key, list(records), write) for key, records, write in _article_lists(article)]
    text = article.text if include_text else None
    del article
    return _pieces_of(head, lists, text, indent=indent, ensure_ascii=ensure_ascii)


def _pieces_of(
    head_fields: dict[str, Any],
    lists: Iterable[tuple[str, Sequence[Any], Any]],
    text: str | None,
    *,
    indent: int | None,
    ensure_ascii: bool,
) -> Iterator[str]:
    """The pieces of an article's JSON from its own fields, its lists of records and the text to include.

    A list given as a ``list`` is emptied as it is encoded (each slice of records dropped once written);
    a tuple is only read.
    """
    encode = json.JSONEncoder(ensure_ascii=ensure_ascii, indent=indent, allow_nan=False).encode
    # The separators json.dumps lays out: one line, or each member and each record on its own line.
    if indent is None:
        member, array, item, array_end, shift = ", ", "[", ", ", "]", ""
    else:
        shift = "\n" + " " * indent
        member = "," + shift
        array, item, array_end = "[" + shift + " " * indent, "," + shift + " " * indent, shift + "]"
    head = encode(head_fields)  # one call for the article's own fields; its lists follow them
    del head_fields
    yield head[: len(head) - (1 if indent is None else 2)]  # without its closing "}" or "\n}"
    del head
    for key, records, write in lists:
        yield member
        yield f'"{key}": '  # the keys are plain ASCII names: encoded as they are
        if not records:
            yield "[]"
            continue
        count = len(records)
        for begin in range(0, count, _RECORDS_AT_ONCE):
            # A slice of the records as a JSON array, moved one level deeper (JSON escapes every line
            # break in a string, so the only ones are the layout's), spliced in without the brackets
            # that fall between two slices: most articles' lists are one slice, kept whole.
            end = begin + _RECORDS_AT_ONCE
            encoded = encode([write(record) for record in records[begin:end]])
            if isinstance(records, list):
                records[begin:end] = [None] * (min(end, count) - begin)
            if shift:
                encoded = encoded.replace("\n", shift)
            if begin or end < count:
                encoded = encoded[len(array) if begin else 0 : len(encoded) - len(array_end) if end < count else None]
            if begin:
                yield item
            yield encoded
    if text is not None:
        yield member
        yield '"text": '
        yield encode(text)
    yield "}" if indent is None else "\n}"


def loads(document: str, *, text: str | None = None) -> Article:
    """An Article from :func:`dumps`'s output; ``text`` supplies the text when the JSON has none."""
    try:
        data = parse_json(document)
    except InputError as exc:
        raise SchemaError(str(exc)) from None
    if text is not None and isinstance(data, dict):
        data["text"] = text
    return from_dict(Article, data)


@cache
def _schema_text() -> str:
    from importlib import resources  # noqa: PLC0415 - only the schema needs it, not every import

    source = resources.files("newsfacts").joinpath("schema", "newsfacts-1.schema.json")
    return source.read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the output format, as shipped in the package; a fresh copy each call."""
    return cast("dict[str, Any]", json.loads(_schema_text()))


__all__ = ["SCHEMA_VERSION", "FrozenMapping", "dumps", "from_dict", "json_schema", "loads", "to_dict"]
