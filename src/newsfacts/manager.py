"""Building the plugin manager: one factory, nothing global, every plugin loaded the same way.

Built-in and third-party plugins are both found through the ``newsfacts``
entry-point group, in name order so that results do not depend on the order of
``sys.path``. The core's own segmenter is registered first so that any plugin
can override it.

A blocked name is ``NAME`` (every plugin of that name) or ``DIST:NAME`` (the
entry point ``NAME`` of the distribution ``DIST`` only), so that when two
installed distributions claim one name, either can be left out. Names given
as an argument and in ``NEWSFACTS_BLOCKED_PLUGINS`` are checked alike: a name
that matches no plugin is an :class:`~newsfacts.errors.UnknownPluginError`.
``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` turns autoload off with ``1``, ``true``,
``yes`` or ``on`` and leaves it on with ``0``, ``false``, ``no``, ``off`` or
nothing (any case); any other value is a
:class:`~newsfacts.errors.ConfigurationError` rather than a guess.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

import attrs
import pluggy

from newsfacts import hookspecs, segmentation
from newsfacts.attrs_methods import fields_eq, fields_hash, fields_repr
from newsfacts.entrypoints import distribution_key, group_entry_points
from newsfacts.errors import ConfigurationError, InputError, PluginLoadError, UnknownPluginError

ENTRY_POINT_GROUP = "newsfacts"
AUTOLOAD_ENV = "NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD"
BLOCKED_ENV = "NEWSFACTS_BLOCKED_PLUGINS"
CORE_PLUGINS = {"segmenter": segmentation}
AUTOLOAD_OFF = frozenset({"1", "true", "yes", "on"})
AUTOLOAD_ON = frozenset({"", "0", "false", "no", "off"})


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, remembering which distribution each entry-point plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        self._sources: dict[str, Any] = {}
        self._distributions: dict[str, tuple[str, str]] | None = None

    def remember_source(self, plugin: str, entry_point: Any) -> None:
        """Note the entry point ``plugin`` was loaded from; its distribution's metadata is read only when asked for."""
        self._sources[plugin] = entry_point
        self._distributions = None

    @property
    def distributions(self) -> dict[str, tuple[str, str]]:
        """``(distribution, version)`` of each entry-point plugin, by plugin name.

        Read on first use: a version is in the distribution's metadata file, which is parsed anew at each
        read, and only ``newsfacts plugins`` shows it, not every start of the command.
        """
        if self._distributions is None:
            self._distributions = {name: (ep.dist.name, ep.dist.version) for name, ep in self._sources.items()}
        return self._distributions


@attrs.frozen(kw_only=True)
class PluginInfo:
    """A registered plugin: where it comes from and which hooks it implements."""

    __repr__, __eq__, __hash__ = fields_repr, fields_eq, fields_hash

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]


def autoload_enabled(autoload: bool | None) -> bool:
    """The explicit argument wins; otherwise autoload is on unless the environment turns it off.

    :raises ConfigurationError: ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` holds a value that means neither.
    """
    if autoload is not None:
        return autoload
    raw = os.environ.get(AUTOLOAD_ENV, "")
    value = raw.strip().lower()
    if value in AUTOLOAD_OFF:
        return False
    if value in AUTOLOAD_ON:
        return True
    msg = (
        f"{AUTOLOAD_ENV}={raw!r} means neither yes nor no: set it to 1, true, yes or on to turn autoload off, "
        "or to 0, false, no, off or nothing to leave it on"
    )
    raise ConfigurationError(msg)


def blocked_from_env() -> tuple[str, ...]:
    """Plugin names listed, comma-separated, in ``NEWSFACTS_BLOCKED_PLUGINS``."""
    raw = os.environ.get(BLOCKED_ENV, "")
    return tuple(name.strip() for name in raw.split(",") if name.strip())


class _Installed:
    """An entry point of the group and the key of the distribution that declares it (None if unknown).

    The distribution's name proper is in its metadata file, parsed anew at every read: it is read only
    for a message that names it, once.
    """

    __slots__ = ("_distribution", "entry_point", "key", "name")

    def __init__(self, entry_point: Any, key: str | None) -> None:
        self.entry_point = entry_point
        self.key = key
        self.name: str = entry_point.name
        self._distribution: str | None = None

    @property
    def distribution(self) -> str | None:
        if self._distribution is None and self.key is not None:
            self._distribution = self.entry_point.dist.name
        return self._distribution


def _all_entry_points() -> list[_Installed]:
    """Every entry point of the group once (one distribution seen twice on ``sys.path`` counts once)."""
    seen: dict[tuple[str, str, str | None], _Installed] = {}
    for ep in group_entry_points(ENTRY_POINT_GROUP):
        key = getattr(ep, "distribution_key", None)  # None: an entry point importlib.metadata found
        if key is None and ep.dist is not None:
            key = distribution_key(ep.dist.name)
        seen.setdefault((ep.name, ep.value, key), _Installed(ep, key))
    return list(seen.values())


def _is_blocked(installed: _Installed, blocked: set[str]) -> bool:
    if installed.name in blocked:
        return True
    key = installed.key
    return key is not None and any(
        entry.partition(":")[2] == installed.name and distribution_key(entry.partition(":")[0]) == key
        for entry in blocked
        if ":" in entry
    )


def _check_blocked(blocked: set[str], names: set[str], installed: list[_Installed]) -> None:
    qualified = {f"{i.key}:{i.name}" for i in installed if i.key is not None}
    for entry in sorted(blocked):
        if ":" in entry:
            dist, _, name = entry.partition(":")
            if f"{distribution_key(dist)}:{name}" not in qualified:
                raise UnknownPluginError(entry, sorted(qualified))
        elif entry not in names:
            raise UnknownPluginError(entry, sorted(names))


