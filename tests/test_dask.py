"""newsfacts.dask on a real local cluster of two worker processes, against the sequential results.

Skipped where the ``dask`` extra is not installed.
"""

import pickle

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

import dask.bag as db  # noqa: E402 - after the skips
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import newsfacts  # noqa: E402
from newsfacts import InputError, Pipeline, UnpicklablePluginError, hookimpl  # noqa: E402
from newsfacts.dask import extract_bag, extract_frame  # noqa: E402

ARTICLES = 300


def article(number):
    """Our own small article, varied so that no two results are the same."""
    speaker = ["Ana Ruiz", "Tomas Berg", "Lena Okafor", "Pia Moreau"][number % 4]
    return (
        f"“The border is calm,” {speaker} said on Tuesday. Officials said the rocket can fly "
        f"{50 + number} km and that {number % 9 + 2} launchers arrived last month."
    )


def records():
    rows = [{"text": article(n), "id": f"r{n}", "published": f"2024-{n % 12 + 1:02d}-15"} for n in range(ARTICLES)]
    rows[7] = {"text": article(7), "id": "r7", "published": "someday"}  # one bad record
    return rows


@pytest.fixture(scope="module")
def client():
    # ":0", any free port: the scheduler serves HTTP even with its dashboard off, and 8787 may be taken.
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def sequential(rows, pipeline):
    return list(pipeline.extract_many(rows))


def test_a_bag_gives_the_sequential_results_in_order(client):
    rows = records()
    pipeline = Pipeline(blocked=["weapons"])
    results = extract_bag(db.from_sequence(rows, npartitions=6), pipeline).compute()
    expected = sequential(rows, pipeline)
    assert len(results) == ARTICLES
    assert [r.id for r in results] == [r.id for r in expected]
    assert [r.article for r in results] == [r.article for r in expected]
    assert isinstance(results[7].error, InputError)
    assert str(results[7].error) == str(expected[7].error)
    assert sum(len(r.article.quotes) for r in results if r.ok) >= ARTICLES - 1
    assert all(not any(c.kind == "weapon_range" for c in r.article.claims) for r in results if r.ok)
    workers = client.run(lambda: __import__("newsfacts.dask").dask._pipeline.cache_info().misses)
    assert len(workers) == 2
    assert all(misses == 1 for misses in workers.values())  # built once per worker, reused by every partition


def test_a_dataframe_column_gives_the_json_the_command_line_writes(client):
    rows = records()
    frame = pd.DataFrame(rows).set_index("id", drop=False)
    frame.loc["r3", "published"] = None
    result = extract_frame(dd.from_pandas(frame, npartitions=4, sort=False), published="published", id="id").compute()
    assert list(result.columns) == ["facts", "error"]
    assert list(result.index) == list(frame.index)
    pipeline = Pipeline()
    expected = [
        pipeline.extract(text, published=None if pd.isna(published) else published, id=key) if key != "r7" else None
        for key, text, published in zip(frame["id"], frame["text"], frame["published"], strict=True)
    ]
    for key, article in zip(frame.index, expected, strict=True):
        if article is None:
            assert pd.isna(result.loc[key, "facts"])
            assert "published must be a date such as" in result.loc[key, "error"]
        else:
            assert result.loc[key, "facts"] == newsfacts.dumps(article)
            assert pd.isna(result.loc[key, "error"])
    assert newsfacts.loads(result.loc["r3", "facts"], text=frame.loc["r3", "text"]).published is None


def test_a_plugin_that_cannot_travel_is_named_before_the_graph_runs():
    local = type(
        "Local", (), {"newsfacts_name": "local", "newsfacts_find_dates": hookimpl(lambda self, document: None)}
    )
    pipeline = Pipeline(plugins=[local()], autoload=False)
    with pytest.raises(UnpicklablePluginError, match="'local'"):
        extract_bag(db.from_sequence(["x"]), pipeline)
    with pytest.raises(pickle.PicklingError):
        extract_frame(dd.from_pandas(pd.DataFrame({"text": ["x"]}), npartitions=1), pipeline)
