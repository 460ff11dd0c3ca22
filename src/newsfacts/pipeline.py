"""The pipeline: segment once, run every plugin's hooks, check their records, build the Article.

A pipeline pickles by its configuration (installed plugins by name, plugin
modules by import name, other plugin objects by pickle) and is rebuilt on the
other side, so it can be sent to worker processes (``extract_many(jobs=N)``,
:mod:`newsfacts.dask`).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import operator
import os
import sys
import types
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, TypeVar, cast

import attrs

from newsfacts import segmentation
from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.errors import InputError, NewsfactsError, PluginError, PluginLoadError, UnpicklablePluginError
from newsfacts.manager import (
    ENTRY_POINT_GROUP,
    PluginInfo,
    PluginManager,
    autoload_enabled,
    describe_plugins,
    make_plugin_manager,
)
from newsfacts.model import (
    Article,
    Claim,
    DateExpression,
    Document,
    PluginFailure,
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

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

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
        try:
            return str(value)
        except ValueError:  # more digits than Python converts to a string (sys.set_int_max_str_digits)
            msg = f"id is an integer of about {value.bit_length() * 30103 // 100000} digits, too long to use as an id"
            raise InputError(msg) from None
    msg = f"{name} must be a string, got {type(value).__name__}"
    raise InputError(msg)


def item_id(item: object) -> str | None:
    """The id to report for a batch item, whatever the item is; never raises."""
    try:
        raw = item.get("id") if isinstance(item, Mapping) else None
        return _optional_str("id", raw)
    except Exception:  # noqa: BLE001 - a bad id is reported by the extraction itself; here it is only a label
        return None


def jobs_for(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for: itself, or one per usable core for ``0``.

    :raises InputError: ``jobs`` is not a non-negative integer.
    """
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 0:
        msg = f"jobs must be a whole number, 0 (one per core) or more, got {jobs!r}"
        raise InputError(msg)
    if jobs:
        return jobs
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - platforms without CPU affinity


def check_timeout(timeout: float | None) -> None:
    """Refuse a time limit that is not a positive, finite number of seconds (:class:`InputError`)."""
    if timeout is None:
        return
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not math.isfinite(timeout) or timeout <= 0:
        msg = f"timeout must be a positive number of seconds, got {timeout!r}"
        raise InputError(msg)


# Named tuples, not attrs classes: only a pipeline sent to worker processes uses them, and a named tuple
# costs a tenth of an attrs class to define at every start.


class _ModuleReference(NamedTuple):
    """A plugin module, sent by its import name and imported again on the other side."""

    name: str

    def load(self) -> object:
        from importlib import metadata  # noqa: PLC0415 - loaded with the first plugin manager, not by import newsfacts

        return metadata.EntryPoint(name=self.name, value=self.name, group=ENTRY_POINT_GROUP).load()


class _Configuration(NamedTuple):
    """What a pipeline is rebuilt from in another process, and the plugin names it must end up with."""

    plugins: tuple[object, ...]
    blocked: tuple[str, ...]
    autoload: bool
    isolate_failures: bool
    names: tuple[str, ...]


def _describe(plugin: object) -> str:
    name = getattr(plugin, "newsfacts_name", None) or getattr(plugin, "__name__", None)
    return str(name) if name else f"{type(plugin).__module__}.{type(plugin).__qualname__}"


def _reference(plugin: object) -> object:
    """``plugin`` in a form that pickles: a module by its name, anything else as it is (checked here)."""
    if isinstance(plugin, types.ModuleType):
        if sys.modules.get(plugin.__name__) is not plugin:
            problem = f"module {plugin.__name__!r} cannot be imported by its name in another process"
            raise UnpicklablePluginError(_describe(plugin), problem)
        return _ModuleReference(name=plugin.__name__)
    import pickle  # noqa: PLC0415 - only a pipeline sent to worker processes needs it, not every start

    try:
        pickle.dumps(plugin)
    except Exception as exc:  # noqa: BLE001 - pickle raises many types; all mean the same here
        problem = (
            f"{type(exc).__name__}: {exc}; to run in worker processes, make the plugin a module, "
            "an object of a class defined at module level, or an installed entry point"
        )
        raise UnpicklablePluginError(_describe(plugin), problem) from None
    return plugin


