"""The ``newsfacts`` command: extract facts from files, list plugins.

Exit status: 0 when every article was extracted, 1 when some failed (each
failure is one line on stderr and the others are still written), 2 for a
usage error or a pipeline that cannot be built.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from newsfacts.errors import InputError, NewsfactsError
from newsfacts.pipeline import BatchResult, Pipeline, parse_published
from newsfacts.serialization import dumps

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        description="Typed, checkable facts from news articles: quotes, claims and dates.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    pipeline_options = argparse.ArgumentParser(add_help=False)
    pipeline_options.add_argument(
        "--block", action="append", default=[], metavar="NAME", help="do not load the plugin NAME (repeatable)"
    )
    pipeline_options.add_argument(
        "--no-autoload", action="store_true", help="load no installed plugin (only the core's segmenter)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        parents=[pipeline_options],
        help="extract quotes, claims and dates as JSON",
        description=(
            "Extract from each PATH: a .txt file (or - for standard input) gives one JSON object; a .jsonl file, "
            'one article a line as {"text", "id"?, "published"?, "title"?}, gives one JSON object a line, in input '
            "order. Metadata for a text file can sit beside it as NAME.json with id, published and title; "
            "the options below override it."
        ),
    )
    extract.add_argument("paths", nargs="+", metavar="PATH", help="a .txt or .jsonl file, or - for standard input")
    extract.add_argument("--published", metavar="DATE", help="publication date (ISO 8601) for text input")
    extract.add_argument("--id", help="article id for text input (default: the file name without its suffix)")
    extract.add_argument("--title", help="article title for text input")
    extract.add_argument(
        "--format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read the input: by file suffix (auto, the default; standard input is text), or as given",
    )
    extract.add_argument("--indent", type=int, default=None, metavar="N", help="pretty-print JSON with N spaces")
    extract.add_argument("--include-text", action="store_true", help="add the article text to each JSON object")

    evaluate = commands.add_parser(
        "evaluate",
        parents=[pipeline_options],
        help="score extraction against labelled data",
        description=(
            "Extract from every record of GOLD (JSON Lines) and score the result the way the shared evaluation "
            "sets are scored: quotes (PolNeAR format), dates (TempEval-3 format) or claims (weapon-range format)."
        ),
    )
    evaluate.add_argument("task", choices=("quotes", "dates", "claims"), help="what to score")
    evaluate.add_argument("gold", metavar="GOLD", help="a .jsonl file of labelled records")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")

    plugins = commands.add_parser(
        "plugins", parents=[pipeline_options], help="list the loaded plugins and the hooks they implement"
    )
    plugins.add_argument("--json", action="store_true", help="print the list as JSON")
    return parser


def _version() -> str:
    from newsfacts import __version__  # noqa: PLC0415 - the package imports this module's neighbours

    return __version__


def _decode(data: bytes) -> str:
    """UTF-8 as stored, less a byte-order mark: offsets count code points of this text.

    Bytes are decoded as they are, never through a text-mode file, which would
    turn CRLF into LF and shift every offset after it.
    """
    return data.decode("utf-8-sig")


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_suffix(".json")
    if path.suffix.lower() != ".txt" or not sidecar.is_file():
        return {}
    try:
        data = json.loads(_decode(sidecar.read_bytes()))
    except (OSError, ValueError) as exc:
        msg = f"{sidecar}: cannot read metadata: {exc}"
        raise InputError(msg) from None
    if not isinstance(data, dict):
        msg = f"{sidecar}: metadata must be a JSON object"
        raise InputError(msg)
    return {key: data[key] for key in ("id", "published", "title") if key in data}


def _text_item(path: str, args: argparse.Namespace) -> dict[str, Any]:
    if path == "-":
        item: dict[str, Any] = {"text": _decode(sys.stdin.buffer.read())}
    else:
        file = Path(path)
        item = {"id": file.stem, **_read_sidecar(file), "text": _decode(file.read_bytes())}
    for key in ("id", "published", "title"):
        value = getattr(args, key)
        if value is not None:
            item[key] = value
    return item


def _jsonl_lines(path: str) -> Iterator[tuple[str, Any]]:
    """Each line's location and its JSON value, or an ``InputError`` saying why it has none.

    Streamed and decoded line by line, so a line that is not UTF-8 or not JSON
    is reported and the rest are still read.
    """
    stream: BinaryIO = sys.stdin.buffer if path == "-" else Path(path).open("rb")  # noqa: SIM115
    with stream:
        for number, raw in enumerate(stream, start=1):
            where = f"{path}:{number}"
            try:
                line = _decode(raw)
            except UnicodeDecodeError as exc:
                yield where, InputError(f"not UTF-8: {exc}")
                continue
            if not line.strip():
                continue
            try:
                yield where, json.loads(line)
            except ValueError as exc:
                yield where, InputError(f"not JSON: {exc}")


def _jsonl_items(path: str, args: argparse.Namespace) -> Iterator[tuple[str, dict[str, Any] | InputError]]:
    for where, item in _jsonl_lines(path):
        if isinstance(item, InputError):
            yield where, item
        elif not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield where, InputError("expected an object with a string 'text'")
        elif args.published is not None and item.get("published") is None:
            yield where, {**item, "published": args.published}
        else:
            yield where, item


def _is_jsonl(path: str, fmt: str) -> bool:
    if fmt != "auto":
        return fmt == "jsonl"
    return path != "-" and Path(path).suffix.lower() in {".jsonl", ".ndjson"}


def _inputs(path: str, args: argparse.Namespace) -> Iterator[tuple[str, dict[str, Any] | InputError]]:
    if _is_jsonl(path, args.format):
        yield from _jsonl_items(path, args)
    else:
        yield path, _text_item(path, args)


def _extract(args: argparse.Namespace, pipeline: Pipeline) -> int:
    failures = 0
    for path in args.paths:
        try:
            for where, item in _inputs(path, args):
                if isinstance(item, InputError):
                    print(f"newsfacts: {where}: {item}", file=sys.stderr)
                    failures += 1
                    continue
                for result in pipeline.extract_many([item]):
                    failures += _write(result, where, args, sys.stdout)
        except (OSError, UnicodeDecodeError, InputError) as exc:
            print(f"newsfacts: {path}: {exc}", file=sys.stderr)
            failures += 1
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _write(result: BatchResult, where: str, args: argparse.Namespace, out: TextIO) -> int:
    if result.article is None:
        print(f"newsfacts: {where}: {result.error}", file=sys.stderr)
        return 1
    try:
        line = dumps(result.article, indent=args.indent, include_text=args.include_text)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates in the text: escape them rather than fail the article
            line = dumps(result.article, indent=args.indent, include_text=args.include_text, ensure_ascii=True)
    except (TypeError, ValueError) as exc:
        print(f"newsfacts: {where}: cannot write the result as JSON: {exc}", file=sys.stderr)
        return 1
    out.write(line)
    out.write("\n")
    return 0


def _evaluate(args: argparse.Namespace, pipeline: Pipeline) -> int:
    from newsfacts import evaluation  # noqa: PLC0415 - only this command needs it

    records = []
    try:
        for where, record in _jsonl_lines(args.gold):
            problem = record if isinstance(record, InputError) else None
            if problem is None:
                try:
                    evaluation.check_gold(args.task, record)
                except InputError as exc:
                    problem = exc
            if problem is not None:
                print(f"newsfacts: {where}: {problem}", file=sys.stderr)
                return EXIT_USAGE
            records.append(record)
    except OSError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    articles = []
    for result in pipeline.extract_many(evaluation.gold_input(args.task, r) for r in records):
        if result.article is None:
            print(f"newsfacts: {args.gold}: record {result.index + 1}: {result.error}", file=sys.stderr)
            return EXIT_SOME_FAILED
        articles.append(result.article)
    scores = evaluation.SCORERS[args.task](records, articles)
    scores = {"task": args.task, "gold": args.gold, "documents": len(records), **scores}
    if args.json:
        print(json.dumps(scores, indent=2))
    else:
        for line in _flatten(scores):
            print(line)
    return EXIT_OK


def _flatten(data: Any, prefix: str = "") -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _flatten(value, f"{prefix}{key}." if isinstance(value, dict) else f"{prefix}{key}")
    else:
        yield f"{prefix:<40} {data}"


def _plugins(args: argparse.Namespace, pipeline: Pipeline) -> int:
    infos = pipeline.plugins
    if args.json:
        rows = [
            {"name": i.name, "distribution": i.distribution, "version": i.version, "hooks": list(i.hooks)}
            for i in infos
        ]
        print(json.dumps(rows, indent=2))
        return EXIT_OK
    for info in infos:
        origin = f"{info.distribution} {info.version}" if info.distribution else "registered in code"
        print(f"{info.name}  ({origin})")
        for hook in info.hooks:
            print(f"    {hook}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        text_paths = [p for p in args.paths if not _is_jsonl(p, args.format)]
        if args.paths.count("-") > 1:
            parser.error("standard input (-) can be read only once")
        if len(args.paths) > 1 and (args.id is not None or args.title is not None):
            parser.error("--id and --title name one article; give a single PATH with them")
        if (args.id is not None or args.title is not None) and not text_paths:
            parser.error("--id and --title apply to text input; JSON Lines carry their own")
        if args.indent is not None and args.indent < 0:
            parser.error("--indent takes a number of spaces, 0 or more")
    try:
        if getattr(args, "published", None) is not None:
            parse_published(args.published)
        pipeline = Pipeline(blocked=args.block, autoload=False if args.no_autoload else None)
    except NewsfactsError as exc:
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.command == "plugins":
        return _plugins(args, pipeline)
    if args.command == "evaluate":
        return _evaluate(args, pipeline)
    return _extract(args, pipeline)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
