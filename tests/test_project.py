"""The project's promises about itself: CI runs the README's commands, the changelog and the layout are kept."""

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import newsfacts

REPO = Path(__file__).resolve().parents[1]


def quick_start_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_ci_runs_exactly_the_readme_quick_start():
    commands = quick_start_commands()
    assert len(commands) == 2
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert [line for line in ci if line and not line.startswith(("#", "set ", "cd "))] == commands


def test_the_changelog_has_an_unreleased_section_in_keep_a_changelog_form():
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in changelog
    assert re.search(r"^## \[Unreleased\]$", changelog, re.MULTILINE)


def imports(path):
    """(module, names) for every import statement in a file, and every string passed to import_module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, ()
        elif isinstance(node, ast.ImportFrom):
            yield node.module or "", tuple(alias.name for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in {
            "import_module",
            "__import__",
        }:
            for arg in node.args:
                yield (arg.value if isinstance(arg, ast.Constant) else "<dynamic>"), ()


def test_the_core_never_imports_a_plugin():
    for path in (REPO / "src" / "newsfacts").rglob("*.py"):
        for module, _ in imports(path):
            assert not module.startswith("newsfacts_"), (path, module)
            # Loading an installed entry point is how a plugin comes in, dynamic by nature: importlib.metadata
            # did it before newsfacts.entrypoints read the group itself. Nowhere else.
            assert module != "<dynamic>" or path.name == "entrypoints.py", path


def test_plugins_import_only_what_newsfacts_exports():
    import newsfacts  # noqa: PLC0415

    plugin_files = list((REPO / "plugins").glob("*/src/**/*.py"))
    assert len(plugin_files) > 10
    for path in plugin_files:
        own = path.relative_to(REPO / "plugins").parts[2]
        for module, names in imports(path):
            top = module.split(".")[0]
            # ``newsfacts.text`` is the documented public module of text primitives for plugins (docs/api.md).
            assert top != "newsfacts" or module in {"newsfacts", "newsfacts.text"}, (path, module)
            assert not top.startswith("newsfacts_") or top == own, (path, module)
            if module == "newsfacts":
                assert set(names) <= {*newsfacts.__all__, "text"}, (path, names)


def test_import_newsfacts_loads_no_plugin_and_no_dateparser():
    code = "import sys, newsfacts; print(sorted(m for m in sys.modules if m.startswith(('newsfacts_', 'dateparser'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_the_version_is_written_once_in_pyproject() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert newsfacts.__version__ == version("newsfacts") == declared
    assert "__version__ =" not in (REPO / "src" / "newsfacts" / "__init__.py").read_text(encoding="utf-8")


def test_every_plugin_module_stays_short_enough_to_read_whole():
    """Issue 18: a plugin module holds one concept; past 450 lines it is time to split it."""
    longest = 450
    modules = sorted((REPO / "plugins").glob("newsfacts-*/src/*/*.py"))
    assert modules
    too_long = {
        str(path.relative_to(REPO)): lines
        for path in modules
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > longest
    }
    assert too_long == {}
