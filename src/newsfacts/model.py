"""The records newsfacts produces: immutable, typed, and anchored to the article text.

Every span-bearing record carries ``start``/``end`` character offsets into
``Article.text`` together with the ``text`` they cover, so a consumer can check
``article.text[r.start:r.end] == r.text`` without trusting anyone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, get_args

import attrs

from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr

QuoteKind: TypeAlias = Literal["direct", "indirect", "mixed"]
DateType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]
RangeQualifier: TypeAlias = Literal["exact", "approx", "upper", "lower", "range"]
# The classes of the weapon-range annotation (ANNOTATION.md rule 6): the five bands, then comparatives and the
# odd wordings it keeps verbatim-normalised ("longer-range", "extended-range"). A closed set, so scores compare.
RangeClass: TypeAlias = Literal[
    "short",
    "medium",
    "intermediate",
    "long",
    "intercontinental",
    "shorter",
    "longer",
    "shortest",
    "longest",
    "medium-long",
    "extended",
    "unlimited",
]
Precision: TypeAlias = Literal["year", "month", "day"]

# Each type's values as a tuple, for validators and the schema: read off the type, so the two cannot drift.
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
DATE_TYPES: tuple[DateType, ...] = get_args(DateType)
RANGE_QUALIFIERS: tuple[RangeQualifier, ...] = get_args(RangeQualifier)
RANGE_CLASSES: tuple[RangeClass, ...] = get_args(RangeClass)
PRECISIONS: tuple[Precision, ...] = get_args(Precision)


def _check_offsets(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if attribute.name == "end" and value < instance.start:
        msg = f"{type(instance).__name__}: end ({value}) is before start ({instance.start})"
        raise ValueError(msg)
    if value < 0:
        msg = f"{type(instance).__name__}: {attribute.name} must not be negative, got {value}"
        raise ValueError(msg)


def _not_bool(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool):
        msg = f"{attribute.name} must be an int, got a bool"
        raise TypeError(msg)


# Every check of an offset, in the order their errors take precedence.
_OFFSET_CHECKS = (attrs.validators.instance_of(int), _not_bool, _check_offsets)


def _valid_offset(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    """An offset is a non-negative int, an end no smaller than its start: one call for the usual valid int.

    Plugins build several span records per quote and date, each with two offsets; anything unusual (a bool, an
    int subclass, a bad value) goes through each check in turn, for the error it has always had.
    """
    if type(value) is int and value >= 0 and (attribute.name != "end" or value >= instance.start):
        return
    for check in _OFFSET_CHECKS:
        check(instance, attribute, value)


def _offset() -> Any:
    return attrs.field(validator=_valid_offset)


def _plugin() -> Any:
    return attrs.field(default="", validator=attrs.validators.instance_of(str))


def _as_tuple(records):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202 - see below
    """``tuple(records)``: a converter attrs can read the signature of without parsing a built-in's text.

    attrs inspects a converter's signature when it builds the class; for the built-in ``tuple`` that means
    tokenizing its text signature, which compiles ``tokenize``'s patterns at every start (~3 ms). Left
    unannotated on purpose: attrs would take the annotation as ``__init__``'s, as it took none from ``tuple``.
    """
    return tuple(records)


def _records(kind: type) -> Any:
    """A tuple of records of one type; any iterable is accepted and stored as a tuple."""
    return attrs.field(
        default=(),
        converter=_as_tuple,
        validator=attrs.validators.deep_iterable(attrs.validators.instance_of(kind)),
    )


def _settle_precision(record: Any) -> None:
    """A date without a precision is to the day, a precision without a date is none; a month or a year is its first day.

    Settled after construction, so that ``attrs.evolve(article, published=...)`` keeps a record consistent.
    """
    published, precision = record.published, record.published_precision
    if published is None or precision is None:
        object.__setattr__(record, "published_precision", None if published is None else "day")
        return
    if (precision == "month" and published.day != 1) or (
        precision == "year" and (published.month, published.day) != (1, 1)
    ):
        msg = (
            f"a published date of {precision} precision is stored as the first day of the {precision}, got {published}"
        )
        raise ValueError(msg)


def _precision() -> Any:
    return attrs.field(default=None, validator=attrs.validators.optional(attrs.validators.in_(PRECISIONS)))


def _text() -> Any:
    return attrs.field(validator=attrs.validators.instance_of(str))


def _optional(kind: type) -> Any:
    check: Callable[[Any, attrs.Attribute[Any], Any], None] = attrs.validators.instance_of(kind)

    def valid_or_none(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        # ``attrs.validators.optional(instance_of(kind))`` in one call for None or a value of exactly ``kind``.
        if value is not None and type(value) is not kind:
            check(instance, attribute, value)

    return attrs.field(default=None, validator=valid_or_none)


@attrs.frozen(kw_only=True)
class Span:
    """A piece of the article: ``text`` is exactly ``article.text[start:end]``."""

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    text: str = _text()
    start: int = _offset()
    end: int = _offset()


# The longest sentence whose text is sliced afresh at each read (a few hundred bytes of copying at most); a
# longer one keeps its text once read. News prose has no sentence this long (none in PolNeAR dev).
_SLICE_EACH_READ = 512


class _SlicedFrom:
    """Where a sentence cut by the segmenter takes its text from: the article's own string, sliced on demand.

    A slot outside the attrs fields, so equality, hashing, ``repr``, pickling, ``attrs.evolve`` and
    ``attrs.asdict`` see a sentence's ``text`` alone, never the article it was cut from.
    """

    __slots__ = ("_source",)


@attrs.frozen(kw_only=True)
class Sentence(_SlicedFrom):
    """One unit of the shared segmentation pass that every plugin reads.

    ``paragraph`` counts paragraphs from 0, so plugins can look back within a
    paragraph or across one without segmenting again.

    A sentence the core's segmenter cut (:func:`~newsfacts.model.sentence_of`) does not store its ``text``: it
    slices it from the article when read, so a long article's sentences do not hold a second copy of its text (one
    longer than 512 characters keeps its text once read, so that reading it again does not copy it again). It reads,
    compares, hashes and pickles as a sentence built with its ``text``; what it keeps alive is the article's text,
    which the document holds anyway.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    text: str = _text()
    start: int = _offset()
    end: int = _offset()
    paragraph: int = 0

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> str:
            # Reached only when a slot is unset: a segmenter's sentence, whose text is its article's slice.
            if name != "text":
                msg = f"{type(self).__name__!r} object has no attribute {name!r}"
                raise AttributeError(msg, name=name, obj=self)
            text: str = object.__getattribute__(self, "_source")[self.start : self.end]
            if len(text) > _SLICE_EACH_READ:
                # A plugin may read a sentence's text once per thing found in it: a copy each time would make
                # a long sentence cost its length squared, so a long one keeps its text once read.
                object.__setattr__(self, "text", text)
            return text


