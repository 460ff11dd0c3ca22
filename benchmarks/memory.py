"""Memory of one long article: the peak while extracting it, what stays after, and the cost of extracting it twice.

Run: ``.venv/bin/python benchmarks/memory.py [--megabytes 10] [--block NAME ...]``. Not part of the test
suite: the figures depend on the machine. Each measurement runs in a fresh child process, so that one
cannot inherit another's caches or freed-but-kept arenas:

- *traced peak*: the most memory Python allocated (``tracemalloc``) during ``Pipeline.extract`` plus
  ``dumps``, over what was allocated before the call, and its ratio to the text's own size;
- *max RSS*: the child's resident-set peak over its resident set before the call (what the issue's
  150 MB target is about), with tracing off;
- *kept after*: what is still allocated once the article and its JSON are dropped (0 when memory
  returns to its baseline);
- *twice / once*: seconds to extract the same text twice (a new but equal string the second time)
  over seconds to extract it once, in the same child, on an article of ``--twice-megabytes``; 2.0
  means the second call costs what the first did.

Traced peak and max RSS are measured twice: for ``extract`` plus :func:`newsfacts.dumps` (the library's
way, which grows one JSON string chunk by chunk: tracemalloc counts each growth as one block whether or not
the allocator moved it, RSS shows a move), and for the command itself,
``newsfacts extract FILE --output /dev/null`` run in the child (``newsfacts.cli.main``) on the article
written to a file first: reading the file, extracting, encoding and writing, as a user runs it.

The article is our own example repeated, each copy's figures changed so that no two copies are equal.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "coastal-defence.txt"

CHILD = r"""
import gc, json, resource, sys, time, tracemalloc
import newsfacts

import os, tempfile
import newsfacts.cli

megabytes, blocked, mode = float(sys.argv[1]), sys.argv[2:-1], sys.argv[-1]
example = open({example!r}, encoding="utf-8").read()
copies = []
size = 0
index = 0
while size < megabytes * 1_000_000:
    copy = example.replace("185", str(185 + index % 97)).replace("2019", str(1990 + index % 30))
    copies.append(copy)
    size += len(copy) + 1
    index += 1
text = "\n".join(copies)
del copies
pipeline = newsfacts.Pipeline(blocked=blocked)
newsfacts.dumps(pipeline.extract(example, published="2025-10-16"))  # warm lazy imports and caches

def run(text):
    article = pipeline.extract(text, published="2025-10-16")
    return len(newsfacts.dumps(article))

result = {{"characters": len(text)}}
if mode.startswith("command"):
    os.environ["NEWSFACTS_BLOCKED_PLUGINS"] = ",".join(blocked)
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "article.txt")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    del text
    command = ["extract", path, "--published", "2025-10-16", "--output", os.devnull, "--quiet"]

    def run(_text):
        return newsfacts.cli.main(command)

    text = None
    mode = mode.removeprefix("command-")
gc.collect()
if mode == "traced":
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    output = run(text)
    if text is not None:
        result["output"] = output
    gc.collect()
    after, peak = tracemalloc.get_traced_memory()
    result["traced_peak"] = peak - before
    result["kept_after"] = after - before
elif mode == "rss":
    def status(field):
        with open("/proc/self/status") as lines:
            return next(int(line.split()[1]) for line in lines if line.startswith(field + ":"))

    # The high-water mark is reset first (Linux), so that building the article's text, which held it twice,
    # does not hide the call's own peak; without the reset, the process's peak so far is the floor.
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        before = status("VmRSS")
    except OSError:
        rss_now = int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize() // 1024
        before = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, rss_now)
    run(text)
    result["max_rss"] = (status("VmHWM") - before) * 1024
else:
    start = time.perf_counter()
    run(text)
    once = time.perf_counter() - start
    again = "".join(list(text))  # an equal string, not the same object
    start = time.perf_counter()
    run(text)
    run(again)
    result["twice_over_once"] = (time.perf_counter() - start) / once
print(json.dumps(result))
"""


def measure(mode: str, megabytes: float, blocked: list[str]) -> dict[str, float]:
    """One child process's figures for ``mode`` (traced, rss or twice)."""
    code = CHILD.format(example=str(EXAMPLE))
    command = [sys.executable, "-c", code, str(megabytes), *blocked, mode]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures: dict[str, float] = json.loads(output)
    return figures


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=10.0, help="size of the generated article")
    parser.add_argument("--block", action="append", default=[], help="a plugin to leave out (repeatable)")
    parser.add_argument(
        "--twice-megabytes", type=float, default=1.0, help="size of the article timed once and twice (0: skip)"
    )
    args = parser.parse_args()
    mb = 1_000_000
    for label, prefix in (("extract + dumps", ""), ("newsfacts extract FILE (the command)", "command-")):
        traced = measure(prefix + "traced", args.megabytes, args.block)
        rss = measure(prefix + "rss", args.megabytes, args.block)
        characters = traced["characters"]
        print(f"{label}: article {characters / mb:.1f} M characters")
        if "output" in traced:
            print(f"  output         {traced['output'] / mb:8.1f} MB of JSON")
        peak = traced["traced_peak"]
        print(f"  traced peak    {peak / mb:8.1f} MB  {peak / characters:6.1f} x the text")
        print(f"  max RSS growth {rss['max_rss'] / mb:8.1f} MB  {rss['max_rss'] / characters:6.1f} x the text")
        print(f"  kept after     {traced['kept_after'] / mb:8.3f} MB")
    if args.twice_megabytes:
        twice = measure("twice", args.twice_megabytes, args.block)
        ratio = twice["twice_over_once"]
        print(f"twice / once   {ratio:8.2f}   ({args.twice_megabytes:g} MB article; 2.0: the second costs the first's)")


if __name__ == "__main__":
    main()
