"""Throughput of batches: ``--jobs 1``, ``--jobs 2`` and Dask on a 2-worker local cluster, plus memory.

Run: ``.venv/bin/python benchmarks/throughput.py [--articles 2000] [--memory-articles 20000] [--texts PATH]``.
Not part of the test suite. Figures depend on the machine and on what else runs
on it, so each speed is given as a ratio to ``--jobs 1`` measured in the same run.

- The input is a JSON Lines file of ``--articles`` articles, written to a
  temporary folder: variations of our own example article (names, numbers,
  dates, paragraph order and length), or the texts of ``--texts PATH`` (a JSON
  Lines file with ``text`` and optionally ``published``, such as
  ../shared/data/polnear/dev.jsonl, read by path and never copied), cycled.
- ``--jobs 1`` and ``--jobs 2`` run the command line, start to finish (process
  start, plugin loading and writing included); their outputs must be
  byte-identical.
- Dask runs ``newsfacts.dask.extract_bag`` on a ``LocalCluster`` of 2 worker
  processes with 1 thread each; the cluster's start is reported but not
  counted (a cluster outlives one batch), building the pipeline in each worker is.
  Its JSON must equal the command line's, line for line. It runs twice: as
  the cluster comes, and with the workers' statistical profiler off
  (``distributed.worker.profile.enabled``, a stack sample of every worker
  thread every 10 ms for the dashboard), which costs CPU-bound work about 10 %.
  Its CPU seconds are the client's (with the scheduler) and the workers'.
  With the profiler off it also runs a second batch on the same cluster
  ("warm"): the workers have built the pipeline already, as in a cluster that
  serves more than one batch; the first batch's row counts that build.
- Memory: the peak resident memory of ``--jobs 2``'s whole process tree (the
  command and its workers, sampled every 20 ms from /proc) over
  ``--memory-articles`` articles against ``--articles``; the goal is at most 1.5x.

The CPU seconds of each command-line run (the command and its workers) tell,
on a busy machine, what the wall-clock ratio cannot: how much work running in
processes adds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "coastal-defence.txt"
NAMES = [
    ("Ingrid Solvik", "Ms Solvik"),
    ("Maren Lie", "Ms Lie"),
    ("Jonas Dahl", "Mr Dahl"),
    ("Eva Strand", "Ms Strand"),
]


def example_articles(count: int) -> list[dict[str, str]]:
    """``count`` variations of the example article: other names, numbers, dates, paragraph order and length."""
    paragraphs = EXAMPLE.read_text(encoding="utf-8").split("\n")
    articles = []
    for number in range(count):
        rng = random.Random(number)  # noqa: S311 - reproducible variation, not security
        name, short = NAMES[number % len(NAMES)]
        chosen = paragraphs[:1] + rng.sample(paragraphs[1:], k=len(paragraphs) - 1)
        chosen += rng.sample(paragraphs[1:], k=number % 4)  # some articles are longer
        text = "\n".join(chosen)
        text = text.replace("Ingrid Solvik", name).replace("Ms Solvik", short)
        text = text.replace("115 miles", f"{60 + number % 200} miles").replace("300km", f"{100 + number % 900}km")
        text = text.replace("18 months", f"{6 + number % 30} months").replace("2026", str(2024 + number % 5))
        published = f"{2020 + number % 6}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        articles.append({"text": text, "id": f"example-{number}", "published": published})
    return articles


def file_articles(path: Path, count: int) -> list[dict[str, str]]:
    """``count`` articles from the texts of a JSON Lines file, cycled, each with an id of its own."""
    texts = []
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            texts.append({"text": record["text"], "published": record.get("published") or "2020-01-01"})
    return [{**texts[number % len(texts)], "id": f"text-{number}"} for number in range(count)]


def write_jsonl(path: Path, articles: list[dict[str, str]]) -> Path:
    """The articles as a JSON Lines file at ``path``."""
    with path.open("w", encoding="utf-8") as stream:
        for article in articles:
            stream.write(json.dumps(article) + "\n")
    return path


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and every process below it, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError):
                continue
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, its_parent in parents.items():
            if its_parent == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    total = 0
    for member in tree:
        try:
            for line in Path(f"/proc/{member}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run_cli(path: Path, jobs: int, *, sample_memory: bool = False) -> tuple[float, float, bytes, int]:
    """Wall seconds, CPU seconds (the command and its workers), standard output and peak tree memory of one run.

    The peak memory is in bytes and is 0 unless sampled.
    """
    command = [sys.executable, "-m", "newsfacts", "extract", str(path), "--jobs", str(jobs), "--quiet"]
    peak = 0
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, stdout=out, stderr=err)
        while True:
            ended, status, usage = os.wait4(process.pid, os.WNOHANG if sample_memory else 0)
            if ended:
                break
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            sys.exit(f"newsfacts failed ({process.returncode}): {err.read().decode()[-2000:]}")
        out.seek(0)
        output = out.read()
    return seconds, usage.ru_utime + usage.ru_stime, output, peak


def _process_seconds() -> float:
    """CPU seconds of this process so far (run in each Dask worker too)."""
    times = os.times()
    return times.user + times.system


def run_dask(
    articles: list[dict[str, str]], *, profile: bool = True, batches: int = 1
) -> tuple[float, list[tuple[float, float, bytes]]] | None:
    """Cluster start seconds, then batch seconds, CPU seconds and JSON lines of each batch; None without dask.

    The CPU seconds are this process's (the client and the scheduler) and the
    workers' during the batch. ``profile=False`` turns off the workers'
    statistical profiler (``distributed.worker.profile.enabled``), which samples
    every worker thread's stack every 10 ms for the dashboard. The first batch
    builds the pipeline in each worker (importing newsfacts and its plugins
    there); later ones on the same cluster find it built.
    """
    try:
        import dask  # noqa: PLC0415
        import dask.bag as db  # noqa: PLC0415
        from distributed import Client, LocalCluster  # noqa: PLC0415
    except ImportError:
        return None
    import newsfacts  # noqa: PLC0415
    from newsfacts.dask import extract_bag  # noqa: PLC0415

    start = time.perf_counter()
    runs = []
    with (
        dask.config.set({"distributed.worker.profile.enabled": profile}),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter() - start
        for _ in range(batches):
            workers_before, here_before = client.run(_process_seconds), _process_seconds()
            start = time.perf_counter()
            bag = db.from_sequence(articles, npartitions=16)
            lines = extract_bag(bag).map(lambda r: newsfacts.dumps(r.article) if r.ok else f"error {r.error}")
            computed = lines.compute()
            seconds = time.perf_counter() - start
            workers_after, here_after = client.run(_process_seconds), _process_seconds()
            cpu = here_after - here_before + sum(workers_after[w] - workers_before[w] for w in workers_after)
            runs.append((seconds, cpu, "".join(f"{line}\n" for line in computed).encode("utf-8")))
    return started, runs


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, default=20000, help="0 skips the memory measure")
    parser.add_argument("--texts", type=Path, help="a JSON Lines file whose texts to use instead of the example")
    args = parser.parse_args()

    def make(count: int) -> list[dict[str, str]]:
        return file_articles(args.texts, count) if args.texts else example_articles(count)

    with tempfile.TemporaryDirectory() as folder:
        articles = make(args.articles)
        path = write_jsonl(Path(folder) / "articles.jsonl", articles)
        chars = sum(len(a["text"]) for a in articles) / len(articles)
        print(f"{len(articles)} articles, {chars:.0f} characters on average, from {args.texts or EXAMPLE.name}")
        one_seconds, one_cpu, one_output, _ = run_cli(path, 1)
        two_seconds, two_cpu, two_output, _ = run_cli(path, 2)
        base = len(articles) / one_seconds
        print(f"{'run':<37} {'articles/s':>11} {'x --jobs 1':>11} {'CPU s':>7}  output")
        digest = hashlib.sha256(one_output).hexdigest()[:12]
        print(f"{'--jobs 1':<37} {base:>11.1f} {1.0:>11.2f} {one_cpu:>7.1f}  sha256 {digest}")
        same = "identical" if two_output == one_output else "DIFFERENT"
        ratio = one_seconds / two_seconds
        print(f"{'--jobs 2':<37} {len(articles) / two_seconds:>11.1f} {ratio:>11.2f} {two_cpu:>7.1f}  {same}")
        for profile in (True, False):
            dask = run_dask(articles, profile=profile, batches=1 if profile else 2)
            if dask is None:
                print("dask: not installed (pip install 'newsfacts[dask]')")
                break
            started, runs = dask
            for number, (seconds, cpu, output) in enumerate(runs):
                same = "identical" if output == one_output else "DIFFERENT"
                label = "Dask, 2 workers" + ("" if profile else ", profiler off") + (", warm" if number else "")
                rate = len(articles) / seconds
                print(f"{label:<37} {rate:>11.1f} {one_seconds / seconds:>11.2f} {cpu:>7.1f}  {same}")
            print(f"  (cluster start {started:.1f} s, not counted)")
        if args.memory_articles and Path("/proc/self/status").exists():
            small = run_cli(path, 2, sample_memory=True)[3]
            large_path = write_jsonl(Path(folder) / "large.jsonl", make(args.memory_articles))
            large = run_cli(large_path, 2, sample_memory=True)[3]
            print(
                f"peak memory of --jobs 2 (command and workers): {small / 2**20:.0f} MiB over {args.articles} "
                f"articles, {large / 2**20:.0f} MiB over {args.memory_articles}: {large / small:.2f}x"
            )


if __name__ == "__main__":
    main()
