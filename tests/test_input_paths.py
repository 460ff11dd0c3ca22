"""Reading a file's name, suffix and metadata with ``os`` gives what pathlib gave (issue 17: no pathlib at start)."""

import os
from pathlib import Path, PurePath

import pytest

from newsfacts.errors import InputError
from newsfacts.inputs import (
    ReadOptions,
    _input_error,
    _metadata_beside,
    _name_parts,
    file_identity,
    path_suffix,
    read_inputs,
    read_metadata,
)

NAMES = [
    "a.txt", "a.tar.gz", ".bashrc", ".a.txt", "a.", "a..", "..a", "a..b", "noext", "dir/a.TXT", "dir.d/a",
    "./a.jsonl", "a//b.ndjson", "/abs/a.html", "a/", "a/.", ".", "..", "", "a/b/..", "//a.txt", "a b.txt",
    "é.txt", "a.txt.", "x/.hidden",
]  # fmt: skip


@pytest.mark.parametrize("path", NAMES)
def test_stem_and_suffix_are_pathlibs(path):
    assert _name_parts(path) == (PurePath(path).stem, PurePath(path).suffix)
    assert path_suffix(path) == PurePath(path).suffix


def metadata_both_ways(path, outputs=frozenset()):
    """(what the os route gives, what read_metadata on a Path gives): a dict or the InputError's message."""
    results = []
    for read in (_metadata_beside, lambda p, o: read_metadata(Path(p), o)):
        try:
            results.append(read(path, outputs))
        except InputError as exc:
            results.append(str(exc))
    return results


SIDECARS = {
    "good": '{"id": "x", "title": "T", "extra": 1}',
    "array": "[1]",
    "output": '{"schema": "1", "id": "x"}',
    "broken": "{",
}


@pytest.mark.parametrize("content", [*SIDECARS, None, "directory"])
@pytest.mark.parametrize("shape", ["{d}/a.txt", "{d}//a.txt", "{d}/./a.txt", "{d}/sub/../a.txt", "a.txt", "./a.txt"])
def test_metadata_beside_a_file_is_what_pathlib_read(tmp_path, monkeypatch, content, shape):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    sidecar = tmp_path / "a.meta.json"
    if content == "directory":
        sidecar.mkdir()
    elif content is not None:
        sidecar.write_text(SIDECARS[content], encoding="utf-8")
    path = shape.format(d=tmp_path)
    fast, slow = metadata_both_ways(path)
    assert fast == slow
    if content is not None:
        fast, slow = metadata_both_ways(path, frozenset({file_identity(sidecar)}))
        assert fast == slow


def test_a_metadata_file_being_written_is_refused_in_pathlibs_words(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    sidecar = tmp_path / "a.meta.json"
    sidecar.write_text("{}", encoding="utf-8")
    fast, slow = metadata_both_ways(f"{tmp_path}//a.txt", frozenset({file_identity(sidecar)}))
    assert fast == slow
    assert fast.startswith(f"{tmp_path}/a.meta.json: is the output")


@pytest.mark.parametrize("shape", ["{d}/a.txt", "{d}/a.txt/", "{d}/a.txt/.", "{d}//a.txt", "{d}/missing.txt", ""])
def test_an_input_opens_and_is_identified_as_pathlib_did(tmp_path, shape):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    path = shape.format(d=tmp_path)
    try:
        expected = Path(path).stat()
    except OSError:
        expected = None
    assert file_identity(path) == (None if expected is None else (expected.st_dev, expected.st_ino))
    try:
        with Path(path).open("rb") as file:
            wanted: object = file.read()
    except OSError as exc:
        wanted = str(_input_error(exc))
    items = list(read_inputs(path, ReadOptions(format="text"), None))
    assert len(items) == 1
    if isinstance(wanted, bytes):
        assert items[0].record["text"] == wanted.decode()
        assert items[0].record["id"] == PurePath(path).stem
    else:
        assert str(items[0].error) == wanted


def test_no_metadata_is_looked_for_through_pathlib_for_a_plain_name(tmp_path, monkeypatch):
    """The os route decides alone where it can: a stat that fails oddly goes to read_metadata, as before."""
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    called = []
    monkeypatch.setattr("newsfacts.inputs.read_metadata", lambda *args: called.append(args) or {})
    assert _metadata_beside(str(tmp_path / "a.txt"), frozenset()) == {}
    assert called == []
    long_name = "n" * (os.pathconf(tmp_path, "PC_NAME_MAX") - 5) + ".txt"  # its sidecar's name is too long
    assert _metadata_beside(str(tmp_path / long_name), frozenset()) == {}
    assert len(called) == 1
