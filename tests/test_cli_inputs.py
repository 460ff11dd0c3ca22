"""The command line on real inputs: it never misreads a file, never crashes, and says each failure in one line."""

import io
import json
import os
import signal
import subprocess
import sys

import pytest

import newsfacts
from newsfacts import SchemaError
from newsfacts.cli import main

TEXT = "“We will stay,” she said on Monday. It was quiet."
DEEP = "[" * 1000 + "]" * 1000


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def newsfacts_command(*args, stdin=b"", env=None, cwd=None, script=None):
    environment = {**os.environ, **(env or {})}
    for name in ("NEWSFACTS_DISABLE_PLUGIN_AUTOLOAD", "NEWSFACTS_BLOCKED_PLUGINS"):
        environment.pop(name, None)
    command = [sys.executable, "-m", "newsfacts", *args]
    if script is not None:
        command = ["sh", "-c", script.replace("NEWSFACTS", f"'{sys.executable}' -m newsfacts")]
    return subprocess.run(command, input=stdin, capture_output=True, env=environment, cwd=cwd, check=False)


def feed(monkeypatch, data: bytes):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# -- metadata beside a text ------------------------------------------------------------------------


def test_the_shells_new_output_file_is_not_read_as_metadata(tmp_path):
    (tmp_path / "big.txt").write_text(TEXT, encoding="utf-8")
    result = newsfacts_command(script="NEWSFACTS extract big.txt --published 2024-03-06 > big.json", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, b"")
    assert json.loads((tmp_path / "big.json").read_text(encoding="utf-8"))["published"] == "2024-03-06"


def test_an_earlier_output_never_supplies_metadata_to_the_next_run(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(tmp_path / "story.txt"), "--published", "2001-01-01")
    (tmp_path / "story.json").write_text(out, encoding="utf-8")  # the earlier output, where it used to be read
    status, out, err = run(capsys, "extract", str(tmp_path / "story.txt"))
    assert (status, err) == (0, "")
    assert json.loads(out)["published"] is None
    # Nor under the metadata name: output is recognised for what it is.
    (tmp_path / "story.json").rename(tmp_path / "story.meta.json")
    status, out, err = run(capsys, "extract", str(tmp_path / "story.txt"))
    assert (status, out) == (1, "")
    assert "story.meta.json: is newsfacts output, not metadata" in err


def test_metadata_that_is_the_output_being_written_is_refused(tmp_path):
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    result = newsfacts_command(script="NEWSFACTS extract story.txt > story.meta.json", cwd=tmp_path)
    assert result.returncode == 1
    assert b"story.meta.json: is the output this run is writing, not metadata" in result.stderr
    result = newsfacts_command("extract", "story.txt", "--output", "story.meta.json", cwd=tmp_path)
    assert result.returncode == 1
    assert b"story.meta.json: is the output this run is writing" in result.stderr