def sentence_of(text: str, start: int, end: int, paragraph: int) -> Sentence:
    """The sentence ``text[start:end]``, sharing ``text`` instead of copying the slice.

    For the core's segmenter, whose offsets are valid by construction: no validator runs.
    """
    sentence: Sentence = object.__new__(Sentence)
    setter = object.__setattr__
    setter(sentence, "_source", text)
    setter(sentence, "start", start)
    setter(sentence, "end", end)
    setter(sentence, "paragraph", paragraph)
    return sentence


@attrs.frozen(kw_only=True)
class Speaker:
    """Who a quote is attributed to.

    ``name`` is the fullest name the article gives for that source ("Antony
    Blinken"); ``text``/``start``/``end`` is the mention nearest the quote
    ("Mr Blinken", "he", "the US secretary of state").
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    name: str = _text()
    text: str = _text()
    start: int = _offset()
    end: int = _offset()
    plugin: str = _plugin()


@attrs.frozen(kw_only=True)
class Quote:
    """Something a source said, wrote or believes.

    The span is the content: inside the quotation marks for a direct quote,
    the reported clause for an indirect or mixed one.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    text: str = _text()
    start: int = _offset()
    end: int = _offset()
    kind: QuoteKind = attrs.field(validator=attrs.validators.in_(QUOTE_KINDS))
    speaker: Speaker | None = _optional(Speaker)
    cue: Span | None = _optional(Span)
    plugin: str = _plugin()


