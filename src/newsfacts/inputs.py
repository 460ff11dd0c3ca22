"""Reading articles from files and standard input: which format, which encoding, which metadata.

Formats, when not given with ``--format``: by suffix (``.txt``/``.text`` text,
``.jsonl``/``.ndjson`` JSON Lines, ``.html``/``.htm``/``.xhtml`` a web page,
``.json`` one record, a JSON array of records or JSON Lines saved under that
suffix); standard input and any other suffix are recognised by their first
line that is not blank (a JSON object: JSON Lines; ``<!DOCTYPE html`` or
``<html``: a web page; anything else: text).

Bytes are decoded as they are, never through a text-mode file, which would
turn CRLF into LF and shift every offset after it; a leading byte-order mark
is dropped. A text or a page may have its metadata beside it as
``NAME.meta.json``; never a file being written by this run (the output), and
never newsfacts output, so an earlier run cannot supply metadata to the next.

Every problem is reported where it belongs, as an :class:`InputItem` holding
the error, so one bad input or line never stops the others.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import os
import stat
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TypeAlias

import attrs

from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.errors import InputError, NewsfactsError
from newsfacts.jsonvalues import parse_json

if TYPE_CHECKING:
    # pathlib (with urllib.parse and ipaddress) is imported only where a path is not plain (see _plain_name):
    # a one-article run reads its file and looks for its metadata with os alone (issue 17).
    from pathlib import Path

Format: TypeAlias = Literal["text", "jsonl", "html"]
FORMATS: tuple[str, ...] = ("auto", "text", "jsonl", "html")
SUFFIXES: dict[str, Format | Literal["json"]] = {
    ".txt": "text",
    ".text": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
}
METADATA_SUFFIX = ".meta.json"
METADATA_KEYS = ("id", "published", "title", "url", "author")
FileIdentity: TypeAlias = tuple[int, int]


@attrs.frozen(kw_only=True)
class ReadOptions:
    """How to read every input of a run: the ``extract`` command's options that concern input."""

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    format: str = "auto"
    encoding: str | None = None  # None: UTF-8, or for a web page the charset it declares
    published: str | None = None
    id: str | None = None
    title: str | None = None
    outputs: frozenset[FileIdentity] = frozenset()


@attrs.frozen(kw_only=True)
class InputItem:
    """One article to extract, or why there is none; ``where`` names the input and line.

    ``batch`` says whether it comes from an input that holds many articles
    (JSON Lines, a JSON array) rather than a single text or page.
    """

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    where: str
    record: dict[str, Any] | None = None
    error: NewsfactsError | None = None
    with_text: bool = False
    batch: bool = False


def file_identity(path: str | Path) -> FileIdentity | None:
    """The (device, inode) of an existing file, to tell whether two names are one file."""
    try:
        if isinstance(path, str) and _plain_name(path) is not None:
            info = os.stat(path)  # noqa: PTH116 - the file pathlib would stat; pathlib not imported
        else:
            from pathlib import Path  # noqa: PLC0415 - a path that pathlib normalises

            info = Path(path).stat()
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino)


def check_encoding(encoding: str) -> str:
    """The codec's canonical name.

    :raises InputError: Python knows no such encoding.
    """
    try:
        return _codec_name(encoding)
    except LookupError:
        msg = f"unknown encoding {encoding!r}; give a Python codec name such as utf-8, cp1252 or latin-1"
        raise InputError(msg) from None


@functools.lru_cache(maxsize=32)
def _codec_name(encoding: str) -> str:
    return codecs.lookup(encoding).name


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """``data`` as text, less a leading byte-order mark: offsets count code points of this text.

    :raises InputError: ``data`` is not in ``encoding``; the message says where and what to do.
    """
    codec = check_encoding(encoding)
    try:
        text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        name = "UTF-8" if codec == "utf-8" else encoding
        msg = f"not {name}: byte 0x{bad} at offset {exc.start}; give the file's encoding with --encoding"
        raise InputError(msg) from None
    return text.removeprefix("\ufeff")


