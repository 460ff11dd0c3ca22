"""The documentation states only what is true: every public name and hook documented, every stated fact checked.

The Sphinx builds (html with -n -W, and doctest) run in CI; these tests check what a build cannot see:
that nothing public is left out, and that the facts written by hand on a page match the code.
"""

import contextlib
import importlib.util
import inspect
import io
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import newsfacts
from newsfacts import cli, hookspecs
from newsfacts.testing import isolated_pipeline

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE = REPO / "examples" / "coastal-defence.txt"

DIRECTIVE = re.compile(
    r"^\.\. (?:auto|py:)(?:class|function|data|exception|decorator)::\s+(?P<target>[\w.]+)(?P<options>(?:\n   :.*)*)"
    r"(?P<body>(?:\n(?:   .*)?)*)",
    re.MULTILINE,
)


def page(name):
    return (DOCS / f"{name}.md").read_text(encoding="utf-8")


def documented(name):
    """Target -> body text of every autodoc or py: directive on a page."""
    return {m["target"]: m["body"].strip() for m in DIRECTIVE.finditer(page(name))}


def fenced(text, language):
    """The contents of every ```language block of a page."""
    return re.findall(rf"^```{language}\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


def section(text, title):
    return text.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


# --- every public name and every hook has documentation ------------------------------------------


def _directive_for(obj):
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return "autoexception"
    if inspect.isclass(obj):
        return "autoclass"
    if (callable(obj) and hasattr(obj, "__wrapped__")) or inspect.isfunction(obj):
        return "autofunction"
    return "autodata"


def _has_own_docstring(obj):
    """A class's or function's own docstring; an instance (a constant, an alias, a marker) has only its type's."""
    doc = (getattr(obj, "__doc__", None) or "").strip()
    return bool(doc) and doc != (type(obj).__doc__ or "").strip()


def test_every_public_name_is_in_the_api_reference_with_a_description():
    api = documented("api")
    problems = []
    for name in sorted(newsfacts.__all__):
        obj = getattr(newsfacts, name)
        target = f"newsfacts.{name}"
        directive = _directive_for(obj)
        if target not in api:
            body = "" if _has_own_docstring(obj) else "\n\n   One or two sentences: what it is for."
            problems.append(
                f"add to a section of docs/api.md, inside an eval-rst block:\n.. {directive}:: {target}{body}"
            )
        elif not _has_own_docstring(obj) and not api[target]:
            problems.append(f"{target} has no docstring: give its directive in docs/api.md an indented description")
    assert not problems, "\n\n".join(problems)


def test_the_api_reference_names_nothing_that_is_not_public():
    public = {f"newsfacts.{name}" for name in newsfacts.__all__} | {"newsfacts.hookimpl"}
    stray = {target for target in documented("api") if target.count(".") == 1} - public
    assert not stray, f"docs/api.md documents names that are not in newsfacts.__all__: {sorted(stray)}"


def hook_names():
    return sorted(name for name, obj in vars(hookspecs).items() if hasattr(obj, f"{hookspecs.PROJECT_NAME}_spec"))


def test_there_are_hooks_to_check():
    assert len(hook_names()) >= 6


@pytest.mark.parametrize("hook", hook_names())
def test_every_hook_has_a_section_a_tested_example_and_a_place_in_the_diagram(hook):
    doc = inspect.getdoc(getattr(hookspecs, hook)) or ""
    assert ">>> " in doc, f"give {hook}'s docstring in src/newsfacts/hookspecs.py an example as a doctest (>>>)"
    assert f"newsfacts.hookspecs.{hook}" in documented("hooks"), (
        f"add to docs/hooks.md, under a heading for what it finds:\n"
        f"```{{eval-rst}}\n.. autofunction:: newsfacts.hookspecs.{hook}\n```"
    )
    assert hook in diagram_hooks(), f"draw {hook} in the figure of docs/how-it-works.md where the pipeline calls it"


# --- how it works: the figure's hook order is the pipeline's -------------------------------------


def diagram_hooks():
    figure = fenced(section(page("how-it-works"), "The order of the hooks"), "text")[0]
    return list(dict.fromkeys(re.findall(r"newsfacts_\w+", figure)))


class Recorder:
    """Implements every hook, changes nothing, and notes the order of the first call of each."""

    newsfacts_name = "recorder"

    def __init__(self):
        self.calls = []

    def _note(self, hook):
        if hook not in self.calls:
            self.calls.append(hook)

    @newsfacts.hookimpl(tryfirst=True)
    def newsfacts_segment(self, text):
        self._note("newsfacts_segment")

    @newsfacts.hookimpl
    def newsfacts_find_quotes(self, document):
        self._note("newsfacts_find_quotes")
        return [newsfacts.Quote(text=document.text[:4], start=0, end=4, kind="indirect")]

    @newsfacts.hookimpl(tryfirst=True)
    def newsfacts_attribute_speaker(self, document, quote):
        self._note("newsfacts_attribute_speaker")

    @newsfacts.hookimpl
    def newsfacts_extract_claims(self, document):
        self._note("newsfacts_extract_claims")
        return []

    @newsfacts.hookimpl
    def newsfacts_find_dates(self, document):
        self._note("newsfacts_find_dates")
        return [newsfacts.Span(text=document.text[:4], start=0, end=4)]

    @newsfacts.hookimpl(tryfirst=True)
    def newsfacts_normalize_date(self, document, expression):
        self._note("newsfacts_normalize_date")


def test_the_figure_shows_the_hooks_in_the_order_the_pipeline_calls_them():
    recorder = Recorder()
    isolated_pipeline(recorder).extract("Some text. More text.")
    assert set(recorder.calls) <= set(hook_names())
    shown = [hook for hook in diagram_hooks() if hook in recorder.calls]
    assert shown == recorder.calls, "reorder the figure in docs/how-it-works.md to the pipeline's order"
    assert set(diagram_hooks()) == set(hook_names())


# --- the command-line page ------------------------------------------------------------------------


def test_the_exit_codes_on_the_cli_page_are_the_commands_own():
    table = section(page("cli"), "Exit status")
    on_page = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)}
    in_code = {value for name, value in vars(cli).items() if name.startswith("EXIT_")}
    assert on_page == in_code, f"docs/cli.md's exit status table lists {on_page}; newsfacts.cli has {in_code}"


