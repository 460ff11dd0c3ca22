"""The command's memory on a long article: records let go of as their JSON is made, long lines written as bytes.

``newsfacts extract`` on one long article used to hold, at its peak, every record beside the article's
JSON, and then the JSON's pieces, the joined line and the line's bytes at once. These tests check the
two changes that cut that: a batch hands each result to an encoder with ``finish_taken`` as its only
reference, and the encoder drops each slice of records once encoded; a writer with the byte stream beneath
its text stream writes a long line there in one call, with the same bytes the text stream would have
written. Weak references, no timing.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import weakref

import batch_finishes
import batch_plugins
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsfacts import BatchResult, Pipeline, cli, dumps, serialization
from newsfacts.output import ArticleEncoder, ResultWriter, _ascii_escaped
from newsfacts.parallel import extract_finished

TEXT = " ".join(f"Battery {n} reaches {10 + n} km, “said” the officer." for n in range(12))


def article():
    return Pipeline(plugins=[batch_plugins.Kilometres()], autoload=False).extract(TEXT, id="m1", title="Ranges")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_finish_that_takes_the_result_holds_the_only_reference_to_its_article(jobs):
    pipeline = Pipeline(plugins=[batch_plugins.Kilometres()], autoload=False)
    tasks = [(TEXT, batch_finishes.Alone()), ({"id": "none"}, batch_finishes.Alone()), (TEXT, batch_finishes.Alone())]
    assert list(extract_finished(pipeline, tasks, jobs=jobs)) == [(0, "alone"), (1, "failed"), (2, "alone")]


def test_the_encoder_lets_go_of_each_slice_of_records_once_encoded(monkeypatch):
    monkeypatch.setattr(serialization, "_RECORDS_AT_ONCE", 2)
    written = article()
    claims = [weakref.ref(claim) for claim in written.claims]
    count = len(claims)
    assert count > 6
    alive_at_each: list[int] = []
    claim_dict = serialization._claim_dict

    def counting(record):
        alive_at_each.append(sum(ref() is not None for ref in claims))
        return claim_dict(record)

    monkeypatch.setattr(serialization, "_claim_dict", counting)
    kept = list(serialization.dumps_pieces(written))
    assert alive_at_each == [count] * count  # the article is still held: nothing can go
    alive_at_each.clear()
    held = [BatchResult(index=0, id="m1", article=written)]
    del written
    taken = ArticleEncoder().finish_taken(held)
    assert alive_at_each == [count - number // 2 * 2 for number in range(count)]  # slices of two
    assert taken.pieces == tuple(kept)
    assert not any(ref() is not None for ref in claims)


@pytest.mark.parametrize("indent", [None, 0, 2])
@pytest.mark.parametrize("include_text", [False, True])
@pytest.mark.parametrize("ascii_only", [False, True])
@pytest.mark.parametrize("text", [TEXT, TEXT + " A lone \ud800 surrogate at 7 km."])
def test_taking_the_result_encodes_what_calling_the_encoder_does(indent, include_text, ascii_only, text):
    encoder = ArticleEncoder(indent=indent, include_text=include_text, ascii_only=ascii_only)
    pipeline = Pipeline(plugins=[batch_plugins.Kilometres()], autoload=False)
    called = encoder(BatchResult(index=3, id=None, article=pipeline.extract(text)))
    taken = encoder.finish_taken([BatchResult(index=3, id=None, article=pipeline.extract(text))])
    assert taken == called
    document = "".join(taken.pieces or ())
    assert json.loads(document)["claims"][0]["text"] == "10 km"
    if "\ud800" in text and include_text:  # escaped as the library escapes a document for an ASCII stream
        assert document == dumps(pipeline.extract(text), indent=indent, include_text=True, ensure_ascii=True)


def test_taking_a_failed_result_or_one_that_cannot_be_written_says_why(monkeypatch):
    encoder = ArticleEncoder()
    failed = BatchResult(index=1, id="x", error=None)
    assert encoder.finish_taken([failed]) == encoder(failed)

    def unwritable(record):
        msg = "a value JSON cannot hold"
        raise TypeError(msg)

    monkeypatch.setattr(serialization, "_claim_dict", unwritable)
    taken = encoder.finish_taken([BatchResult(index=2, id="m1", article=article())])
    assert taken == encoder(BatchResult(index=2, id="m1", article=article()))
    assert taken.pieces is None
    assert taken.error == "cannot write the result as JSON: a value JSON cannot hold"


@given(st.text())
def test_escaping_json_text_to_ascii_is_what_ensure_ascii_writes(value):
    assert _ascii_escaped(json.dumps(value, ensure_ascii=False)) == json.dumps(value, ensure_ascii=True)


def _stream(errors: str = "strict", encoding: str = "utf-8") -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors=errors, newline="\n")


def _written(stream: io.TextIOWrapper) -> bytes:
    stream.flush()
    return stream.buffer.getvalue()  # type: ignore[attr-defined]


LONG = ["{", '"text": "' + "Über 40 km, “sagte” sie. " * 4000 + '"', "}"]  # more than 64 K characters


@pytest.mark.parametrize("errors", ["strict", "backslashreplace"])
def test_a_long_line_written_beneath_the_text_stream_is_what_the_text_stream_writes(errors):
    documents: list[str | list[str]] = ['{"short": 1}', LONG, '{"short": "ä"}', "".join(LONG), LONG]
    if errors != "strict":
        documents.append(['{"s": "', "\ud800" * 70000, '"}'])
    through_text, beneath = _stream(errors), _stream(errors)
    text_writer = ResultWriter(through_text)
    byte_writer = ResultWriter(beneath, binary=beneath.buffer)
    assert byte_writer.binary is beneath.buffer
    for document in documents:
        text_writer.write_document(document)
        byte_writer.write_document(document)
    text_writer.close()
    byte_writer.close()
    assert _written(beneath) == _written(through_text)
    assert len(_written(beneath).splitlines()) == len(documents)


def test_a_long_line_that_cannot_be_encoded_leaves_nothing_of_it_written():
    stream = _stream()
    writer = ResultWriter(stream, binary=stream.buffer)
    writer.write_document('{"a": 1}')
    with pytest.raises(UnicodeEncodeError):
        writer.write_document(['{"s": "', "x" * 70000, "\ud800", '"}'])
    writer.write_document('{"b": 2}')
    assert _written(stream) == b'{"a": 1}\n{"b": 2}\n'


def test_the_byte_stream_is_used_only_beneath_a_utf8_text_stream():
    for encoding in ("utf-16", "latin-1", "utf-8-sig"):
        stream = _stream(encoding=encoding)
        assert ResultWriter(stream, binary=stream.buffer).binary is None
    stream = _stream()
    assert ResultWriter(stream, indent=2, as_array=True, binary=stream.buffer).binary is stream.buffer
    writer = ResultWriter(stream, indent=2, as_array=True, binary=stream.buffer)
    reference = _stream()
    plain = ResultWriter(reference, indent=2, as_array=True)
    for each in (writer, plain):
        each.write_document(LONG)
        each.write_document(LONG)
        each.close()
    assert _written(stream) == _written(reference)  # a pretty array's elements go through the text stream


def test_the_command_writes_a_long_article_as_the_library_dumps_it(tmp_path):
    long_text = "\n\n".join(f"“Site {n} is {10 + n} km away,” the officer said on Monday." for n in range(900))
    source = tmp_path / "long.txt"
    source.write_text(long_text, encoding="utf-8")
    expected = dumps(Pipeline().extract(long_text, id="long"), include_text=True) + "\n"
    assert len(expected) > 1 << 16  # long enough to be written beneath the text stream
    to_file = tmp_path / "out.json"
    assert cli.main(["extract", str(source), "--include-text", "--output", str(to_file)]) == 0
    assert to_file.read_bytes() == expected.encode("utf-8")
    command = [sys.executable, "-m", "newsfacts", "extract", str(source), "--include-text"]
    to_stdout = subprocess.run(command, capture_output=True, check=True).stdout
    assert to_stdout == expected.encode("utf-8")