def _check_km(instance: Any, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        msg = f"WeaponRange: {attribute.name} must be a finite, non-negative number, got {value!r}"
        raise ValueError(msg)
    if attribute.name == "max_km" and instance.min_km is not None and value < instance.min_km:
        msg = f"WeaponRange: max_km ({value}) is below min_km ({instance.min_km})"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class WeaponRange:
    """A stated reach of a weapon, in kilometres.

    An upper bound ("up to", "nearly") has only ``max_km``; a lower bound
    ("more than") only ``min_km``; a class claim ("long-range") has neither and
    a ``range_class``.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    min_km: float | None = attrs.field(default=None, validator=_check_km)
    max_km: float | None = attrs.field(default=None, validator=_check_km)
    qualifier: RangeQualifier | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(RANGE_QUALIFIERS))
    )
    range_class: RangeClass | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(RANGE_CLASSES))
    )


def _check_json_ready(value: Any, where: str) -> None:
    """Claim values of plugin-defined kinds must survive the JSON round trip as they are."""
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            msg = f"claim value {where} is not a finite number: {value!r}"
            raise ValueError(msg)
        return
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_json_ready(item, f"{where}[{index}]")
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                msg = f"claim value {where} has a key that is not a string: {key!r}"
                raise TypeError(msg)
            _check_json_ready(item, f"{where}.{key}")
        return
    msg = f"claim value {where} is a {type(value).__name__}, which JSON cannot hold"
    raise TypeError(msg)


def _freeze_value(value: WeaponRange | Mapping[str, Any] | None) -> WeaponRange | FrozenMapping | None:
    if value is None or isinstance(value, WeaponRange | FrozenMapping):
        return value
    if not isinstance(value, Mapping):
        msg = f"a claim's value must be a WeaponRange, a mapping or None, got {type(value).__name__}"
        raise TypeError(msg)
    return FrozenMapping(value)


def _deep_freeze(value: Any) -> Any:
    if isinstance(value, Mapping) and not isinstance(value, FrozenMapping):
        return FrozenMapping(value)
    if isinstance(value, list | tuple):
        return tuple(_deep_freeze(item) for item in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, FrozenMapping):
        return value.thaw()
    if isinstance(value, tuple):
        return [_thaw(item) for item in value]
    return value


class FrozenMapping(Mapping[str, Any]):
    """A read-only, hashable, picklable JSON object: the value of a claim of a plugin-defined kind.

    It accepts only what JSON can hold (strings, finite numbers, booleans,
    None, lists and string-keyed objects) and freezes it all the way down:
    nested objects become FrozenMappings and lists become tuples.
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        _check_json_ready(data, "value")
        self._data = {key: _deep_freeze(item) for key, item in data.items()}

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Any:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(frozenset(self._data.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMapping):
            return self._data == other._data
        if isinstance(other, Mapping):
            try:
                return self._data == FrozenMapping(other)._data
            except (TypeError, ValueError):
                return False
        return NotImplemented

    def thaw(self) -> dict[str, Any]:
        """A plain, mutable copy: dicts and lists all the way down, as JSON has them."""
        return {key: _thaw(item) for key, item in self._data.items()}

    def __repr__(self) -> str:
        return f"FrozenMapping({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenMapping], tuple[dict[str, Any]]]:
        return (FrozenMapping, (self._data,))


ClaimValue: TypeAlias = WeaponRange | FrozenMapping


@attrs.frozen(kw_only=True)
class Claim:
    """A checkable statement of fact found in the article.

    ``kind`` says what is claimed ("weapon_range" for the built-in plugin;
    third-party plugins add their own kinds). ``subject`` points at what the
    claim is about, such as the weapon's name. ``value`` is a :class:`WeaponRange`
    for weapon ranges and a JSON-ready mapping for other kinds.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    kind: str = _text()
    text: str = _text()
    start: int = _offset()
    end: int = _offset()
    subject: Span | None = _optional(Span)
    value: ClaimValue | None = attrs.field(default=None, converter=_freeze_value)

    @value.validator
    def _check_value(self, _attribute: attrs.Attribute[Any], value: ClaimValue | None) -> None:
        if self.kind == "weapon_range" and value is not None and not isinstance(value, WeaponRange):
            msg = f"a weapon_range claim's value must be a WeaponRange, got {type(value).__name__}"
            raise TypeError(msg)

    plugin: str = _plugin()


@attrs.frozen(kw_only=True)
class DateExpression:
    """A temporal expression normalized against the publication date.

    ``type`` and ``value`` follow TIMEX3 ("2022-SU", "P2Y", "PRESENT_REF");
    ``first`` and ``last`` are the first and last calendar day a date covers,
    or ``None`` where no days can be named (durations, sets, vague references).
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    text: str = _text()
    start: int = _offset()
    end: int = _offset()
    type: DateType = attrs.field(validator=attrs.validators.in_(DATE_TYPES))
    value: str = _text()
    first: dt.date | None = _optional(dt.date)
    last: dt.date | None = _optional(dt.date)
    plugin: str = _plugin()


@attrs.frozen(kw_only=True)
class Document:
    """What every extraction hook reads: the text, its reference date and the shared segmentation.

    ``published_precision`` says whether ``published`` was given to the day, or
    only to the month or the year, in which case ``published`` is that period's
    first day and relative dates are anchored there.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    text: str = _text()
    published: dt.date | None = _optional(dt.date)
    published_precision: Precision | None = _precision()
    id: str | None = _optional(str)
    title: str | None = _optional(str)
    sentences: tuple[Sentence, ...] = _records(Sentence)

    def __attrs_post_init__(self) -> None:
        _settle_precision(self)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset``, found by bisection."""
        sentences = self.sentences
        lo, hi = 0, len(sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if sentences[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(sentences) and sentences[lo].start <= offset < sentences[lo].end:
            return sentences[lo]
        return None


@attrs.frozen(kw_only=True)
class PluginFailure:
    """A plugin that failed on this article while the others went on (``Pipeline(isolate_failures=True)``).

    The article lacks whatever that plugin would have contributed through that
    hook; ``message`` says why, as the :class:`~newsfacts.PluginError` would have.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    plugin: str = _text()
    hook: str = _text()
    message: str = _text()


@attrs.frozen(kw_only=True)
class Article:
    """An article and every fact found in it, each pointing back into ``text``.

    ``url`` and ``author`` are carried over from the input (a web page's
    canonical address and byline); ``published_precision`` is as in :class:`Document`.

    ``failures`` is empty unless the pipeline isolates plugin failures and a
    plugin failed on this article: then it names each plugin and hook whose
    facts are missing.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    text: str = _text()
    id: str | None = _optional(str)
    title: str | None = _optional(str)
    published: dt.date | None = _optional(dt.date)
    published_precision: Precision | None = _precision()
    url: str | None = _optional(str)
    author: str | None = _optional(str)
    quotes: tuple[Quote, ...] = _records(Quote)
    claims: tuple[Claim, ...] = _records(Claim)
    dates: tuple[DateExpression, ...] = _records(DateExpression)
    failures: tuple[PluginFailure, ...] = _records(PluginFailure)

    def __attrs_post_init__(self) -> None:
        _settle_precision(self)


def iter_spans(article: Article) -> Iterator[Span | Speaker | Quote | Claim | DateExpression]:
    """Every span-bearing record in ``article``, nested ones included, for checking offsets."""
    for quote in article.quotes:
        yield from nested_spans(quote)
    for claim in article.claims:
        yield from nested_spans(claim)
    yield from article.dates


def nested_spans(record: Any) -> Iterator[Any]:
    """The record itself and the spans inside it (a quote's speaker and cue, a claim's subject)."""
    yield record
    if isinstance(record, Quote):
        if record.speaker is not None:
            yield record.speaker
        if record.cue is not None:
            yield record.cue
    elif isinstance(record, Claim) and record.subject is not None:
        yield record.subject


def span_mismatch(record: Any, text: str) -> str | None:
    """Why ``record``'s offsets do not cover exactly its ``text`` in ``text``, or None when they do."""
    name = type(record).__name__
    if record.end > len(text):
        where = f"{name} [{record.start}:{record.end}] {record.text!r}"
        return f"{where} ends past the end of the text ({len(text)} characters)"
    found = text[record.start : record.end]
    if found != record.text:
        return f"{name} [{record.start}:{record.end}] says {record.text!r} but the text there is {found!r}"
    return None
