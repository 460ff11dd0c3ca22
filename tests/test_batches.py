"""Batches: worker processes, per-article time limits, plugin-failure isolation, pickling, and the defects found.

Worker-process tests use plugins from ``tests/fixtures/batch_plugins.py``, which
a worker imports by name. Nothing here is timed: the time limits are only
there so that a hanging plugin cannot hang the suite.
"""

import itertools
import multiprocessing
import pickle
import threading
import types

import batch_finishes
import batch_plugins
import jsonschema
import pytest

import newsfacts
from newsfacts import (
    Article,
    ArticleTimeoutError,
    Claim,
    InputError,
    Pipeline,
    PluginError,
    PluginFailure,
    PluginLoadError,
    UnknownPluginError,
    UnpicklablePluginError,
    WorkerError,
    hookimpl,
)
from newsfacts.output import ArticleEncoder, EncodedResult, ResultWriter
from newsfacts.parallel import _INDEX_BYTES, _serve, extract_finished
from newsfacts.testing import isolated_pipeline


def article_text(number: int) -> str:
    """Our own little article, varied by ``number`` so that results differ from one to the next."""
    minister = ["Ana Ruiz", "Tomas Berg", "Lena Okafor"][number % 3]
    return (
        f"“We will hold the line,” Minister {minister} said on Monday. "
        f"The new missile can reach {100 + number} km, officials said, and a second test is planned for "
        f"March {1 + number % 28}, 2024.\n\nTalks resume next week."
    )


def items(count: int) -> list[object]:
    """Good records mixed with bad ones: a bad date, no text, a wrong type, a huge id."""
    records: list[object] = []
    for number in range(count):
        if number % 17 == 5:
            records.append({"text": article_text(number), "id": f"a{number}", "published": "not a date"})
        elif number % 23 == 7:
            records.append({"id": f"a{number}"})
        elif number % 29 == 11:
            records.append(number)
        elif number % 31 == 13:
            records.append({"text": article_text(number), "id": 10**5000})
        elif number % 2:
            records.append(article_text(number))
        else:
            records.append({"text": article_text(number), "id": f"a{number}", "published": "2024-02-28"})
    return records


def summary(results) -> list[tuple]:
    """What a batch gave, comparably: index, id, and the article's JSON or the error's type and message."""
    return [
        (r.index, r.id, newsfacts.dumps(r.article, include_text=True))
        if r.ok
        else (r.index, r.id, type(r.error).__name__, str(r.error))
        for r in results
    ]


def pipeline_with(*plugins, **options) -> Pipeline:
    return Pipeline(plugins=plugins, **options)


# -- order and identical output ----------------------------------------------------------------------


def test_results_are_identical_and_in_input_order_whatever_the_number_of_jobs():
    records = items(120)
    pipeline = pipeline_with(batch_plugins.Kilometres())
    sequential = summary(pipeline.extract_many(records))
    assert [row[0] for row in sequential] == list(range(120))
    assert sum(len(row) == 3 for row in sequential) > 90  # mostly good articles
    assert {row[2] for row in sequential if len(row) == 4} == {"InputError"}
    assert summary(pipeline.extract_many(records, jobs=2)) == sequential
    assert summary(pipeline.extract_many(records, jobs=0)) == sequential
    assert summary(pipeline.extract_many(iter(records), jobs=3, timeout=60)) == sequential


def test_worker_processes_read_the_input_lazily_and_keep_a_bounded_number_in_flight():
    read = []

    def endless():
        for number in itertools.count():
            read.append(number)
            yield article_text(number)

    results = isolated_pipeline().extract_many(endless(), jobs=2)
    first = list(itertools.islice(results, 10))
    results.close()
    assert multiprocessing.active_children() == []  # closing the results stops the workers
    assert [r.index for r in first] == list(range(10))
    assert all(r.ok for r in first)
    assert len(read) <= 10 + 2 * 16 + 2  # the window: 16 a worker beyond what was handed back


