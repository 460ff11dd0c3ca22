"""A real third-party plugin, installed the way users install one, loaded through its entry point."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parent / "fixtures" / "newsfacts-casualties"
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


def newsfacts(site, *args, stdin=""):
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", None)
    env.pop("NEWSFACTS_BLOCKED_PLUGINS", None)
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
    assert [c.plugin for c in article.claims] == ["newsfacts_casualties"]
    assert_spans_match(article)
