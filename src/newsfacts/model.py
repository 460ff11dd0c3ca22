"""The records newsfacts produces: immutable, typed, and anchored to the article text.

Every span-bearing record carries ``start``/``end`` character offsets into
``Article.text`` together with the ``text`` they cover, so a consumer can check
``article.text[r.start:r.end] == r.text`` without trusting anyone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal, TypeAlias

import attrs

QuoteKind: TypeAlias = Literal["direct", "indirect", "mixed"]
DateType: TypeAlias = Literal["DATE", "TIME", "DURATION", "SET"]
RangeQualifier: TypeAlias = Literal["exact", "approx", "upper", "lower", "range"]
RangeClass: TypeAlias = Literal["short", "medium", "intermediate", "long", "intercontinental"]

QUOTE_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "mixed")
DATE_TYPES: tuple[DateType, ...] = ("DATE", "TIME", "DURATION", "SET")
RANGE_QUALIFIERS: tuple[RangeQualifier, ...] = ("exact", "approx", "upper", "lower", "range")
RANGE_CLASSES: tuple[RangeClass, ...] = ("short", "medium", "intermediate", "long", "intercontinental")


def _check_offsets(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if attribute.name == "end" and value < instance.start:
        msg = f"{type(instance).__name__}: end ({value}) is before start ({instance.start})"
        raise ValueError(msg)
    if value < 0:
        msg = f"{type(instance).__name__}: {attribute.name} must not be negative, got {value}"
        raise ValueError(msg)


def _offset() -> Any:
    return attrs.field(validator=[attrs.validators.instance_of(int), _check_offsets])


@attrs.frozen(kw_only=True)
class Span:
    """A piece of the article: ``text`` is exactly ``article.text[start:end]``."""

    text: str
    start: int = _offset()
    end: int = _offset()


@attrs.frozen(kw_only=True)
class Sentence:
    """One unit of the shared segmentation pass that every plugin reads.

    ``paragraph`` counts paragraphs from 0, so plugins can look back within a
    paragraph or across one without segmenting again.
    """

    text: str
    start: int = _offset()
    end: int = _offset()
    paragraph: int = 0


@attrs.frozen(kw_only=True)
class Speaker:
    """Who a quote is attributed to.

    ``name`` is the fullest name the article gives for that source ("Antony
    Blinken"); ``text``/``start``/``end`` is the mention nearest the quote
    ("Mr Blinken", "he", "the US secretary of state").
    """

    name: str
    text: str
    start: int = _offset()
    end: int = _offset()
    plugin: str = ""


@attrs.frozen(kw_only=True)
class Quote:
    """Something a source said, wrote or believes.

    The span is the content: inside the quotation marks for a direct quote,
    the reported clause for an indirect or mixed one.
    """

    text: str
    start: int = _offset()
    end: int = _offset()
    kind: QuoteKind = attrs.field(validator=attrs.validators.in_(QUOTE_KINDS))
    speaker: Speaker | None = None
    cue: Span | None = None
    plugin: str = ""


@attrs.frozen(kw_only=True)
class WeaponRange:
    """A stated reach of a weapon, in kilometres.

    An upper bound ("up to", "nearly") has only ``max_km``; a lower bound
    ("more than") only ``min_km``; a class claim ("long-range") has neither and
    a ``range_class``.
    """

    min_km: float | None = None
    max_km: float | None = None
    qualifier: RangeQualifier | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(RANGE_QUALIFIERS))
    )
    range_class: RangeClass | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(RANGE_CLASSES))
    )


def _freeze_value(value: WeaponRange | Mapping[str, Any] | None) -> WeaponRange | FrozenMapping | None:
    if value is None or isinstance(value, WeaponRange | FrozenMapping):
        return value
    return FrozenMapping(value)


class FrozenMapping(Mapping[str, Any]):
    """A read-only, hashable, picklable mapping for claim values of plugin-defined kinds."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Any:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self._data.items())))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self._data) == dict(other)

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

    kind: str
    text: str
    start: int = _offset()
    end: int = _offset()
    subject: Span | None = None
    value: ClaimValue | None = attrs.field(default=None, converter=_freeze_value)
    plugin: str = ""


@attrs.frozen(kw_only=True)
class DateExpression:
    """A temporal expression normalized against the publication date.

    ``type`` and ``value`` follow TIMEX3 ("2022-SU", "P2Y", "PRESENT_REF");
    ``first`` and ``last`` are the first and last calendar day a date covers,
    or ``None`` where no days can be named (durations, sets, vague references).
    """

    text: str
    start: int = _offset()
    end: int = _offset()
    type: DateType = attrs.field(validator=attrs.validators.in_(DATE_TYPES))
    value: str
    first: dt.date | None = None
    last: dt.date | None = None
    plugin: str = ""


@attrs.frozen(kw_only=True)
class Document:
    """What every extraction hook reads: the text, its reference date and the shared segmentation."""

    text: str
    published: dt.date | None = None
    id: str | None = None
    title: str | None = None
    sentences: tuple[Sentence, ...] = ()

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
class Article:
    """An article and every fact found in it, each pointing back into ``text``."""

    text: str
    id: str | None = None
    title: str | None = None
    published: dt.date | None = None
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    dates: tuple[DateExpression, ...] = ()
