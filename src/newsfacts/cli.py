"""The ``newsfacts`` command: extract facts from files, list plugins.

Exit status: 0 when every article was extracted, 1 when some failed (each
failure is one line on stderr and the others are still written), 2 for a
usage error or a pipeline that cannot be built, 130 when interrupted (Ctrl-C:
worker processes are stopped and every line written so far is whole).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from newsfacts.errors import InputError, NewsfactsError
from newsfacts.pipeline import BatchResult, Pipeline, parse_published
from newsfacts.progress import Progress, progress_for
from newsfacts.serialization import dumps

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


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
    _add_batch_options(extract)

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
    evaluate.add_argument("--jobs", type=int, default=1, metavar="N", help="extract in N processes; 0 = one per core")

    plugins = commands.add_parser(
        "plugins", parents=[pipeline_options], help="list the loaded plugins and the hooks they implement"
    )
    plugins.add_argument("--json", action="store_true", help="print the list as JSON")
    return parser


def _add_batch_options(extract: argparse.ArgumentParser) -> None:
    batch = extract.add_argument_group("batches (see newsfacts.parallel and newsfacts.progress)")
    batch.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="extract in N worker processes; 0 = one per core (default: 1)"
    )
    batch.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="fail an article that takes longer and replace its worker process (runs in a worker even with --jobs 1)",
    )
    batch.add_argument(
        "--isolate-failures",
        action="store_true",
        help="a failing plugin costs only its own facts: the article is written with a 'failures' list",
    )
    shown = batch.add_mutually_exclusive_group()
    shown.add_argument(
        "--progress", action="store_true", default=None, help="show progress on stderr (default: on a TTY)"
    )
    shown.add_argument("--quiet", action="store_false", dest="progress", help="show no progress")


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
    """Every input, through one batch so ``--jobs`` spans files; results and input errors in input order."""
    entries: deque[tuple[str, InputError | None]] = deque()  # where each input came from; None = in the batch

    def articles() -> Iterator[dict[str, Any]]:
        for path in args.paths:
            try:
                for where, item in _inputs(path, args):
                    entries.append((where, item if isinstance(item, InputError) else None))
                    if not isinstance(item, InputError):
                        yield item
            except (OSError, UnicodeDecodeError, InputError) as exc:
                entries.append((path, InputError(str(exc))))

    failures = 0
    progress = progress_for(sys.stderr, show=args.progress)
    try:
        with contextlib.closing(pipeline.extract_many(articles(), jobs=args.jobs, timeout=args.timeout)) as results:
            for result in results:
                failures += _input_errors(entries, progress)
                where, _ = entries.popleft()
                to_stderr = result.article is None or bool(result.article.failures)
                with progress.paused() if to_stderr else contextlib.nullcontext():
                    failed = _write(result, where, args, sys.stdout) + _plugin_failures(result, where)
                progress.update(failed=bool(failed))
                failures += bool(failed)
        failures += _input_errors(entries, progress)
    except NewsfactsError as exc:  # the batch cannot run at all, e.g. a worker process cannot load the plugins
        print(f"newsfacts: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        progress.close()
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _input_errors(entries: deque[tuple[str, InputError | None]], progress: Progress) -> int:
    """Report the inputs at the head of ``entries`` that never reached the batch; how many."""
    count = 0
    while entries and entries[0][1] is not None:
        where, error = entries.popleft()
        with progress.paused():
            print(f"newsfacts: {where}: {error}", file=sys.stderr)
        progress.update(failed=True)
        count += 1
    return count


def _plugin_failures(result: BatchResult, where: str) -> int:
    """Name on stderr each plugin that failed on an article written anyway (``--isolate-failures``)."""
    for failure in result.article.failures if result.article is not None else ():
        print(
            f"newsfacts: {where}: plugin {failure.plugin!r} failed in hook {failure.hook!r}: {failure.message}; "
            "the article is written without its facts",
            file=sys.stderr,
        )
    return 0 if result.article is None or not result.article.failures else 1


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
    out.write(line + "\n")  # one write: an interrupted run leaves only whole lines
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
    for result in pipeline.extract_many((evaluation.gold_input(args.task, r) for r in records), jobs=args.jobs):
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
        if args.timeout is not None and not args.timeout > 0:
            parser.error("--timeout takes a positive number of seconds")
    if getattr(args, "jobs", 1) < 0:
        parser.error("--jobs takes a number of processes, 0 (one per core) or more")
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(args: argparse.Namespace) -> int:
    try:
        if getattr(args, "published", None) is not None:
            parse_published(args.published)
        pipeline = Pipeline(
            blocked=args.block,
            autoload=False if args.no_autoload else None,
            isolate_failures=getattr(args, "isolate_failures", False),
        )
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
