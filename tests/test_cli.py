import io
import json
from importlib import metadata

import pytest

import newsfacts
from newsfacts.cli import main

TEXT = "“We will stay,” she said on Monday. It was quiet."


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_text_file_gives_one_json_object_with_sidecar_metadata(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"published": "2024-03-06", "title": "T"}', encoding="utf-8")
    status, out, err = run(capsys, "extract", str(path))
    assert (status, err) == (0, "")
    article = json.loads(out)
    assert (article["schema"], article["id"], article["published"], article["title"]) == (
        "newsfacts/1",
        "story",
        "2024-03-06",
        "T",
    )


def test_options_override_the_sidecar(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"published": "2024-03-06"}', encoding="utf-8")
    _, out, _ = run(capsys, "extract", str(path), "--published", "2020-01-02", "--id", "x")
    assert (json.loads(out)["published"], json.loads(out)["id"]) == ("2020-01-02", "x")


def test_standard_input_is_read_as_text(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8")), encoding="utf-8"))
    status, out, _ = run(capsys, "extract", "-", "--published", "2024-03-06", "--include-text")
    assert status == 0
    assert json.loads(out)["text"] == TEXT


def test_jsonl_keeps_order_and_ids_and_reports_bad_lines_without_stopping(tmp_path, capsys):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "first", "text": TEXT, "published": "2024-03-06"}),
        "{not json",
        json.dumps({"id": "third", "text": TEXT, "published": "06/03/2024"}),
        "",
        json.dumps({"id": "fifth"}),
        json.dumps({"id": "sixth", "text": "Calm."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", str(path))
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["first", "sixth"]
    errors = err.splitlines()
    assert len(errors) == 3
    assert errors[0].startswith(f"newsfacts: {path}:2: not JSON")
    assert errors[1].startswith(f"newsfacts: {path}:3: published '06/03/2024' does not say which number is the month")
    assert errors[2].startswith(f"newsfacts: {path}:5: expected an object with a string 'text'")


def test_a_missing_file_fails_but_the_others_are_written(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    status, out, err = run(capsys, "extract", str(tmp_path / "missing.txt"), str(good))
    assert status == 1
    assert json.loads(out)["id"] == "good"
    assert "missing.txt" in err


def test_a_bad_published_option_is_a_usage_error(tmp_path, capsys):
    status, out, err = run(capsys, "extract", "-", "--published", "last tuesday")
    assert (status, out) == (2, "")
    assert "published must be a date such as 2023-02-28" in err


def test_plugins_lists_names_distributions_and_hooks(capsys):
    status, out, _ = run(capsys, "plugins", "--json")
    assert status == 0
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows["segmenter"] == {
        "name": "segmenter",
        "distribution": "newsfacts",
        "version": newsfacts.__version__,
        "hooks": ["newsfacts_segment"],
    }
    assert {"quotes", "weapons", "dates"} <= set(rows)
    for name in ("quotes", "weapons", "dates"):  # read from each plugin's distribution, when listed
        distribution = f"newsfacts-{name}"
        assert (rows[name]["distribution"], rows[name]["version"]) == (distribution, metadata.version(distribution))


def test_version_is_the_installed_distributions(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    out, err = capsys.readouterr()
    assert (exit_.value.code, out, err) == (0, f"newsfacts {metadata.version('newsfacts')}\n", "")


def test_a_run_without_version_never_reads_the_version(tmp_path, capsys, monkeypatch):
    def refuse() -> str:
        raise AssertionError("the version was read")

    monkeypatch.setattr("newsfacts.cli._version", refuse)
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    status, out, err = run(capsys, "extract", "--no-autoload", str(path))
    assert (status, err) == (0, "")
    assert json.loads(out)["id"] == "story"


def test_plugins_can_be_blocked_and_autoload_turned_off(capsys):
    _, out, _ = run(capsys, "plugins", "--block", "quotes", "--block", "dates")
    assert "quotes" not in out
    assert "weapons" in out
    _, out, _ = run(capsys, "plugins", "--no-autoload")
    assert out.splitlines() == [f"segmenter  (newsfacts {newsfacts.__version__})", "    newsfacts_segment"]


def test_an_unknown_blocked_plugin_is_a_usage_error(capsys):
    status, _, err = run(capsys, "plugins", "--block", "nope")
    assert status == 2
    assert "unknown plugin 'nope'" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2


def test_a_line_that_is_not_utf8_is_reported_and_the_rest_still_read(tmp_path, capsys):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "a", "text": "One."}\n{"id": "b", "text": "\xff\xfe"}\n{"id": "c", "text": "Three."}\n')
    status, out, err = run(capsys, "extract", str(path))
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert f"{path}:2: not UTF-8" in err


def test_lone_surrogates_are_escaped_not_fatal(tmp_path, capsys):
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"id": "s", "text": "Broken \ud800 text."}) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(path), "--include-text")
    assert status == 0
    assert json.loads(out)["text"] == "Broken \ud800 text."


def test_crlf_text_files_keep_their_offsets(tmp_path, capsys):
    raw = "First line.\r\n\r\n“We will win this war,” she said in 2014.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    status, out, _ = run(capsys, "extract", str(path), "--published", "2020-01-01")
    assert status == 0
    article = json.loads(out)
    spans = [*article["quotes"], *article["dates"]]
    assert {s["text"] for s in spans} >= {"We will win this war,", "2014"}
    for span in spans:
        assert raw[span["start"] : span["end"]] == span["text"]


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path, capsys):
    text = "“We will hold the line,” Ms Lund said."
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "bom.meta.json").write_bytes(b'\xef\xbb\xbf{"published": "2024-03-06"}')
    status, out, _ = run(capsys, "extract", str(path), "--include-text")
    assert status == 0
    article = json.loads(out)
    assert article["text"] == text
    assert article["published"] == "2024-03-06"
    lines = tmp_path / "bom.jsonl"
    lines.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "b", "text": text}).encode("utf-8") + b"\n")
    status, out, _ = run(capsys, "extract", str(lines))
    assert (status, json.loads(out)["id"]) == (0, "b")


def test_published_is_the_default_date_of_json_lines_without_one(tmp_path, capsys):
    path = tmp_path / "dates.jsonl"
    path.write_text(
        json.dumps({"id": "own", "text": "x", "published": "2001-01-01"})
        + "\n"
        + json.dumps({"id": "none", "text": "x"}),
        encoding="utf-8",
    )
    _, out, _ = run(capsys, "extract", str(path), "--published", "2024-03-06")
    assert [json.loads(line)["published"] for line in out.splitlines()] == ["2001-01-01", "2024-03-06"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "-", "-"], "standard input (-) can be read only once"),
        (["extract", "a.txt", "b.txt", "--id", "x"], "--id and --title name one article"),
        (["extract", "a.jsonl", "--title", "x"], "--id and --title apply to text input"),
        (["extract", "a.txt", "--indent", "-2"], "--indent takes a number of spaces"),
    ],
)
def test_contradictory_options_are_usage_errors(capsys, argv, message):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert message in capsys.readouterr().err
