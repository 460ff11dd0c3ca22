# ruff: noqa: INP001 - Sphinx loads this file from docs/_ext, it is not a package
"""Sphinx extension for the newsfacts docs: the parts of a page that would drift are built from the code.

- ``newsfacts-cli``: the command-line reference, walked from the argparse
  parser that ``newsfacts`` itself uses, so every command and option is there
  with its real help text, choices and default.
- ``newsfacts-run``: runs the Python code in its body while the page is built
  and shows the code with what it printed. The pair is also a ``testcode`` /
  ``testoutput`` test, so ``sphinx-build -b doctest`` runs it again on its own
  and fails when the output shown is not what the code prints.
- ``newsfacts-shell``: the same for one ``newsfacts`` command line, shown as a
  terminal session with its exit status.
- ``newsfacts-plugins``: the installed plugins, the hooks each implements and
  the first line of each implementation's docstring.

It also keeps the build honest offline: an intersphinx inventory that cannot be
reached is left out, and only references into that project's own namespace
(the standard library's modules, ``attrs``, ``pluggy``) are then let through as
plain text; every other unresolved reference still fails ``-n -W``. References
to the private type variables in newsfacts' signatures are rendered as text.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import re
import shlex
import sys
import textwrap
import typing
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

LOGGER = logging.getLogger(__name__)

#: For each intersphinx project, the top-level modules whose references it resolves.
INVENTORY_NAMESPACES: dict[str, frozenset[str]] = {
    "python": frozenset(sys.stdlib_module_names) | {"builtins"},
    "attrs": frozenset({"attr", "attrs"}),
    "pluggy": frozenset({"pluggy"}),
    "dask": frozenset({"dask", "distributed"}),
    "pandas": frozenset({"pandas"}),
}
USAGE_WIDTH = 100  # fixed, so the page does not depend on the terminal that built it


# --- pages that show what the code does now are read again on every build ------------------------


def _generated(env: BuildEnvironment) -> None:
    env.newsfacts_generated = {*getattr(env, "newsfacts_generated", set()), env.docname}  # type: ignore[attr-defined]


def _reread_generated(
    _app: Sphinx, env: BuildEnvironment, _added: set[str], _changed: set[str], _removed: set[str]
) -> list[str]:
    return sorted(getattr(env, "newsfacts_generated", set()))


def _purge_generated(_app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, "newsfacts_generated", set()).discard(docname)


def _merge_generated(_app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    found = getattr(other, "newsfacts_generated", set()) & docnames
    env.newsfacts_generated = {*getattr(env, "newsfacts_generated", set()), *found}  # type: ignore[attr-defined]


# --- the command-line reference ------------------------------------------------------------------


def _escape(text: str) -> str:
    """Help text as reST that shows exactly these characters."""
    return re.sub(r"([\\`*|_\[\]])", r"\\\1", text)


def _usage(parser: argparse.ArgumentParser) -> str:
    formatter = argparse.HelpFormatter(prog=parser.prog, width=USAGE_WIDTH)
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)  # noqa: SLF001
    return formatter.format_help().strip()


def _option_signature(action: argparse.Action) -> str:
    if not action.option_strings:
        return str(action.metavar or action.dest)
    if action.nargs == 0:
        return ", ".join(action.option_strings)
    if action.choices is not None and action.metavar is None:
        argument = "{" + ",".join(str(choice) for choice in action.choices) + "}"
    else:
        argument = str(action.metavar or action.dest.upper())
    return ", ".join(f"{flag} {argument}" for flag in action.option_strings)


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", ")", "?", "!")) else ".")


def _option_body(parser: argparse.ArgumentParser, action: argparse.Action) -> list[str]:
    help_text = parser._get_formatter()._expand_help(action) if action.help else ""  # noqa: SLF001
    lines = [_escape(_sentence(help_text)) or "(no description)"]
    extras = []
    if action.choices is not None:
        extras.append("one of " + ", ".join(f"``{choice}``" for choice in action.choices))
    if action.default not in (None, False, [], argparse.SUPPRESS) and action.nargs != 0:
        extras.append(f"default ``{action.default}``")
    if isinstance(action, argparse._AppendAction) and "repeat" not in help_text:  # noqa: SLF001
        extras.append("may be given more than once")
    if extras:
        lines += ["", _sentence("; ".join(extras))]
    return lines


def _subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}  # noqa: SLF001
            for name, subparser in action.choices.items():
                yield name, helps.get(name, ""), subparser


def _parser_rst(parser: argparse.ArgumentParser, summary: str) -> list[str]:
    lines = []
    if summary:
        lines += [_escape(_sentence(summary)), ""]
    lines += [".. code-block:: text", "", textwrap.indent(_usage(parser), "   "), ""]
    if parser.description:
        lines += [_escape(parser.description), ""]
    lines += [f".. program:: {parser.prog}", ""]
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):  # noqa: SLF001
            continue
        lines += [f".. option:: {_option_signature(action)}", ""]
        lines += [textwrap.indent(line, "   ") for line in _option_body(parser, action)]
        lines.append("")
    return lines


class CommandLineReference(SphinxDirective):
    """Every command of ``newsfacts`` with its usage, description, arguments and options.

    ``.. newsfacts-cli:: module:function`` names the function that builds the parser.
    """

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """One section a command, built from the parser."""
        _generated(self.env)
        module_name, _, function = self.arguments[0].partition(":")
        parser = getattr(importlib.import_module(module_name), function)()
        self.env.note_dependency(str(Path(sys.modules[module_name].__file__ or "")))
        sections = [self._section(parser.prog, "", parser)]
        sections += [self._section(sub.prog, summary, sub) for _name, summary, sub in _subcommands(parser)]
        return sections

    def _section(self, title: str, summary: str, parser: argparse.ArgumentParser) -> nodes.section:
        section = nodes.section(ids=[nodes.make_id(f"command {title}")], names=[nodes.fully_normalize_name(title)])
        section += nodes.title(title, "", nodes.literal(title, title))
        self.state.document.note_implicit_target(section, section)
        self.state.nested_parse(StringList(_parser_rst(parser, summary), source="newsfacts-cli"), 0, section)
        return section


# --- code run while the page is built ------------------------------------------------------------


class RunExample(SphinxDirective):
    """Show Python code and what it prints, both taken from running it now; doctest runs it again."""

    has_content = True
    counter: ClassVar[int] = 0

    def run(self) -> list[nodes.Node]:
        """The code, a label, and its output, as a testcode/testoutput pair of their own group."""
        _generated(self.env)
        code = "\n".join(self.content)
        printed = io.StringIO()
        namespace: dict[str, Any] = {"__name__": "__newsfacts_docs__"}
        try:
            with contextlib.chdir(self.config.newsfacts_run_cwd), contextlib.redirect_stdout(printed):
                exec(compile(code, self.get_source_info()[0] or "<docs>", "exec"), namespace)  # noqa: S102
        except Exception as exc:  # noqa: BLE001 - any failure is reported as a build error
            return [self.state.document.reporter.error(f"newsfacts-run: the example failed: {exc!r}", line=self.lineno)]
        output = printed.getvalue().rstrip("\n")
        RunExample.counter += 1
        group = f"newsfacts-run-{self.env.docname}-{RunExample.counter}"
        source = nodes.literal_block(code, code, testnodetype="testcode", groups=[group], language="python")
        source["options"] = {}
        shown = nodes.literal_block(output, output, testnodetype="testoutput", groups=[group], language="none")
        shown["options"] = {}
        self.set_source_info(source)
        self.set_source_info(shown)
        label = nodes.paragraph("", "", nodes.emphasis("", "prints (run when this page was built):"))
        label["classes"].append("newsfacts-output-label")
        return [source, label, shown]


class ShellExample(SphinxDirective):
    """Show a ``newsfacts`` command line, what it wrote and its exit status, from running it now.

    The command runs in-process through :func:`newsfacts.cli.main`, standard
    error interleaved with standard output as a terminal shows them; a hidden
    testcode/testoutput pair runs it again in the doctest build.
    """

    required_arguments = 1
    final_argument_whitespace = True

    def run(self) -> list[nodes.Node]:
        """A console block: the prompt and command, the output, and ``echo $?``."""
        _generated(self.env)
        command = self.arguments[0]
        argv = shlex.split(command)
        if argv[0] != "newsfacts":
            return [
                self.state.document.reporter.error("newsfacts-shell runs newsfacts commands only", line=self.lineno)
            ]
        code = "\n".join(
            [
                "import contextlib, sys",
                "from newsfacts.cli import main",
                "with contextlib.redirect_stderr(sys.stdout):",
                f"    status = main({argv[1:]!r})",
                'print(f"$ echo $?\\n{status}")',
            ]
        )
        printed = io.StringIO()
        namespace: dict[str, Any] = {"__name__": "__newsfacts_docs__"}
        try:
            with contextlib.chdir(self.config.newsfacts_run_cwd), contextlib.redirect_stdout(printed):
                exec(compile(code, "<newsfacts-shell>", "exec"), namespace)  # noqa: S102
        except (Exception, SystemExit) as exc:  # noqa: BLE001 - any failure is reported as a build error
            return [self.state.document.reporter.error(f"newsfacts-shell: {command} failed: {exc!r}", line=self.lineno)]
        output = printed.getvalue().rstrip("\n")
        RunExample.counter += 1
        group = f"newsfacts-shell-{self.env.docname}-{RunExample.counter}"
        test = nodes.comment(code, code, testnodetype="testcode", groups=[group], options={})
        expected = nodes.comment(output, output, testnodetype="testoutput", groups=[group], options={})
        shown_text = f"$ {command}\n{output}"
        shown = nodes.literal_block(shown_text, shown_text, language="console")
        for node in (test, expected, shown):
            self.set_source_info(node)
        return [shown, test, expected]


# --- the installed plugins ----------------------------------------------------------------------


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n", 1)[0].replace("\n", " ")


class PluginTable(SphinxDirective):
    """A table of every installed plugin, its distribution, its hooks and what each implementation does."""

    def run(self) -> list[nodes.Node]:
        """One row a hook implementation, in plugin-name order."""
        from newsfacts import make_plugin_manager  # noqa: PLC0415 - imported when the page is built
        from newsfacts.manager import describe_plugins  # noqa: PLC0415

        _generated(self.env)
        manager = make_plugin_manager(autoload=True, blocked=())
        rows = []
        for info in describe_plugins(manager):
            plugin = manager.get_plugin(info.name)
            for hook in info.hooks:
                impls = getattr(manager.hook, hook).get_hookimpls()
                impl = next(i for i in impls if i.plugin is plugin)
                order = "trylast" if impl.trylast else "tryfirst" if impl.tryfirst else ""
                origin = info.distribution or "registered in code"
                rows.append((info.name, origin, hook, order, _first_line(impl.function.__doc__)))
        return [self._table(("plugin", "distribution", "hook", "order", "what it does"), rows)]

    def _table(self, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> nodes.table:
        table = nodes.table()
        group = nodes.tgroup(cols=len(header))
        table += group
        for width in (12, 16, 26, 8, 50):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        head += self._row(header, literal=False)
        group += head
        body = nodes.tbody()
        for row in rows:
            body += self._row(row, literal=True)
        group += body
        return table

    def _row(self, cells: tuple[str, ...], *, literal: bool) -> nodes.row:
        row = nodes.row()
        for index, cell in enumerate(cells):
            entry = nodes.entry()
            content: nodes.Node = nodes.literal(cell, cell) if literal and index < 4 and cell else nodes.Text(cell)
            entry += nodes.paragraph("", "", content)
            row += entry
        return row


# --- references that cannot or need not resolve --------------------------------------------------


def _reachable(url: str, timeout: float) -> bool:
    try:
        request = urllib.request.Request(url.rstrip("/") + "/objects.inv", method="HEAD")  # noqa: S310 - https only
        with urllib.request.urlopen(request, timeout=timeout):  # noqa: S310
            return True
    except (urllib.error.URLError, OSError, ValueError):
        return False


def drop_unreachable_inventories(_app: Sphinx, config: Config) -> None:
    """Keep only the inventories that can be fetched; let through only their own namespaces' references.

    ``NEWSFACTS_DOCS_OFFLINE=1`` skips the network and behaves as if nothing
    could be reached, so the offline build can be checked on any machine.
    """
    offline = os.environ.get("NEWSFACTS_DOCS_OFFLINE", "") not in {"", "0"}
    mapping = dict(config.intersphinx_mapping)
    for name, location in list(mapping.items()):
        url = location[0] if isinstance(location, tuple | list) else location
        if not offline and _reachable(str(url), config.intersphinx_timeout or 5):
            continue
        del mapping[name]
        modules = sorted(INVENTORY_NAMESPACES.get(name, frozenset()))
        if modules:
            pattern = r"(?:{})(?:\..+)?".format("|".join(re.escape(m) for m in modules))
            config.nitpick_ignore_regex = [*config.nitpick_ignore_regex, (r"py:.+", pattern)]
        LOGGER.info(
            "intersphinx: %s inventory %s; references into %s are shown as plain text",
            name,
            "skipped (NEWSFACTS_DOCS_OFFLINE)" if offline else f"unreachable at {url}",
            ", ".join(modules[:3]) + (", ..." if len(modules) > 3 else "") if modules else "it",
        )
    config.intersphinx_mapping = mapping


def typevars_as_text(
    _app: Sphinx, _env: BuildEnvironment, node: nodes.Element, contnode: nodes.Element
) -> nodes.Element | None:
    """A private TypeVar in a newsfacts signature (``_Record``) names no documented object: show it as text."""
    target = str(node.get("reftarget", ""))
    if node.get("refdomain") != "py" or not target.startswith("newsfacts"):
        return None
    module_name, _, attribute = target.rpartition(".")
    module = sys.modules.get(module_name)
    if isinstance(getattr(module, attribute, None), typing.TypeVar):
        return contnode
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directives and the reference handlers."""
    app.add_config_value("newsfacts_run_cwd", str(Path(app.confdir).parent), "env")
    app.add_directive("newsfacts-cli", CommandLineReference)
    app.add_directive("newsfacts-run", RunExample)
    app.add_directive("newsfacts-plugins", PluginTable)
    app.add_directive("newsfacts-shell", ShellExample)
    app.connect("config-inited", drop_unreachable_inventories, priority=700)
    app.connect("missing-reference", typevars_as_text)
    app.connect("env-get-outdated", _reread_generated)
    app.connect("env-purge-doc", _purge_generated)
    app.connect("env-merge-info", _merge_generated)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