def test_jobs_and_timeout_are_checked():
    pipeline = isolated_pipeline()
    for jobs in (-1, 1.5, True, "2"):
        with pytest.raises(InputError, match="jobs must be"):
            pipeline.extract_many(["x"], jobs=jobs)  # type: ignore[arg-type]
    for timeout in (0, -1, float("nan"), float("inf"), "1"):
        with pytest.raises(InputError, match="timeout must be"):
            pipeline.extract_many(["x"], jobs=2, timeout=timeout)  # type: ignore[arg-type]


# -- plugins that raise, hang, crash, or return garbage ---------------------------------------------


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_plugin_that_raises_fails_only_its_articles_naming_plugin_and_hook(jobs):
    records = ["A quiet day, 5 km away.", "Then boom, 7 km out.", "Calm again, 9 km off."]
    results = list(pipeline_with(batch_plugins.Kilometres(), batch_plugins.Raising()).extract_many(records, jobs=jobs))
    assert [r.ok for r in results] == [True, False, True]
    error = results[1].error
    assert isinstance(error, PluginError)
    assert (error.plugin, error.hook) == ("raising", "newsfacts_extract_claims")
    assert "RuntimeError: boom" in str(error)
    assert [c.text for c in results[2].article.claims] == ["9 km"]


def test_a_plugin_that_hangs_is_stopped_by_the_time_limit_and_the_batch_goes_on():
    records = [f"Article {n}, 4 km." for n in range(6)]
    records[2] = "This one will hang."
    pipeline = pipeline_with(batch_plugins.Kilometres(), batch_plugins.HANGING)
    results = list(pipeline.extract_many(records, jobs=2, timeout=1))
    assert [r.index for r in results] == list(range(6))
    assert [r.ok for r in results] == [True, True, False, True, True, True]
    assert isinstance(results[2].error, ArticleTimeoutError)
    assert isinstance(results[2].error, TimeoutError)
    assert "time limit of 1 s" in str(results[2].error)


def test_the_time_limit_works_with_a_single_job_too():
    results = list(pipeline_with(batch_plugins.HANGING).extract_many(["hang here", "fine"], jobs=1, timeout=0.5))
    assert [type(r.error) for r in results] == [ArticleTimeoutError, type(None)]


def test_a_plugin_that_ends_its_worker_process_costs_only_that_article():
    records = ["fine 1 km", "this will crash", "fine 3 km", "fine 4 km"]
    pipeline = pipeline_with(batch_plugins.Kilometres(), batch_plugins.Exiting())
    results = list(pipeline.extract_many(records, jobs=2))
    assert [r.ok for r in results] == [True, False, True, True]
    assert isinstance(results[1].error, WorkerError)
    assert "exit code 3" in str(results[1].error)
    assert [c.text for r in results if r.ok for c in r.article.claims] == ["1 km", "3 km", "4 km"]


def test_a_plugin_that_returns_garbage_fails_its_article():
    results = list(pipeline_with(batch_plugins.Garbage()).extract_many(["fine", "garbage in"], jobs=2))
    assert results[0].ok
    assert isinstance(results[1].error, PluginError)
    assert results[1].error.plugin == "garbage"
    assert "returned int, expected Claim" in str(results[1].error)


# -- the defects found by the reliability review ------------------------------------------------------


def test_a_segmenter_whose_result_raises_when_iterated_is_a_plugin_error_and_the_batch_goes_on():
    pipeline = pipeline_with(batch_plugins.BadSegmenter(), autoload=False)
    results = list(pipeline.extract_many(["We split here.", "Fine text."]))
    assert isinstance(results[0].error, PluginError)
    assert (results[0].error.plugin, results[0].error.hook) == ("bad_segmenter", "newsfacts_segment")
    assert "ValueError: sentences exploded" in str(results[0].error)
    assert results[1].ok