def _rebuild(configuration: _Configuration) -> Pipeline:
    """The pipeline ``configuration`` describes, checked to have the same plugins as the original."""
    plugins = [p.load() if isinstance(p, _ModuleReference) else p for p in configuration.plugins]
    pipeline = Pipeline(
        plugins=plugins,
        blocked=configuration.blocked,
        autoload=configuration.autoload,
        isolate_failures=configuration.isolate_failures,
    )
    names = pipeline._names  # noqa: SLF001 - the same class, one module
    if names != configuration.names:
        missing = sorted(set(configuration.names) - set(names)) or sorted(set(names) - set(configuration.names))
        problem = (
            f"this process loads plugins {list(names)} but the pipeline was built with {list(configuration.names)}; "
            "install the same plugins and set the same NEWSFACTS_* variables wherever it runs"
        )
        raise PluginLoadError(missing[0] if missing else "?", problem)
    return pipeline


class Pipeline:
    """A configured set of plugins that turns texts into :class:`~newsfacts.Article` records.

    Building a pipeline loads the plugins and fixes the order their hooks run
    in, once (register further plugins by building a new pipeline);
    :meth:`extract` can then be called any number of times, from several
    threads too, since it keeps no state between calls. A pipeline pickles by
    its configuration and is rebuilt where it is unpickled, so it can be sent
    to worker processes.

    :param plugins: plugin objects or modules to register in addition to the
        installed ones.
    :param blocked: names of plugins not to load, such as ``"dates"``.
    :param autoload: load the installed plugins (the ``newsfacts`` entry-point
        group); ``None`` means yes unless ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` is set.
    :param isolate_failures: when a plugin fails on an article, keep the other
        plugins' facts and name the failure in ``Article.failures`` instead of
        failing the whole article with a :class:`~newsfacts.PluginError`.
        A failing plugin then costs only what it would have contributed through
        that hook call: its records from that call are dropped, and for
        first-result hooks (segmentation, speaker attribution, date
        normalization) the next plugin in line answers instead.
    """

    def __init__(
        self,
        *,
        plugins: Iterable[object] = (),
        blocked: Iterable[str] = (),
        autoload: bool | None = None,
        isolate_failures: bool = False,
    ) -> None:
        plugins = plugins if isinstance(plugins, str) else tuple(plugins)
        blocked = blocked if isinstance(blocked, str) else tuple(blocked)
        self.plugin_manager: PluginManager = make_plugin_manager(plugins=plugins, blocked=blocked, autoload=autoload)
        self.isolate_failures = bool(isolate_failures)
        self._plugin_objects: tuple[object, ...] = tuple(plugins)
        self._blocked: tuple[str, ...] = tuple(blocked)
        self._autoload = autoload_enabled(autoload)
        self._names = tuple(name for name, plugin in self.plugin_manager.list_name_plugin() if plugin is not None)
        # The call order of every hook, fixed once: pluggy's own (last registered first, tryfirst/trylast
        # respected). Hooks run once per quote and per date candidate, so this is not redone per call.
        self._order: dict[str, tuple[Any, ...]] = {}
        for name in self.plugin_manager.hook.__dict__:
            impls = tuple(reversed(getattr(self.plugin_manager.hook, name).get_hookimpls()))
            for impl in impls:
                if impl.hookwrapper or impl.wrapper:
                    raise PluginError(impl.plugin_name, name, "hook wrappers are not supported")
            self._order[name] = impls

    def __reduce__(self) -> tuple[Callable[[_Configuration], Pipeline], tuple[_Configuration]]:
        """Pickle by configuration; raises :class:`~newsfacts.UnpicklablePluginError` naming a plugin that cannot go."""
        configuration = _Configuration(
            plugins=tuple(_reference(plugin) for plugin in self._plugin_objects),
            blocked=self._blocked,
            autoload=self._autoload,
            isolate_failures=self.isolate_failures,
            names=self._names,
        )
        return (_rebuild, (configuration,))

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
        :raises PluginError: a plugin failed or returned an invalid record (unless
            the pipeline isolates failures, when the article names them instead).

        ``published`` may be a ``date``, a ``datetime`` (its own calendar date is
        used, in its own time zone) or a string in one of the forms
        :func:`~newsfacts.parse_publication_date` reads, ISO 8601 at any precision among them.
        """
        if not isinstance(text, str):
            msg = f"text must be a str, got {type(text).__name__}"
            raise InputError(msg)
        when = parse_publication_date(published)
        url, author = _optional_str("url", url), _optional_str("author", author)
        document_id, document_title = _optional_str("id", id), _optional_str("title", title)
        failures: list[PluginFailure] | None = [] if self.isolate_failures else None
        document = _trusted(
            Document,
            text=text,
            published=None if when is None else when.date,
            published_precision=None if when is None else when.precision,
            id=document_id,
            title=document_title,
            sentences=self._segment(text, failures),
        )
        quotes = self._collect("newsfacts_find_quotes", Quote, failures, document=document)
        for index, quote in enumerate(quotes):  # in place: a quote and its attributed copy never both stay
            quotes[index] = self._attribute(document, quote, failures)
        quotes.sort(key=_span_order)
        # Each group of hooks (quotes, claims, dates) reads its own, equal Document object, and the one before is
        # dropped: what a plugin kept for one group (``per_document``) is freed before the next group runs.
        document = _afresh(document)
        claims = self._collect("newsfacts_extract_claims", Claim, failures, document=document)
        claims.sort(key=_span_order)
        document = _afresh(document)
        dates = self._dates(document, failures)
        head = (document.id, document.title, document.published, document.published_precision)
        del document  # the sentences, and what plugins keep per document, go before the article is built
        return _trusted(
            Article,
            text=text,
            id=head[0],
            title=head[1],
            published=head[2],
            published_precision=head[3],
            url=url,
            author=author,
            quotes=tuple(quotes),
            claims=tuple(claims),
            dates=dates,
            failures=tuple(dict.fromkeys(failures or ())),
        )

    def extract_many(
        self,
        items: Iterable[str | Mapping[str, Any]],
        *,
        jobs: int = 1,
        timeout: float | None = None,
    ) -> Generator[BatchResult, None, None]:
        """Extract from many articles, in order, without letting one bad item stop the rest.

        :param items: texts, or mappings with ``text`` and optionally ``id``,
            ``published``, ``title``, ``url`` and ``author`` (the JSONL input format). Read lazily.
        :param jobs: worker processes to extract in; ``1`` (the default) works
            in this process, ``0`` starts one per usable core. Results are the
            same whatever the number, and come in input order as they are
            ready, with a bounded number of articles in flight, so memory
            stays flat on an input of any length.
        :param timeout: seconds an article may take. An article that takes
            longer fails with :class:`~newsfacts.ArticleTimeoutError` and its
            worker process is replaced; needs a worker process, so it starts
            one even with ``jobs=1``.
        :return: one :class:`BatchResult` per item, in input order, holding the
            article or the error. Close the iterator (or exhaust it) to stop the
            worker processes early.
        :raises InputError: ``items`` is a single string, or ``jobs`` or ``timeout`` is invalid.
        :raises UnpicklablePluginError: worker processes were asked for and a
            plugin cannot be sent to them.
        """
        if isinstance(items, str):
            msg = "extract_many takes an iterable of articles; for one text, call extract()"
            raise InputError(msg)
        workers = jobs_for(jobs)
        check_timeout(timeout)
        if workers == 1 and timeout is None:
            return (extract_item(self, index, item) for index, item in enumerate(items))
        from newsfacts.parallel import extract_in_processes  # noqa: PLC0415 - it imports this module

        return extract_in_processes(self, items, jobs=workers, timeout=timeout)

    # -- calling hooks -------------------------------------------------------

    def _impls(self, hook_name: str) -> tuple[Any, ...]:
        return self._order.get(hook_name, ())

    def _call(self, impl: Any, hook_name: str, kwargs: Mapping[str, Any]) -> Any:
        args = {name: kwargs[name] for name in impl.argnames}
        try:  # the hot path (once per quote and date candidate): a plain try costs nothing when nothing fails
            return impl.function(**args)
        except (KeyboardInterrupt, GeneratorExit):
            raise
        except BaseException as exc:  # see _blamed_on: every plugin failure is a PluginError
            raise PluginError(impl.plugin_name, hook_name, f"{type(exc).__name__}: {exc}") from exc

    def _collect(
        self, hook_name: str, kind: type[_Record], failures: list[PluginFailure] | None, **kwargs: Any
    ) -> list[_Record]:
        records: list[_Record] = []
        for impl in self._impls(hook_name):
            try:
                records.extend(self._collect_from(impl, hook_name, kind, kwargs))
            except PluginError as error:
                _contain(error, failures)
        return records

    def _collect_from(self, impl: Any, hook_name: str, kind: type[_Record], kwargs: Mapping[str, Any]) -> list[_Record]:
        """One plugin's records for one hook call, all checked, or a PluginError: never some of them."""
        result = self._call(impl, hook_name, kwargs)
        if result is None:
            return []
        if not isinstance(result, Iterable) or isinstance(result, str):
            problem = f"returned {type(result).__name__}, expected an iterable of {kind.__name__}"
            raise PluginError(impl.plugin_name, hook_name, problem)
        with _blamed_on(impl.plugin_name, hook_name):
            items = list(result)
        del result  # the plugin's own list, if it returned one: ``items`` is the only list of its records now
        text = kwargs["document"].text
        for index, item in enumerate(items):  # stamped in place: a record and its stamped copy never both stay
            items[index] = _checked(item, kind, text, impl.plugin_name, hook_name)
        return items

    def _first(
        self,
        hook_name: str,
        kind: type[_Record],
        failures: list[PluginFailure] | None,
        *,
        same_span: Span | None = None,
        **kwargs: Any,
    ) -> _Record | None:
        for impl in self._impls(hook_name):
            try:
                record = self._first_from(impl, hook_name, kind, kwargs, same_span=same_span)
            except PluginError as error:
                _contain(error, failures)
                continue
            if record is not None:
                return record
        return None

    def _first_from(
        self,
        impl: Any,
        hook_name: str,
        kind: type[_Record],
        kwargs: Mapping[str, Any],
        *,
        same_span: Span | None,
    ) -> _Record | None:
        result = self._call(impl, hook_name, kwargs)
        if result is None:
            return None
        record = _checked(result, kind, kwargs["document"].text, impl.plugin_name, hook_name)
        if same_span is not None and (result.start, result.end) != (same_span.start, same_span.end):
            problem = f"normalized [{same_span.start}:{same_span.end}] into another span [{result.start}:{result.end}]"
            raise PluginError(impl.plugin_name, hook_name, problem)
        return record

    def _segment(self, text: str, failures: list[PluginFailure] | None) -> tuple[Sentence, ...]:
        hook_name = "newsfacts_segment"
        for impl in self._impls(hook_name):
            try:
                sentences = self._sentences_from(impl, text)
            except PluginError as error:
                _contain(error, failures)
                continue
            if sentences is not None:
                return sentences
        return ()

    def _sentences_from(self, impl: Any, text: str) -> tuple[Sentence, ...] | None:
        hook_name = "newsfacts_segment"
        result = self._call(impl, hook_name, {"text": text})
        if result is None:
            return None
        if not isinstance(result, Sequence) or isinstance(result, str):
            problem = f"returned {type(result).__name__}, expected a sequence of Sentence"
            raise PluginError(impl.plugin_name, hook_name, problem)
        with _blamed_on(impl.plugin_name, hook_name):
            items = list(result)
        if impl.plugin is segmentation:  # the core's own sentences are slices of the text by construction
            return tuple(items)
        sentences = tuple(_checked(item, Sentence, text, impl.plugin_name, hook_name) for item in items)
        for before, after in itertools.pairwise(sentences):
            if after.start < before.end:
                problem = f"sentences out of order or overlapping at [{after.start}:{after.end}]"
                raise PluginError(impl.plugin_name, hook_name, problem)
        return sentences

    def _attribute(self, document: Document, quote: Quote, failures: list[PluginFailure] | None) -> Quote:
        speaker = self._first("newsfacts_attribute_speaker", Speaker, failures, document=document, quote=quote)
        # A speaker hook that keeps the finder's speaker returns that very record: nothing to copy then.
        return quote if speaker is None or speaker is quote.speaker else _replaced(quote, speaker=speaker)

    def _dates(self, document: Document, failures: list[PluginFailure] | None) -> tuple[DateExpression, ...]:
        normalized = []
        candidates = self._collect("newsfacts_find_dates", Span, failures, document=document)
        candidates.reverse()
        while candidates:  # each candidate is dropped once normalized: the spans never all stay beside their dates
            candidate = candidates.pop()
            date = self._first(
                "newsfacts_normalize_date",
                DateExpression,
                failures,
                same_span=candidate,
                document=document,
                expression=candidate,
            )
            if date is not None:
                normalized.append(date)
        return tuple(_longest_first(normalized))