def test_metadata_may_carry_url_and_author(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    meta = {"published": "Tue, 05 Mar 2024 09:00:00 GMT", "url": "https://x.example/s", "author": "A. Writer"}
    (tmp_path / "story.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(tmp_path / "story.txt"))
    article = json.loads(out)
    assert (status, article["published"], article["url"], article["author"]) == (
        0,
        "2024-03-05",
        "https://x.example/s",
        "A. Writer",
    )


# -- formats ------------------------------------------------------------------------------------------


def test_json_lines_on_standard_input_are_read_as_json_lines(monkeypatch, capsys):
    lines = [json.dumps({"id": "a", "text": TEXT}), json.dumps({"id": "b", "text": "Calm."})]
    feed(monkeypatch, ("\n".join(lines) + "\n").encode("utf-8"))
    status, out, err = run(capsys, "extract", "-")
    assert (status, err) == (0, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]


def test_the_format_option_says_how_to_read_standard_input(monkeypatch, capsys):
    line = json.dumps({"id": "a", "text": TEXT})
    feed(monkeypatch, line.encode("utf-8"))
    status, out, _ = run(capsys, "extract", "-", "--format", "text", "--include-text")
    assert (status, json.loads(out)["text"]) == (0, line)
    feed(monkeypatch, b"\n\n" + line.encode("utf-8") + b"\n")
    status, out, _ = run(capsys, "extract", "-", "--format", "jsonl")
    assert (status, json.loads(out)["id"]) == (0, "a")


def test_text_that_starts_like_json_but_is_not_is_text(monkeypatch, capsys):
    feed(monkeypatch, b"{Editor's note} She said it was over.\n")
    status, out, _ = run(capsys, "extract", "-", "--include-text")
    assert (status, json.loads(out)["text"]) == (0, "{Editor's note} She said it was over.\n")


@pytest.mark.parametrize("suffix", [".json", ".log", ""])
def test_json_lines_under_another_suffix_are_json_lines(suffix, tmp_path, capsys):
    path = tmp_path / f"saved{suffix}"
    path.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n" + json.dumps({"id": "b", "text": "Calm."}) + "\n")
    status, out, err = run(capsys, "extract", str(path))
    assert (status, err) == (0, "")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]


def test_a_json_file_may_hold_one_record_or_an_array_of_them(tmp_path, capsys):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "solo", "text": TEXT}, indent=2), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "x", "text": TEXT}, {"text": 5}, {"id": "z", "text": "Calm."}], indent=2))
    status, out, err = run(capsys, "extract", str(one), str(many))
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["solo", "x", "z"]
    assert err.splitlines() == [f"newsfacts: {many}:[2]: expected an object with a string 'text' or 'html'"]


def test_an_unusual_suffix_is_text_unless_told(tmp_path, capsys):
    path = tmp_path / "story.md"
    path.write_text(TEXT, encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(path), "--include-text")
    assert (status, json.loads(out)["text"], json.loads(out)["id"]) == (0, TEXT, "story")
    path = tmp_path / "batch.data"
    path.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(path), "--format", "jsonl")
    assert (status, json.loads(out)["id"]) == (0, "a")


# -- encodings ----------------------------------------------------------------------------------------


def test_a_file_not_in_utf8_says_so_and_how_to_read_it(tmp_path, capsys):
    path = tmp_path / "latin.txt"
    path.write_bytes("“Nous restons”, a-t-elle dit à Brest.".encode("cp1252"))
    status, out, err = run(capsys, "extract", str(path))
    assert (status, out) == (1, "")
    assert err == f"newsfacts: {path}: not UTF-8: byte 0x93 at offset 0; give the file's encoding with --encoding\n"
    status, out, err = run(capsys, "extract", str(path), "--encoding", "cp1252", "--include-text")
    assert (status, err) == (0, "")
    assert json.loads(out)["text"] == "“Nous restons”, a-t-elle dit à Brest."


def test_json_lines_in_utf16_are_read_line_by_line(tmp_path, capsys):
    path = tmp_path / "wide.jsonl"
    lines = [json.dumps({"id": "a", "text": TEXT}), "{oops", json.dumps({"id": "c", "text": "Calm."})]
    path.write_bytes("\n".join(lines).encode("utf-16"))
    status, out, err = run(capsys, "extract", str(path), "--encoding", "utf-16")
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "c"]
    assert err.startswith(f"newsfacts: {path}:2: not JSON")


def test_json_lines_on_standard_input_in_another_encoding_are_recognised(monkeypatch, capsys):
    line = json.dumps({"id": "a", "text": "“Café,” she said."}, ensure_ascii=False) + "\n"
    feed(monkeypatch, line.encode("cp1252"))
    status, out, _ = run(capsys, "extract", "-", "--encoding", "cp1252", "--include-text")
    assert (status, json.loads(out)["text"]) == (0, "“Café,” she said.")


def test_an_unknown_encoding_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", "a.txt", "--encoding", "klingon-8"])
    assert info.value.code == 2
    assert "unknown encoding 'klingon-8'" in capsys.readouterr().err


# -- output -------------------------------------------------------------------------------------------


