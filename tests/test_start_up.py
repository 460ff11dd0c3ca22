"""What a one-article run of the command does at start that it need not: each check names a cost measured once.

A one-process run never sends anything to a worker process, so it has no use for ``pickle`` or ``signal``
(~2 ms to import); attrs reads the signature of each record field's converter, and a built-in's signature
means tokenizing its text, which compiles ``tokenize``'s patterns (~3 ms). Run in a fresh process with the
core alone (``--no-autoload``), so that no plugin's imports hide the core's. Nor does it need ``pathlib`` (with
``urllib.parse`` and ``ipaddress``, ~3 ms), ``shutil`` (argparse's width, with ``bz2`` and ``lzma``) or the web
page reader; with the installed plugins, nor ``importlib.resources`` (``tempfile``, ``zipfile``).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from newsfacts.cli import _terminal_columns

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "coastal-defence.txt"

CHECK = """
import contextlib, io, sys
from newsfacts.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(["extract", *sys.argv[2:], sys.argv[1]])
tokenize = sys.modules.get("tokenize")
compiled = 0 if tokenize is None else tokenize._compile.cache_info().currsize
unused = ("pickle", "signal", "importlib.metadata", "pathlib", "shutil", "newsfacts.webpage", "importlib.resources")
loaded = sorted(m for m in unused if m in sys.modules)
print(status, len(out.getvalue()) > 0, loaded, compiled)
"""


def test_a_one_article_run_imports_no_worker_machinery_and_tokenizes_nothing():
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(EXAMPLE), "--no-autoload"], capture_output=True, text=True, check=True
    )
    assert result.stdout.split(maxsplit=2) == ["0", "True", "[] 0\n"]


def test_a_one_article_run_with_the_installed_plugins_imports_no_file_machinery():
    """The example has a metadata file beside it: reading that needs ``os`` alone too."""
    pytest.importorskip("newsfacts_quotes")
    assert (EXAMPLE.parent / "coastal-defence.meta.json").is_file()
    result = subprocess.run([sys.executable, "-c", CHECK, str(EXAMPLE)], capture_output=True, text=True, check=True)
    assert result.stdout.split(maxsplit=2)[:3] == ["0", "True", "[] 0\n"]


@pytest.mark.parametrize("columns", [None, "", "0", "-4", "abc", "1", "57", "300"])
def test_the_help_width_is_the_one_shutil_gives(monkeypatch, columns):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    for lines in (None, "0", "30"):
        if lines is None:
            monkeypatch.delenv("LINES", raising=False)
        else:
            monkeypatch.setenv("LINES", lines)
        assert _terminal_columns() == shutil.get_terminal_size().columns
    monkeypatch.setattr(sys, "__stdout__", None)
    assert _terminal_columns() == shutil.get_terminal_size().columns


def test_the_web_page_names_are_listed_and_found_though_imported_on_first_use():
    check = (
        "import sys, newsfacts\n"
        "listed = {'WebPage', 'read_html'} <= set(dir(newsfacts))\n"
        "before = 'newsfacts.webpage' in sys.modules\n"
        "from newsfacts import WebPage, read_html\n"
        "from newsfacts.webpage import WebPage as Same\n"
        "print(listed, before, WebPage is Same, callable(read_html))\n"
    )
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False", "True", "True"]