def run_cli(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(list(argv))
        except SystemExit as exit_:
            status = exit_.code
    return status, out.getvalue(), err.getvalue()


def test_each_exit_status_means_what_the_cli_page_says(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The council met on Monday.", encoding="utf-8")
    assert run_cli("extract", str(good), "--no-autoload")[0] == cli.EXIT_OK == 0
    status, out, err = run_cli("extract", str(tmp_path / "missing.txt"), str(good), "--no-autoload")
    assert status == cli.EXIT_SOME_FAILED == 1
    assert json.loads(out)["id"] == "good"
    assert "missing.txt" in err
    assert run_cli("extract", str(good), "--no-such-option")[0] == cli.EXIT_USAGE == 2
    assert run_cli("extract", str(good), "--published", "someday")[0] == 2
    assert run_cli("plugins", "--block", "no-such-plugin")[0] == 2


def test_the_environment_variables_on_the_cli_page_are_the_ones_newsfacts_reads():
    source = "\n".join(path.read_text(encoding="utf-8") for path in (REPO / "src" / "newsfacts").rglob("*.py"))
    read = set(re.findall(r"\"(NEWSFACTS_[A-Z_]+)\"", source))
    listed = set(re.findall(r"^```\{envvar\} (\S+)$", page("cli"), re.MULTILINE))
    missing = "\n".join(f"```{{envvar}} {name}\nWhat it does.\n```" for name in sorted(read - listed))
    assert not missing, f"add to the Environment variables section of docs/cli.md:\n{missing}"
    assert listed <= read, f"docs/cli.md lists variables newsfacts does not read: {sorted(listed - read)}"


def test_a_metadata_file_that_is_not_an_object_fails_that_input_only(tmp_path):
    (tmp_path / "bad.txt").write_text("The council met.", encoding="utf-8")
    (tmp_path / "bad.meta.json").write_text("[1, 2]", encoding="utf-8")
    (tmp_path / "good.txt").write_text("The council met.", encoding="utf-8")
    (tmp_path / "good.meta.json").write_text('{"title": "Met", "note": "ignored"}', encoding="utf-8")
    (tmp_path / "good.json").write_text('{"title": "Not metadata"}', encoding="utf-8")  # the old name, no longer read
    status, out, err = run_cli("extract", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "--no-autoload")
    assert status == 1
    assert "bad.meta.json" in err
    assert "metadata" in err
    written = json.loads(out)
    assert (written["id"], written["title"]) == ("good", "Met")
    assert "note" not in written


def test_newsfacts_output_is_never_read_as_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("The council met.", encoding="utf-8")
    status, out, _ = run_cli("extract", str(tmp_path / "a.txt"), "--no-autoload", "--title", "Met")
    assert status == 0
    (tmp_path / "a.meta.json").write_text(out, encoding="utf-8")
    status, out, err = run_cli("extract", str(tmp_path / "a.txt"), "--no-autoload")
    assert status == 1
    assert out == ""
    assert "a.meta.json" in err
    assert "newsfacts output" in err


def plugin_names(**kwargs):
    return {info.name for info in newsfacts.Pipeline(**kwargs).plugins}


@pytest.mark.parametrize(
    ("value", "autoload"),
    [
        ("", True),
        ("0", True),
        ("false", True),
        ("No", True),
        ("off", True),
        ("1", False),
        ("yes", False),
        ("ON", False),
    ],
)
def test_the_autoload_variable_means_what_the_cli_page_says(monkeypatch, value, autoload):
    pytest.importorskip("newsfacts_dates")
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", value)
    assert ("dates" in plugin_names()) is autoload
    assert "dates" in plugin_names(autoload=True)  # an explicit argument wins


def test_an_autoload_value_that_means_neither_is_a_configuration_error(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", "maybe")
    with pytest.raises(newsfacts.ConfigurationError, match="NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD"):
        plugin_names()
    assert "segmenter" in plugin_names(autoload=False)  # an explicit argument wins
    assert run_cli("plugins")[0] == cli.EXIT_USAGE == 2


def test_the_blocked_variable_is_read_only_when_autoloading_and_checked_as_block_is(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_BLOCKED_PLUGINS", "segmenter")
    assert "segmenter" not in plugin_names()
    assert "segmenter" in plugin_names(autoload=False)
    monkeypatch.setenv("NEWSFACTS_BLOCKED_PLUGINS", "segmenter, no-such-plugin")
    with pytest.raises(newsfacts.UnknownPluginError, match="no-such-plugin"):
        plugin_names()
    assert "segmenter" in plugin_names(autoload=False)
    assert run_cli("plugins")[0] == 2
    assert run_cli("plugins", "--no-autoload")[0] == 0
    monkeypatch.delenv("NEWSFACTS_BLOCKED_PLUGINS")
    assert run_cli("plugins", "--block", "no-such-plugin")[0] == 2


def shown_commands():
    """Every newsfacts command line in a shell block of the docs and the README, as argument lists."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(DOCS.glob("*.md"))]
    texts.append((REPO / "README.md").read_text(encoding="utf-8"))
    for text in texts:
        for block in fenced(text, "sh") + fenced(text, "console"):
            for line in block.splitlines():
                tokens = shlex.split(line.removeprefix("$ "), comments=True)
                commands, current = [], []
                for token in [*tokens, "|"]:
                    if token in {"|", "&&", ";"}:
                        commands.append(current)
                        current = []
                    else:
                        current.append(token)
                for command in commands:
                    if command and command[0].endswith("newsfacts"):
                        yield [t for t in command[1:] if t not in {">", "<"}]


def test_there_are_command_lines_to_check():
    assert len(list(shown_commands())) >= 8


@pytest.mark.parametrize("argv", list(shown_commands()), ids=" ".join)
def test_every_command_line_shown_in_the_docs_is_accepted_by_the_parser(argv):
    cli._parser().parse_args(argv)  # exits with status 2 on an unknown command or option


def test_the_generated_cli_reference_covers_every_option_of_every_command():
    pytest.importorskip("sphinx")
    spec = importlib.util.spec_from_file_location("newsfacts_docs", DOCS / "_ext" / "newsfacts_docs.py")
    extension = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(extension)
    parser = cli._parser()
    for _name, summary, subparser in [("", "", parser), *extension._subcommands(parser)]:
        text = "\n".join(extension._parser_rst(subparser, summary))
        for action in subparser._actions:
            for flag in action.option_strings or [action.metavar or action.dest]:
                assert flag in text or flag in {"-h", "--help"}, (subparser.prog, flag)


# --- the accuracy figures -------------------------------------------------------------------------


def test_the_accuracy_table_holds_the_figures_the_code_gives_now(shared):
    text = page("accuracy")
    data = {}
    for block in fenced(text, "sh"):
        for task, path in re.findall(r"^newsfacts evaluate (\w+) (\S+)$", block, re.MULTILINE):
            data[task] = REPO / path
    rows = re.findall(r"^\| (\w+) \| [^|]+ \| [^|]+ \| `([\w.]+)` \| ([\d.]+) \|$", text, re.MULTILINE)
    assert {task for task, _, _ in rows} == set(data) == {"quotes", "dates", "claims"}
    stale = []
    for task, path in data.items():
        status, out, err = run_cli("evaluate", task, str(path), "--json")
        assert status == 0, err
        scores = json.loads(out)
        for _, key, shown in ((t, k, v) for t, k, v in rows if t == task):
            value = scores
            for part in key.split("."):
                value = value[part]
            decimals = len(shown.split(".")[1]) if "." in shown else 0
            now = f"{value:.{decimals}f}"
            if now != shown:
                stale.append(f"{task} {key}: the table says {shown}, the code now gives {now}")
    assert not stale, "update the figures table in docs/accuracy.md (and its commit):\n" + "\n".join(stale)


# --- the overriding example -----------------------------------------------------------------------


@pytest.fixture
def house_style(monkeypatch):
    pytest.importorskip("newsfacts_quotes")
    pytest.importorskip("newsfacts_dates")
    monkeypatch.syspath_prepend(str(FIXTURES))
    import newsfacts_house_style  # noqa: PLC0415

    return newsfacts_house_style


TEXT = "Officials said the talks would resume after Thanksgiving. “We are close,” Rita Alves said on Monday."


def test_the_speaker_override_names_unnamed_sources_anonymous_and_leaves_named_ones(house_style):
    article = newsfacts.Pipeline(plugins=[house_style]).extract(TEXT, published="2025-10-16")
    speakers = [(quote.speaker.text, quote.speaker.name, quote.speaker.plugin) for quote in article.quotes]
    assert speakers == [("Officials", "anonymous", "house-style"), ("Rita Alves", "Rita Alves", "quotes")]


def test_without_the_override_the_built_in_plugin_decides_otherwise(house_style):
    article = newsfacts.Pipeline().extract(TEXT, published="2025-10-16")
    assert [quote.speaker.name for quote in article.quotes] == ["Officials", "Rita Alves"]
    assert [date.value for date in article.dates] == ["2025-11-27", "2025-10-13"]


@pytest.mark.parametrize(
    ("published", "thanksgiving"),
    [("2025-10-16", "2025-10-13"), ("2024-01-01", "2024-10-14"), ("2026-06-30", "2026-10-12")],
)
def test_the_date_override_gives_canadas_thanksgiving_and_leaves_other_dates(house_style, published, thanksgiving):
    article = newsfacts.Pipeline(plugins=[house_style]).extract(TEXT, published=published)
    dates = {date.text: date for date in article.dates}
    assert dates["Thanksgiving"].value == thanksgiving
    assert dates["Thanksgiving"].first == dates["Thanksgiving"].last
    assert dates["Thanksgiving"].plugin == "house-style"
    assert dates["Monday"].plugin == "dates"


def test_without_a_publication_date_the_date_override_leaves_the_decision(house_style):
    article = newsfacts.Pipeline(plugins=[house_style]).extract(TEXT)
    assert all(date.plugin != "house-style" for date in article.dates)


# --- the offline build ----------------------------------------------------------------------------


def test_offline_only_references_into_unreachable_inventories_pass(tmp_path):
    pytest.importorskip("sphinx")
    source = tmp_path / "src"
    source.mkdir()
    (source / "conf.py").write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(DOCS / '_ext')!r})\n"
        "extensions = ['sphinx.ext.intersphinx', 'newsfacts_docs']\n"
        "nitpicky = True\n"
        "intersphinx_mapping = {'python': ('https://docs.python.org/3', None),"
        " 'attrs': ('https://www.attrs.org/en/stable', None)}\n",
        encoding="utf-8",
    )
    (source / "index.rst").write_text(
        "Test\n====\n\n"
        ":class:`datetime.date`, :class:`collections.abc.Mapping`, :func:`attrs.evolve`.\n\n"
        ":class:`newsfacts.NoSuchRecord`, :class:`dattime.date`.\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-n", "-q", "-b", "html", str(source), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env={"NEWSFACTS_DOCS_OFFLINE": "1", "PATH": "", "HOME": str(tmp_path)},
        check=False,
        timeout=120,
    )
    warnings = [line for line in result.stderr.splitlines() if "WARNING" in line]
    assert [re.search(r"target not found: (\S+)", line)[1] for line in warnings] == [
        "newsfacts.NoSuchRecord",
        "dattime.date",
    ], result.stderr
