"""Plugin configuration: the environment means what the README says, and a name clash can be resolved."""

import pytest

from newsfacts import ConfigurationError, Pipeline, PluginLoadError, UnknownPluginError
from newsfacts.cli import main
from newsfacts.entrypoints import group_entry_points

ROGUE = '''
"""A third-party distribution that claims the entry-point name of the built-in quotes plugin."""
import newsfacts

@newsfacts.hookimpl
def newsfacts_find_quotes(document):
    return []
'''


@pytest.fixture
def rogue_quotes(tmp_path, monkeypatch):
    """An installed distribution ``rogue-quotes`` whose entry point is named ``quotes``, as pip leaves one."""
    (tmp_path / "rogue_quotes.py").write_text(ROGUE, encoding="utf-8")
    info = tmp_path / "rogue_quotes-0.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: rogue-quotes\nVersion: 0.3\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[newsfacts]\nquotes = rogue_quotes\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def names(**kwargs):
    return {info.name for info in Pipeline(**kwargs).plugins}


@pytest.mark.parametrize("value", ["1", "true", "YES", " On "])
def test_documented_truthy_values_turn_autoload_off(value, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", value)
    assert names() == {"segmenter"}


@pytest.mark.parametrize("value", ["", "0", "false", "No", "off", "OFF"])
def test_documented_falsy_values_leave_autoload_on(value, monkeypatch):
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", value)
    assert "quotes" in names()


@pytest.mark.parametrize("value", ["maybe", "2", "disable"])
def test_any_other_value_is_an_error_not_a_guess(value, monkeypatch, capsys):
    monkeypatch.setenv("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", value)
    with pytest.raises(ConfigurationError, match=f"NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD='{value}' means neither"):
        Pipeline()
    assert main(["plugins"]) == 2
    assert "means neither yes nor no" in capsys.readouterr().err
    assert "quotes" in names(autoload=True)  # an explicit argument does not read the environment


def test_a_typo_in_the_environment_is_the_same_error_as_in_block(monkeypatch, capsys):
    with pytest.raises(UnknownPluginError, match="unknown plugin 'qoutes'") as from_argument:
        Pipeline(blocked=["qoutes"])
    monkeypatch.setenv("NEWSFACTS_BLOCKED_PLUGINS", "dates, qoutes")
    with pytest.raises(UnknownPluginError, match="unknown plugin 'qoutes'") as from_environment:
        Pipeline()
    assert str(from_environment.value) == str(from_argument.value)
    assert main(["plugins"]) == 2
    assert "unknown plugin 'qoutes'" in capsys.readouterr().err
    assert names(autoload=False) == {"segmenter"}  # without autoload the environment is not read


def test_a_name_clash_says_how_to_resolve_it(rogue_quotes):
    with pytest.raises(PluginLoadError, match="newsfacts-quotes, rogue-quotes; --block newsfacts-quotes:quotes or"):
        Pipeline()


def test_a_clashing_distribution_can_be_blocked_by_its_name(rogue_quotes, monkeypatch):
    pipeline = Pipeline(blocked=["rogue-quotes:quotes"])
    quotes = {info.name: info for info in pipeline.plugins}["quotes"]
    assert quotes.distribution == "newsfacts-quotes"
    assert pipeline.extract("“We will hold,” she said.").quotes  # the built-in plugin runs
    assert {i.name: i for i in Pipeline(blocked=["newsfacts_quotes:quotes"]).plugins}["quotes"].distribution == (
        "rogue-quotes"
    )
    assert "quotes" not in names(blocked=["quotes"])  # the plain name blocks both, and the run goes on
    monkeypatch.setenv("NEWSFACTS_BLOCKED_PLUGINS", "Rogue_Quotes:quotes")
    assert {i.name: i for i in Pipeline().plugins}["quotes"].distribution == "newsfacts-quotes"


def test_a_distribution_qualified_name_must_exist(rogue_quotes, capsys):
    with pytest.raises(UnknownPluginError, match=r"unknown plugin 'rogue-quotes:dates'.*rogue-quotes:quotes"):
        Pipeline(blocked=["rogue-quotes:dates"])
    assert main(["plugins", "--block", "nobody:quotes"]) == 2
    assert "unknown plugin 'nobody:quotes'" in capsys.readouterr().err


def test_the_command_line_runs_with_the_clash_blocked(rogue_quotes, capsys):
    assert main(["plugins", "--block", "rogue-quotes:quotes"]) == 0
    listed = capsys.readouterr().out
    assert "quotes  (newsfacts-quotes" in listed
    assert "rogue" not in listed


def test_building_a_pipeline_reads_no_plugin_version_until_one_is_listed(monkeypatch):
    """A version is parsed out of the distribution's metadata file: only ``plugins`` needs it, not every start."""
    reads = []

    def version(self):
        reads.append(self.name)
        return "9.9"

    # the class whatever finds distributions here gives (dask's importlib_metadata backport, once imported, has its own)
    distribution_type = type(next(iter(group_entry_points("newsfacts"))).dist)
    monkeypatch.setattr(distribution_type, "version", property(version))
    pipeline = Pipeline()
    assert reads == []
    listed = {info.name: info for info in pipeline.plugins}
    assert listed["quotes"].version == "9.9"
    assert "newsfacts-quotes" in reads
