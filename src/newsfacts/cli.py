"""The ``newsfacts`` command: extract facts from files, list plugins.

Exit status: 0 when every article was extracted, 1 when some failed (each
failure is one line on stderr naming the input and line, and the others are
still written), 2 for a usage error or a pipeline that cannot be built, 130
when interrupted (Ctrl-C: worker processes are stopped and every line written
so far is whole). A closed pipe (``| head -1``) ends the run quietly with the
status of what was done until then. Reading inputs is :mod:`newsfacts.inputs`;
writing results, :mod:`newsfacts.output`; batches in worker processes,
:mod:`newsfacts.parallel`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import stat
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO, TextIO

from newsfacts.errors import InputError, NewsfactsError
from newsfacts.inputs import (
    FORMATS,
    FileIdentity,
    InputItem,
    ReadOptions,
    check_encoding,
    file_identity,
    json_lines,
    path_suffix,
    read_inputs,
)
from newsfacts.output import MAX_INDENT, ArticleEncoder, EncodedResult, ResultWriter
from newsfacts.parallel import extract_finished
from newsfacts.pipeline import Pipeline
from newsfacts.progress import Progress, progress_for
from newsfacts.published import parse_publication_date

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, given the width argparse would find, without importing ``shutil`` for it.

    argparse makes a formatter at every ``add_argument`` and asks ``shutil.get_terminal_size`` for the width,
    so building the parser imported ``shutil`` (with ``bz2``, ``lzma``) on every run (issue 17).
    """

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        super().__init__(prog, indent_increment, max_help_position, _terminal_columns() - 2 if width is None else width)