_ITEM_KEYS = ("text", "id", "published", "title", "url", "author")


def extract_item(pipeline: Pipeline, index: int, item: object) -> BatchResult:
    """One item of a batch, extracted or failed with a typed error; what every way of running a batch calls."""
    try:
        if isinstance(item, str):
            return BatchResult(index=index, id=None, article=pipeline.extract(item))
        if not isinstance(item, Mapping):
            msg = f"item must be a str or a mapping, got {type(item).__name__}"
            raise InputError(msg)
        try:
            fields = {key: item[key] for key in _ITEM_KEYS if key in item}
        except Exception as exc:  # noqa: BLE001 - any mapping may fail to be read; that is bad input
            msg = f"cannot read the item: {type(exc).__name__}: {exc}"
            raise InputError(msg) from None
        if "text" not in fields:
            msg = "item has no 'text'"
            raise InputError(msg)
        article = pipeline.extract(
            fields["text"],
            published=fields.get("published"),
            id=_optional_str("id", fields.get("id")),
            title=fields.get("title"),
            url=fields.get("url"),
            author=fields.get("author"),
        )
        return BatchResult(index=index, id=article.id, article=article)
    except NewsfactsError as error:
        return BatchResult(index=index, id=item_id(item), error=error)


class _blamed_on:  # noqa: N801 - used as a statement: ``with _blamed_on(plugin, hook):``
    """Turn whatever a plugin raises into a PluginError naming it; only KeyboardInterrupt passes through.

    A plugin's own ``NewsfactsError`` (an ``InputError`` say) is wrapped too, so
    it cannot read as a problem with the input; ``SystemExit`` from a plugin is
    a plugin bug, not a request to end the batch.
    """

    __slots__ = ("hook", "plugin")

    def __init__(self, plugin: str, hook: str) -> None:
        self.plugin = plugin
        self.hook = hook

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, _tb: object) -> None:
        if exc is None or isinstance(exc, KeyboardInterrupt | GeneratorExit):
            return
        raise PluginError(self.plugin, self.hook, f"{type(exc).__name__}: {exc}") from exc


