"""A plugin's per-article work, done once and dropped with the article.

Several hooks of one plugin read the same analysis of a document (the quote
finder and every speaker call, the date finder and every normalization).
Recomputing it per call is quadratic; caching it by the document's value keeps
old articles alive and compares whole texts on every lookup. :func:`per_document`
keys by the document object itself and forgets the entry when that object is
garbage, so nothing outlives the article it was built for.
"""

from __future__ import annotations

import functools
import threading
import weakref
from collections.abc import Callable
from typing import TypeVar

from newsfacts.model import Document

__all__ = ["per_document"]

T = TypeVar("T")


def per_document(compute: Callable[[Document], T]) -> Callable[[Document], T]:
    """Wrap ``compute`` so that it runs once per :class:`~newsfacts.Document` object.

    The result is kept while that document lives and released when it is
    collected; an equal but distinct document is computed afresh by ``compute``
    (texts are never compared). The result must not refer to the document
    itself, or the document would never be collected: keep the text or offsets
    instead. Safe to call from several threads.

    >>> import newsfacts
    >>> from newsfacts.caching import per_document
    >>> calls = []
    >>> @per_document
    ... def word_count(document):
    ...     calls.append(document.id)
    ...     return len(document.text.split())
    >>> document = newsfacts.Document(text="Three short words.", id="a")
    >>> word_count(document), word_count(document), calls
    (3, 3, ['a'])
    """
    results: dict[int, T] = {}
    lock = threading.Lock()

    def forget(key: int) -> None:
        with lock:
            results.pop(key, None)

    @functools.wraps(compute)
    def cached(document: Document) -> T:
        key = id(document)
        with lock:
            if key in results:
                return results[key]
        value = compute(document)
        with lock:
            if key not in results:
                results[key] = value
                # The entry goes when the document does, before its id can be reused.
                weakref.finalize(document, forget, key)
            return results[key]

    return cached
