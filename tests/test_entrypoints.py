"""The entry-point scan finds what importlib.metadata finds, or asks importlib.metadata."""

import os
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path, PurePosixPath

import pytest

import newsfacts
from newsfacts.entrypoints import FoundEntryPoint, _last_name, group_entry_points


def found(group):
    return sorted((ep.name, ep.value, ep.dist.name) for ep in group_entry_points(group))


def standard(group):
    return sorted((ep.name, ep.value, ep.dist.name) for ep in metadata.entry_points(group=group))


def distribution(root, directory, name, entry_points=None):
    info = root / directory
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


@pytest.mark.parametrize("group", ["newsfacts", "console_scripts"])
def test_the_installed_environment_gives_the_same_entry_points(group):
    assert found(group) == standard(group)
    assert found(group)  # the group is not empty here: the comparison means something


def test_path_order_duplicates_sections_and_comments_as_importlib_reads_them(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    distribution(first, "alpha_one-1.0.dist-info", "alpha-one", "# a comment\n[newsfacts]\nfirst = mod_a:plugin\n")
    distribution(second, "Alpha.One-2.0.dist-info", "Alpha.One", "[newsfacts]\nhidden = mod_b\n")  # same name
    distribution(second, "beta-0.1.egg-info", "beta", "[other]\nx = y\n\n[newsfacts]\n  spaced  =  mod_c:a.b [extra]\n")
    distribution(second, "gamma-1.0.dist-info", "gamma")  # no entry_points.txt
    monkeypatch.setattr(sys, "path", [str(first), str(tmp_path / "missing"), str(second)])
    assert found("newsfacts") == standard("newsfacts")
    assert {name for name, _, _ in found("newsfacts")} == {"first", "spaced"}


def test_the_scan_itself_reads_them_where_only_the_standard_finder_lists_distributions(tmp_path):
    """In a fresh interpreter: an imported package (dask's importlib_metadata backport) may add its own finder."""
    root = tmp_path / "site"
    distribution(root, "delta-1.0.dist-info", "delta", "[newsfacts]\nd = mod_d:plugin\n")
    check = (
        "import pathlib, sys\n"
        "from importlib import metadata\n"
        "from newsfacts.entrypoints import FoundEntryPoint, _last_name, group_entry_points\n"
        f"sys.path[:] = [{str(root)!r}]\n"
        "found = group_entry_points('newsfacts')\n"
        "assert all(isinstance(ep, FoundEntryPoint) for ep in found), found\n"
        "assert [(ep.name, ep.value, ep.dist.name) for ep in found] == "
        "[(ep.name, ep.value, ep.dist.name) for ep in metadata.entry_points(group='newsfacts')] == "
        "[('d', 'mod_d:plugin', 'delta')]\n"
    )
    newsfacts_source = str(Path(newsfacts.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": newsfacts_source}
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr


def test_a_zip_on_the_path_is_left_to_importlib(tmp_path, monkeypatch):
    archive = tmp_path / "plugins.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("zipped-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\nVersion: 1.0\n")
        zipped.writestr("zipped-1.0.dist-info/entry_points.txt", "[newsfacts]\nzipped = zipped_mod\n")
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert found("newsfacts") == standard("newsfacts") == [("zipped", "zipped_mod", "zipped")]
    assert not any(isinstance(ep, FoundEntryPoint) for ep in group_entry_points("newsfacts"))


def test_a_found_entry_point_loads_its_module_and_attribute_path(tmp_path, monkeypatch):
    (tmp_path / "loadme_module.py").write_text("class Outer:\n    class Inner:\n        pass\n", encoding="utf-8")
    distribution(tmp_path, "loadme-1.0.dist-info", "loadme", "[newsfacts]\nnested = loadme_module:Outer.Inner\n")
    distribution(tmp_path, "loadmod-1.0.dist-info", "loadmod", "[newsfacts]\nwhole = loadme_module\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    monkeypatch.delitem(sys.modules, "loadme_module", raising=False)
    loaded = {ep.name: ep.load() for ep in group_entry_points("newsfacts")}
    assert loaded["nested"].__qualname__ == "Outer.Inner"
    assert loaded["whole"] is sys.modules["loadme_module"]


@pytest.mark.parametrize(
    "entry", ["", ".", "/", "//", "a", "a/", "a/.", "a/./", "./a", "a//b", "a/..", "..", "/x/y.egg/", "/x/y.egg/."]
)
def test_the_last_name_of_a_path_entry_is_pathlibs(entry):
    assert _last_name(entry) == PurePosixPath(entry).name


def test_a_section_name_in_brackets_counts_however_the_file_is_written(tmp_path, monkeypatch):
    """The scan skips a file without ``[group]`` in it: every header the parser takes for the group holds it."""
    root = tmp_path / "site"
    distribution(root, "one-1.0.dist-info", "one", "[[newsfacts]]\na = mod_a\n")
    distribution(root, "two-1.0.dist-info", "two", "[other]\nb = mod_b\n")
    distribution(root, "three-1.0.dist-info", "three", "[ newsfacts ]\nc = mod_c\n")
    monkeypatch.setattr(sys, "path", [str(root)])
    assert found("newsfacts") == standard("newsfacts") == [("a", "mod_a", "one")]
