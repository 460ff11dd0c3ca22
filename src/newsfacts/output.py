r"""Writing results: one JSON object a line, or with ``--indent`` a pretty-printed object or array.

The output is always valid JSON whatever the run: JSON Lines without an
indent; with one, a single object when the run reads one text or page, and
otherwise (several inputs, JSON Lines, a JSON array) a JSON array of the
articles, in input order, streamed as they come. Where the stream cannot hold every character (standard
output in ASCII or Latin-1, ``PYTHONIOENCODING=ascii``) and for lone
surrogates, which UTF-8 cannot hold, non-ASCII characters are written as JSON
``\\u`` escapes: the same JSON value, never a crash or a lost result.

Encoding (:class:`ArticleEncoder`, a pure function of the result) is apart
from writing (:class:`ResultWriter`), so that with ``--jobs`` the worker
processes encode and the command only writes (see
:func:`newsfacts.parallel.extract_finished`).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from typing import BinaryIO, TextIO

import attrs

from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.model import Article, PluginFailure
from newsfacts.pipeline import BatchResult
from newsfacts.serialization import dumps_pieces, released_pieces

MAX_INDENT = 64
# Documents of at least this many characters go to the byte stream beneath (``binary``), when there is one.
# Smaller ones take the text stream's own buffering: a byte write must flush the text stream first.
_BINARY_FROM = 1 << 16
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_ASCII = "[^\x00-\x7e]"  # compiled (and cached by re) only for the rare document with a lone surrogate
_UNICODE_CODECS = frozenset({"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})


def _encodes_utf8(stream: TextIO) -> bool:
    """Whether ``stream`` encodes text as UTF-8, so that its bytes can be written beneath it unchanged."""
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "").name == "utf-8"
    except LookupError:
        return False


def holds_unicode(stream: TextIO) -> bool:
    """Whether ``stream``'s encoding can write every character (a UTF codec)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return codecs.lookup(encoding).name in _UNICODE_CODECS
    except LookupError:
        return False


@attrs.frozen
class EncodedResult:
    """One batch result as the command line writes it: the JSON document, or why there is none.

    :ivar pieces: the article's JSON (without the line end or array framing) in consecutive pieces, or None.
        Kept in pieces until it is written: a long article's JSON joined into one string is held twice over
        while joining (see ``newsfacts.serialization.dumps_pieces``).
    :ivar error: why there is no document: the article failed, or it cannot be written as JSON.
    :ivar failures: the plugins that failed on the article (``isolate_failures``); it is written without their facts.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    index: int
    pieces: tuple[str, ...] | None
    error: str | None = None
    failures: tuple[PluginFailure, ...] = ()

    @property
    def document(self) -> str | None:
        """The article's JSON as one string (joined on each read), or None."""
        return None if self.pieces is None else "".join(self.pieces)


