"""A batch on this machine: read, check ids, skip what a resumed output holds, analyze, write."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from itinerary.batch.inputs import (
    STDIN,
    Failure,
    check_unique,
    input_paths,
    read_items,
    report_key,
    thread_key,
)
from itinerary.batch.output import ReportWriter, read_reports
from itinerary.batch.pool import AnalyzerFactory, LocalPool
from itinerary.batch.result import BatchResult, Progress, ProgressCallback, tell, write_errors
from itinerary.errors import ItineraryError
from itinerary.export.files import STDOUT, check_writable
from itinerary.export.report_json import dumps, report_to_dict
from itinerary.models import Thread
from itinerary.pipeline import Analyzer
from itinerary.readers import Format


def run_local(
    source: str | Path,
    out: str | Path,
    *,
    analyzer: AnalyzerFactory = Analyzer,
    workers: int = 1,
    resume: bool = False,
    errors: str | Path | None = None,
    input_format: Format | str = "auto",
    progress: ProgressCallback | None = None,
) -> BatchResult:
    """Analyze every thread of ``source`` into ``out`` (JSON Lines, input order; ``-``: stdout).

    Reads the input twice, once up front to check that ids are unique (and to count), then to
    analyze, so memory stays flat whatever the corpus size (stdin is read once and kept). With
    ``resume`` the threads already in ``out`` are skipped and the new reports appended.
    """
    if resume and str(out) == STDOUT:
        raise ItineraryError("resuming needs an output file, not stdout")
    for target in (out, errors):
        if target is not None:
            check_writable(target)
    paths = input_paths(source)
    kept = list(_items(paths, input_format)) if paths == [STDIN] else None
    keys: Counter[str] = Counter()
    records = 0
    for item in kept if kept is not None else _items(paths, input_format):
        records += 1
        if isinstance(item, Thread):
            keys[thread_key(item)] += 1
    check_unique(keys)
    result = BatchResult()
    done: set[str] = set()
    if resume and Path(out).exists():
        for report in read_reports(Path(out)):
            done.add(report_key(report))
            result.summary.add(report)
    result.skipped = sum(1 for key in done if key in keys)
    total = records - result.skipped
    items = kept if kept is not None else _items(paths, input_format)
    todo = (item for item in items if isinstance(item, Failure) or thread_key(item) not in done)
    with LocalPool(analyzer, workers) as pool, ReportWriter(out, resume=resume) as writer:
        tell(progress, Progress(0, total, result.skipped))
        for number, outcome in enumerate(pool.run(todo), start=1):
            if isinstance(outcome, Failure):
                result.failures.append(outcome)
                result.summary.fail(outcome.message)
            else:
                report = report_to_dict(outcome)
                writer.write(dumps(report, indent=None))
                result.summary.add(report)
                result.analyzed += 1
            tell(progress, Progress(number, total, result.skipped, outcome))
    if errors is not None:
        write_errors(errors, result.failures)
    return result


def _items(paths: list[str], input_format: Format | str) -> Iterator[Thread | Failure]:
    for path in paths:
        yield from read_items(path, input_format)
