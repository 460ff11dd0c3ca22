"""Generated JSON Lines files of valid, malformed, deeply nested, huge and wrongly typed lines.

Whatever the mix: every valid line's output, in input order; one stderr line per bad line, naming its line;
no exception escapes; exit 1 when any line was bad. Derandomized, like the other property tests.
"""

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.cli import main

WORDS = ["“We will", "hold,”", "she", "said", "on", "Monday", "the", "missile", "range", "of", "300 km", "."]
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
ids = st.integers(min_value=0, max_value=10**6)


def valid(text, number):
    return ("valid", json.dumps({"id": f"v{number}", "text": text, "published": "2024-03-06"}))


def huge(number, valid_line):
    """A long article (tens of kilobytes) or a line of megabytes that is no article."""
    if valid_line:
        text = "“We will hold the line,” she said on Monday. " * 400
        return ("valid", json.dumps({"id": f"v{number}", "text": text}))
    return ("bad", json.dumps({"text": 7, "padding": "x" * 2_000_000}))


def nested(depth, opener):
    inner = '{"a": ' * depth + "1" + "}" * depth if opener == "{" else "[" * depth + "]" * depth
    return st.sampled_from([("bad", inner), ("bad", json.dumps({"text": "x"})[:-1] + ', "extra": ' + inner + "}")])


malformed = st.one_of(
    st.text(min_size=1, max_size=40).map(lambda s: "{" + s).filter(lambda s: s.strip() != s.strip("{ ")),
    st.sampled_from(['{"text": "unterminated', "[1, 2", '{"text": NaN}x', "}", "nul\x00l"]),
).map(lambda line: ("bad", line.replace("\n", " ").replace("\r", " ")))
wrongly_typed = st.sampled_from(
    [
        {"text": 5},
        {"text": None},
        {"html": 5},
        {"text": "x", "published": 5},
        {"text": "x", "published": "03/02/2023"},
        {"text": "x", "id": [1]},
        {"text": "x", "title": {"a": 1}},
        {"text": ["x"]},
        [1, 2],
        "just a string",
        42,
        None,
        True,
    ]
).map(lambda value: ("bad", json.dumps(value)))
deep = st.builds(lambda depth, opener: (depth, opener), st.integers(101, 3000), st.sampled_from("[{")).flatmap(
    lambda args: nested(*args)
)


@st.composite
def lines(draw):
    kinds = draw(
        st.lists(
            st.sampled_from(["valid", "valid", "malformed", "deep", "huge", "typed", "blank"]), min_size=1, max_size=12
        )
    )
    made = []
    for number, kind in enumerate(kinds):
        if kind == "valid":
            made.append(valid(draw(sentences), number))
        elif kind == "huge":
            made.append(huge(number, draw(st.booleans())))
        elif kind == "malformed":
            made.append(draw(malformed))
        elif kind == "deep":
            made.append(draw(deep))
        elif kind == "typed":
            made.append(draw(wrongly_typed))
        else:
            made.append(("blank", draw(st.sampled_from(["", "   ", "\t"]))))
    return made


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(lines())
def test_a_batch_of_any_lines_keeps_every_valid_result_and_reports_each_bad_line(made):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batch.jsonl"
        path.write_text("\n".join(line for _, line in made) + "\n", encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["extract", str(path)])

    expected_ids = [json.loads(line)["id"] for kind, line in made if kind == "valid"]
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == expected_ids
    bad_lines = [number for number, (kind, _) in enumerate(made, start=1) if kind == "bad"]
    reported = err.getvalue().splitlines()
    assert [line.split(": ", 2)[1] for line in reported] == [f"{path}:{number}" for number in bad_lines]
    assert all(line.startswith("newsfacts: ") for line in reported)
    assert "Traceback" not in err.getvalue()
    assert status == (1 if bad_lines else 0)
