"""Extraction in worker processes: what ``Pipeline.extract_many(items, jobs=N, timeout=S)`` and ``--jobs`` run.

:func:`extract_finished` is the lower-level path beneath it: each item comes
with a *finish*, a function applied to its :class:`~newsfacts.BatchResult`
in the worker, so that only what the caller needs (the command line: the
JSON line, ready to write) travels back and this process does little more
than read and write. ``extract_many`` is it with a finish that keeps the result.

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
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from newsfacts.errors import ArticleTimeoutError, InputError, NewsfactsError, WorkerError
from newsfacts.pipeline import BatchResult, Pipeline, check_timeout, extract_item, item_id, jobs_for

# multiprocessing, pickle and signal are imported when worker processes start, not by every one-process run
# (pickle and signal cost ~2 ms at every start of the command).
if TYPE_CHECKING:
    from multiprocessing.connection import Connection

_WINDOW_PER_WORKER = 16  # articles read ahead of the one to hand back next, per worker
_SMALL_MESSAGE = 16 * 1024  # bytes; a second article is queued on a busy worker only if this small
_INDEX_BYTES = 8

Finished = TypeVar("Finished")
Finish = Callable[[BatchResult], Finished]


# The messages and tasks below are named tuples, not attrs classes: a one-process run defines them without
# using them, and a named tuple costs a tenth of an attrs class to define (~0.5 ms each at every start).


class _Task(NamedTuple):
    number: int  # the item's index in the batch (``index`` would hide the tuple method)
    id: str | None
    payload: bytes
    finish: Callable[[BatchResult], Any]


class _Unfinished(NamedTuple):
    """An item's failed result, sent back unfinished because its message could not be read in the worker."""

    result: BatchResult


class _FinishFailure(NamedTuple):
    """What a worker sends when an item's finish raised even on the item's failure: a bug in the finish."""

    error: WorkerError


class _StartFailure(NamedTuple):
    """What a worker sends instead of results when it cannot rebuild the pipeline."""

    error: NewsfactsError


def extract_in_processes(
    pipeline: Pipeline, items: Iterable[object], *, jobs: int, timeout: float | None
) -> Generator[BatchResult, None, None]:
    """Extract ``items`` in ``jobs`` worker processes; one :class:`BatchResult` per item, in input order.

    The pipeline is pickled and rebuilt here first, so a plugin that cannot go
    to a worker is reported now, as :class:`~newsfacts.UnpicklablePluginError`.
    """
    return extract_finished(pipeline, ((item, _unchanged) for item in items), jobs=jobs, timeout=timeout)


def extract_finished(
    pipeline: Pipeline,
    tasks: Iterable[tuple[object, Finish[Finished]]],
    *,
    jobs: int = 1,
    timeout: float | None = None,
) -> Generator[Finished, None, None]:
    """``finish(result)`` for each ``(item, finish)`` of ``tasks``, in input order, ``finish`` run where the item was.

    Like :meth:`Pipeline.extract_many <newsfacts.Pipeline.extract_many>`
    (same items, ``jobs`` and ``timeout``, same streaming and bounded memory),
    but in worker processes each ``finish`` runs in the worker, so only its
    value comes back: a worker that turns the article into the bytes to be
    written saves this process rebuilding every article. ``finish`` must
    pickle (a module-level function, a :func:`functools.partial` of one, or an
    instance of a module-level class) and should return something small.
    An item that fails in this process (time limit, a worker that died, an
    item that cannot be sent) is finished here, on its failed result. A
    ``finish`` that raises is called again on a failed result
    (:class:`~newsfacts.WorkerError` naming the exception); should that raise
    too, the batch stops with that ``WorkerError``.

    A ``finish`` with a method ``finish_taken(held)`` has it called instead,
    with a list holding the result and nothing else referring to it: it pops
    the result and may let go of it as it works
    (:meth:`ArticleEncoder.finish_taken <newsfacts.output.ArticleEncoder.finish_taken>`
    drops each record once its JSON is made), and returns what ``finish(result)`` would.

    :raises InputError: ``jobs`` or ``timeout`` is invalid.
    :raises UnpicklablePluginError: worker processes were asked for and a plugin cannot be sent to them.
    """
    workers = jobs_for(jobs)
    check_timeout(timeout)
    if workers == 1 and timeout is None:
        return (_finished(finish, [extract_item(pipeline, index, item)]) for index, (item, finish) in enumerate(tasks))
    import pickle  # noqa: PLC0415 - see the imports above

    configuration = pickle.dumps(pipeline)
    pickle.loads(configuration)  # noqa: S301 - our own bytes; fails here, typed, rather than in every worker
    return _run(configuration, tasks, jobs=workers, timeout=timeout)