def read_inputs(path: str, options: ReadOptions, stdin: BinaryIO | None) -> Iterator[InputItem]:
    """Every article in the input ``path`` (``-`` is ``stdin``), in order, each or its error."""
    where = path
    if path != "-" and file_identity(path) in options.outputs:
        yield InputItem(where=where, error=InputError("is a file this run is writing; read it in another run"))
        return
    try:
        stream = _open(path, stdin)
    except (OSError, InputError) as exc:
        yield InputItem(where=where, error=_input_error(exc))
        return
    try:
        with stream:
            yield from _read(path, stream, options)
    except (OSError, InputError) as exc:
        yield InputItem(where=where, error=_input_error(exc))


def json_lines(lines: Iterable[bytes], where: str, encoding: str = "utf-8") -> Iterator[tuple[str, Any]]:
    """Each line's location and its JSON value, or an ``InputError`` saying why it has none; blank lines skipped.

    Decoded line by line, so a line that is not in the encoding or not JSON is
    reported and the rest are still read.
    """
    for number, raw in enumerate(lines, start=1):
        here = f"{where}:{number}"
        try:
            line = decode(raw, encoding)
            if not line.strip():
                continue
            value = parse_json(line)
        except InputError as exc:
            yield here, exc
        else:
            yield here, value


def _input_error(exc: Exception) -> InputError:
    if isinstance(exc, InputError):
        return exc
    if isinstance(exc, OSError) and exc.strerror:
        return InputError(f"cannot read: {exc.strerror}")
    return InputError(f"cannot read: {exc}")


def _open(path: str, stdin: BinaryIO | None) -> BinaryIO:
    if path != "-":
        if _plain_name(path) is not None:
            return open(path, "rb")  # noqa: PTH123 - the file pathlib would open; pathlib not imported
        from pathlib import Path  # noqa: PLC0415 - a path that pathlib normalises

        return Path(path).open("rb")
    if stdin is None:
        msg = "standard input is closed"
        raise InputError(msg)
    return stdin


def _read(path: str, stream: BinaryIO, options: ReadOptions) -> Iterator[InputItem]:
    fmt = _declared_format(path, options.format)
    head: list[bytes] = []
    if fmt is None:
        head, fmt = _sniff(stream, options.encoding or "utf-8")
    lines = itertools.chain(head, stream)
    if fmt == "jsonl":
        yield from _jsonl_items(path, _lines(lines, options.encoding or "utf-8"), options)
    elif fmt == "json":
        yield from _json_items(path, b"".join(lines), options)
    else:
        # Read in one piece rather than a list of its lines, and bound to no name: the bytes go once decoded,
        # not after the article is extracted (this generator waits at the yield until then).
        yield _document_item(path, b"".join((*head, stream.read())), fmt, options)


def _declared_format(path: str, fmt: str) -> Format | Literal["json"] | None:
    if fmt in {"text", "jsonl", "html"}:
        return fmt  # type: ignore[return-value]
    if path == "-":
        return None
    return SUFFIXES.get(path_suffix(path).lower())


def _plain_name(path: str) -> str | None:
    """The last part of a POSIX ``path`` whose name ``os.path`` reads as pathlib does, else None.

    pathlib drops a trailing separator or ``.``, which the system would not, and suffixes of names ending in a
    dot differ between Python versions: those paths go through pathlib itself.
    """
    name = os.path.basename(path)  # noqa: PTH119 - pathlib not imported, see the imports
    if os.name != "posix" or name in {"", "..", "."} or name.endswith("."):
        return None
    return name


def _name_parts(path: str) -> tuple[str, str]:
    """``(stem, suffix)`` of ``path``'s last part, as ``pathlib.PurePath`` gives them."""
    name = _plain_name(path)
    if name is None:
        from pathlib import PurePath  # noqa: PLC0415 - a path that pathlib normalises

        pure = PurePath(path)
        return pure.stem, pure.suffix
    dot = name.rfind(".")
    return (name[:dot], name[dot:]) if dot > 0 else (name, "")


