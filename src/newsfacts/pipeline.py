"""The pipeline: segment once, run every plugin's hooks, check their records, build the Article."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from newsfacts.errors import InputError, NewsfactsError, PluginError
from newsfacts.manager import PluginInfo, PluginManager, describe_plugins, make_plugin_manager
from newsfacts.model import (
    Article,
    Claim,
    DateExpression,
    Document,
    Quote,
    Sentence,
    Span,
    Speaker,
    nested_spans,
    span_mismatch,
)
from newsfacts.published import parse_publication_date

_Record = TypeVar("_Record")


@attrs.frozen(kw_only=True)
class BatchResult:
    """One item of :meth:`Pipeline.extract_many`: its position, its id, and the article or the error."""

    index: int
    id: str | None
    article: Article | None = None
    error: NewsfactsError | None = None

    @property
    def ok(self) -> bool:
        """Whether the item was extracted."""
        return self.error is None


def _optional_str(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    msg = f"{name} must be a string, got {type(value).__name__}"
    raise InputError(msg)


class Pipeline:
    """A configured set of plugins that turns texts into :class:`~newsfacts.Article` records.

    Building a pipeline loads the plugins and fixes the order their hooks run
    in, once (register further plugins by building a new pipeline);
    :meth:`extract` can then be called any number of times, from several
    threads too, since it keeps no state between calls.

    :param plugins: plugin objects or modules to register in addition to the
        installed ones.
    :param blocked: names of plugins not to load, such as ``"dates"``.
    :param autoload: load the installed plugins (the ``newsfacts`` entry-point
        group); ``None`` means yes unless ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` is set.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        blocked: Iterable[str] = (),
        autoload: bool | None = None,
    ) -> None:
        self.plugin_manager: PluginManager = make_plugin_manager(plugins=plugins, blocked=blocked, autoload=autoload)
        # The call order of every hook, fixed once: pluggy's own (last registered first, tryfirst/trylast
        # respected). Hooks run once per quote and per date candidate, so this is not redone per call.
        self._order: dict[str, tuple[Any, ...]] = {}
        for name in self.plugin_manager.hook.__dict__:
            impls = tuple(reversed(getattr(self.plugin_manager.hook, name).get_hookimpls()))
            for impl in impls:
                if impl.hookwrapper or impl.wrapper:
                    raise PluginError(impl.plugin_name, name, "hook wrappers are not supported")
            self._order[name] = impls

    @property
    def plugins(self) -> list[PluginInfo]:
        """The registered plugins, their distributions and the hooks each implements."""
        return describe_plugins(self.plugin_manager)

    def extract(  # noqa: PLR0913 - one keyword a field of the article
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        id: str | None = None,  # noqa: A002 - the public name of the field
        title: str | None = None,
        url: str | None = None,
        author: str | None = None,
    ) -> Article:
        """Find the quotes, claims and dates in ``text``.

        :param text: the article's text; every offset in the result points into it.
        :param published: the publication date, the reference for relative dates.
        :param id: carried over to the result.
        :param title: carried over to the result.
        :param url: carried over to the result (a web page's canonical address).
        :param author: carried over to the result (the byline).
        :raises InputError: an argument has the wrong type or ``published`` is not a date.
        :raises PluginError: a plugin failed or returned an invalid record.

        ``published`` may be a ``date``, a ``datetime`` (its own calendar date is
        used, in its own time zone) or a string in one of the forms
        :func:`~newsfacts.parse_publication_date` reads, ISO 8601 at any precision among them.
        """
        if not isinstance(text, str):
            msg = f"text must be a str, got {type(text).__name__}"
            raise InputError(msg)
        when = parse_publication_date(published)
        url, author = _optional_str("url", url), _optional_str("author", author)
        document = Document(
            text=text,
            published=None if when is None else when.date,
            published_precision=None if when is None else when.precision,
            id=_optional_str("id", id),
            title=_optional_str("title", title),
        )
        document = attrs.evolve(document, sentences=self._segment(text))
        quotes = tuple(
            self._attribute(document, quote)
            for quote in self._collect("newsfacts_find_quotes", Quote, document=document)
        )
        claims = tuple(self._collect("newsfacts_extract_claims", Claim, document=document))
        dates = self._dates(document)
        return Article(
            text=text,
            id=document.id,
            title=document.title,
            published=document.published,
            published_precision=document.published_precision,
            url=url,
            author=author,
            quotes=tuple(sorted(quotes, key=_span_order)),
            claims=tuple(sorted(claims, key=_span_order)),
            dates=dates,
        )

    def extract_many(self, items: Iterable[str | Mapping[str, Any]]) -> Iterator[BatchResult]:
        """Extract from many articles, in order, without letting one bad item stop the rest.

        :param items: texts, or mappings with ``text`` and optionally ``id``,
            ``published``, ``title``, ``url`` and ``author`` (the JSONL input format).
        :return: one :class:`BatchResult` per item, in input order, holding the
            article or the error.
        """
        if isinstance(items, str):
            msg = "extract_many takes an iterable of articles; for one text, call extract()"
            raise InputError(msg)
        for index, item in enumerate(items):
            item_id: str | None = None
            try:
                if isinstance(item, str):
                    article = self.extract(item)
                elif isinstance(item, Mapping):
                    raw_id = item.get("id")
                    item_id = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else None
                    if "text" not in item:
                        msg = "item has no 'text'"
                        raise InputError(msg)
                    article = self.extract(
                        item["text"],
                        published=item.get("published"),
                        id=_optional_str("id", raw_id),
                        title=item.get("title"),
                        url=item.get("url"),
                        author=item.get("author"),
                    )
                else:
                    msg = f"item must be a str or a mapping, got {type(item).__name__}"
                    raise InputError(msg)
            except NewsfactsError as error:
                yield BatchResult(index=index, id=item_id, error=error)
            else:
                yield BatchResult(index=index, id=item_id, article=article)

    # -- calling hooks -------------------------------------------------------

    def _impls(self, hook_name: str) -> tuple[Any, ...]:
        return self._order.get(hook_name, ())

    def _call(self, impl: Any, hook_name: str, kwargs: Mapping[str, Any]) -> Any:
        args = {name: kwargs[name] for name in impl.argnames}
        try:
            return impl.function(**args)
        except NewsfactsError:
            raise
        except Exception as exc:
            raise PluginError(impl.plugin_name, hook_name, f"{type(exc).__name__}: {exc}") from exc

    def _collect(self, hook_name: str, kind: type[_Record], **kwargs: Any) -> list[_Record]:
        records: list[_Record] = []
        text = kwargs["document"].text
        for impl in self._impls(hook_name):
            result = self._call(impl, hook_name, kwargs)
            if result is None:
                continue
            if not isinstance(result, Iterable) or isinstance(result, str):
                problem = f"returned {type(result).__name__}, expected an iterable of {kind.__name__}"
                raise PluginError(impl.plugin_name, hook_name, problem)
            try:
                items = list(result)
            except NewsfactsError:
                raise
            except Exception as exc:
                raise PluginError(impl.plugin_name, hook_name, f"{type(exc).__name__}: {exc}") from exc
            records.extend(_checked(item, kind, text, impl.plugin_name, hook_name) for item in items)
        return records

    def _first(self, hook_name: str, kind: type[_Record], text: str, **kwargs: Any) -> _Record | None:
        for impl in self._impls(hook_name):
            result = self._call(impl, hook_name, kwargs)
            if result is not None:
                return _checked(result, kind, text, impl.plugin_name, hook_name)
        return None

    def _segment(self, text: str) -> tuple[Sentence, ...]:
        hook_name = "newsfacts_segment"
        for impl in self._impls(hook_name):
            result = self._call(impl, hook_name, {"text": text})
            if result is None:
                continue
            if not isinstance(result, Sequence) or isinstance(result, str):
                problem = f"returned {type(result).__name__}, expected a sequence of Sentence"
                raise PluginError(impl.plugin_name, hook_name, problem)
            sentences = tuple(_checked(item, Sentence, text, impl.plugin_name, hook_name) for item in result)
            for before, after in itertools.pairwise(sentences):
                if after.start < before.end:
                    problem = f"sentences out of order or overlapping at [{after.start}:{after.end}]"
                    raise PluginError(impl.plugin_name, hook_name, problem)
            return sentences
        return ()

    def _attribute(self, document: Document, quote: Quote) -> Quote:
        speaker = self._first("newsfacts_attribute_speaker", Speaker, document.text, document=document, quote=quote)
        return quote if speaker is None else attrs.evolve(quote, speaker=speaker)

    def _dates(self, document: Document) -> tuple[DateExpression, ...]:
        normalized = []
        for candidate in self._collect("newsfacts_find_dates", Span, document=document):
            date = self._first(
                "newsfacts_normalize_date", DateExpression, document.text, document=document, expression=candidate
            )
            if date is None:
                continue
            if (date.start, date.end) != (candidate.start, candidate.end):
                problem = f"normalized [{candidate.start}:{candidate.end}] into another span [{date.start}:{date.end}]"
                raise PluginError(date.plugin, "newsfacts_normalize_date", problem)
            normalized.append(date)
        return tuple(_longest_first(normalized))


def _span_order(record: Any) -> tuple[int, int, str]:
    return (record.start, record.end, record.plugin)


def _longest_first(spans: list[DateExpression]) -> list[DateExpression]:
    """Drop expressions that overlap a longer one; linear after sorting."""
    kept: list[DateExpression] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if kept and span.start < kept[-1].end:
            if span.end - span.start > kept[-1].end - kept[-1].start:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _checked(record: Any, kind: type[_Record], text: str, plugin: str, hook: str) -> _Record:
    """Refuse a record of the wrong type or whose spans do not match the text; stamp its plugin."""
    if not isinstance(record, kind):
        problem = f"returned {type(record).__name__}, expected {kind.__name__}"
        raise PluginError(plugin, hook, problem)
    for span in nested_spans(record):
        mismatch = span_mismatch(span, text)
        if mismatch:
            raise PluginError(plugin, hook, mismatch)
    if isinstance(record, Quote) and record.speaker is not None and not record.speaker.plugin:
        record = attrs.evolve(record, speaker=attrs.evolve(record.speaker, plugin=plugin))
    if hasattr(record, "plugin"):
        record = attrs.evolve(record, plugin=plugin)
    checked: _Record = record
    return checked