@attrs.frozen(kw_only=True)
class ArticleEncoder:
    """Turns articles into the JSON a :class:`ResultWriter` writes; small and picklable, to run in a worker.

    Get one from :meth:`ResultWriter.encoder`, which knows the stream's encoding.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    indent: int | None = None
    include_text: bool = False
    ascii_only: bool = False

    def encode(self, article: Article) -> str:
        """The article's JSON document.

        :raises ValueError: the article cannot be written as JSON (a plugin's value that JSON cannot hold).
        """
        return "".join(self.encode_pieces(article))

    def encode_pieces(self, article: Article) -> tuple[str, ...]:
        """The article's JSON document in consecutive pieces (what :meth:`encode` joins).

        :raises ValueError: the article cannot be written as JSON (a plugin's value that JSON cannot hold).
        """
        indent, include_text = self.indent, self.include_text
        try:
            pieces = dumps_pieces(article, indent=indent, include_text=include_text, ensure_ascii=self.ascii_only)
        except TypeError as exc:
            raise ValueError(str(exc)) from exc
        return self._unicode_safe(pieces)

    def _unicode_safe(self, pieces: list[str]) -> tuple[str, ...]:
        """The pieces, or, if they hold a lone surrogate (which UTF-8 cannot hold), the ASCII-only document.

        Searched for, not found by encoding the document, which would copy all of it once more; the escaped
        pieces are what ``ensure_ascii`` would have written (see :func:`_ascii_escaped`).
        """
        if not self.ascii_only and any(_SURROGATE.search(piece) is not None for piece in pieces):
            return tuple(_ascii_escaped(piece) for piece in pieces)
        return tuple(pieces)

    def __call__(self, result: BatchResult) -> EncodedResult:
        """The result encoded: its document, or its error as the command line states it."""
        article = result.article
        if article is None:
            return EncodedResult(index=result.index, pieces=None, error=str(result.error))
        try:
            pieces = self.encode_pieces(article)
        except ValueError as exc:
            problem = f"cannot write the result as JSON: {exc}"
            return EncodedResult(index=result.index, pieces=None, error=problem, failures=article.failures)
        return EncodedResult(index=result.index, pieces=pieces, failures=article.failures)

    def finish_taken(self, held: list[BatchResult]) -> EncodedResult:
        """``self(held.pop())``, letting go of the article's records as their JSON is made.

        What a batch calls (see :func:`newsfacts.parallel.extract_finished`) when it holds the result
        nowhere else: the result and its article are dropped before encoding, and each slice of records
        once encoded (``newsfacts.serialization.released_pieces``), so that a long article's records
        and its JSON do not all exist at once. Same value as ``self(result)``.
        """
        result = held.pop()
        article = result.article
        if article is None:
            return self(result)
        index, failures = result.index, article.failures
        del result
        articles = [article]
        del article
        try:
            pieces = list(
                released_pieces(
                    articles, indent=self.indent, include_text=self.include_text, ensure_ascii=self.ascii_only
                )
            )
        except (TypeError, ValueError) as exc:
            problem = f"cannot write the result as JSON: {exc}"
            return EncodedResult(index=index, pieces=None, error=problem, failures=failures)
        return EncodedResult(index=index, pieces=self._unicode_safe(pieces), failures=failures)


def _ascii_escaped(piece: str) -> str:
    r"""A piece of JSON text with DEL and every non-ASCII character escaped as ``ensure_ascii=True`` escapes them.

    That is ``\u`` and four lower-case hex digits, a character beyond the BMP as its surrogate pair. Such
    characters of JSON text are all inside strings (its syntax is ASCII), and the two modes differ only in
    them (both escape control characters alike), so this is the text ``ensure_ascii=True`` would have made,
    made without the records, which may be gone (:meth:`ArticleEncoder.finish_taken`).
    """
    return re.sub(_NOT_ASCII, _escape_one, piece)


def _escape_one(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}"


class ResultWriter:
    r"""Writes articles to ``stream`` as JSON Lines, one indented object, or an indented array.

    :param indent: None for JSON Lines; otherwise spaces to indent with.
    :param as_array: with an indent, write a JSON array (call :meth:`close` to end it);
        None leaves it to :meth:`settle`, called once the first input says what it holds.
    :param binary: the byte stream beneath ``stream`` (its ``buffer``), for a caller who knows that ``stream``
        writes ``"\n"`` unchanged (``sys.stdout`` on POSIX, a file opened with ``newline="\n"``). A long
        line is then encoded here, piece by piece, and written to it in one call: the line is never held as
        text and as bytes at once, nor its pieces beside both (three times the document for a long article).
        Used only while ``stream`` encodes UTF-8; the output is the same either way.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        indent: int | None = None,
        as_array: bool | None = False,
        binary: BinaryIO | None = None,
    ) -> None:
        self.stream = stream
        self.indent = indent
        self.as_array = as_array
        self.ascii_only = not holds_unicode(stream)
        self.binary = binary if binary is not None and _encodes_utf8(stream) else None
        self._count = 0

    def settle(self, *, as_array: bool) -> None:
        """Decide between one object and an array, unless already decided (the first decision holds)."""
        if self.as_array is None:
            self.as_array = as_array

    def encoder(self, *, include_text: bool) -> ArticleEncoder:
        """The encoder for this writer's indent and stream encoding."""
        return ArticleEncoder(indent=self.indent, include_text=include_text, ascii_only=self.ascii_only)

    def write(self, article: Article, *, include_text: bool) -> None:
        """Write one article; ``OSError`` (a closed pipe among them) is left to the caller.

        :raises ValueError: the article cannot be written as JSON (a plugin's value that JSON cannot hold).
        """
        self.write_document(self.encoder(include_text=include_text).encode_pieces(article))

    def write_document(self, document: str | Sequence[str]) -> None:
        """Write one document made by this writer's :meth:`encoder`, as a line or an array element.

        ``document`` is the JSON, or its pieces (:meth:`ArticleEncoder.encode_pieces`), joined here with
        the line end into what is written at once: a line is never written in part. A long one goes to
        ``binary`` when there is one, already encoded (see the class).
        """
        self.settle(as_array=False)
        pieces = [document] if isinstance(document, str) else list(document)
        framed = self.as_array and self.indent is not None
        if self.binary is not None and not framed and sum(map(len, pieces)) >= _BINARY_FROM:
            self._write_bytes(self.binary, pieces)
            return
        if framed:
            import textwrap  # noqa: PLC0415 - only pretty-printed arrays need it, not every start of the command

            opening = "[\n" if self._count == 0 else ",\n"
            text = opening + textwrap.indent("".join(pieces), " " * (self.indent or 0))
        else:
            pieces.append("\n")
            text = "".join(pieces)
        del pieces  # the joined text is all that is needed now
        self.stream.write(text)
        self._count += 1

    def _write_bytes(self, binary: BinaryIO, pieces: Sequence[str]) -> None:
        """Write the pieces and the line end to ``binary`` in one call, as ``stream`` would have encoded them.

        The line's bytes are laid out in one buffer of the exact size, each piece encoded into its place, so
        the pieces and those bytes are all that exist at once: the text stream would hold the joined line and
        its bytes beside the pieces, and a growing buffer its old and new copies. An encoding error leaves
        nothing written.
        """
        errors = getattr(self.stream, "errors", None) or "strict"  # what stream.write would do with a surrogate
        # A piece that is ASCII is as long in bytes; any other is encoded once to learn its length.
        sizes = [len(piece) if piece.isascii() else len(piece.encode("utf-8", errors)) for piece in pieces]
        line = bytearray(sum(sizes) + 1)
        at = 0
        for piece, size in zip(pieces, sizes, strict=True):
            line[at : at + size] = piece.encode("utf-8", errors)
            at += size
        line[at] = ord("\n")
        self.stream.flush()  # what was written to the text stream goes first
        binary.write(line)
        self._count += 1

    def close(self) -> None:
        """End the array (an empty one if nothing was written) and flush."""
        if self.as_array and self.indent is not None:
            self.stream.write("\n]\n" if self._count else "[]\n")
        self.stream.flush()


__all__ = ["MAX_INDENT", "ArticleEncoder", "EncodedResult", "ResultWriter", "holds_unicode"]
