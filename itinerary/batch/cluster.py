"""The Dask engine: partitions of a corpus analyzed across a cluster, one JSON Lines part each.

The client only plans: it splits JSON Lines files into byte ranges of whole lines (no parsing) and
groups other files, one group a partition of a ``dask.bag``. Workers read their ranges from the
shared file system, analyze them with the analyzer a worker plugin built once when the worker
joined (the analyzer itself never travels), and write ``part-NNNNN.jsonl`` under the output folder
by rename, so a partition that Dask runs again after losing a worker replaces its part instead of
adding to it. Each partition returns its corpus summary; the client merges them in input order.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import dask.bag as db
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from itinerary.batch.inputs import (
    STDIN,
    Failure,
    check_unique,
    failure_of,
    input_paths,
    read_items,
    thread_key,
)
from itinerary.batch.output import PART, ReportWriter
from itinerary.batch.pool import AnalyzerFactory, analyze_items
from itinerary.batch.result import BatchResult, Progress, ProgressCallback, tell, write_errors
from itinerary.errors import InputError, ItineraryError
from itinerary.export.corpus import CorpusSummary
from itinerary.export.files import write_text
from itinerary.export.report_json import dumps, report_to_dict
from itinerary.models import Thread
from itinerary.pipeline import Analyzer
from itinerary.readers import MAX_INPUT_BYTES, Format
from itinerary.readers.detect import format_of_path
from itinerary.readers.json import parse_json_line

PLUGIN = "itinerary-analyzer"
PARTITION = 64  # threads a partition: enough to amortise a task, small enough to retry cheaply
SUMMARY = "summary.json"
CONNECT_S = 30  # to reach a scheduler, and for a first worker to join it


@dataclass(frozen=True, slots=True)
class Piece:
    """A whole input file, or a range of whole lines of a JSON Lines file."""

    path: str
    start: int = 0  # byte offset of the first line
    stop: int | None = None  # byte offset after the last line; None: the whole file
    line: int = 1  # number of the first line


@dataclass(frozen=True, slots=True)
class Unit:
    """One partition's work: where to read, how many records to expect, which part to write."""

    index: int
    pieces: tuple[Piece, ...]
    records: int


class AnalyzerPlugin(WorkerPlugin):
    """Gives every worker, including one that joins (or restarts) later, its own analyzer: built
    on the first partition, in the thread that runs the tasks (SQLite handles stay in the thread
    that opened them), and kept for every partition after it."""

    name = PLUGIN

    def __init__(self, factory: AnalyzerFactory) -> None:
        self.factory = factory
        self._local = threading.local()

    def __getstate__(self) -> dict[str, Any]:
        return {"factory": self.factory}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.factory = state["factory"]
        self._local = threading.local()

    def analyzer(self) -> Analyzer:
        built: Analyzer | None = getattr(self._local, "analyzer", None)
        if built is None:
            built = self._local.analyzer = self.factory()
        return built


def run_dask(
    source: str | Path,
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    analyzer: AnalyzerFactory = Analyzer,
    errors: str | Path | None = None,
    input_format: Format | str = "auto",
    partition: int = PARTITION,
    progress: ProgressCallback | None = None,
) -> BatchResult:
    """Analyze ``source`` on a Dask cluster into ``out_dir``: one ``part-NNNNN.jsonl`` a partition
    and ``summary.json``. ``scheduler`` is an address (``tcp://host:8786``), or None / "local" for
    a LocalCluster of ``workers`` processes on this machine. Inputs and ``out_dir`` must be at the
    same paths on every worker (a shared file system).
    """
    paths = input_paths(source)
    if paths == [STDIN]:
        raise ItineraryError("the Dask engine reads files its workers can open, not stdin")
    folder = _output_folder(out_dir)
    units = plan(paths, input_format, partition)
    total = sum(unit.records for unit in units)
    result = BatchResult()
    with _client(scheduler, workers) as client:
        bag = db.from_sequence(units, npartitions=max(len(units), 1))
        counts = bag.map(unit_keys, input_format).flatten().frequencies()
        check_unique(dict(counts.compute()))
        client.register_plugin(AnalyzerPlugin(analyzer))
        _warm_up(client)
        _clear(folder)
        parts = bag.map(analyze_unit, str(folder), input_format).to_delayed()
        futures = client.compute(parts)
        tell(progress, Progress(0, total))
        failures: dict[int, list[Failure]] = {}  # by partition, to list them in input order
        done = 0
        for future in as_completed(futures):
            for index, records, summary, failed in future.result():
                result.summary.merge(summary)
                failures[index] = failed
                done += records
                tell(progress, Progress(done, total))
    for index in sorted(failures):
        result.failures.extend(failures[index])
    result.summary.failures.extend(f.message for f in result.failures)
    result.analyzed = result.summary.threads
    _remove_temporary(folder)
    write_text(folder / SUMMARY, dumps(result.summary.to_dict()) + "\n")
    if errors is not None:
        write_errors(errors, result.failures)
    return result