def _terminal_columns() -> int:
    """The columns ``shutil.get_terminal_size()`` gives: ``$COLUMNS``, else standard output's terminal, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsfacts",
        formatter_class=_HelpFormatter,
        description="Typed, checkable facts from news articles: quotes, claims and dates.",
    )
    parser.add_argument("--version", action=_PrintVersion)
    pipeline_options = argparse.ArgumentParser(add_help=False, formatter_class=_HelpFormatter)
    pipeline_options.add_argument(
        "--block", action="append", default=[], metavar="NAME", help="do not load the plugin NAME (repeatable)"
    )
    pipeline_options.add_argument(
        "--no-autoload", action="store_true", help="load no installed plugin (only the core's segmenter)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser(
        "extract",
        formatter_class=_HelpFormatter,
        parents=[pipeline_options],
        help="extract quotes, claims and dates as JSON",
        description=(
            "Extract from each PATH: a .txt file gives one JSON object, a .html page one JSON object with the "
            'text extracted from it; a .jsonl file, one article a line as {"text" or "html", "id"?, "published"?, '
            '"title"?, "url"?, "author"?}, gives one JSON object a line, in input order. Standard input (-) and '
            "other suffixes are recognised by their first line. Metadata for a text or page can sit beside it "
            "as NAME.meta.json with id, published, title, url and author; the options below override it."
        ),
    )
    extract.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .txt, .html or .jsonl file, or - for standard input"
    )
    extract.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for text input, and for JSON lines without one: ISO 8601 at any precision "
        "(2023-02-28, 2023-02, 2023), RFC 2822 or a date with the month's name",
    )
    extract.add_argument("--id", help="article id for text input (default: the file name without its suffix)")
    extract.add_argument("--title", help="article title for text input")
    extract.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="how to read the input: by file suffix or first line (auto, the default), or as given",
    )
    extract.add_argument(
        "--encoding",
        metavar="NAME",
        default=None,
        help="the inputs' encoding (default UTF-8; a web page's own declared charset)",
    )
    extract.add_argument("--output", "-o", metavar="FILE", default=None, help="write to FILE, not standard output")
    extract.add_argument(
        "--indent",
        type=int,
        default=None,
        metavar="N",
        help="pretty-print JSON with N spaces; with more than one article possible, as a JSON array",
    )
    extract.add_argument("--include-text", action="store_true", help="add the article text to each JSON object")
    _add_batch_options(extract)

    evaluate = commands.add_parser(
        "evaluate",
        formatter_class=_HelpFormatter,
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
        "plugins",
        formatter_class=_HelpFormatter,
        parents=[pipeline_options],
        help="list the loaded plugins and the hooks they implement",
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


class _PrintVersion(argparse.Action):
    """``--version``: the version is read from the installed metadata when asked, not at every start.

    argparse's own ``version`` action takes the string when the parser is built, which made every run of
    the command read the distribution's metadata (``importlib.metadata``) for an option almost never given.
    """

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show program's version number and exit"
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,  # noqa: ARG002 - argparse's signature
        values: str | Sequence[Any] | None,  # noqa: ARG002 - argparse's signature
        option_string: str | None = None,  # noqa: ARG002 - argparse's signature
    ) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _say(message: str) -> None:
    """One line on standard error: a message that spans lines would read as several failures."""
    if sys.stderr is not None:
        line = message.replace("\r", "\\r").replace("\n", "\\n")
        with contextlib.suppress(OSError, ValueError):
            print(f"newsfacts: {line}", file=sys.stderr)


def _stdout_identity() -> FileIdentity | None:
    """The file standard output is redirected to, if it is a regular file (``> out.json``)."""
    try:
        info = os.fstat(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def _bytes_beneath(out: TextIO) -> BinaryIO | None:
    r"""The byte stream under ``out``, for long lines: the command's own output writes ``"\n"`` unchanged.

    Its ``--output`` file is opened with ``newline="\n"``, and Python's standard output translates nothing
    on POSIX; elsewhere (Windows: ``"\r\n"``) or on a stream without one, lines go through the text stream.
    """
    binary = getattr(out, "buffer", None)
    return binary if os.linesep == "\n" or out is not sys.stdout else None


def _extract(args: argparse.Namespace, pipeline: Pipeline, out: TextIO, outputs: frozenset[FileIdentity]) -> int:
    """Every input through one batch, so ``--jobs`` spans files; results and input errors in input order."""
    options = ReadOptions(
        format=args.format,
        encoding=args.encoding,
        published=args.published,
        id=args.id,
        title=args.title,
        outputs=outputs,
    )
    stdin = getattr(sys.stdin, "buffer", None)
    # Several inputs always make an array; a single one, when it turns out to hold many articles.
    writer = ResultWriter(
        out, indent=args.indent, as_array=True if len(args.paths) > 1 else None, binary=_bytes_beneath(out)
    )
    pending: deque[InputItem] = deque()  # every item read, in order; those with a record went into the batch

    failures = 0
    progress = progress_for(sys.stderr, show=args.progress)

    # Each article is encoded where it is extracted (in the worker, with --jobs), so this process only writes.
    encoders = {with_text: writer.encoder(include_text=args.include_text or with_text) for with_text in (False, True)}

    def tasks() -> Iterator[tuple[dict[str, Any], ArticleEncoder]]:
        nonlocal failures
        for path in args.paths:
            for item in read_inputs(path, options, stdin):
                if item.record is None and not pending:  # nothing before it is still being extracted: say it now
                    failures += _unread_input(item, writer, progress)
                    continue
                pending.append(item)
                if item.record is not None:
                    yield item.record, encoders[item.with_text]

    try:
        batch = extract_finished(pipeline, tasks(), jobs=args.jobs, timeout=args.timeout)
        with contextlib.closing(batch) as results:
            for result in results:
                failures += _unread_inputs(pending, writer, progress)
                item = pending.popleft()
                writer.settle(as_array=item.batch)
                failed = _write(result, item, writer, progress)
                progress.update(failed=failed)
                failures += failed
        failures += _unread_inputs(pending, writer, progress)
        writer.settle(as_array=True)  # an input that held nothing at all: an empty array, not nothing
        writer.close()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _say(f"cannot write the output: {exc.strerror or exc}")
        failures += 1
    except NewsfactsError as exc:  # the batch cannot run at all, e.g. a worker process cannot load the plugins
        _say(str(exc))
        return EXIT_USAGE
    finally:
        progress.close()
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _unread_inputs(pending: deque[InputItem], writer: ResultWriter, progress: Progress) -> int:
    """Report the items at the head of ``pending`` that never reached the batch; how many."""
    count = 0
    while pending and pending[0].record is None:
        count += _unread_input(pending.popleft(), writer, progress)
    return count


def _unread_input(item: InputItem, writer: ResultWriter, progress: Progress) -> int:
    """Report an input that could not be read as an article; always one failure."""
    writer.settle(as_array=item.batch)
    with progress.paused():
        _say(f"{item.where}: {item.error}")
    progress.update(failed=True)
    return 1


def _write(result: EncodedResult, item: InputItem, writer: ResultWriter, progress: Progress) -> bool:
    """Write one result, or say why there is none; whether the article failed (or lost a plugin's facts)."""
    with progress.paused() if result.failures else contextlib.nullcontext():
        for failure in result.failures:  # --isolate-failures: written without that plugin's facts
            _say(
                f"{item.where}: plugin {failure.plugin!r} failed in hook {failure.hook!r}: {failure.message}; "
                "the article is written without its facts"
            )
    if result.pieces is None:
        with progress.paused():
            _say(f"{item.where}: {result.error}")
        return True
    writer.write_document(result.pieces)
    return bool(result.failures)


def _silence_stdout() -> None:
    """After a closed pipe, point standard output at nothing so that the exit's flush says nothing either."""
    with contextlib.suppress(AttributeError, OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _evaluate(args: argparse.Namespace, pipeline: Pipeline) -> int:
    from pathlib import Path  # noqa: PLC0415 - pathlib only where a run needs it (issue 17)

    from newsfacts import evaluation  # noqa: PLC0415 - only this command needs it

    records = []
    try:
        with Path(args.gold).open("rb") as lines:
            gold = list(json_lines(lines, args.gold))
    except OSError as exc:
        _say(f"{args.gold}: cannot read: {exc.strerror or exc}")
        return EXIT_USAGE
    for where, record in gold:
        problem = record if isinstance(record, InputError) else None
        if problem is None:
            try:
                evaluation.check_gold(args.task, record)
            except InputError as exc:
                problem = exc
        if problem is not None:
            _say(f"{where}: {problem}")
            return EXIT_USAGE
        records.append(record)
    articles = []
    for result in pipeline.extract_many((evaluation.gold_input(args.task, r) for r in records), jobs=args.jobs):
        if result.article is None:
            _say(f"{args.gold}: record {result.index + 1}: {result.error}")
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
    """Run the command line; returns the exit status (130 when interrupted, without a traceback)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _tolerate_any_encoding()
    if args.command == "extract":
        _check_extract_usage(parser, args)
    if getattr(args, "jobs", 1) < 0:
        parser.error("--jobs takes a number of processes, 0 (one per core) or more")
    try:
        if getattr(args, "published", None) is not None:
            parse_publication_date(args.published)
        pipeline = Pipeline(
            blocked=args.block,
            autoload=False if args.no_autoload else None,
            isolate_failures=getattr(args, "isolate_failures", False),
        )
    except NewsfactsError as exc:
        _say(str(exc))
        return EXIT_USAGE
    if args.command == "plugins":
        return _plugins(args, pipeline)
    if args.command == "evaluate":
        return _evaluate(args, pipeline)
    return _extract_to_output(args, pipeline)


def _tolerate_any_encoding() -> None:
    """Messages and listings in a stream that cannot hold a character get a backslash escape, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(AttributeError, OSError, ValueError):
                reconfigure(errors="backslashreplace")


def _check_extract_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    jsonl_only = all(
        args.format == "jsonl" or (args.format == "auto" and path_suffix(p).lower() in {".jsonl", ".ndjson"})
        for p in args.paths
    )
    if args.paths.count("-") > 1:
        parser.error("standard input (-) can be read only once")
    if len(args.paths) > 1 and (args.id is not None or args.title is not None):
        parser.error("--id and --title name one article; give a single PATH with them")
    if (args.id is not None or args.title is not None) and jsonl_only:
        parser.error("--id and --title apply to text input; JSON Lines carry their own")
    if args.indent is not None and not 0 <= args.indent <= MAX_INDENT:
        parser.error(f"--indent takes a number of spaces, from 0 to {MAX_INDENT}")
    if args.encoding is not None:
        try:
            check_encoding(args.encoding)
        except InputError as exc:
            parser.error(f"--encoding: {exc}")
    if args.timeout is not None and not args.timeout > 0:
        parser.error("--timeout takes a positive number of seconds")
    if args.output is not None:
        written = file_identity(args.output)
        if written is not None and written in {file_identity(p) for p in args.paths if p != "-"}:
            parser.error(f"--output {args.output} is one of the inputs; writing it would destroy it")


def _extract_to_output(args: argparse.Namespace, pipeline: Pipeline) -> int:
    if args.output is None:
        if sys.stdout is None:
            _say("standard output is closed; give --output FILE")
            return EXIT_USAGE
        own = _stdout_identity()
        return _extract(args, pipeline, sys.stdout, frozenset(() if own is None else (own,)))
    from pathlib import Path  # noqa: PLC0415 - pathlib only where a run writes to a file (issue 17)

    try:
        with Path(args.output).open("w", encoding="utf-8", newline="\n") as out:
            written = file_identity(args.output)
            return _extract(args, pipeline, out, frozenset(() if written is None else (written,)))
    except OSError as exc:
        _say(f"{args.output}: cannot write: {exc.strerror or exc}")
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
