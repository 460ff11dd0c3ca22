"""newsfacts: typed, checkable facts from news articles.

Who said what, what was claimed, and when, each pointing back to the exact
characters of the article it came from. The work is done by plugins; this
package holds the records, the hooks and the pipeline that runs them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import TYPE_CHECKING

from newsfacts.caching import per_document
from newsfacts.errors import (
    ArticleTimeoutError,
    ConfigurationError,
    InputError,
    NewsfactsError,
    PluginError,
    PluginLoadError,
    SchemaError,
    UnknownPluginError,
    UnpicklablePluginError,
    WorkerError,
)
from newsfacts.hookspecs import hookimpl
from newsfacts.manager import PluginInfo, PluginManager, make_plugin_manager
from newsfacts.model import (
    Article,
    Claim,
    ClaimValue,
    DateExpression,
    DateType,
    Document,
    FrozenMapping,
    PluginFailure,
    Precision,
    Quote,
    QuoteKind,
    RangeClass,
    RangeQualifier,
    Sentence,
    Span,
    Speaker,
    WeaponRange,
)
from newsfacts.pipeline import BatchResult, Pipeline
from newsfacts.published import PublicationDate, parse_publication_date, parse_published
from newsfacts.serialization import SCHEMA_VERSION, dumps, from_dict, json_schema, loads, to_dict

if TYPE_CHECKING:  # imported on first use, by __getattr__: only web pages need them (issue 17)
    from newsfacts.webpage import WebPage, read_html

    __version__: str


def __getattr__(name: str) -> object:
    """``__version__``, ``WebPage`` and ``read_html``, found on first use.

    One version, in ``pyproject.toml``; reading it lazily keeps ``importlib.metadata`` out of ``import newsfacts``.
    The web-page names are imported with :mod:`newsfacts.webpage` only when a program uses one.
    """
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("newsfacts")
    if name in {"WebPage", "read_html"}:
        from newsfacts import webpage  # noqa: PLC0415 - only when asked

        return getattr(webpage, name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    """The module's names, with those :func:`__getattr__` imports on first use."""
    return sorted({*globals(), "WebPage", "read_html"})


@cache
def default_pipeline() -> Pipeline:
    """The pipeline :func:`extract` uses: every installed plugin, built on first use."""
    return Pipeline()


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,  # noqa: A002 - the public name of the field
    title: str | None = None,
) -> Article:
    """Find the quotes, claims and dates in ``text`` with every installed plugin.

    :param text: the article's text; every offset in the result points into it.
    :param published: the publication date (a date or an ISO 8601 string),
        the reference for relative dates such as "last summer".
    :param id: carried over to the result.
    :param title: carried over to the result.
    :raises InputError: an argument has the wrong type or ``published`` is not a date.
    :raises PluginError: a plugin failed or returned an invalid record.

    >>> import newsfacts
    >>> article = newsfacts.extract("“We will hold,” she said.", published="2024-05-01")
    >>> article.quotes[0].text
    'We will hold,'
    """
    return default_pipeline().extract(text, published=published, id=id, title=title)


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    published: dt.date | str | None = None,
    id: str | None = None,  # noqa: A002 - the public name of the field
    title: str | None = None,
) -> Article:
    """Find the quotes, claims and dates in the article of a web page (needs ``newsfacts[html]``).

    The page's main text is extracted first (:func:`read_html`); its title,
    byline, publication date and canonical URL become the article's, unless
    given here. Offsets point into ``article.text``, the extracted text.

    :raises ConfigurationError: the ``html`` extra is not installed.
    :raises InputError: no article text was found, or an argument is wrong.
    :raises PluginError: a plugin failed or returned an invalid record.
    """
    from newsfacts.webpage import read_html  # noqa: PLC0415 - see __getattr__

    page = read_html(html, url=url)
    return default_pipeline().extract(
        page.text,
        published=page.published if published is None else published,
        id=id,
        title=page.title if title is None else title,
        url=page.url,
        author=page.author,
    )


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleTimeoutError",
    "BatchResult",
    "Claim",
    "ClaimValue",
    "ConfigurationError",
    "DateExpression",
    "DateType",
    "Document",
    "FrozenMapping",
    "InputError",
    "NewsfactsError",
    "Pipeline",
    "PluginError",
    "PluginFailure",
    "PluginInfo",
    "PluginLoadError",
    "PluginManager",
    "Precision",
    "PublicationDate",
    "Quote",
    "QuoteKind",
    "RangeClass",
    "RangeQualifier",
    "SchemaError",
    "Sentence",
    "Span",
    "Speaker",
    "UnknownPluginError",
    "UnpicklablePluginError",
    "WeaponRange",
    "WebPage",
    "WorkerError",
    "default_pipeline",
    "dumps",
    "extract",
    "extract_html",
    "from_dict",
    "hookimpl",
    "json_schema",
    "loads",
    "make_plugin_manager",
    "parse_publication_date",
    "parse_published",
    "per_document",
    "read_html",
    "to_dict",
]
