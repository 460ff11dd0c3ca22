"""Speed of the full pipeline and of each plugin, against dateparser's ``search_dates`` on the same articles.

Run: ``.venv/bin/python benchmarks/speed.py [--articles N] [--repeat R] [--corpus tempeval|polnear] [--cold-only]``.
Not part of the test suite: figures depend on the machine, so they are reported as ratios against a baseline
measured in the same run (every row the median of ``R`` runs over the same articles). Cold start is timed as whole
processes, the best of five, against an empty interpreter, with bytecode caching allowed as users and CI have it:
this machine's environment may set ``PYTHONDONTWRITEBYTECODE=1``, which makes every process compile every module
from source (about half again the time of a one-article run), so the child processes run without it, after a warm-up
run that writes the caches; the table says whether the caches were found. The command is run as users run it,
through the installed ``newsfacts`` script (not ``python -m newsfacts``).
Input: the example article, plus TempEval-3 train (or, with ``--corpus polnear``, PolNeAR dev) articles from
../shared where present.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsfacts

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


# The shared sets an article sample may come from: TempEval-3's short wire stories (about 400 words), or
# PolNeAR's longer political articles (about 5,000 characters), which issue 17 timed the tools on.
CORPORA = {"tempeval": "tempeval3/train.jsonl", "polnear": "polnear/dev.jsonl"}


def load_articles(limit: int, corpus: str = "tempeval") -> list[tuple[str, str]]:
    """(text, published) pairs: our example first, then shared articles where present."""
    example = REPO / "examples" / "coastal-defence.txt"
    meta = json.loads(example.with_suffix(".meta.json").read_text(encoding="utf-8"))
    articles = [(example.read_text(encoding="utf-8"), meta["published"])]
    shared = SHARED / "data" / CORPORA[corpus]
    if shared.is_file():
        with shared.open(encoding="utf-8") as stream:
            for line in stream:
                if len(articles) >= limit:
                    break
                record = json.loads(line)
                articles.append((record["text"], record["published"]))
    return articles[:limit]


def per_article(run: Callable[[str, str], object], articles: list[tuple[str, str]], repeat: int) -> float:
    """Median over runs of the mean CPU seconds per article.

    CPU time of this process, not the wall clock: on a shared machine other processes stretch the wall
    clock of every row unevenly, which made two runs a minute apart disagree by half; both sides of
    every ratio run single-threaded here, so CPU time compares them fairly.
    """
    times = []
    for _ in range(repeat):
        start = time.process_time()
        for text, published in articles:
            run(text, published)
        times.append((time.process_time() - start) / len(articles))
    return statistics.median(times)


# A process started as an installed program starts: with its bytecode cached (written on the first run).
_CACHED_BYTECODE = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def import_time() -> float:
    """Seconds for ``import newsfacts`` in a fresh interpreter, the best of six (the first writes the bytecode)."""
    code = "import time; t = time.perf_counter(); import newsfacts; print(time.perf_counter() - t)"
    runs = [
        float(subprocess.check_output([sys.executable, "-c", code], text=True, env=_CACHED_BYTECODE)) for _ in range(6)
    ]
    return min(runs)


def warm_bytecode(example: str) -> bool:
    """Run the command once so that every module it imports has its bytecode cached; whether it has.

    Checked on the modules of the core and of each installed plugin that the run imported: a cache that
    could not be written (a read-only install, a ``-B`` interpreter) would make the figures a compile's.
    """
    code = (
        "import sys; from newsfacts.cli import main; main(['extract', sys.argv[1], '--output', '/dev/null']); "
        "print('\\n'.join(m.__file__ for m in list(sys.modules.values()) "
        "if (getattr(m, '__file__', None) or '').endswith('.py') and m.__name__.startswith('newsfacts')))"
    )
    listed = subprocess.check_output([sys.executable, "-c", code, example], text=True, env=_CACHED_BYTECODE)
    files = [line for line in listed.splitlines() if line]
    return bool(files) and all(Path(importlib.util.cache_from_source(file)).is_file() for file in files)


def process_time(arguments: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds for a fresh interpreter to run ``arguments`` to its end, each the best of five.

    One unmeasured run first. CPU time (user + system, of the child) moves less than wall time when other
    processes share the machine.
    """
    walls, cpus = [], []
    for _ in range(6):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *arguments], stdout=subprocess.DEVNULL, env=_CACHED_BYTECODE)
        _, status, usage = os.wait4(child.pid, 0)
        if status:
            raise subprocess.CalledProcessError(status, child.args)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
    return min(walls[1:]), min(cpus[1:])