def _unchanged(result: BatchResult) -> BatchResult:
    """The finish of ``extract_many``: the result itself."""
    return result


def _finished(finish: Finish[Finished], held: list[BatchResult]) -> Finished:
    """``finish(result)`` of the one result in ``held``; when it raises, ``finish`` of it failed with a WorkerError.

    ``held`` is the caller's only reference to the result, so that a finish with ``finish_taken`` (see
    :func:`extract_finished`) can let go of it while it works.

    :raises WorkerError: ``finish`` raised on the failed result too.
    """
    index, id_ = held[0].index, held[0].id
    try:
        taking = getattr(finish, "finish_taken", None)
        return finish(held.pop()) if taking is None else cast("Finished", taking(held))
    except Exception as exc:  # noqa: BLE001 - the caller's function; its failure costs this item only
        error = WorkerError(f"finishing the result failed: {type(exc).__name__}: {exc}")
    try:
        return finish(BatchResult(index=index, id=id_, error=error))
    except Exception as exc:
        msg = f"finishing a failed result failed too: {type(exc).__name__}: {exc}"
        raise WorkerError(msg) from exc


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

    def receive(self) -> tuple[object, _Task | None]:
        """The next message from the worker, and the task it answers (the oldest held)."""
        import pickle  # noqa: PLC0415 - see the imports above

        message = pickle.loads(self.connection.recv_bytes())  # noqa: S301 - from our own worker
        task = self.tasks.popleft() if self.tasks else None
        self.since = time.monotonic()
        return message, task

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
    configuration: bytes, tasks: Iterable[tuple[object, Finish[Finished]]], *, jobs: int, timeout: float | None
) -> Generator[Finished, None, None]:
    pool = _Pool(configuration, jobs=jobs, timeout=timeout)
    source = enumerate(tasks)
    read = handed = 0
    exhausted = finished = False
    try:
        pool.start()
        while True:
            while not exhausted and len(pool.ready) < jobs and read - handed < jobs * _WINDOW_PER_WORKER:
                try:
                    index, (item, finish) = next(source)
                except StopIteration:
                    exhausted = True
                    break
                read += 1
                pool.add(index, item, finish)
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
        import multiprocessing  # noqa: PLC0415 - see the imports above

        self.context = multiprocessing.get_context()
        self.configuration = configuration
        self.jobs = jobs
        self.timeout = timeout
        self.workers: list[_Worker] = []
        self.ready: deque[_Task] = deque()  # read and pickled, not yet sent (retries go first)
        self.done: dict[int, Any] = {}  # finished values by index

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

    def add(self, index: int, item: object, finish: Finish[Any]) -> None:
        task = _task(index, item, finish)
        if isinstance(task, BatchResult):
            self.done[index] = _finished(finish, [task])
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
        from multiprocessing.connection import wait  # noqa: PLC0415 - see the imports above

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
            message, task = worker.receive()
        except (EOFError, OSError):
            return False
        if isinstance(message, _StartFailure | _FinishFailure):
            raise message.error
        if isinstance(message, _Unfinished):
            if task is not None:
                self.done[message.result.index] = _finished(task.finish, [message.result])
            return True
        index, value = cast("tuple[int, object]", message)  # what the worker sends: (index, finished value)
        self.done[index] = value
        return True

    def _replace(self, worker: _Worker, failure: WorkerError) -> None:
        """Fail the worker's current article, give its queued one to others, and start a fresh worker."""
        if worker.tasks:
            current = worker.tasks.popleft()
            failed = BatchResult(index=current.number, id=current.id, error=failure)
            self.done[current.number] = _finished(current.finish, [failed])
        self.ready.extendleft(reversed(worker.tasks))
        worker.tasks.clear()
        worker.stop(kill=True)
        self.workers[self.workers.index(worker)] = _Worker(self.context, self.configuration)


