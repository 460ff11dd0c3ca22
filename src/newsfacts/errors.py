"""Typed errors: each says what went wrong and, where a plugin is to blame, which one and in which hook."""

from __future__ import annotations


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


class PluginError(NewsfactsError):
    """A plugin failed inside a hook, or returned something that is not a valid record."""

    def __init__(self, plugin: str, hook: str, problem: str) -> None:
        self.plugin = plugin
        self.hook = hook
        self.problem = problem
        super().__init__(f"plugin {plugin!r} failed in hook {hook!r}: {problem}")


class PluginLoadError(PluginError):
    """A plugin's entry point could not be imported or registered."""

    def __init__(self, plugin: str, problem: str) -> None:
        super().__init__(plugin, "load", problem)
