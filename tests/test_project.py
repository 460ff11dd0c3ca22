"""The project's promises about itself: CI runs the README's commands, the changelog and the layout are kept."""

import re
import subprocess
import sys
from pathlib import Path

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


def test_the_core_never_imports_a_plugin():
    for path in (REPO / "src" / "newsfacts").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+newsfacts_", source, re.MULTILINE), path


def test_plugins_import_only_what_newsfacts_exports():
    import newsfacts  # noqa: PLC0415

    for path in (REPO / "plugins").glob("*/src/**/*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+newsfacts\.", source, re.MULTILINE), path
        for names in re.findall(r"^from newsfacts import \(?([^)]+?)\)?$", source, re.MULTILINE | re.DOTALL):
            for name in re.findall(r"\w+", names):
                assert name in newsfacts.__all__, f"{path}: {name}"


def test_import_newsfacts_loads_no_plugin_and_no_dateparser():
    code = "import sys, newsfacts; print(sorted(m for m in sys.modules if m.startswith(('newsfacts_', 'dateparser'))))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