def test_a_plugin_raising_input_error_is_named_as_the_plugin_that_failed():
    pipeline = pipeline_with(batch_plugins.RaisingInputError(), autoload=False)
    with pytest.raises(PluginError) as info:
        pipeline.extract("I refuse.")
    assert (info.value.plugin, info.value.hook) == ("refusing", "newsfacts_find_dates")
    assert not isinstance(info.value, InputError)
    assert isinstance(info.value.__cause__, InputError)
    assert "InputError: I do not like this text" in str(info.value)


def test_system_exit_from_a_plugin_fails_one_article_and_the_batch_goes_on():
    pipeline = pipeline_with(batch_plugins.Exiting(), autoload=False)
    results = list(pipeline.extract_many(["first", "time to exit", "last"]))
    assert [r.ok for r in results] == [True, False, True]
    assert isinstance(results[1].error, PluginError)
    assert (results[1].error.plugin, results[1].error.hook) == ("exiting", "newsfacts_find_quotes")
    assert "SystemExit: 4" in str(results[1].error)


def test_keyboard_interrupt_in_a_plugin_still_stops_the_batch():
    def interrupted(document):
        raise KeyboardInterrupt

    pipeline = isolated_pipeline(
        types.SimpleNamespace(newsfacts_name="ctrl_c", newsfacts_find_dates=hookimpl(interrupted))
    )
    with pytest.raises(KeyboardInterrupt):
        list(pipeline.extract_many(["one", "two"]))


def test_an_id_too_long_for_a_string_fails_its_item_only():
    results = list(isolated_pipeline().extract_many([{"text": "x", "id": 10**5000}, "b"]))
    assert isinstance(results[0].error, InputError)
    assert "too long" in str(results[0].error)
    assert results[0].id is None
    assert results[1].ok
    with pytest.raises(InputError, match="too long"):
        isolated_pipeline().extract("x", id=10**5000)  # type: ignore[arg-type]


def test_a_mapping_that_cannot_be_read_fails_its_item_only():
    class Broken(dict):
        def __contains__(self, key):
            msg = "unreadable"
            raise RuntimeError(msg)

    results = list(isolated_pipeline().extract_many([Broken(text="x"), "fine"]))
    assert isinstance(results[0].error, InputError)
    assert "RuntimeError: unreadable" in str(results[0].error)
    assert results[1].ok


# -- isolating plugin failures -------------------------------------------------------------------------


def test_isolated_failures_keep_the_other_plugins_facts_and_name_what_failed():
    plugins = (batch_plugins.Kilometres(), batch_plugins.Raising(), batch_plugins.Garbage())
    text = "A boom and garbage, 12 km away."
    with pytest.raises(PluginError):
        isolated_pipeline(*plugins).extract(text)
    article = Pipeline(plugins=plugins, autoload=False, isolate_failures=True).extract(text)
    assert [c.text for c in article.claims] == ["12 km"]
    assert {(f.plugin, f.hook) for f in article.failures} == {
        ("raising", "newsfacts_extract_claims"),
        ("garbage", "newsfacts_extract_claims"),
    }
    (raised,) = [f for f in article.failures if f.plugin == "raising"]
    assert raised.message == "RuntimeError: boom"


def test_an_isolated_failing_segmenter_gives_way_to_the_next_one():
    def count_sentences(document):
        text = document.text
        return [Claim(kind="sentences", text=text, start=0, end=len(text), value={"count": len(document.sentences)})]

    counter = types.SimpleNamespace(newsfacts_name="counter", newsfacts_extract_claims=hookimpl(count_sentences))
    pipeline = Pipeline(plugins=[batch_plugins.BadSegmenter(), counter], autoload=False, isolate_failures=True)
    article = pipeline.extract("We split here. And here.")
    assert article.failures == (
        PluginFailure(plugin="bad_segmenter", hook="newsfacts_segment", message="ValueError: sentences exploded"),
    )
    assert article.claims[0].value == {"count": 2}  # the core segmenter answered instead


