"""What a one-article run of the command does at start that it need not: each check names a cost measured once.

A one-process run never sends anything to a worker process, so it has no use for ``pickle`` or ``signal``
(~2 ms to import); attrs reads the signature of each record field's converter, and a built-in's signature
means tokenizing its text, which compiles ``tokenize``'s patterns (~3 ms). Run in a fresh process with the
core alone (``--no-autoload``), so that no plugin's imports hide the core's.
"""

import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "coastal-defence.txt"

CHECK = """
import contextlib, io, sys
from newsfacts.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(["extract", "--no-autoload", sys.argv[1]])
tokenize = sys.modules.get("tokenize")
compiled = 0 if tokenize is None else tokenize._compile.cache_info().currsize
loaded = sorted(m for m in ("pickle", "signal", "importlib.metadata") if m in sys.modules)
print(status, len(out.getvalue()) > 0, loaded, compiled)
"""


def test_a_one_article_run_imports_no_worker_machinery_and_tokenizes_nothing():
    result = subprocess.run([sys.executable, "-c", CHECK, str(EXAMPLE)], capture_output=True, text=True, check=True)
    assert result.stdout.split(maxsplit=2) == ["0", "True", "[] 0\n"]
