"""Run a pipeline over Dask collections: a bag of records, or a dataframe's text column.

Needs the ``dask`` extra (``pip install "newsfacts[dask]"``)::

    import json
    import dask.bag as db
    import newsfacts
    from newsfacts.dask import extract_bag, extract_frame

    records = db.read_text("archive/*.jsonl").map(json.loads)
    results = extract_bag(records, newsfacts.Pipeline(blocked=["weapons"]))  # a bag of BatchResult
    articles = results.filter(lambda r: r.ok).map(lambda r: newsfacts.to_dict(r.article))

    facts = extract_frame(frame, text="body", published="date", id="url")  # columns "facts" and "error"

The pipeline travels pickled by its configuration (see :class:`~newsfacts.Pipeline`);
each worker process builds it once, the first time one of its tasks needs it,
and reuses it for every later partition. Every worker must have the same
plugins installed; one that does not fails with a
:class:`~newsfacts.PluginLoadError` rather than giving other results.
Bags and dataframes keep their order and partitions, so a result sits where
its record sat.

Throughput: give a bag a few partitions per worker thread (a partition is one
task; too few leave workers idle at the end), and map results to what you keep
(``newsfacts.dumps``, ``to_dict``) before collecting them, so that JSON, not
articles, crosses to the client. Dask workers sample their threads' stacks
every 10 ms for the dashboard's profile, which costs work like this about a
tenth of its speed; for batch runs, turn it off before starting the cluster::

    dask.config.set({"distributed.worker.profile.enabled": False})
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Iterable, Mapping
from typing import Any

import dask.bag
import dask.dataframe
import pandas as pd

from newsfacts.pipeline import BatchResult, Pipeline, extract_item
from newsfacts.serialization import dumps

FACTS_COLUMN = "facts"
ERROR_COLUMN = "error"


def extract_bag(bag: dask.bag.Bag, pipeline: Pipeline | None = None) -> dask.bag.Bag:
    """A bag of :class:`~newsfacts.BatchResult`, one per record of ``bag``, in the same order and partitions.

    :param bag: texts, or mappings with ``text`` and optionally ``id``,
        ``published`` and ``title`` (the JSON Lines input format).
    :param pipeline: the pipeline to run; every installed plugin when None.

    A bad record gives a result holding its typed error, never a failed
    computation. A result's ``index`` is its position within its partition.
    """
    results: dask.bag.Bag = bag.map_partitions(_extract_partition, _configuration(pipeline))  # type: ignore[no-untyped-call]
    return results


def extract_frame(  # noqa: PLR0913 - one keyword per input column
    frame: dask.dataframe.DataFrame,
    pipeline: Pipeline | None = None,
    *,
    text: str = "text",
    published: str | None = None,
    id: str | None = None,  # noqa: A002 - the field's public name, as in Pipeline.extract
    title: str | None = None,
) -> dask.dataframe.DataFrame:
    """A dataframe with the facts of each row's text, on the same index and partitions as ``frame``.

    :param text: the column holding the article text.
    :param published: the column with publication dates (dates, timestamps or
        ISO 8601 strings), if any; missing values mean no date.
    :param id: the column with article ids, if any.
    :param title: the column with titles, if any.
    :return: column ``facts``, the article as the JSON of schema ``newsfacts/1``
        (what ``newsfacts.dumps`` and the command line write), or missing when
        the row failed; column ``error``, why it failed, or missing. Join it to
        ``frame`` by index, or ``frame.assign(facts=result.facts)``.
    """
    columns = {"text": text, "published": published, "id": id, "title": title}
    chosen = {field: column for field, column in columns.items() if column is not None}
    configuration = _configuration(pipeline)
    meta = _extract_rows(frame._meta, configuration, chosen)  # noqa: SLF001 - dask's documented empty frame
    facts: dask.dataframe.DataFrame = frame.map_partitions(_extract_rows, configuration, chosen, meta=meta)  # type: ignore[no-untyped-call]
    return facts


def _configuration(pipeline: Pipeline | None) -> bytes:
    """The pipeline pickled, and rebuilt here once so that a plugin that cannot travel fails now, typed."""
    configuration = pickle.dumps(Pipeline() if pipeline is None else pipeline)
    _pipeline(configuration)
    return configuration


@functools.lru_cache(maxsize=8)
def _pipeline(configuration: bytes) -> Pipeline:
    """The pipeline of this process for ``configuration``: built on first use, then reused by every task."""
    pipeline: Pipeline = pickle.loads(configuration)  # noqa: S301 - pickled by _configuration for this graph
    return pipeline


def _extract_partition(records: Iterable[object], configuration: bytes) -> list[BatchResult]:
    pipeline = _pipeline(configuration)
    return [extract_item(pipeline, index, record) for index, record in enumerate(records)]


def _extract_rows(part: pd.DataFrame, configuration: bytes, columns: Mapping[str, str]) -> pd.DataFrame:
    pipeline = _pipeline(configuration)
    facts: list[str | None] = []
    errors: list[str | None] = []
    for index, row in enumerate(zip(*(part[column] for column in columns.values()), strict=True)):
        record = {field: _cell(value) for field, value in zip(columns, row, strict=True)}
        result = extract_item(pipeline, index, record)
        facts.append(None if result.article is None else dumps(result.article))
        errors.append(None if result.error is None else str(result.error))
    return pd.DataFrame(
        {
            FACTS_COLUMN: pd.Series(facts, index=part.index, dtype="string"),
            ERROR_COLUMN: pd.Series(errors, index=part.index, dtype="string"),
        }
    )


def _cell(value: Any) -> Any:
    """A dataframe cell as the pipeline takes it: missing values (None, NaN, NaT, NA) become None."""
    try:
        if value is None or bool(pd.isna(value)):
            return None
    except (TypeError, ValueError):  # list-like cells: not missing, and the pipeline will say what is wrong
        return value
    return value.to_pydatetime() if isinstance(value, pd.Timestamp) else value


__all__ = ["ERROR_COLUMN", "FACTS_COLUMN", "extract_bag", "extract_frame"]