def test_an_isolated_failure_is_reported_once_however_often_the_hook_runs():
    def attribute(document, quote):
        msg = "no idea who"
        raise LookupError(msg)

    quotes = newsfacts.default_pipeline().plugin_manager.get_plugin("quotes")
    if quotes is None:
        pytest.skip("the quotes plugin is not installed")
    failing = types.SimpleNamespace(newsfacts_name="who", newsfacts_attribute_speaker=hookimpl(attribute))
    text = "“One,” she said. “Two,” she said. “Three,” she said."
    article = Pipeline(plugins=[failing], isolate_failures=True).extract(text)
    assert len(article.quotes) == 3
    assert all(q.speaker is not None for q in article.quotes)  # the quotes plugin's own attribution answered
    assert [(f.plugin, f.hook) for f in article.failures] == [("who", "newsfacts_attribute_speaker")]


def test_failures_go_through_json_and_follow_the_schema():
    pipeline = Pipeline(plugins=[batch_plugins.Raising()], autoload=False, isolate_failures=True)
    article = pipeline.extract("boom")
    data = newsfacts.to_dict(article)
    assert data["failures"] == [
        {"plugin": "raising", "hook": "newsfacts_extract_claims", "message": "RuntimeError: boom"}
    ]
    jsonschema.validate(data, newsfacts.json_schema())
    assert newsfacts.loads(newsfacts.dumps(article), text=article.text) == article
    clean = isolated_pipeline().extract("calm")
    assert "failures" not in newsfacts.to_dict(clean)
    assert newsfacts.loads(newsfacts.dumps(clean), text="calm").failures == ()
    bad = {**data, "text": "boom", "failures": [{"plugin": "x", "hook": "y"}]}
    with pytest.raises(newsfacts.SchemaError, match="message"):
        newsfacts.from_dict(Article, bad)


def test_isolation_holds_in_worker_processes():
    pipeline = Pipeline(plugins=[batch_plugins.Kilometres(), batch_plugins.Raising()], isolate_failures=True)
    records = ["boom at 3 km", "quiet at 4 km"]
    assert summary(pipeline.extract_many(records, jobs=2)) == summary(pipeline.extract_many(records))
    first = next(iter(pipeline.extract_many(records, jobs=2)))
    assert [f.plugin for f in first.article.failures] == ["raising"]


def test_a_worker_whose_parent_hung_up_leaves_quietly_with_its_answer_unsent():
    """Ctrl-C closes the parent's pipes while a worker may be answering: it must end without a traceback."""
    context = multiprocessing.get_context()
    parent_end, child_end = context.Pipe()
    configuration = pickle.dumps(pipeline_with(batch_plugins.Kilometres()))
    task = (0).to_bytes(_INDEX_BYTES) + pickle.dumps((article_text(0), None))
    parent_end.send_bytes(task)
    worker = context.Process(target=_serve, args=(child_end, parent_end, configuration))
    worker.start()
    child_end.close()
    parent_end.close()  # hung up before the answer: sending it fails with a broken pipe
    worker.join(timeout=60)
    assert worker.exitcode == 0  # an exception escaping the worker would end it with exit code 1


# -- pickling ------------------------------------------------------------------------------------------


def test_a_pipeline_pickles_by_its_configuration():
    pipeline = Pipeline(plugins=[batch_plugins.Kilometres(), batch_plugins], blocked=["weapons"], isolate_failures=True)
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy is not pipeline
    assert [p.name for p in copy.plugins] == [p.name for p in pipeline.plugins]
    assert "weapons" not in {p.name for p in copy.plugins}
    assert copy.isolate_failures
    assert copy.plugin_manager.get_plugin("batch_plugins") is batch_plugins  # a module travels by name
    text = article_text(3)
    assert copy.extract(text) == pipeline.extract(text)


