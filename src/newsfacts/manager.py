"""Building the plugin manager: one factory, nothing global, every plugin loaded the same way.

Built-in and third-party plugins are both found through the ``newsfacts``
entry-point group, in name order so that results do not depend on the order of
``sys.path``. The core's own segmenter is registered first so that any plugin
can override it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from importlib import metadata

import attrs
import pluggy

from newsfacts import hookspecs, segmentation
from newsfacts.errors import InputError, PluginLoadError, UnknownPluginError

ENTRY_POINT_GROUP = "newsfacts"
AUTOLOAD_ENV = "NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD"
BLOCKED_ENV = "NEWSFACTS_BLOCKED_PLUGINS"
CORE_PLUGINS = {"segmenter": segmentation}


class PluginManager(pluggy.PluginManager):
    """pluggy's manager, remembering which distribution each entry-point plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT_NAME)
        self.add_hookspecs(hookspecs)
        self.distributions: dict[str, tuple[str, str]] = {}


@attrs.frozen(kw_only=True)
class PluginInfo:
    """A registered plugin: where it comes from and which hooks it implements."""

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]


def autoload_enabled(autoload: bool | None) -> bool:
    """The explicit argument wins; otherwise autoload is on unless the environment turns it off."""
    if autoload is not None:
        return autoload
    return os.environ.get(AUTOLOAD_ENV, "").strip().lower() in {"", "0", "false", "no"}


def blocked_from_env() -> tuple[str, ...]:
    """Plugin names listed, comma-separated, in ``NEWSFACTS_BLOCKED_PLUGINS``."""
    raw = os.environ.get(BLOCKED_ENV, "")
    return tuple(name.strip() for name in raw.split(",") if name.strip())


def _entry_points(*, loading: bool) -> list[metadata.EntryPoint]:
    found: dict[str, metadata.EntryPoint] = {}
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        other = found.get(ep.name)
        if loading and other is not None and other.value != ep.value:
            dists = sorted(d.name for d in (ep.dist, other.dist) if d is not None)
            problem = f"two installed distributions claim the plugin name: {', '.join(dists) or 'unknown'}"
            raise PluginLoadError(ep.name, problem)
        found[ep.name] = ep
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
        ``"dates"``, ``"segmenter"`` for the core's, or the name of one of
        ``plugins``).
    :param autoload: load plugins from the ``newsfacts`` entry-point group;
        ``None`` means yes unless ``NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD`` is set.
        When autoloading, names in ``NEWSFACTS_BLOCKED_PLUGINS`` are blocked
        too; with autoload off the environment is not read at all, so a
        pipeline built only from ``plugins`` is the same everywhere.
    :raises UnknownPluginError: a blocked name matches no plugin that could be loaded.
    :raises PluginLoadError: a plugin cannot be imported or registered, its name
        is taken, it implements no hook, or it implements a hook that does not exist.
    """
    if isinstance(blocked, str) or isinstance(plugins, str):
        msg = "blocked and plugins take a list, not a single string"
        raise InputError(msg)
    manager = PluginManager()
    extra = list(plugins)
    autoload = autoload_enabled(autoload)
    entry_points = _entry_points(loading=autoload)
    known = set(CORE_PLUGINS) | {ep.name for ep in entry_points} | {_plugin_name(p) for p in extra}
    blocked_names = set(blocked)
    for name in sorted(blocked_names):
        if name not in known:
            raise UnknownPluginError(name, list(known))
    environment_blocked = set(blocked_from_env()) if autoload else set()

    for name, module in CORE_PLUGINS.items():
        if name not in blocked_names | environment_blocked:
            _register(manager, module, name)
    if autoload:
        for ep in entry_points:
            if ep.name in blocked_names | environment_blocked or manager.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                raise PluginLoadError(ep.name, f"cannot import {ep.value}: {type(exc).__name__}: {exc}") from exc
            _register(manager, plugin, ep.name)
            if ep.dist is not None:
                manager.distributions[ep.name] = (ep.dist.name, ep.dist.version)
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
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None