def test_output_goes_to_the_file_given(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    status, out, err = run(capsys, "extract", str(tmp_path / "a.txt"), "--output", str(target))
    assert (status, out, err) == (0, "", "")
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "a"


def test_output_that_is_an_input_is_refused_before_it_is_destroyed(tmp_path, capsys):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as info:
        main(["extract", str(path), "--output", str(path)])
    assert info.value.code == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert json.loads(path.read_text(encoding="utf-8")) == {"text": TEXT}


def test_an_input_the_shell_is_writing_to_is_reported(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    result = newsfacts_command(script="NEWSFACTS extract a.jsonl >> a.jsonl", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == b"newsfacts: a.jsonl: is a file this run is writing; read it in another run\n"


def test_several_inputs_with_indent_give_one_json_array(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "b1", "text": TEXT}) + "\n{bad\n" + json.dumps({"id": "b2", "text": "C."}))
    status, out, _ = run(capsys, "extract", str(tmp_path / "a.txt"), str(batch), "--indent", "2")
    assert status == 1
    assert [article["id"] for article in json.loads(out)] == ["a", "b1", "b2"]
    status, out, _ = run(capsys, "extract", str(batch), "--indent", "0")
    assert [article["id"] for article in json.loads(out)] == ["b1", "b2"]
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    status, out, _ = run(capsys, "extract", str(empty), "--indent", "4")
    assert (status, json.loads(out)) == (0, [])
    status, out, _ = run(capsys, "extract", str(tmp_path / "a.txt"), "--indent", "2")  # one text: one object
    assert json.loads(out)["id"] == "a"


def test_standard_input_with_indent_is_an_object_for_a_text_and_an_array_for_json_lines(monkeypatch, capsys):
    feed(monkeypatch, TEXT.encode("utf-8"))
    status, out, _ = run(capsys, "extract", "-", "--indent", "2")
    assert (status, json.loads(out)["schema"]) == (0, "newsfacts/1")
    feed(monkeypatch, (json.dumps({"id": "a", "text": TEXT}) + "\n").encode("utf-8"))
    status, out, _ = run(capsys, "extract", "-", "--indent", "2")
    assert (status, [article["id"] for article in json.loads(out)]) == (0, ["a"])


@pytest.mark.parametrize("indent", ["99999999999999999999", "65", "-1"])
def test_an_absurd_indent_is_a_usage_error(indent, capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", "a.txt", "--indent", indent])
    assert info.value.code == 2
    assert "--indent takes a number of spaces, from 0 to 64" in capsys.readouterr().err


def test_a_closed_pipe_ends_the_run_quietly(tmp_path):
    # Far more output than a pipe buffers, so that the writer meets the closed pipe, then more inputs after it.
    (tmp_path / "many.jsonl").write_text("".join(json.dumps({"id": f"n{i}", "text": TEXT}) + "\n" for i in range(3000)))
    names = ["many.jsonl"]
    for number in range(3):
        (tmp_path / f"t{number}.txt").write_text(TEXT, encoding="utf-8")
        names.append(f"t{number}.txt")
    result = newsfacts_command(script=f"NEWSFACTS extract {' '.join(names)} | head -1", cwd=tmp_path)
    assert json.loads(result.stdout)["id"] == "n0"
    assert result.stderr == b""
    # The run's own status, seen without the shell: a reader that closes after the first line.
    process = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", "extract", *names],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    status = process.wait(timeout=120)
    errors = process.stderr.read()
    process.stderr.close()
    assert json.loads(first)["id"] == "n0"
    assert (status, errors) == (0, b"")


def test_an_ascii_standard_output_gets_escapes_not_a_traceback(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "published": "Ünter 3"}\n', encoding="utf-8")
    result = newsfacts_command(
        "extract", "a.txt", "bad.jsonl", "--include-text", cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"}
    )
    assert result.returncode == 1
    assert result.stdout.isascii()
    assert json.loads(result.stdout)["text"] == TEXT
    assert b"Traceback" not in result.stderr
    assert result.stderr.count(b"\n") == 1
    assert b"'\\xdcnter 3'" in result.stderr


def test_closed_standard_streams_are_errors_not_tracebacks(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = newsfacts_command(script="NEWSFACTS extract - <&-", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (1, b"newsfacts: -: standard input is closed\n")
    result = newsfacts_command(script="NEWSFACTS extract a.txt >&-", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, b"newsfacts: standard output is closed; give --output FILE\n")
    result = newsfacts_command(script="NEWSFACTS extract a.txt --output out.json >&-", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, b"")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["id"] == "a"


def test_ctrl_c_exits_130_without_a_traceback():
    process = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", "extract", "-", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")},
        # As at a terminal: a shell starts a background job with SIGINT ignored, and the child would inherit it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 - no threads here
    )
    assert process.stdin is not None
    assert process.stderr is not None
    # A first line that fails proves the run is in its loop, waiting for the next line, when Ctrl-C comes.
    process.stdin.write(b'{"text": 5}\n')
    process.stdin.flush()
    first = process.stderr.readline()
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert first == b"newsfacts: -:1: expected an object with a string 'text' or 'html'\n"
    assert process.returncode == 130
    assert err == b"newsfacts: interrupted\n"


# -- malformed and hostile JSON -------------------------------------------------------------------------


def test_a_deeply_nested_line_is_an_error_for_that_line_and_the_rest_are_read(tmp_path, capsys):
    path = tmp_path / "deep.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": TEXT}),
                DEEP,
                '{"id": "c", "text": ' + DEEP + "}",
                '{"id": "d", "text": "Calm."}',
            ]
        ),
        encoding="utf-8",
    )
    status, out, err = run(capsys, "extract", str(path))
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "d"]
    assert err.splitlines() == [
        f"newsfacts: {path}:2: not accepted: JSON arrays and objects nested more than 100 deep",
        f"newsfacts: {path}:3: not accepted: JSON arrays and objects nested more than 100 deep",
    ]