def test_a_plugin_that_cannot_be_pickled_is_named_before_any_work_starts():
    local = types.SimpleNamespace(newsfacts_name="local", newsfacts_find_dates=hookimpl(lambda document: None))
    pipeline = isolated_pipeline(local)
    with pytest.raises(UnpicklablePluginError, match=r"plugin 'local' failed in hook 'pickle'.*lambda") as info:
        pickle.dumps(pipeline)
    assert isinstance(info.value, pickle.PicklingError)
    with pytest.raises(UnpicklablePluginError):
        pipeline.extract_many(["x"], jobs=2)
    assert [r.ok for r in pipeline.extract_many(["x"])] == [True]  # in-process batches do not need pickling


def test_a_module_that_cannot_be_imported_by_its_name_cannot_travel():
    module = types.ModuleType("made_up_here")
    module.newsfacts_find_dates = hookimpl(lambda document: None)
    with pytest.raises(UnpicklablePluginError, match="cannot be imported by its name"):
        pickle.dumps(isolated_pipeline(module))


def test_a_rebuilt_pipeline_must_load_the_same_plugins():
    pipeline = Pipeline()
    blob = pickle.dumps(pipeline)
    state = pickle.loads(blob)
    assert [p.name for p in state.plugins] == [p.name for p in pipeline.plugins]
    configuration = pipeline.__reduce__()[1][0]
    forged = type(configuration)(
        plugins=(), blocked=(), autoload=False, isolate_failures=False, names=("segmenter", "elsewhere")
    )
    with pytest.raises(PluginLoadError, match="install the same plugins"):
        pipeline.__reduce__()[0](forged)


@pytest.mark.parametrize(
    "error",
    [
        PluginError("p", "h", "went wrong"),
        PluginLoadError("p", "cannot import"),
        UnpicklablePluginError("p", "lambda"),
        UnknownPluginError("datse", ["dates", "quotes"]),
        ArticleTimeoutError(2.5),
        WorkerError("ended"),
        InputError("bad"),
    ],
)
def test_every_error_survives_pickling_with_its_fields(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)


def test_items_that_cannot_be_sent_to_a_worker_fail_alone_even_more_than_a_window_of_them():
    unpicklable = {"text": "x", "lock": threading.Lock()}
    records = [unpicklable] * 50 + ["fine", unpicklable, "also fine"]
    results = list(isolated_pipeline().extract_many(records, jobs=2))
    assert [r.index for r in results] == list(range(53))
    assert [r.ok for r in results] == [False] * 50 + [True, False, True]
    assert all(isinstance(r.error, InputError) for r in results if not r.ok)
    assert "cannot be sent to a worker process" in str(results[0].error)


# -- extract_finished: a finish per item, run where the item is extracted (tests/fixtures/batch_finishes.py) --


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_item_gets_its_own_finish_in_input_order_as_extract_many_would_give(jobs):
    records = items(60)
    pipeline = pipeline_with(batch_plugins.Kilometres())
    expected = [batch_finishes.summary(result) for result in pipeline.extract_many(records)]
    finishes = [batch_finishes.Tagged("odd") if n % 2 else batch_finishes.summary for n in range(60)]
    finished = list(extract_finished(pipeline, zip(records, finishes, strict=True), jobs=jobs))
    assert finished == [("odd", *row) if n % 2 else row for n, row in enumerate(expected)]
    assert any(len(row) == 4 for row in expected)  # failed items are finished too


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_finish_that_raises_costs_only_its_item_which_is_finished_as_failed(jobs):
    records = ["Calm, 3 km away.", "A fussy one, 4 km.", "Calm again, 5 km."]
    tasks = [(record, batch_finishes.fussy) for record in records]
    finished = list(extract_finished(pipeline_with(batch_plugins.Kilometres()), tasks, jobs=jobs))
    assert [row[0] for row in finished] == [0, 1, 2]
    assert finished[1][2] == "WorkerError"
    assert "ValueError: I do not like this one" in finished[1][3]
    assert '"3 km"' in finished[0][2]
    assert '"5 km"' in finished[2][2]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_finish_that_fails_even_on_a_failure_stops_the_batch_with_a_worker_error(jobs):
    with pytest.raises(WorkerError, match="RuntimeError: always"):
        list(extract_finished(pipeline_with(), [("text", batch_finishes.broken)], jobs=jobs))