def _task(index: int, item: object, finish: Finish[Any]) -> _Task | BatchResult:
    """The message for one item (its index, then the pickled item and finish), or its failure when it cannot be sent."""
    import pickle  # noqa: PLC0415 - see the imports above

    try:
        payload = index.to_bytes(_INDEX_BYTES) + pickle.dumps((item, finish), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - pickle raises many types; all mean the item cannot go
        error = InputError(f"the item (or its finish) cannot be sent to a worker process: {type(exc).__name__}: {exc}")
        return BatchResult(index=index, id=item_id(item), error=error)
    return _Task(number=index, id=item_id(item), payload=payload, finish=finish)


def _serve(connection: Connection, parent_end: Connection, configuration: bytes) -> None:
    """A worker's life: rebuild the pipeline once, then answer one article a message until the pipe closes."""
    import pickle  # noqa: PLC0415 - see the imports above
    import signal  # noqa: PLC0415 - see the imports above

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
        with contextlib.suppress(OSError):  # the parent may have hung up already
            connection.send_bytes(pickle.dumps(_StartFailure(failure)))
        return
    while True:
        try:
            message = connection.recv_bytes()
        except (EOFError, OSError):
            return
        index = int.from_bytes(message[:_INDEX_BYTES])
        try:
            item, finish = pickle.loads(message[_INDEX_BYTES:])  # noqa: S301 - from the parent process
        except Exception as exc:  # noqa: BLE001 - e.g. a class this process cannot import
            problem = InputError(f"the item cannot be read in a worker process: {type(exc).__name__}: {exc}")
            finish = None
            held = [BatchResult(index=index, id=None, error=problem)]
        else:
            held = [extract_item(pipeline, index, item)]  # the only reference: see _finished
        try:
            connection.send_bytes(_answer(index, held, finish))
        except OSError:  # the parent hung up (Ctrl-C, or it stopped the batch): nobody is left to answer
            return


def _answer(index: int, held: list[BatchResult], finish: Finish[Any] | None) -> bytes:
    """The message back for the item in ``held``: its index and finished value (or its failed result, to finish)."""
    import pickle  # noqa: PLC0415 - see the imports above

    if finish is None:  # the message could not be read here: the parent holds its finish
        return pickle.dumps(_Unfinished(held.pop()))
    id_ = held[0].id
    try:
        try:
            return pickle.dumps((index, _finished(finish, held)), protocol=pickle.HIGHEST_PROTOCOL)
        except WorkerError:
            raise
        except Exception as exc:  # noqa: BLE001 - a value that cannot be sent fails its item, not the worker
            lost = WorkerError(f"the result cannot be sent back: {type(exc).__name__}: {exc}")
        failed = BatchResult(index=index, id=id_, error=lost)
        return pickle.dumps((index, _finished(finish, [failed])), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - a finish that fails even on a failure: the parent stops the batch
        error = exc if isinstance(exc, WorkerError) else WorkerError(f"{type(exc).__name__}: {exc}")
        return pickle.dumps(_FinishFailure(error))


def _flush_standard_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()


@contextlib.contextmanager
def _sigint_blocked() -> Iterator[None]:
    import signal  # noqa: PLC0415 - see the imports above

    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
