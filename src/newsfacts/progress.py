"""Progress of a batch on standard error: articles done, articles per second, failures so far.

tqdm draws the bar when it is installed (``pip install "newsfacts[progress]"``);
without it a plain counter line is written instead, so ``--progress`` always
shows something. Nothing is ever written to standard output, which carries
the results.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any, Protocol, TextIO

_REFRESH_SECONDS = 0.5


class Progress(Protocol):
    """What a batch reports to: one call per article, and a way to write a message without garbling the bar."""

    def update(self, *, failed: bool) -> None:
        """Count one article, failed or not."""

    def paused(self) -> contextlib.AbstractContextManager[None]:
        """Clear the display while the caller writes a message to the same stream."""

    def close(self) -> None:
        """Draw the final figures and leave the line."""


class NoProgress:
    """Shows nothing: for ``--quiet``, or when standard error is not a terminal and ``--progress`` is not given."""

    def update(self, *, failed: bool) -> None:
        """Count nothing."""

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Nothing to clear."""
        yield

    def close(self) -> None:
        """Nothing to close."""


class _TqdmProgress:
    def __init__(self, stream: TextIO, tqdm: Any) -> None:
        self._failed = 0
        tqdm.monitor_interval = 0  # no monitor thread: worker processes may be forked while the bar runs
        self._bar = tqdm(
            unit=" articles",
            file=stream,
            mininterval=_REFRESH_SECONDS,
            dynamic_ncols=True,
            smoothing=0.1,
            postfix={"failed": 0},
        )

    def update(self, *, failed: bool) -> None:
        if failed:
            self._failed += 1
            self._bar.set_postfix(failed=self._failed, refresh=False)
        self._bar.update(1)

    def paused(self) -> contextlib.AbstractContextManager[None]:
        return self._bar.external_write_mode()  # type: ignore[no-any-return]

    def close(self) -> None:
        self._bar.close()


class CounterProgress:
    """A plain counter line, rewritten in place on a terminal and a new line each refresh elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._terminal = _is_terminal(stream)
        self._done = self._failed = 0
        self._start = self._drawn = time.monotonic()

    def update(self, *, failed: bool) -> None:
        """Count one article; redraw at most every half second."""
        self._done += 1
        self._failed += failed
        now = time.monotonic()
        if now - self._drawn >= _REFRESH_SECONDS:
            self._drawn = now
            self._draw()

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """Clear the counter line on a terminal, let the caller write, and draw it again."""
        if self._terminal and self._done:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
        yield
        if self._terminal and self._done:
            self._draw()

    def close(self) -> None:
        """The final figures, on a line of their own."""
        self._draw()
        if self._terminal:
            self._stream.write("\n")
        self._stream.flush()

    def _draw(self) -> None:
        elapsed = max(time.monotonic() - self._start, 1e-9)
        line = f"newsfacts: {self._done} articles, {self._done / elapsed:.1f} articles/s, {self._failed} failed"
        self._stream.write(f"\r\x1b[K{line}" if self._terminal else f"{line}\n")
        self._stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def progress_for(stream: TextIO, *, show: bool | None) -> Progress:
    """The display for a batch: forced on (``True``), off (``False``), or on when ``stream`` is a terminal."""
    if show is None:
        show = _is_terminal(stream)
    if not show:
        return NoProgress()
    try:
        from tqdm import tqdm  # noqa: PLC0415 - optional: the progress extra
    except ImportError:
        return CounterProgress(stream)
    return _TqdmProgress(stream, tqdm)