def path_suffix(path: str) -> str:
    """``pathlib.PurePath(path).suffix`` (``".txt"``, or ``""``), without importing pathlib for a plain path."""
    return _name_parts(path)[1]


def _metadata_beside(path: str, outputs: frozenset[FileIdentity]) -> dict[str, Any]:
    """:func:`read_metadata` of ``path``, with ``os`` alone where the path is plain."""
    if _plain_name(path) is not None:
        folder = os.path.dirname(path)  # noqa: PTH120 - pathlib not imported, see the imports
        sidecar = os.path.join(folder, _name_parts(path)[0] + METADATA_SUFFIX)  # noqa: PTH118 - likewise
        try:
            mode = os.stat(sidecar).st_mode  # noqa: PTH116
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            pass  # read_metadata tells, as before
        else:
            return _read_sidecar(sidecar, outputs) if stat.S_ISREG(mode) else {}
    from pathlib import Path  # noqa: PLC0415 - the path is not plain, or its metadata cannot be looked at

    return read_metadata(Path(path), outputs)


def _sniff(stream: BinaryIO, encoding: str) -> tuple[list[bytes], Format]:
    """Read up to the first line that is not blank and say what it starts."""
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        start = line.lstrip().removeprefix(codecs.BOM_UTF8).lstrip()
        if not start:
            continue
        lowered = start[:64].lower()
        if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")):
            return head, "html"
        if start.startswith(b"{"):
            try:
                value = parse_json(decode(line, encoding))
            except InputError:
                return head, "text"
            return head, "jsonl" if isinstance(value, dict) else "text"
        return head, "text"
    return head, "text"


def _lines(lines: Iterable[bytes], encoding: str) -> Iterable[bytes]:
    r"""Byte lines as they are for an encoding where ``\\n`` is one byte; otherwise decoded whole and cut."""
    if "\n".encode(check_encoding(encoding)) == b"\n":
        return lines
    text = decode(b"".join(lines), encoding)
    return [line.encode("utf-8") for line in text.splitlines(keepends=True)]


def _line_encoding(encoding: str) -> str:
    return encoding if "\n".encode(check_encoding(encoding)) == b"\n" else "utf-8"


def _jsonl_items(path: str, lines: Iterable[bytes], options: ReadOptions) -> Iterator[InputItem]:
    for where, value in json_lines(lines, path, _line_encoding(options.encoding or "utf-8")):
        if isinstance(value, InputError):
            yield InputItem(where=where, error=value, batch=True)
        else:
            yield _record_item(where, value, options, batch=True)


def _json_items(path: str, data: bytes, options: ReadOptions) -> Iterator[InputItem]:
    """A ``.json`` file: one record, an array of records, or JSON Lines saved under that suffix."""
    text = decode(data, options.encoding or "utf-8")
    try:
        value = parse_json(text)
    except InputError:
        value = None
    if isinstance(value, dict):
        yield _record_item(path, value, options)
    elif isinstance(value, list):
        for number, record in enumerate(value, start=1):
            yield _record_item(f"{path}:[{number}]", record, options, batch=True)
    else:
        yield from _jsonl_items(path, [line.encode("utf-8") for line in text.splitlines(keepends=True)], options)


def _record_item(where: str, value: Any, options: ReadOptions, *, batch: bool = False) -> InputItem:
    """A JSON record: ``text`` or ``html`` with optional metadata; ``--published`` fills a missing date."""
    if not isinstance(value, dict):
        error = InputError(f"expected an object with a string 'text' or 'html', got {_json_type(value)}")
        return InputItem(where=where, error=error, batch=batch)
    text, html = value.get("text"), value.get("html")
    if text is not None and html is not None:
        return InputItem(where=where, error=InputError("give 'text' or 'html', not both"), batch=batch)
    if isinstance(html, str):
        try:
            from newsfacts.webpage import read_html  # noqa: PLC0415 - only a page needs it (issue 17)

            page = read_html(html, url=value.get("url") if isinstance(value.get("url"), str) else None)
        except NewsfactsError as exc:
            return InputItem(where=where, error=exc, batch=batch)
        record = {**page.as_item(), **{k: v for k, v in value.items() if k != "html" and v is not None}}
        record["text"] = page.text
        return InputItem(where=where, record=_with_default_date(record, options), with_text=True, batch=batch)
    if not isinstance(text, str):
        error = InputError("expected an object with a string 'text' or 'html'")
        return InputItem(where=where, error=error, batch=batch)
    return InputItem(where=where, record=_with_default_date(value, options), batch=batch)


