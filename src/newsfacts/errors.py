"""Typed errors: each says what went wrong and, where a plugin is to blame, which one and in which hook.

Every error pickles with its fields, so an error raised in a worker process
(``--jobs``, Dask) reaches the caller as the same type with the same message.
"""

from __future__ import annotations

try:  # the class ``pickle`` itself exports, from its C half: ``pickle.py`` costs ~1.5 ms to import, at every start
    from _pickle import PicklingError
except ImportError:  # pragma: no cover - a Python without the C accelerator
    from pickle import PicklingError


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose."""


class InputError(NewsfactsError, ValueError):
    """The input cannot be extracted from: wrong type, bad date, malformed JSON line."""


class SchemaError(InputError):
    """A JSON document does not follow the newsfacts schema it claims to."""


class ConfigurationError(NewsfactsError, RuntimeError):
    """The installation or the environment cannot do what was asked: an extra is missing, a setting means nothing."""


class UnknownPluginError(NewsfactsError, LookupError):
    """A plugin name was given that no installed or registered plugin has."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = sorted(known)
        listed = ", ".join(self.known) or "none"
        super().__init__(f"unknown plugin {name!r}; known plugins: {listed}")

    def __reduce__(self) -> tuple[type[UnknownPluginError], tuple[str, list[str]]]:
        return (type(self), (self.name, self.known))


class PluginError(NewsfactsError):
    """A plugin failed inside a hook, or returned something that is not a valid record.

    Whatever a plugin raises (any exception, a ``NewsfactsError`` of its own,
    even ``SystemExit``) reaches the caller as a ``PluginError`` naming the
    plugin and the hook, with the original exception as ``__cause__``. Only
    ``KeyboardInterrupt`` passes through, so Ctrl-C still stops a batch.
    """

    def __init__(self, plugin: str, hook: str, problem: str) -> None:
        self.plugin = plugin
        self.hook = hook
        self.problem = problem
        super().__init__(f"plugin {plugin!r} failed in hook {hook!r}: {problem}")

    def __reduce__(self) -> tuple[type[PluginError], tuple[str, str, str]]:
        return (PluginError, (self.plugin, self.hook, self.problem))


class PluginLoadError(PluginError):
    """A plugin's entry point could not be imported or registered."""

    def __init__(self, plugin: str, problem: str) -> None:
        super().__init__(plugin, "load", problem)

    def __reduce__(self) -> tuple[type[PluginLoadError], tuple[str, str]]:  # type: ignore[override]
        return (PluginLoadError, (self.plugin, self.problem))


class UnpicklablePluginError(PluginError, PicklingError):
    """A pipeline cannot be sent to worker processes because one of its plugins cannot be pickled.

    A pipeline pickles by its configuration: installed plugins by name, plugin
    modules by their import name, other plugin objects by pickle. A plugin
    built in place (a lambda, a class defined inside a function, a module that
    cannot be imported by its name) cannot be rebuilt in another process.
    """

    def __init__(self, plugin: str, problem: str) -> None:
        super().__init__(plugin, "pickle", problem)

    def __reduce__(self) -> tuple[type[UnpicklablePluginError], tuple[str, str]]:  # type: ignore[override]
        return (UnpicklablePluginError, (self.plugin, self.problem))


class WorkerError(NewsfactsError):
    """The worker process extracting an article ended before it answered (a crash, a plugin that exited).

    The article is reported as failed, the worker is replaced and the batch goes on.
    """


class ArticleTimeoutError(WorkerError, TimeoutError):
    """An article took longer than the batch's per-article time limit; its worker was stopped and replaced."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"extraction took longer than the time limit of {seconds:g} s; its worker was replaced")

    def __reduce__(self) -> tuple[type[ArticleTimeoutError], tuple[float]]:
        return (ArticleTimeoutError, (self.seconds,))