def test_items_that_fail_in_this_process_are_finished_here():
    records = ["Article one, 4 km.", "This one will hang.", {"text": "x", "lock": threading.Lock()}, "Last, 6 km."]
    pipeline = pipeline_with(batch_plugins.Kilometres(), batch_plugins.HANGING)
    tasks = [(record, batch_finishes.Tagged("t")) for record in records]
    finished = list(extract_finished(pipeline, tasks, jobs=2, timeout=1))
    assert [row[:2] for row in finished] == [("t", 0), ("t", 1), ("t", 2), ("t", 3)]
    assert finished[1][3:] == ("ArticleTimeoutError", str(ArticleTimeoutError(1)))
    assert finished[2][3] == "InputError"
    assert "cannot be sent to a worker process" in finished[2][4]
    assert '"6 km"' in finished[3][3]


def test_jobs_and_timeout_are_checked_at_the_call():
    with pytest.raises(InputError, match="jobs must be"):
        extract_finished(pipeline_with(), [], jobs=-1)
    with pytest.raises(InputError, match="timeout must be"):
        extract_finished(pipeline_with(), [], jobs=2, timeout=0)


# -- the command line's finish: encoding articles apart from writing them --------------------------------


def test_an_encoder_gives_what_the_writer_writes_and_travels_to_a_worker(tmp_path):
    article = pipeline_with(batch_plugins.Kilometres()).extract("Missiles reach 40 km.\n\n“Yes,” she said.", id="e1")
    for indent in (None, 2):
        for include_text in (False, True):
            with (tmp_path / "a.json").open("w", encoding="utf-8") as direct:
                ResultWriter(direct, indent=indent).write(article, include_text=include_text)
            with (tmp_path / "b.json").open("w", encoding="utf-8") as encoded:
                writer = ResultWriter(encoded, indent=indent)
                encoder = pickle.loads(pickle.dumps(writer.encoder(include_text=include_text)))
                writer.write_document(encoder.encode(article))
            assert (tmp_path / "b.json").read_text() == (tmp_path / "a.json").read_text()
    assert ArticleEncoder().encode(article) == newsfacts.dumps(article)


def test_a_document_in_pieces_is_written_as_the_joined_document(tmp_path):
    article = pipeline_with(batch_plugins.Kilometres()).extract("Missiles reach 40 km. Others reach 9 km.", id="p")
    for indent, as_array in ((None, False), (2, False), (2, True)):
        for name, make in (("joined", ArticleEncoder.encode), ("pieces", ArticleEncoder.encode_pieces)):
            with (tmp_path / name).open("w", encoding="utf-8") as out:
                writer = ResultWriter(out, indent=indent, as_array=as_array)
                encoder = writer.encoder(include_text=True)
                writer.write_document(make(encoder, article))
                writer.write_document(make(encoder, article))
                writer.close()
        assert (tmp_path / "pieces").read_text() == (tmp_path / "joined").read_text()


def test_an_encoded_result_holds_the_document_or_says_why_there_is_none():
    pipeline = pipeline_with(batch_plugins.Kilometres())
    good, bad = pipeline.extract_many(["Range: 12 km.", {"id": "no-text"}])
    encoder = ArticleEncoder(include_text=True)
    encoded = encoder(good)
    assert encoded.document == newsfacts.dumps(good.article, include_text=True)
    assert encoded.error is None
    assert encoded.pieces == encoder.encode_pieces(good.article)
    assert encoder(bad) == EncodedResult(index=1, pieces=None, error=str(bad.error))
    assert encoder(bad).document is None
    surrogate = pipeline.extract("A lone \ud800 surrogate, 3 km.")
    document = ArticleEncoder(include_text=True).encode(surrogate)
    assert "\\ud800" in document
    document.encode("utf-8")  # the surrogate is escaped, not a crash
