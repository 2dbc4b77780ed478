"""``itinerary batch``: many threads to JSON Lines; progress and failures on stderr as they come.

The work is ``itinerary.batch``'s; this module wires options, signals and the progress bar.
"""

from __future__ import annotations

import contextlib
import signal
import time
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from itinerary.cli.common import (
    AnalyzerSettings,
    InputFormat,
    analyzer_options,
    err,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from rich.progress import Progress, Task, TaskID

    from itinerary.batch import BatchResult
    from itinerary.batch import Progress as Step
    from itinerary.batch.pool import AnalyzerFactory
    from itinerary.export.html import HtmlPages

TOP = 10  # places and pairs shown in the closing summary on stderr


class Engine(StrEnum):
    local = "local"
    dask = "dask"


@analyzer_options()
def batch(
    source: Annotated[
        str,
        typer.Argument(metavar="DIR|GLOB|FILE.jsonl", help="A folder (searched recursively for "
                       ".txt, .html, .json, .jsonl, ...), a quoted glob, or one file.",
                       show_default=False),
    ],
    out: Annotated[
        str,
        typer.Option("--out", "-o", metavar="OUT.jsonl|OUT_DIR/", help="Where the reports go, "
                     "one JSON report a line in input order (- for stdout), written whole at the "
                     "end; with --engine dask, a folder of parts and summary.json.",
                     show_default=False),
    ],
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=1, max=64, help="Processes, each with its own "
                     "language model and gazetteer (about 170 MB each); with --engine dask and "
                     "--scheduler local, the LocalCluster's workers."),
    ] = 1,
    summary: Annotated[
        str | None,
        typer.Option("--summary", metavar="FILE.json", help="Also write the corpus summary "
                     "(readers also went to, place co-occurrence, failures) as JSON.",
                     show_default=False),
    ] = None,
    html: Annotated[
        str | None,
        typer.Option("--html", metavar="DIR", help="Also write a map page per thread and an "
                     "index.html into DIR (created if missing).", show_default=False),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip the threads already in OUT and append the rest as "
                     "they are done, so a stopped run picks up where it was."),
    ] = False,
    errors: Annotated[
        str | None,
        typer.Option("--errors", metavar="ERR.jsonl", help="Write each failed thread's id, "
                     "source and one-line reason as JSON Lines.", show_default=False),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option("--engine", help="local: this machine's processes; dask: a Dask cluster "
                     "(pip install 'itinerary\\[dask]')."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="tcp://HOST:8786|local", help="The Dask scheduler "
                     "(default: a LocalCluster of --workers processes here).",
                     show_default=False),
    ] = None,
    *,
    input_format: InputFormat,
    settings: AnalyzerSettings,
) -> None:
    """Analyze many threads: one JSON report per line, progress and failures on stderr.

    Each input keeps its id (JSON Lines records {"id", "text"} or whole
    thread objects); ids must be unique (a file without one is known by its
    path). A thread that cannot be read or analyzed is reported with its
    path and reason, the run goes on, and the exit code is 1. At the end the
    places readers went to across the corpus and the places named together
    are summarised on stderr (and in --summary).

    Examples:
    itinerary batch threads/ --out reports.jsonl --workers 2
    itinerary batch posts.jsonl --out reports.jsonl --resume --errors failed.jsonl
    itinerary batch 'blog/**/*.html' --out reports.jsonl --summary corpus.json
    itinerary batch posts.jsonl --engine dask --scheduler tcp://10.0.0.5:8786 --out reports/
    itinerary batch posts.jsonl --out - | jq .id
    itinerary batch threads/ --out reports.jsonl --html maps/
    """
    from functools import partial

    from itinerary.cli.common import build_analyzer
    from itinerary.cli.gazetteer import open_gazetteer
    from itinerary.export.files import check_writable, write_text
    from itinerary.export.report_json import dumps

    if engine is Engine.dask and resume:
        raise typer.BadParameter("--resume works with --engine local", param_hint="--resume")
    if engine is Engine.dask and html is not None:
        raise typer.BadParameter("--html works with --engine local", param_hint="--html")
    if engine is Engine.local and scheduler is not None:
        raise typer.BadParameter("needs --engine dask", param_hint="--scheduler")
    outputs = [summary, errors, out if engine is Engine.local else None]
    for target in outputs:  # before the slow part, and before a word about loading it
        if target is not None:
            check_writable(target)
    factory = partial(build_analyzer, settings)
    pages = _html_pages(html)
    open_gazetteer().close()  # a first-use build shows its own progress, before the workers
    err.print(f"loading the language model and gazetteer ({workers} "
              f"process{'es' if workers > 1 else ''})…")
    with _terminate_as_interrupt(), _Bar() as bar:
        if engine is Engine.local:
            from itinerary.batch import run_local

            result = run_local(source, out, analyzer=factory, workers=workers,
                               resume=resume, errors=errors, input_format=input_format.value,
                               progress=bar.update if pages is None else _pages_too(bar, pages))
        else:
            result = _run_dask(source, out, scheduler, workers, factory, errors,
                               input_format, bar)
    if summary is not None:
        write_text(summary, dumps(result.summary.to_dict()) + "\n")
    if pages is not None:
        err.print(f"wrote {pages.write_index()} and {len(pages.entries)} map pages", markup=False)
    _print_summary(result, bar.elapsed)
    if result.failures:
        raise typer.Exit(1)


