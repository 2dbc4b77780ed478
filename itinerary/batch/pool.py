"""The local engine: chunks of threads through one analyzer, or through worker processes that each
build their own (a spaCy pipeline and a gazetteer connection are neither shareable nor picklable).

Results come back in input order. A thread that fails becomes a ``Failure`` in its place and the
rest of its chunk is analyzed again one by one, so one bad thread costs its chunk a second pass,
never the run. Workers ignore SIGINT (the parent decides and stops them), die on SIGTERM, and exit
on their own when the parent is gone, so a parent killed with SIGKILL leaves no process behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import active_children, get_context
from typing import TYPE_CHECKING

from gazetteer.errors import GazetteerError
from itinerary.batch.inputs import Failure, analysis_failure
from itinerary.errors import ItineraryError
from itinerary.models import Report, Thread

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from itinerary.pipeline import Analyzer

CHUNK = 32  # threads per nlp.pipe stream handed to a worker
IN_FLIGHT = 2  # chunks queued per worker: enough to keep it busy, little memory
PARENT_CHECK_S = 0.5  # how often a worker looks whether its parent is still there

Outcome = Report | Failure
AnalyzerFactory = Callable[[], "Analyzer"]

_worker: Analyzer | None = None
_worker_error: Exception | None = None


class LocalPool:
    """Analyzers ready before the first thread: entering loads the model (in every worker), so a
    bad model or gazetteer fails at once, and worker processes fork before the caller starts any
    thread of its own (a progress bar's refresh thread, say).

    ``factory`` builds one analyzer (``Analyzer`` itself, or a ``functools.partial`` of it); with
    workers it runs once in each worker process, never in the parent.
    """

    def __init__(self, factory: AnalyzerFactory, workers: int = 1) -> None:
        self.factory = factory
        self.workers = workers
        self._analyzer: Analyzer | None = None
        self._pool: ProcessPoolExecutor | None = None
        self._others: set[BaseProcess] = set()  # child processes that are not our workers

    def __enter__(self) -> LocalPool:
        if self.workers <= 1:
            self._analyzer = self.factory()
            return self
        from gazetteer import Gazetteer

        with Gazetteer.open():  # a missing or stale database is built here once, not per worker
            pass
        self._others = set(active_children())
        # fork, not spawn: spawn would re-run the program's __main__ in every worker.
        self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("fork"),
                                         initializer=_init_worker,
                                         initargs=(self.factory, os.getpid()))
        try:
            self._pool.submit(_check_worker).result()  # forks every worker (fork context)
        except BaseException:
            self._stop()
            raise
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if self._pool is None:
            return
        if exc_type is None:
            self._pool.shutdown()
        else:  # interrupted or failed: in-flight chunks are not worth waiting for
            self._stop()

    def _stop(self) -> None:
        assert self._pool is not None
        for process in set(active_children()) - self._others:
            with contextlib.suppress(OSError):
                process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def run(self, items: Iterable[Thread | Failure]) -> Iterator[Outcome]:
        """Reports and failures, one per item, in the items' order."""
        if self._analyzer is not None:
            for chunk in _chunks(items):
                yield from analyze_items(self._analyzer, chunk)
            return
        assert self._pool is not None, "use LocalPool as a context manager"
        pending: deque[tuple[list[Thread | Failure], Future[list[Outcome]]]] = deque()
        for chunk in _chunks(items):
            pending.append((chunk, self._pool.submit(_analyze_chunk, _threads(chunk))))
            if len(pending) >= IN_FLIGHT * self.workers:
                done, future = pending.popleft()
                yield from _merge(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from _merge(done, future.result())


def analyze_items(analyzer: Analyzer, items: list[Thread | Failure]) -> Iterator[Outcome]:
    """One outcome per item in order: a report, the item's own Failure, or the thread's."""
    return _merge(items, analyze_isolated(analyzer, _threads(items)))


def analyze_isolated(analyzer: Analyzer, threads: Sequence[Thread]) -> list[Outcome]:
    """Reports for ``threads`` in one spaCy stream; on any error, one by one, so that only the
    thread at fault becomes a Failure."""
    if not threads:
        return []
    try:
        return list(analyzer.analyze_many(threads))
    except Exception:
        return [_analyze_one(analyzer, thread) for thread in threads]


def _analyze_one(analyzer: Analyzer, thread: Thread) -> Outcome:
    try:
        return analyzer.analyze(thread)
    except (ItineraryError, GazetteerError) as exc:
        return analysis_failure(thread, exc, internal=False)
    except Exception as exc:  # a bug on one odd input must not end a batch of thousands
        return analysis_failure(thread, exc, internal=True)


def _init_worker(factory: AnalyzerFactory, parent: int) -> None:
    global _worker, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True,
                     name="itinerary-parent-check").start()
    try:
        _worker = factory()
    except Exception as exc:  # raised again in the parent by the first chunk
        _worker_error = exc


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent died (SIGKILL, OOM killer) is adopted by another process: leave."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_S)
    os._exit(1)


def _check_worker() -> None:
    if _worker is None:
        raise _worker_error or RuntimeError("worker has no analyzer")


def _analyze_chunk(threads: list[Thread]) -> list[Outcome]:
    _check_worker()
    assert _worker is not None
    return analyze_isolated(_worker, threads)


def _chunks(items: Iterable[Thread | Failure]) -> Iterator[list[Thread | Failure]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


def _threads(chunk: list[Thread | Failure]) -> list[Thread]:
    return [item for item in chunk if isinstance(item, Thread)]


def _merge(chunk: list[Thread | Failure], outcomes: list[Outcome]) -> Iterator[Outcome]:
    results = iter(outcomes)
    for item in chunk:
        yield item if isinstance(item, Failure) else next(results)
