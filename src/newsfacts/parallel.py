"""Extraction in worker processes: what ``Pipeline.extract_many(items, jobs=N, timeout=S)`` and ``--jobs`` run.

A small pool of its own rather than ``concurrent.futures``, because one
article's worker must be stoppable alone (the per-article time limit) without
breaking the pool, and a worker that dies must cost only the article it held.

- Each worker is one process with one pipe. It rebuilds the pipeline once from
  its pickled configuration, then extracts one article a message.
- A worker holds at most two articles, the one it works on and, if small, the
  next, so it never waits for a round trip and the parent never blocks on a
  full pipe.
- At most ``16 * jobs`` articles are between being read and being handed back,
  so memory stays flat on an input of any length; results come back in input
  order, as soon as each one and all before it are done.
- Workers ignore SIGINT: Ctrl-C reaches the parent, which stops them all.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

import attrs

from newsfacts.errors import ArticleTimeoutError, InputError, NewsfactsError, WorkerError
from newsfacts.pipeline import BatchResult, Pipeline, extract_item, item_id

_WINDOW_PER_WORKER = 16  # articles read ahead of the one to hand back next, per worker
_SMALL_MESSAGE = 16 * 1024  # bytes; a second article is queued on a busy worker only if this small
_INDEX_BYTES = 8


@attrs.frozen
class _Task:
    index: int
    id: str | None
    payload: bytes


@attrs.frozen
class _StartFailure:
    """What a worker sends instead of results when it cannot rebuild the pipeline."""

    error: NewsfactsError


def extract_in_processes(
    pipeline: Pipeline, items: Iterable[object], *, jobs: int, timeout: float | None
) -> Generator[BatchResult, None, None]:
    """Extract ``items`` in ``jobs`` worker processes; one :class:`BatchResult` per item, in input order.

    The pipeline is pickled and rebuilt here first, so a plugin that cannot go
    to a worker is reported now, as :class:`~newsfacts.UnpicklablePluginError`.
    """
    configuration = pickle.dumps(pipeline)
    pickle.loads(configuration)  # noqa: S301 - our own bytes; fails here, typed, rather than in every worker
    return _run(configuration, items, jobs=jobs, timeout=timeout)


class _Worker:
    """One worker process, its pipe, and the articles it holds, oldest first."""

    def __init__(self, context: Any, configuration: bytes) -> None:
        parent_end, child_end = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child_end, parent_end, configuration), daemon=True, name="newsfacts-worker"
        )
        _flush_standard_streams()  # a forked child must not write out the parent's buffered output again
        with _sigint_blocked():  # until the child has set SIGINT aside, so Ctrl-C cannot hit it half-started
            self.process.start()
        child_end.close()
        self.connection: Connection = parent_end
        self.tasks: deque[_Task] = deque()
        self.since = time.monotonic()  # when the oldest task began

    def can_take(self, task: _Task) -> bool:
        return not self.tasks or (len(self.tasks) == 1 and len(task.payload) <= _SMALL_MESSAGE)

    def send(self, task: _Task) -> None:
        self.connection.send_bytes(task.payload)
        if not self.tasks:
            self.since = time.monotonic()
        self.tasks.append(task)

    def receive(self) -> object:
        result = pickle.loads(self.connection.recv_bytes())  # noqa: S301 - from our own worker
        if self.tasks:
            self.tasks.popleft()
        self.since = time.monotonic()
        return result

    def hang_up(self) -> None:
        """Close our end of the pipe: an idle worker sees the end of its input and leaves."""
        self.connection.close()

    def stop(self, *, kill: bool) -> None:
        self.hang_up()
        if not kill:
            self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.process.close()


def _run(
    configuration: bytes, items: Iterable[object], *, jobs: int, timeout: float | None
) -> Generator[BatchResult, None, None]:
    pool = _Pool(configuration, jobs=jobs, timeout=timeout)
    source = enumerate(items)
    read = handed = 0
    exhausted = finished = False
    try:
        pool.start()
        while True:
            while not exhausted and len(pool.ready) < jobs and read - handed < jobs * _WINDOW_PER_WORKER:
                try:
                    index, item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                read += 1
                pool.add(index, item)
            pool.dispatch()
            while handed in pool.done:
                yield pool.done.pop(handed)
                handed += 1
            if exhausted and handed == read:
                finished = True
                return
            if handed < read and not pool.ready and not any(worker.tasks for worker in pool.workers):
                msg = f"newsfacts.parallel lost track of article {handed}"  # a bug: nothing is left to wait for
                raise RuntimeError(msg)
            pool.collect()
    finally:
        pool.stop(kill=not finished)


class _Pool:
    """The workers, the tasks waiting for one, and the results not yet handed back."""

    def __init__(self, configuration: bytes, *, jobs: int, timeout: float | None) -> None:
        self.context = multiprocessing.get_context()
        self.configuration = configuration
        self.jobs = jobs
        self.timeout = timeout
        self.workers: list[_Worker] = []
        self.ready: deque[_Task] = deque()  # read and pickled, not yet sent (retries go first)
        self.done: dict[int, BatchResult] = {}

    def start(self) -> None:
        self.workers = [_Worker(self.context, self.configuration) for _ in range(self.jobs)]

    def stop(self, *, kill: bool) -> None:
        # Every pipe first: a forked worker also holds copies of its elder siblings' pipes, so
        # one sees the end of its input only once the younger ones have left.
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.hang_up()
        for worker in self.workers:
            with contextlib.suppress(OSError, ValueError):
                worker.stop(kill=kill)

    def add(self, index: int, item: object) -> None:
        task = _task(index, item)
        if isinstance(task, BatchResult):
            self.done[index] = task
        else:
            self.ready.append(task)

    def dispatch(self) -> None:
        """Send ready tasks, oldest first, to idle workers, then as a second task to workers that can queue it."""
        while self.ready:
            task = self.ready[0]
            idle = [worker for worker in self.workers if not worker.tasks]
            target = idle[0] if idle else next((w for w in self.workers if w.can_take(task)), None)
            if target is None:
                return
            self.ready.popleft()
            target.send(task)

    def collect(self) -> None:
        """Wait for results, a worker that died, or a time limit; record what happened."""
        busy = [worker for worker in self.workers if worker.tasks]
        if not busy:
            return
        wait_for = None
        if self.timeout is not None:
            wait_for = max(0.0, min(worker.since for worker in busy) + self.timeout - time.monotonic())
        signalled = set(wait([w.connection for w in busy] + [w.process.sentinel for w in busy], timeout=wait_for))
        for worker in busy:
            if worker.connection in signalled or worker.process.sentinel in signalled:
                if not self._receive(worker):
                    worker.process.join(timeout=1)
                    problem = (
                        f"the worker process ended (exit code {worker.process.exitcode}) while extracting this "
                        "article; it was replaced"
                    )
                    self._replace(worker, WorkerError(problem))
            elif self.timeout is not None and time.monotonic() - worker.since >= self.timeout:
                self._replace(worker, ArticleTimeoutError(self.timeout))

    def _receive(self, worker: _Worker) -> bool:
        """Take one result from ``worker``; False when its pipe has ended instead (the worker died)."""
        try:
            if not worker.connection.poll():  # only its end-of-process sentinel fired
                return False
            result = worker.receive()
        except (EOFError, OSError):
            return False
        if isinstance(result, _StartFailure):
            raise result.error
        if isinstance(result, BatchResult):
            self.done[result.index] = result
        return True

    def _replace(self, worker: _Worker, failure: WorkerError) -> None:
        """Fail the worker's current article, give its queued one to others, and start a fresh worker."""
        if worker.tasks:
            current = worker.tasks.popleft()
            self.done[current.index] = BatchResult(index=current.index, id=current.id, error=failure)
        self.ready.extendleft(reversed(worker.tasks))
        worker.tasks.clear()
        worker.stop(kill=True)
        self.workers[self.workers.index(worker)] = _Worker(self.context, self.configuration)


