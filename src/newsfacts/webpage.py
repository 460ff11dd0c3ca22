"""Web pages in: an article's main text and its metadata, read from HTML with trafilatura.

This is the ``html`` extra (``pip install "newsfacts[html]"``). trafilatura
drops what is not the article (navigation, related links, comments, footers),
decodes entities such as ``&ldquo;`` and reads the metadata a news page
carries: the headline, the byline, the publication date (JSON-LD, Open Graph
and other meta tags, ``<time>``; the date as the publisher wrote it, in its
own time zone) and the canonical URL. The extracted text is the article text:
every offset of the facts found in it points into that text, not into the
markup, so output made from a page always carries it.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import attrs

from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.errors import ConfigurationError, InputError

INSTALL_HINT = 'pip install "newsfacts[html]"'


@attrs.frozen(kw_only=True)
class WebPage:
    """What a page says about its article: the main text, one paragraph a block, and its metadata."""

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    def as_item(self) -> dict[str, Any]:
        """The page as an input record of :meth:`~newsfacts.Pipeline.extract_many` (keys without a value left out)."""
        fields = {"text": self.text, "title": self.title, "author": self.author, "published": self.published}
        return {key: value for key, value in {**fields, "url": self.url}.items() if value is not None}


def read_html(html: str | bytes, *, url: str | None = None) -> WebPage:
    """The article in ``html``: its main text and metadata.

    :param html: the page; bytes are decoded by the page's own declared charset.
    :param url: where the page came from, used when the page names no canonical URL.
    :raises ConfigurationError: the ``html`` extra (trafilatura) is not installed.
    :raises InputError: ``html`` is not a string or bytes, or no article text was found in it.
    """
    if not isinstance(html, str | bytes):
        msg = f"html must be a str or bytes, got {type(html).__name__}"
        raise InputError(msg)
    trafilatura = _trafilatura()
    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except (ValueError, TypeError, LookupError) as exc:
        msg = f"cannot read the page: {type(exc).__name__}: {exc}"
        raise InputError(msg) from None
    data: Mapping[str, Any] = {} if found is None else (found if isinstance(found, Mapping) else found.as_dict())
    title = _clean(data.get("title"))
    text = _paragraphs(data.get("text") or "", title)
    if not text:
        msg = "no article text found in the page"
        raise InputError(msg)
    return WebPage(
        text=text,
        title=title,
        author=_clean(data.get("author")),
        published=_clean(data.get("date")),
        url=_clean(data.get("url")) or url,
    )


def _trafilatura() -> Any:
    try:
        return importlib.import_module("trafilatura")
    except ImportError as exc:
        msg = f"reading HTML needs the html extra: {INSTALL_HINT} ({exc})"
        raise ConfigurationError(msg) from None


def _paragraphs(text: str, title: str | None) -> str:
    """One paragraph a block, separated by a blank line; a leading headline is the title, not the text."""
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and title is not None and paragraphs[0] == " ".join(title.split()):
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    cleaned = " ".join(value.split())
    return cleaned or None


__all__ = ["INSTALL_HINT", "WebPage", "read_html"]