def _contain(error: PluginError, failures: list[PluginFailure] | None) -> None:
    """Record ``error`` as the article's failure when failures are isolated, else raise it."""
    if failures is None:
        raise error
    failures.append(PluginFailure(plugin=error.plugin, hook=error.hook, message=error.problem))


_start = operator.attrgetter("start")
_end = operator.attrgetter("end")


def _span_order(record: Any) -> tuple[int, int, str]:
    return (record.start, record.end, record.plugin)


def _longest_first(spans: list[DateExpression]) -> list[DateExpression]:
    """Drop expressions that overlap a longer one; linear after sorting.

    Sorts ``spans`` in place, by start and then longest first (two stable sorts on the records' own offsets, so
    that no key tuple is built per expression, and equal spans keep the order they came in).
    """
    spans.sort(key=_end, reverse=True)
    spans.sort(key=_start)
    kept: list[DateExpression] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            if span.end - span.start > kept[-1].end - kept[-1].start:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _checked(record: Any, kind: type[_Record], text: str, plugin: str, hook: str) -> _Record:
    """Refuse a record of the wrong type or whose spans do not match the text; stamp its plugin.

    The record's own validators ran when the plugin built it, so stamping copies
    the checked fields rather than building the record (and validating it) again.
    """
    if not isinstance(record, kind):
        problem = f"returned {type(record).__name__}, expected {kind.__name__}"
        raise PluginError(plugin, hook, problem)
    length = len(text)
    for span in nested_spans(record):
        if span.end > length or text[span.start : span.end] != span.text:  # span_mismatch's test, without its message
            raise PluginError(plugin, hook, span_mismatch(span, text) or "")
    if isinstance(record, Quote) and record.speaker is not None and not record.speaker.plugin:
        return cast("_Record", _replaced(record, speaker=_replaced(record.speaker, plugin=plugin), plugin=plugin))
    if hasattr(record, "plugin") and record.plugin != plugin:
        return cast("_Record", _replaced(record, plugin=plugin))
    checked: _Record = record
    return checked