def test_a_deeply_nested_metadata_file_is_an_input_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"title": ' + DEEP + "}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    status, out, err = run(capsys, "extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert status == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["b"]
    assert err == (
        f"newsfacts: {tmp_path / 'a.txt'}: {tmp_path / 'a.meta.json'}: cannot read metadata: "
        "not accepted: JSON arrays and objects nested more than 100 deep\n"
    )


def test_a_deeply_nested_gold_record_is_a_usage_error_for_evaluate(tmp_path, capsys):
    path = tmp_path / "gold.jsonl"
    path.write_text(DEEP + "\n", encoding="utf-8")
    status, _, err = run(capsys, "evaluate", "quotes", str(path))
    assert status == 2
    assert err == f"newsfacts: {path}:1: not accepted: JSON arrays and objects nested more than 100 deep\n"


def test_loads_refuses_deep_nesting_and_wrong_types_with_schema_errors():
    with pytest.raises(SchemaError, match="nested more than 100 deep"):
        newsfacts.loads(DEEP)
    with pytest.raises(SchemaError, match="nested more than 100 deep"):
        newsfacts.loads('{"schema": "newsfacts/1", "claims": [{"value": ' + DEEP + "}]}")
    good = json.loads(newsfacts.dumps(newsfacts.extract(TEXT), include_text=True))
    for key, value in [("quotes", [5]), ("claims", ["x"]), ("dates", [None]), ("quotes", [[1]])]:
        with pytest.raises(SchemaError, match="expected a JSON object"):
            newsfacts.loads(json.dumps({**good, key: value}))


def test_every_failure_is_one_line_naming_its_input_and_line(tmp_path, capsys):
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps({"id": "x\nwith a break", "text": TEXT, "published": "line\nbreak"}) + "\n")
    status, _, err = run(capsys, "extract", str(path))
    assert status == 1
    assert len(err.splitlines()) == 1
    assert err.startswith(f"newsfacts: {path}:1: published must be a date")