def plan(paths: list[str], input_format: Format | str, size: int) -> list[Unit]:
    """Partitions of about ``size`` records: JSON Lines files cut at line ends, other files
    grouped ``size`` to a partition (a JSON list file counts as one)."""
    units: list[Unit] = []
    group: list[Piece] = []
    for path in paths:
        if _is_json_lines(path, input_format):
            for piece, records in _line_ranges(path, size):
                units.append(Unit(len(units), (piece,), records))
            continue
        group.append(Piece(path))
        if len(group) == size:
            units.append(Unit(len(units), tuple(group), len(group)))
            group = []
    if group:
        units.append(Unit(len(units), tuple(group), len(group)))
    return units


def _is_json_lines(path: str, input_format: Format | str) -> bool:
    chosen = format_of_path(Path(path)) if input_format == "auto" else input_format
    return chosen == "jsonl"


def _line_ranges(path: str, size: int) -> list[tuple[Piece, int]]:
    """Byte ranges of ``size`` non-blank lines; a file without any (or unreadable) is one
    whole-file piece, so the reader reports it the way the local engine does."""
    try:
        with Path(path).open("rb") as stream:
            ranges = _cut(stream, path, size)
    except OSError:
        ranges = []
    return ranges or [(Piece(path), 1)]


def _cut(stream: BinaryIO, path: str, size: int) -> list[tuple[Piece, int]]:
    ranges = []
    start, line, records, offset = 0, 1, 0, 0
    for number, text in enumerate(stream, start=1):
        offset += len(text)
        if text.strip():
            records += 1
        if records == size:
            ranges.append((Piece(path, start, offset, line), records))
            start, line, records = offset, number + 1, 0
    if records:
        ranges.append((Piece(path, start, offset, line), records))
    return ranges


def read_unit(unit: Unit, input_format: Format | str) -> Iterator[Thread | Failure]:
    for piece in unit.pieces:
        if piece.stop is None:
            yield from read_items(piece.path, input_format)
        else:
            yield from _read_range(piece)


def _read_range(piece: Piece) -> Iterator[Thread | Failure]:
    assert piece.stop is not None
    try:
        with Path(piece.path).open("rb") as stream:
            stream.seek(piece.start)
            data = stream.read(piece.stop - piece.start)
    except OSError as exc:
        yield Failure(piece.path, exc.strerror or type(exc).__name__)
        return
    for number, line in enumerate(data.splitlines(keepends=True), start=piece.line):
        try:
            if len(line) > MAX_INPUT_BYTES:
                raise InputError(f"{piece.path}:{number}: line longer than the "
                                 f"{MAX_INPUT_BYTES / 1e6:.0f} MB limit")
            thread = parse_json_line(line, piece.path, number)
        except InputError as exc:
            yield failure_of(exc, piece.path)
            continue
        if thread is not None:
            yield thread


def unit_keys(unit: Unit, input_format: Format | str) -> list[str]:
    return [thread_key(item) for item in read_unit(unit, input_format)
            if isinstance(item, Thread)]


def analyze_unit(unit: Unit, out_dir: str, input_format: Format | str
                 ) -> tuple[int, int, CorpusSummary, list[Failure]]:
    """Runs on a worker: the partition's part file, and its summary for the client."""
    analyzer = _worker_analyzer()
    summary = CorpusSummary()
    failures: list[Failure] = []
    items = list(read_unit(unit, input_format))
    with ReportWriter(Path(out_dir) / part_name(unit.index)) as writer:
        for outcome in analyze_items(analyzer, items):
            if isinstance(outcome, Failure):
                failures.append(outcome)  # the client lists them in input order
                continue
            report = report_to_dict(outcome)
            writer.write(dumps(report, indent=None))
            summary.add(report)
    return unit.index, len(items), summary, failures


def _warm_up(client: Client) -> None:
    """Build the analyzer on every worker now: a bad model fails before any work, and the
    progress (and its rate) starts when the workers are ready, as with the local engine."""
    workers = list(client.scheduler_info()["workers"])
    client.gather([client.submit(_build_analyzer, workers=[address], pure=False)
                   for address in workers])


def _build_analyzer() -> None:
    _worker_analyzer()  # kept by the plugin; the analyzer itself never leaves the worker


def _worker_analyzer() -> Analyzer:
    plugin = get_worker().plugins[PLUGIN]
    assert isinstance(plugin, AnalyzerPlugin)
    return plugin.analyzer()


def part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def _output_folder(out_dir: str | Path) -> Path:
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ItineraryError(f"{folder}: the Dask engine writes a folder of parts, this is a file")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise ItineraryError(f"{folder}: cannot create: {exc.strerror}") from None
    return folder


def _clear(folder: Path) -> None:
    """Parts of an earlier run into the same folder would mix with this one's."""
    for old in [*folder.glob("part-*.jsonl"), folder / SUMMARY]:
        old.unlink(missing_ok=True)
    _remove_temporary(folder)


def _remove_temporary(folder: Path) -> None:
    """Temporary parts of workers that died mid-write (their partition was run again)."""
    for temp in folder.glob(f".part-*{PART}"):
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    if scheduler in (None, "local"):
        from gazetteer import Gazetteer

        with Gazetteer.open():  # built once here, not by every local worker at once
            pass
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                          host="127.0.0.1", dashboard_address=":0") as cluster, \
                Client(cluster) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout=CONNECT_S)
    except (OSError, ValueError) as exc:
        raise ItineraryError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_S)
        except TimeoutError:
            raise ItineraryError(f"the Dask scheduler at {scheduler} has no workers") from None
        yield client
