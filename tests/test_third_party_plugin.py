"""A real third-party plugin, installed the way users install one, loaded through its entry point."""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "newsfacts-casualties"
TUTORIAL = Path(__file__).resolve().parents[1] / "docs" / "writing-plugins.md"
BUILT_IN = "quotes,weapons,dates"  # blocked to stand for the tutorial's set-up, where only the core is installed
TEXT = "Officials said 12 people were killed and 3 soldiers died near the border."


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The fixture plugin built and installed into a folder of its own (no network, no build isolation)."""
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(FIXTURE),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_NO_CACHE_DIR": "1"},
    )
    assert (target / "newsfacts_casualties.py").is_file()
    return target


def newsfacts(site, *args, stdin="", blocked=""):
    env = {**os.environ, "PYTHONPATH": str(site), "NEWSFACTS_BLOCKED_PLUGINS": blocked}
    env.pop("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", None)
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_the_installed_plugin_is_listed_with_its_distribution_and_hook(site):
    result = newsfacts(site, "plugins", "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert rows["casualties"] == {
        "name": "casualties",
        "distribution": "newsfacts-casualties",
        "version": "0.0.1",
        "hooks": ["newsfacts_extract_claims"],
    }


def test_the_installed_plugin_adds_a_new_claim_kind(site):
    result = newsfacts(site, "extract", "-", stdin=TEXT)
    assert result.returncode == 0, result.stderr
    claims = [c for c in json.loads(result.stdout)["claims"] if c["kind"] == "casualties"]
    assert [(c["text"], c["value"], c["subject"]["text"], c["plugin"]) for c in claims] == [
        ("12 people were killed", {"count": 12}, "people", "casualties"),
        ("3 soldiers died", {"count": 3}, "soldiers", "casualties"),
    ]
    for claim in claims:
        assert TEXT[claim["start"] : claim["end"]] == claim["text"]


def test_the_installed_plugin_can_be_blocked_by_name(site):
    listed = newsfacts(site, "plugins", "--block", "casualties")
    assert listed.returncode == 0, listed.stderr
    assert "quotes" in listed.stdout
    assert "casualties" not in listed.stdout
    extracted = newsfacts(site, "extract", "-", "--block", "casualties", stdin=TEXT)
    assert extracted.returncode == 0, extracted.stderr
    assert [c for c in json.loads(extracted.stdout)["claims"] if c["kind"] == "casualties"] == []


def test_the_installed_plugin_is_not_loaded_without_autoload(site):
    listed = newsfacts(site, "plugins", "--no-autoload")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split()[0] == "segmenter"
    assert "casualties" not in listed.stdout


def test_the_plugin_tested_in_process_as_the_docs_show(monkeypatch):
    monkeypatch.syspath_prepend(str(FIXTURE))
    import newsfacts_casualties  # noqa: PLC0415

    from newsfacts.testing import assert_spans_match, isolated_pipeline  # noqa: PLC0415

    article = isolated_pipeline(newsfacts_casualties).extract("12 people were killed.")
    assert [c.value["count"] for c in article.claims] == [12]
    assert [c.plugin for c in article.claims] == ["casualties"]  # its newsfacts_name, same as its entry point's
    assert_spans_match(article)


def test_a_plugin_registered_in_code_without_newsfacts_name_is_named_after_its_module(monkeypatch):
    monkeypatch.syspath_prepend(str(FIXTURE))
    import newsfacts_casualties  # noqa: PLC0415

    from newsfacts.testing import isolated_pipeline  # noqa: PLC0415

    monkeypatch.delattr(newsfacts_casualties, "newsfacts_name")
    article = isolated_pipeline(newsfacts_casualties).extract("12 people were killed.")
    assert [c.plugin for c in article.claims] == ["newsfacts_casualties"]


def test_the_plugins_own_tests_pass_when_run_in_its_folder(site, tmp_path):
    folder = tmp_path / "newsfacts-casualties"
    shutil.copytree(FIXTURE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=folder,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def tutorial_blocks(language):
    text = TUTORIAL.read_text(encoding="utf-8")
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def test_the_tutorial_shows_what_newsfacts_plugins_prints(site):
    commands = [block for block in tutorial_blocks("sh") if "newsfacts plugins" in block]
    assert commands, "the tutorial runs newsfacts plugins"
    result = newsfacts(site, "plugins", blocked=BUILT_IN)
    assert result.returncode == 0, result.stderr
    assert tutorial_blocks("text")[0] == result.stdout


def test_the_tutorial_shows_what_newsfacts_extract_prints(site):
    command = next(block for block in tutorial_blocks("sh") if "newsfacts extract" in block).strip()
    said, args = re.fullmatch(r'echo "([^"]+)" \| newsfacts (.+)', command).groups()
    result = newsfacts(site, *shlex.split(args), stdin=said + "\n", blocked=BUILT_IN)
    assert result.returncode == 0, result.stderr
    assert json.loads(tutorial_blocks("json")[0]) == json.loads(result.stdout)
