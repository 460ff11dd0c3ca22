"""newsfacts: typed, checkable facts from news articles.

Who said what, what was claimed, and when, each pointing back to the exact
characters of the article it came from. The work is done by plugins; this
package holds the records, the hooks and the pipeline that runs them.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from newsfacts.errors import (
    ArticleTimeoutError,
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
    Quote,
    QuoteKind,
    RangeClass,
    RangeQualifier,
    Sentence,
    Span,
    Speaker,
    WeaponRange,
)
from newsfacts.pipeline import BatchResult, Pipeline, parse_published
from newsfacts.serialization import SCHEMA_VERSION, dumps, from_dict, json_schema, loads, to_dict

__version__ = "0.1.0"


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

    >>> article = extract("“We will hold,” she said.", published="2024-05-01")
    >>> article.quotes[0].text
    'We will hold,'
    """
    return default_pipeline().extract(text, published=published, id=id, title=title)


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleTimeoutError",
    "BatchResult",
    "Claim",
    "ClaimValue",
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
    "WorkerError",
    "default_pipeline",
    "dumps",
    "extract",
    "from_dict",
    "hookimpl",
    "json_schema",
    "loads",
    "make_plugin_manager",
    "parse_published",
    "to_dict",
]