def _entry_points(installed: list[_Installed], blocked: set[str]) -> list[_Installed]:
    """The entry points to load, in name order; two distributions claiming one name must be told apart."""
    found: dict[str, _Installed] = {}
    for entry in installed:
        if _is_blocked(entry, blocked):
            continue
        other = found.get(entry.name)
        if other is not None and other.entry_point.value != entry.entry_point.value:
            dists = sorted(d for d in (entry.distribution, other.distribution) if d is not None)
            hint = " or ".join(f"--block {d}:{entry.name}" for d in dists) or f"--block {entry.name}"
            problem = f"two installed distributions claim the plugin name: {', '.join(dists) or 'unknown'}; {hint}"
            raise PluginLoadError(entry.name, problem)
        found[entry.name] = entry
    return [found[name] for name in sorted(found)]


def make_plugin_manager(
    *,
    plugins: Iterable[object] = (),
    blocked: Iterable[str] = (),
    autoload: bool | None = None,
) -> PluginManager:
    """Make a plugin manager with the core hooks, the installed plugins and ``plugins``.

    :param plugins: plugin objects or modules to register after the installed
        ones; each is named by its ``newsfacts_name`` attribute if it has one,
        else by its ``__name__``.
    :param blocked: plugin names not to load (an entry-point name such as
        ``"dates"``, ``"segmenter"`` for the core's, the name of one of
        ``plugins``, or ``"DIST:NAME"`` for the entry point NAME of the
        distribution DIST only).
    :param autoload: load plugins from the ``newsfacts`` entry-point group;
        ``None`` means yes unless ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` is set.
        When autoloading, names in ``NEWSFACTS_BLOCKED_PLUGINS`` are blocked
        too; with autoload off the environment is not read at all, so a
        pipeline built only from ``plugins`` is the same everywhere.
    :raises UnknownPluginError: a blocked name, given or in the environment, matches no plugin that could be loaded.
    :raises ConfigurationError: ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` means neither yes nor no.
    :raises PluginLoadError: a plugin cannot be imported or registered, its name
        is taken, it implements no hook, or it implements a hook that does not exist.
    """
    if isinstance(blocked, str) or isinstance(plugins, str):
        msg = "blocked and plugins take a list, not a single string"
        raise InputError(msg)
    manager = PluginManager()
    extra = list(plugins)
    autoload = autoload_enabled(autoload)
    blocked_names = set(blocked)
    # The group is read to load it, or to know the names a blocked entry may give; otherwise not at all.
    installed = _all_entry_points() if autoload or blocked_names else []
    known = set(CORE_PLUGINS) | {entry.name for entry in installed} | {_plugin_name(p) for p in extra}
    _check_blocked(blocked_names, known, installed)
    environment_blocked = set(blocked_from_env()) if autoload else set()
    _check_blocked(environment_blocked, known, installed)
    everything_blocked = blocked_names | environment_blocked

    for name, module in CORE_PLUGINS.items():
        if name not in everything_blocked:
            _register(manager, module, name)
    if autoload:
        for entry in _entry_points(installed, everything_blocked):  # the group is read once: it scans every dist
            ep = entry.entry_point
            if manager.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise PluginLoadError(ep.name, f"cannot import {ep.value}: {type(exc).__name__}: {exc}") from exc
            _register(manager, plugin, ep.name)
            if entry.key is not None:
                manager.remember_source(ep.name, ep)
    for plugin in extra:
        name = _plugin_name(plugin)
        if name not in blocked_names:
            _register(manager, plugin, name)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as exc:
        name = manager.get_name(exc.plugin) or _plugin_name(exc.plugin)
        raise PluginLoadError(name, f"{exc}; see newsfacts.hookspecs for the hooks that exist") from exc
    return manager


def _register(manager: PluginManager, plugin: object, name: str) -> None:
    if manager.has_plugin(name):
        problem = "the name is taken by another plugin; give this one a distinct newsfacts_name"
        raise PluginLoadError(name, problem)
    try:
        manager.register(plugin, name=name)
    except Exception as exc:
        raise PluginLoadError(name, f"{type(exc).__name__}: {exc}") from exc
    if not manager.get_hookcallers(plugin):
        manager.unregister(plugin)
        problem = "it implements no hook: mark hook functions with @newsfacts.hookimpl and name them after a hook"
        raise PluginLoadError(name, problem)


def _plugin_name(plugin: object) -> str:
    """A stable name: ``newsfacts_name``, else the module's or class's name, else the instance's class path."""
    name = getattr(plugin, "newsfacts_name", None) or getattr(plugin, "__name__", None)
    if name:
        return str(name)
    cls = type(plugin)
    return f"{cls.__module__}.{cls.__qualname__}"


def describe_plugins(manager: PluginManager) -> list[PluginInfo]:
    """What ``newsfacts plugins`` shows: each registered plugin, its distribution and hooks."""
    infos = []
    for name, plugin in manager.list_name_plugin():
        if plugin is None:
            continue
        dist: tuple[str, str | None] | None = manager.distributions.get(name)
        if dist is None and name in CORE_PLUGINS:
            dist = ("newsfacts", _version_of("newsfacts"))
        hooks = tuple(sorted(caller.name for caller in manager.get_hookcallers(plugin) or ()))
        infos.append(
            PluginInfo(
                name=name,
                distribution=dist[0] if dist else None,
                version=dist[1] if dist else None,
                hooks=hooks,
            )
        )
    return sorted(infos, key=lambda info: info.name)


def _version_of(distribution: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - see the imports above

    try:
        return version(distribution)
    except PackageNotFoundError:
        return None
