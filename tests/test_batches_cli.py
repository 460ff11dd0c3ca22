"""``newsfacts extract`` on batches: --jobs, --timeout, --isolate-failures, progress, and Ctrl-C.

The misbehaving plugins of ``tests/fixtures/batch_plugins.py`` are loaded the
way installed plugins are, through entry points of a made-up distribution on
PYTHONPATH.
"""

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import batch_plugins
import pytest

from newsfacts import progress

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]


def run(*args, site=None, check_rc=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in (site, FIXTURES) if p is not None)
    result = subprocess.run(
        [sys.executable, "-m", "newsfacts", *map(str, args)], capture_output=True, text=True, env=env, check=False
    )
    if check_rc is not None:
        assert result.returncode == check_rc, result.stderr
    return result


def write_jsonl(path, texts, *, extra_lines=()):
    lines = [
        json.dumps({"text": text, "id": f"n{number}", "published": "2024-02-28"}) for number, text in enumerate(texts)
    ]
    lines[1:1] = extra_lines
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


TEXTS = [
    f"“We are ready,” Minister Ana Ruiz said on Monday. The missile can reach {200 + n} km, officials said last week."
    for n in range(25)
]


def test_the_output_and_the_errors_are_the_same_whatever_the_number_of_jobs(tmp_path):
    jsonl = write_jsonl(tmp_path / "in.jsonl", TEXTS, extra_lines=["not json", '{"id": "no text"}'])
    text = tmp_path / "single.txt"
    text.write_text(TEXTS[0], encoding="utf-8")
    paths = [jsonl, tmp_path / "missing.jsonl", text, jsonl]
    one = run("extract", *paths, "--jobs", "1")
    assert one.returncode == 1
    assert len(one.stdout.splitlines()) == 2 * len(TEXTS) + 1
    assert one.stderr.count("\n") == 5  # two bad lines twice, and the missing file
    for jobs in ("2", "0"):
        many = run("extract", *paths, "--jobs", jobs)
        assert (many.returncode, many.stdout, many.stderr) == (one.returncode, one.stdout, one.stderr)


def test_a_hanging_plugin_is_stopped_by_timeout_and_the_rest_is_written(tmp_path):
    site = batch_plugins.installed(tmp_path / "site", hanging="batch_plugins:HANGING")
    jsonl = write_jsonl(tmp_path / "in.jsonl", ["First, 1 km.", "This one will hang.", "Third, 3 km."])
    result = run("extract", jsonl, "--jobs", "2", "--timeout", "1", site=site)
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["n0", "n2"]
    assert "in.jsonl:2: extraction took longer than the time limit of 1 s" in result.stderr
    assert "Traceback" not in result.stderr


def test_isolate_failures_writes_the_article_with_its_failures(tmp_path):
    site = batch_plugins.installed(tmp_path / "site", raising="batch_plugins:RAISING")
    jsonl = write_jsonl(tmp_path / "in.jsonl", ["A boom: “We are ready,” she said.", "Quiet."])
    strict = run("extract", jsonl, site=site)
    assert strict.returncode == 1
    assert len(strict.stdout.splitlines()) == 1
    isolated = run("extract", jsonl, "--isolate-failures", "--jobs", "2", site=site)
    assert isolated.returncode == 1
    first, second = (json.loads(line) for line in isolated.stdout.splitlines())
    assert first["failures"] == [
        {"plugin": "raising", "hook": "newsfacts_extract_claims", "message": "RuntimeError: boom"}
    ]
    assert first["quotes"]  # the quotes plugin's facts are kept
    assert "failures" not in second
    assert "in.jsonl:1: plugin 'raising' failed in hook 'newsfacts_extract_claims'" in isolated.stderr


def test_progress_goes_to_stderr_only_and_quiet_turns_it_off(tmp_path):
    jsonl = write_jsonl(tmp_path / "in.jsonl", TEXTS[:5], extra_lines=["not json"])
    plain = run("extract", jsonl)
    shown = run("extract", jsonl, "--progress", "--jobs", "2")
    assert shown.stdout == plain.stdout
    assert "articles" in shown.stderr
    assert "failed=1" in shown.stderr or "1 failed" in shown.stderr
    assert "in.jsonl:2: not JSON" in shown.stderr
    assert run("extract", jsonl, "--quiet").stderr == plain.stderr
    assert run("extract", jsonl, "--quiet", "--progress").returncode == 2


def test_the_counter_stands_in_for_tqdm(monkeypatch):
    monkeypatch.setitem(sys.modules, "tqdm", None)
    stream = io.StringIO()
    shown = progress.progress_for(stream, show=True)
    assert isinstance(shown, progress.CounterProgress)
    for failed in (False, True, False):
        shown.update(failed=failed)
    shown.close()
    assert stream.getvalue().splitlines()[-1].startswith("newsfacts: 3 articles, ")
    assert stream.getvalue().rstrip().endswith("1 failed")
    assert isinstance(progress.progress_for(io.StringIO(), show=None), progress.NoProgress)  # not a terminal


def test_bad_batch_options_are_usage_errors(tmp_path):
    jsonl = write_jsonl(tmp_path / "in.jsonl", TEXTS[:2])
    assert run("extract", jsonl, "--jobs", "-1").returncode == 2
    assert run("extract", jsonl, "--timeout", "0").returncode == 2


def children_of(pid):
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
def test_ctrl_c_stops_the_workers_keeps_whole_lines_and_exits_130(tmp_path):
    site = batch_plugins.installed(tmp_path / "site", slowpoke="batch_plugins:SLOW")
    jsonl = write_jsonl(tmp_path / "in.jsonl", TEXTS * 16)
    out = tmp_path / "out.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFACTS_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(FIXTURES)])
    with out.open("wb") as stdout:
        process = subprocess.Popen(
            [sys.executable, "-m", "newsfacts", "extract", str(jsonl), "--jobs", "2"],
            stdout=stdout,
            stderr=subprocess.PIPE,
            env=env,
            # As at a terminal: a shell starts a background job with SIGINT ignored, and the child would inherit it.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # noqa: PLW1509 - no threads here
        )
        try:
            deadline = time.monotonic() + 60
            workers = []
            while time.monotonic() < deadline and (len(workers) < 2 or out.stat().st_size < 4096):
                time.sleep(0.1)
                workers = children_of(process.pid)
            assert len(workers) == 2
            process.send_signal(signal.SIGINT)
            _, stderr = process.communicate(timeout=30)
        finally:
            process.kill()
    assert process.returncode == 130
    assert b"Traceback" not in stderr
    assert stderr.decode().strip().endswith("newsfacts: interrupted")
    written = out.read_text(encoding="utf-8")
    assert written.endswith("\n")
    lines = written.splitlines()
    assert 0 < len(lines) < len(TEXTS) * 16
    assert [json.loads(line)["id"] for line in lines] == [f"n{n}" for n in range(len(lines))]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)
