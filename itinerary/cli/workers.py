"""Batch analysis: chunks of threads through one analyzer, or through worker processes that each
build their own (spaCy pipeline and gazetteer connection are neither shareable nor picklable).

Results come back in input order. A thread that fails becomes a ``Failure`` in its place and the
rest of its chunk is analyzed again one by one, so one bad thread costs its chunk a second pass,
never the run.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing import get_context
from typing import TYPE_CHECKING

from gazetteer.errors import GazetteerError
from itinerary.cli.common import AnalyzerSettings, build_analyzer
from itinerary.errors import ItineraryError
from itinerary.models import Report, Thread

if TYPE_CHECKING:
    from itinerary.pipeline import Analyzer

CHUNK = 32  # threads per nlp.pipe stream handed to a worker
IN_FLIGHT = 2  # chunks queued per worker: enough to keep it busy, little memory


@dataclass(frozen=True, slots=True)
class Failure:
    message: str  # "<source or record>: <reason>"


Outcome = Report | Failure

_worker: Analyzer | None = None
_worker_error: Exception | None = None


class Analysis:
    """Analyzers ready before the first thread: entering loads the model (in every worker), so a
    bad model or gazetteer fails at once, and worker processes fork before the caller starts any
    thread of its own (a progress bar's refresh thread, say)."""

    def __init__(self, settings: AnalyzerSettings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self._analyzer: Analyzer | None = None
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Analysis:
        if self.workers <= 1:
            self._analyzer = build_analyzer(self.settings)
            return self
        from itinerary.cli.gazetteer import open_gazetteer

        open_gazetteer().close()  # a missing or stale database is built here once, not per worker
        # fork, not spawn: spawn would re-run the program's __main__ in every worker.
        self._pool = ProcessPoolExecutor(self.workers, mp_context=get_context("fork"),
                                         initializer=_init_worker, initargs=(self.settings,))
        try:
            self._pool.submit(_check_worker).result()  # forks every worker (fork context)
        except BaseException:
            self._pool.shutdown(cancel_futures=True)
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def run(self, items: Iterable[Thread | Failure]) -> Iterator[Outcome]:
        """Reports and failures, one per item, in the items' order."""
        if self._analyzer is not None:
            for chunk in _chunks(items):
                yield from _merge(chunk, analyze_isolated(self._analyzer, _threads(chunk)))
            return
        assert self._pool is not None, "use Analysis as a context manager"
        pending: deque[tuple[list[Thread | Failure], Future[list[Outcome]]]] = deque()
        for chunk in _chunks(items):
            pending.append((chunk, self._pool.submit(_analyze_chunk, _threads(chunk))))
            if len(pending) >= IN_FLIGHT * self.workers:
                done, future = pending.popleft()
                yield from _merge(done, future.result())
        while pending:
            done, future = pending.popleft()
            yield from _merge(done, future.result())


def analyze_isolated(analyzer: Analyzer, threads: Sequence[Thread]) -> list[Outcome]:
    if not threads:
        return []
    try:
        return list(analyzer.analyze_many(threads))
    except Exception:
        return [_analyze_one(analyzer, thread) for thread in threads]


def _label(thread: Thread) -> str:
    return f"{thread.source} (id {thread.id})" if thread.id else thread.source


def _analyze_one(analyzer: Analyzer, thread: Thread) -> Outcome:
    try:
        return analyzer.analyze(thread)
    except (ItineraryError, GazetteerError) as exc:
        return Failure(f"{_label(thread)}: {exc}")
    except Exception as exc:  # a bug on one odd input must not end a batch of thousands
        return Failure(f"{_label(thread)}: internal error: {type(exc).__name__}: {exc}")


def _init_worker(settings: AnalyzerSettings) -> None:
    global _worker, _worker_error
    try:
        _worker = build_analyzer(settings)
    except Exception as exc:  # raised again in the parent by the first chunk
        _worker_error = exc


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