def _afresh(document: Document) -> Document:
    """An equal copy of ``document``: a new object, so that no plugin's ``per_document`` entry for it exists yet.

    A long article's analyses are large (a quote finder's can exceed the text many times over); keyed by the
    object, each one is released with the group of hooks that read it instead of living until the article is
    done. The sentences are shared, not copied.
    """
    copy: Document = _replaced(document)
    return copy


def _trusted(kind: type[_Record], **fields: Any) -> _Record:
    """A record of ``kind`` built from values the pipeline has already checked, without validating them again.

    For the Document and the Article of each call: their text, ids and dates were checked on the way in, and
    every sentence and record passed :func:`_checked`; the validators would walk every one of them again.
    Every field must be given; the record's own post-initialisation still runs.
    """
    record_type: type = kind  # a plain type for the cached look-up (mypy sees no hash on a type variable)
    names = _field_names(record_type)
    if fields.keys() != set(names):
        msg = f"{kind.__name__}: fields {sorted(set(names) ^ set(fields))} missing or unknown"
        raise TypeError(msg)
    record: Any = _unvalidated(record_type, fields)
    post_init = getattr(record, "__attrs_post_init__", None)
    if post_init is not None:
        post_init()
    built: _Record = record
    return built


def _replaced(record: Any, **changes: Any) -> Any:
    """A copy of a valid record with ``changes``, which the pipeline has checked, without validating it again.

    ``attrs.evolve`` would build the record anew and run every validator of every
    field; here only fields whose values the pipeline vouches for change (the
    plugin's name, a speaker that passed :func:`_checked`). Each field is read and
    set through its slot's own descriptor, found once per type.
    """
    kind: type = type(record)
    copy: Any = object.__new__(kind)
    for name, read, write in _slots_of(kind):
        write(copy, changes[name] if name in changes else read(record))
    return copy


