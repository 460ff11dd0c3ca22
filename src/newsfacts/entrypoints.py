"""Finding an entry-point group without importing ``importlib.metadata`` at every start.

Importing ``importlib.metadata`` costs a one-article run of the command about a tenth of its time (it
imports the ``email`` package, with ``socket`` and more, to parse metadata files), while finding the
plugins needs only each installed distribution's ``entry_points.txt``. :func:`group_entry_points` reads
them as the standard library's path finder does (``importlib.metadata.entry_points(group=...)`` on
Python 3.11): every ``*.dist-info`` and ``*.egg-info`` directory of every directory on ``sys.path``, in
order, a distribution seen twice counting once (the first), the file's ``[group]`` lines as
``name = value``. Wherever the environment holds anything else it asks ``importlib.metadata`` itself: a
``sys.path`` entry that is a file (a zip or an egg), a meta path finder other than the standard one that
can list distributions, or an ``entry_points.txt`` line it would not read as ``name = value``.

A found entry point loads like the standard one, and its distribution (name, version) is read through
``importlib.metadata`` only when asked for (``newsfacts plugins``, a name clash).
"""

from __future__ import annotations

import errno
import importlib
import importlib.machinery
import os
import re
import stat
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when asked for a distribution: the scan itself reads paths with ``os`` (issue 17)
    from importlib import metadata
    from pathlib import Path

# importlib.metadata.EntryPoint.pattern: a module, an optional ``:attribute.path``, optional extras.
_REFERENCE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")
_SUFFIXES = (".dist-info", ".egg-info")


def distribution_key(name: str) -> str:
    """A distribution's name as packaging compares them: case and runs of ``-_.`` do not matter."""
    return re.sub(r"[-_.]+", "-", name).lower()


class FoundEntryPoint:
    """An entry point read from a distribution's ``entry_points.txt``; loads as ``importlib.metadata``'s does."""

    __slots__ = ("_dist", "_path", "distribution_key", "group", "name", "value")

    def __init__(self, name: str, value: str, group: str, path: str | Path, key: str) -> None:
        self.name = name
        self.value = value
        self.group = group
        self._path = path
        self.distribution_key = key
        self._dist: metadata.Distribution | None = None

    def load(self) -> Any:
        """Import the module and follow the attribute path, as ``importlib.metadata.EntryPoint.load`` does."""
        match = _REFERENCE.match(self.value)
        if match is None:
            msg = f"not a module reference: {self.value!r}"
            raise ValueError(msg)
        loaded: Any = importlib.import_module(match.group("module"))
        for attribute in filter(None, (match.group("attr") or "").split(".")):
            loaded = getattr(loaded, attribute)
        return loaded

    @property
    def dist(self) -> metadata.Distribution:
        """The distribution that declares the entry point (``importlib.metadata`` is imported only now)."""
        if self._dist is None:
            from importlib import metadata  # noqa: PLC0415 - the point of this module
            from pathlib import Path  # noqa: PLC0415 - likewise

            self._dist = metadata.PathDistribution(Path(self._path))
        return self._dist


class _Unreadable(Exception):  # noqa: N818 - internal signal, never raised to a caller
    """Something the scan does not read as the standard library would: ask the standard library."""


def group_entry_points(group: str) -> list[Any]:
    """The entry points of ``group`` of every installed distribution, as ``importlib.metadata`` finds them."""
    try:
        return _scanned(group)
    except _Unreadable:
        from importlib import metadata  # noqa: PLC0415 - the point of this module

        return list(metadata.entry_points(group=group))


def _scanned(group: str) -> list[FoundEntryPoint]:
    for finder in sys.meta_path:
        if hasattr(finder, "find_distributions") and finder is not importlib.machinery.PathFinder:
            raise _Unreadable
    seen: set[str] = set()
    found: list[FoundEntryPoint] = []
    for entry in sys.path:
        root = entry or "."
        if _last_name(root).lower().endswith(".egg"):
            raise _Unreadable  # an egg's EGG-INFO: the standard library reads those
        mode = _mode(root)
        if mode is None:
            continue
        if not stat.S_ISDIR(mode):
            raise _Unreadable  # a zip file or an egg: the standard library reads those
        for key, paths in _distributions_in(root).items():
            if key not in seen:  # the first distribution of a name hides any other (importlib's ``_unique``)
                seen.add(key)
                found += _declared(paths[0], group, key)
    return found


def _last_name(path: str) -> str:
    """``pathlib.PurePath(path).name``; on POSIX the last part that is neither empty nor ``.``, or ``""``."""
    if os.name != "posix":
        from pathlib import PurePath  # noqa: PLC0415 - Windows paths: pathlib's own reading

        return PurePath(path).name
    return next((part for part in reversed(path.split("/")) if part not in {"", "."}), "")


# The errors pathlib's exists() and is_dir() take for "no such file" (pathlib._ignore_error, Python 3.11).
_MISSING = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})
_MISSING_ON_WINDOWS = frozenset({21, 123, 1921})  # not ready, invalid name, cannot resolve the name


def _mode(path: str) -> int | None:
    """The file mode, or None where ``pathlib.Path.exists`` says False; other errors raise, as it does."""
    try:
        return os.stat(path).st_mode  # noqa: PTH116 - the scan imports no pathlib (see the imports)
    except OSError as exc:
        if exc.errno not in _MISSING and getattr(exc, "winerror", None) not in _MISSING_ON_WINDOWS:
            raise
        return None
    except ValueError:
        return None


def _distributions_in(root: str) -> dict[str, list[str]]:
    """The metadata directories in ``root`` by normalized name, in directory order (importlib's ``Lookup``)."""
    try:
        children = os.listdir(root)  # noqa: PTH208 - likewise; Path.iterdir lists the same names, in this order
    except OSError:
        return {}
    infos: dict[str, list[str]] = {}
    for child in children:
        low = child.lower()
        if low.endswith(_SUFFIXES):
            if not child.endswith(_SUFFIXES):
                raise _Unreadable  # importlib names such a distribution by its metadata, not its directory
            name = low.rpartition(".")[0].partition("-")[0]
            infos.setdefault(distribution_key(name), []).append(os.path.join(root, child))  # noqa: PTH118
    return infos


def _declared(path: str, group: str, key: str) -> list[FoundEntryPoint]:
    try:
        with open(os.path.join(path, "entry_points.txt"), encoding="utf-8") as file:  # noqa: PTH118, PTH123
            text = file.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return []
    if f"[{group}]" not in text:
        return []  # no header of the group (a header's brackets enclose its name): none of its lines count
    found = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
            continue
        if "=" not in line:
            raise _Unreadable
        if section == group:
            name, value = (part.strip() for part in line.split("=", 1))
            found.append(FoundEntryPoint(name, value, group, path, key))
    return found


__all__ = ["FoundEntryPoint", "distribution_key", "group_entry_points"]