def command() -> list[str]:
    """The ``newsfacts`` command as a user runs it: the installed script beside this interpreter.

    ``python -m newsfacts`` (when no script is installed) also loads ``runpy`` and the package's
    ``__main__``, which the command does not.
    """
    script = Path(sys.executable).with_name("newsfacts")
    return [str(script)] if script.is_file() else ["-m", "newsfacts"]


def cold_start(example: str) -> list[tuple[str, tuple[float, float]]]:
    """Whole processes from start to exit: an empty one (the floor), ``Pipeline()``, a one-article CLI run."""
    return [
        ("python -c pass (the floor)", process_time(["-c", "pass"])),
        ("import newsfacts", process_time(["-c", "import newsfacts"])),
        ("Pipeline(autoload=False)", process_time(["-c", "import newsfacts; newsfacts.Pipeline(autoload=False)"])),
        ("Pipeline()", process_time(["-c", "import newsfacts; newsfacts.Pipeline()"])),
        ("newsfacts extract --no-autoload", process_time([*command(), "extract", "--no-autoload", example])),
        ("newsfacts extract example", process_time([*command(), "extract", example])),
    ]


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="tempeval", help="the shared set to sample")
    parser.add_argument("--cold-only", action="store_true", help="only the whole-process rows (start-up)")
    args = parser.parse_args()
    if args.cold_only:
        print_cold_start()
        return
    articles = load_articles(args.articles, args.corpus)

    import datetime as dt  # noqa: PLC0415

    from dateparser.search import search_dates  # noqa: PLC0415

    def baseline(text: str, published: str) -> object:
        base = dt.datetime.fromisoformat(published)
        return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    rows: list[tuple[str, float]] = []
    full = newsfacts.Pipeline()
    full.extract(*articles[0][:1], published=articles[0][1])  # warm caches and lazy imports
    baseline(*articles[0])
    dateparser_time = per_article(baseline, articles, args.repeat)
    rows.append(("all plugins", per_article(lambda t, p: full.extract(t, published=p), articles, args.repeat)))
    plugins = ("quotes", "weapons", "dates")
    for name, kept in [*((f"{name} alone", {name}) for name in plugins), ("core alone", set())]:
        alone = newsfacts.Pipeline(blocked=[n for n in plugins if n not in kept])
        alone.extract(*articles[0][:1], published=articles[0][1])
        rows.append((name, per_article(lambda t, p, a=alone: a.extract(t, published=p), articles, args.repeat)))
    words = statistics.mean(len(text.split()) for text, _ in articles)
    print(f"{len(articles)} articles, {words:.0f} words on average, median of {args.repeat} runs")
    print(f"{'what':<28} {'CPU ms/article':>15} {'x search_dates':>15}")
    print(f"{'dateparser search_dates':<28} {dateparser_time * 1000:>15.2f} {1.0:>15.3f}")
    for label, seconds in rows:
        print(f"{'newsfacts ' + label:<28} {seconds * 1000:>15.2f} {seconds / dateparser_time:>15.3f}")
    print_cold_start()


def print_cold_start() -> None:
    """Print the whole-process rows: start-up, with bytecode cached."""
    example = str(REPO / "examples" / "coastal-defence.txt")
    cached = warm_bytecode(example)
    print(f"{'import newsfacts (in-process)':<32} {import_time() * 1000:>11.1f} ms")
    print(
        "whole processes with bytecode caching allowed (PYTHONDONTWRITEBYTECODE unset), after a warm-up run; "
        f"caches of every newsfacts module found: {'yes' if cached else 'NO (figures include compiling)'}"
    )
    print(f"{'whole process, best of 5':<32} {'wall ms':>11} {'x pass':>8} {'CPU ms':>9} {'x pass':>8}")
    processes = cold_start(example)
    floor_wall, floor_cpu = processes[0][1]
    for label, (wall, cpu) in processes:
        print(f"{label:<32} {wall * 1000:>11.1f} {wall / floor_wall:>8.2f} {cpu * 1000:>9.1f} {cpu / floor_cpu:>8.2f}")


if __name__ == "__main__":
    main()