def _html_pages(folder: str | None) -> HtmlPages | None:
    from itinerary.export.html import HtmlPages

    return None if folder is None else HtmlPages(folder)


def _pages_too(bar: _Bar, pages: HtmlPages) -> Callable[[Step], None]:
    """The bar's callback that also writes each report's map page as it comes."""
    from itinerary.models import Report

    def update(step: Step) -> None:
        bar.update(step)
        if isinstance(step.outcome, Report):
            pages.add(step.outcome)

    return update


def _run_dask(source: str, out: str, scheduler: str | None, workers: int,
              factory: AnalyzerFactory, errors: str | None, input_format: InputFormat,
              bar: _Bar) -> BatchResult:
    try:
        from itinerary.batch.cluster import run_dask
    except ImportError:
        raise typer.BadParameter("needs Dask: pip install 'itinerary[dask]'",
                                 param_hint="--engine dask") from None
    from rich.markup import escape

    result = run_dask(source, out, scheduler=scheduler, workers=workers, analyzer=factory,
                      errors=errors, input_format=input_format.value, progress=bar.update)
    for failure in result.failures:  # a partition reports its failures when it is done
        err.print(f"[red]failed:[/] {escape(failure.message)}", highlight=False)
    return result


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a scheduler's or ``kill``'s stop) unwinds like Ctrl-C: workers stopped, the
    temporary output removed."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Bar:
    """The rich progress bar, started when the workers are ready (after they fork); ``elapsed``
    runs from then to the last thread, the time the closing line's rate is over."""

    def __init__(self) -> None:
        self.progress: Progress | None = None
        self.task: TaskID | None = None
        self.started = time.perf_counter()
        self.elapsed = 0.0

    def __enter__(self) -> _Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def update(self, step: Step) -> None:
        from rich.markup import escape

        from itinerary.batch import Failure

        if self.progress is None:
            if step.skipped:
                err.print(f"{step.skipped} threads already in the output, skipped")
            self.progress, self.task = _progress(step.total)
            self.progress.start()
            self.started = time.perf_counter()
        assert self.task is not None
        if isinstance(step.outcome, Failure):
            self.progress.console.print(f"[red]failed:[/] {escape(step.outcome.message)}",
                                        highlight=False)
        _advance(self.progress, self.task, step.done)
        self.elapsed = time.perf_counter() - self.started


def _progress(total: int | None) -> tuple[Progress, TaskID]:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        SpinnerColumn(),
        TextColumn("analyzing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )
    return progress, progress.add_task("analyzing", total=total, rate="")


def _advance(progress: Progress, task_id: TaskID, done: int) -> None:
    progress.update(task_id, completed=done)
    task = progress.tasks[task_id]
    if task.total is not None and task.completed > task.total:
        progress.update(task_id, total=task.completed)
    progress.update(task_id, rate=_rate(task))


def _rate(task: Task) -> str:
    """The average since the start, the figure the closing line reports too."""
    elapsed = task.elapsed
    return f"{task.completed / elapsed:.1f} threads/s" if elapsed else ""


def _print_summary(result: BatchResult, elapsed: float) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    corpus = result.summary
    done = result.analyzed
    rate = done / elapsed if elapsed > 0 else 0.0
    failed = f", [red]{len(result.failures)} failed[/]" if result.failures else ""
    skipped = f", {result.skipped} already done" if result.skipped else ""
    err.print(f"{done} threads analyzed in {elapsed:.1f} s ({rate:.1f} threads/s){skipped}"
              f"{failed}", markup=True)
    places = corpus.readers_also_went_to()[:TOP]
    if places:
        table = Table("Place", "Country", "Readers", "Visited", "Planning", "Threads",
                      title="Readers also went to (corpus)", title_justify="left",
                      box=box.SIMPLE_HEAD)
        for _, tally in places:
            table.add_row(Text(tally.name), tally.country_code or "", str(tally.readers),
                          str(tally.visited), str(tally.planning), str(tally.threads))
        err.print(table)
    pairs = corpus.pairs(TOP)
    if pairs:
        table = Table("Places", "Threads", "Readers combining", title="Named together",
                      title_justify="left", box=box.SIMPLE_HEAD)
        for ids, threads, readers in pairs:
            names = " + ".join(corpus.name(i) or i for i in ids)
            table.add_row(Text(names), str(threads), str(readers))
        err.print(table)