def _with_default_date(record: dict[str, Any], options: ReadOptions) -> dict[str, Any]:
    if options.published is not None and record.get("published") is None:
        return {**record, "published": options.published}
    return record


def _document_item(path: str, data: bytes, fmt: Format, options: ReadOptions) -> InputItem:
    """A text or a page: one article, its metadata from the page, then ``NAME.meta.json``, then the options."""
    record: dict[str, Any] = {} if path == "-" else {"id": _name_parts(path)[0]}
    with_text = fmt == "html"
    try:
        if fmt == "html":
            # A page declares its own charset: its bytes are decoded by it unless an encoding is given.
            from newsfacts.webpage import read_html  # noqa: PLC0415 - only a page needs it (issue 17)

            page = read_html(data if options.encoding is None else decode(data, options.encoding))
            record.update(page.as_item())
        else:
            record["text"] = decode(data, options.encoding or "utf-8")
        if path != "-":
            record.update(_metadata_beside(path, options.outputs))
    except NewsfactsError as exc:
        return InputItem(where=path, error=exc)
    for key in ("id", "published", "title"):
        given = getattr(options, key)
        if given is not None:
            record[key] = given
    return InputItem(where=path, record=record, with_text=with_text)


def metadata_path(path: Path) -> Path:
    """Where the metadata of the text or page ``path`` sits: ``NAME.meta.json`` beside ``NAME.txt``."""
    return path.with_name(path.stem + METADATA_SUFFIX)


def read_metadata(path: Path, outputs: frozenset[FileIdentity] = frozenset()) -> dict[str, Any]:
    """The metadata beside ``path`` (``id``, ``published``, ``title``, ``url``, ``author``), or none.

    :raises InputError: the file is being written by this run, is not a JSON
        object, or is newsfacts output rather than metadata.
    """
    sidecar = metadata_path(path)
    if not sidecar.is_file():
        return {}
    return _read_sidecar(sidecar, outputs)


def _read_sidecar(sidecar: str | Path, outputs: frozenset[FileIdentity]) -> dict[str, Any]:
    if file_identity(sidecar) in outputs:
        msg = f"{_shown(sidecar)}: is the output this run is writing, not metadata; write the output elsewhere"
        raise InputError(msg)
    try:
        data = parse_json(decode(_read_bytes(sidecar)))
    except (OSError, InputError) as exc:
        msg = f"{_shown(sidecar)}: cannot read metadata: {_input_error(exc)}"
        raise InputError(msg) from None
    if not isinstance(data, dict):
        msg = f"{_shown(sidecar)}: metadata must be a JSON object, got {_json_type(data)}"
        raise InputError(msg)
    if "schema" in data:
        msg = f"{_shown(sidecar)}: is newsfacts output, not metadata (which has only {', '.join(METADATA_KEYS)})"
        raise InputError(msg)
    return {key: data[key] for key in METADATA_KEYS if key in data}


def _read_bytes(path: str | Path) -> bytes:
    with open(path, "rb") as file:  # noqa: PTH123 - what Path.read_bytes does
        return file.read()


def _shown(path: str | Path) -> str:
    """``path`` as pathlib writes it, for a message: the words are those of a run that used pathlib."""
    from pathlib import Path  # noqa: PLC0415 - only for a message

    return str(Path(path))


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


__all__ = [
    "FORMATS",
    "METADATA_SUFFIX",
    "InputItem",
    "ReadOptions",
    "check_encoding",
    "decode",
    "file_identity",
    "json_lines",
    "metadata_path",
    "path_suffix",
    "read_inputs",
    "read_metadata",
]
