"""Patterns compiled the first time an article needs them, not when the plugin is imported.

Compiling is most of what a cold start costs (``regex`` parses a pattern in Python), and many patterns serve
only some articles: the spelled-number forms, the range classes, everything a sentence without a figure never
reaches. A one-article run pays only for the patterns its article reaches.
"""

from __future__ import annotations

import regex


class LazyPattern:
    """A regex source that is compiled once, on first use of :attr:`compiled`.

    Two threads that reach it first at once may both compile it; either result is the same pattern.
    """

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        """Keep ``source`` and ``flags`` for :attr:`compiled`; nothing is compiled yet."""
        self.source = source
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def is_compiled(self) -> bool:
        """Whether :attr:`compiled` has been used yet."""
        return self._compiled is not None

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled pattern; the first call compiles it, later calls return the same object."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = regex.compile(self.source, self.flags)
        return compiled