def _unvalidated(kind: type, fields: dict[str, Any]) -> Any:
    """A frozen record of ``kind`` with ``fields`` set as they are: no converter, validator or post-init runs."""
    record: Any = object.__new__(kind)
    for name, value in fields.items():
        object.__setattr__(record, name, value)
    return record


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    """The fields of a record type, looked up once: ``attrs.fields`` costs more than a copy's other work."""
    return tuple(field.name for field in attrs.fields(kind))


@functools.cache
def _slots_of(kind: type) -> tuple[tuple[str, Callable[[Any], Any], Callable[[Any, Any], None]], ...]:
    """Each field of a slotted record type with its slot's getter and setter (setting bypasses frozenness)."""
    slots: list[tuple[str, Callable[[Any], Any], Callable[[Any, Any], None]]] = []
    for name in _field_names(kind):
        slot = next((base.__dict__[name] for base in kind.__mro__ if name in base.__dict__), None)
        if isinstance(slot, types.MemberDescriptorType):
            slots.append((name, slot.__get__, slot.__set__))
        else:  # a field kept in the instance's __dict__ (a plugin's subclass without slots)
            slots.append((name, operator.attrgetter(name), functools.partial(_set_field, name=name)))
    return tuple(slots)


def _set_field(record: object, value: object, *, name: str) -> None:
    object.__setattr__(record, name, value)