def _task(index: int, item: object) -> _Task | BatchResult:
    """The message for one item (its index, then the pickled item), or its failure when it cannot be sent."""
    try:
        payload = index.to_bytes(_INDEX_BYTES) + pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - pickle raises many types; all mean the item cannot go
        error = InputError(f"the item cannot be sent to a worker process: {type(exc).__name__}: {exc}")
        return BatchResult(index=index, id=item_id(item), error=error)
    return _Task(index=index, id=item_id(item), payload=payload)


def _serve(connection: Connection, parent_end: Connection, configuration: bytes) -> None:
    """A worker's life: rebuild the pipeline once, then answer one article a message until the pipe closes."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    try:
        pipeline = pickle.loads(configuration)  # noqa: S301 - from the parent process
    except Exception as exc:  # noqa: BLE001 - anything that stops a rebuild is reported to the parent
        failure = (
            exc
            if isinstance(exc, NewsfactsError)
            else WorkerError(f"a worker process cannot rebuild the pipeline: {type(exc).__name__}: {exc}")
        )
        connection.send_bytes(pickle.dumps(_StartFailure(failure)))
        return
    while True:
        try:
            message = connection.recv_bytes()
        except (EOFError, OSError):
            return
        index = int.from_bytes(message[:_INDEX_BYTES])
        try:
            item = pickle.loads(message[_INDEX_BYTES:])  # noqa: S301 - from the parent process
        except Exception as exc:  # noqa: BLE001 - e.g. a class this process cannot import
            problem = InputError(f"the item cannot be read in a worker process: {type(exc).__name__}: {exc}")
            result = BatchResult(index=index, id=None, error=problem)
        else:
            result = extract_item(pipeline, index, item)
        try:
            answer = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - a result that cannot travel fails its article, not the worker
            lost = WorkerError(f"the result cannot be sent back: {type(exc).__name__}: {exc}")
            answer = pickle.dumps(BatchResult(index=index, id=result.id, error=lost))
        connection.send_bytes(answer)


def _flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
