"""Patterns compiled the first time an article needs them, not when the plugin is imported.

Compiling is most of what a cold start costs (``regex`` parses a pattern in Python), and many patterns serve
only some articles: the spelled-number forms, the range classes, the lists of figures. A one-article run
pays only for the patterns its article reaches.
"""

from __future__ import annotations

import functools

import attrs
import regex


@functools.cache
def _compile(source: str, flags: int) -> regex.Pattern[str]:
    return regex.compile(source, flags)


@attrs.frozen
class LazyPattern:
    """A regex source that is compiled once, on first use of :attr:`compiled`."""

    source: str
    flags: int = 0

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern; the first call compiles it, later calls return the same object."""
        return _compile(self.source, self.flags)
