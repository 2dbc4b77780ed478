"""``itinerary batch``: many threads to JSON Lines; progress and failures on stderr as they come."""

from __future__ import annotations

import contextlib
import sys
import time
from typing import TYPE_CHECKING, Annotated

import typer

from itinerary.cli.common import (
    AnalyzerSettings,
    InputFormat,
    analyzer_options,
    err,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import TextIO

    from rich.progress import Progress, Task, TaskID

    from itinerary.cli.workers import Failure
    from itinerary.export.corpus import CorpusSummary
    from itinerary.export.html import HtmlPages
    from itinerary.models import Thread

TOP = 10  # places and pairs shown in the closing summary on stderr


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
        typer.Option("--out", "-o", metavar="OUT.jsonl", help="Where the reports go, one JSON "
                     "report a line in input order (- for stdout). Written whole at the end.",
                     show_default=False),
    ],
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", min=1, max=64, help="Processes, each with its own "
                     "language model and gazetteer (about 170 MB each)."),
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
    *,
    input_format: InputFormat,
    settings: AnalyzerSettings,
) -> None:
    """Analyze many threads: one JSON report per line, progress and failures on stderr.

    Each input keeps its id (JSON Lines records {"id", "text"} or whole
    thread objects). A thread that cannot be read or analyzed is reported
    with its path and reason, the run goes on, and the exit code is 1. At
    the end the places readers went to across the corpus and the places
    named together are summarised on stderr (and in --summary).

    Examples:
    itinerary batch threads/ --out reports.jsonl --workers 2
    itinerary batch 'blog/**/*.html' --out reports.jsonl --summary corpus.json
    itinerary batch posts.jsonl --out - | jq .id
    itinerary batch threads/ --out reports.jsonl --html maps/
    """
    from rich.markup import escape

    from itinerary.cli.workers import Analysis, Failure
    from itinerary.export.corpus import CorpusSummary
    from itinerary.export.files import check_writable, write_text
    from itinerary.export.report_json import dumps, report_to_dict

    for target in (out, summary):
        if target is not None:
            check_writable(target)
    files = None if source == "-" else _discover(source)
    pages = _html_pages(html)
    corpus = CorpusSummary()
    err.print(f"loading the language model and gazetteer ({workers} "
              f"process{'es' if workers > 1 else ''})…")
    with Analysis(settings, workers) as analysis, _output(out) as stream:
        started = time.perf_counter()
        with _progress(_estimate(files)) as (progress, task):
            for outcome in analysis.run(_records(source, files, input_format)):
                if isinstance(outcome, Failure):
                    corpus.fail(outcome.message)
                    progress.console.print(f"[red]failed:[/] {escape(outcome.message)}",
                                           highlight=False)
                else:
                    corpus.add(outcome)
                    stream.write(dumps(report_to_dict(outcome), indent=None) + "\n")
                    if pages is not None:
                        pages.add(outcome)
                _advance(progress, task)
    elapsed = time.perf_counter() - started
    if summary is not None:
        write_text(summary, dumps(corpus.to_dict()) + "\n")
    if pages is not None:
        err.print(f"wrote {pages.write_index()} and {len(pages.entries)} map pages", markup=False)
    _print_summary(corpus, elapsed)
    if corpus.failures:
        raise typer.Exit(1)


def _html_pages(folder: str | None) -> HtmlPages | None:
    from itinerary.export.html import HtmlPages

    return None if folder is None else HtmlPages(folder)


def _discover(source: str) -> list[Path]:
    from itinerary.readers import discover

    return discover(source)


def _records(source: str, files: list[Path] | None,
             input_format: InputFormat) -> Iterator[Thread | Failure]:
    """Threads in input order; a record that cannot be read becomes a Failure in its place."""
    from itinerary.cli.workers import Failure
    from itinerary.errors import InputError
    from itinerary.readers import iter_records

    sources: list[str | Path] = [source] if files is None else list(files)
    for one in sources:
        for item in iter_records(one, input_format.value):
            yield Failure(str(item)) if isinstance(item, InputError) else item


def _estimate(files: list[Path] | None) -> int | None:
    """Threads to expect: one a file, one a non-blank line of a JSON Lines file (a JSON list
    counts as one until it is read; the bar's total grows if the count runs past it)."""
    if files is None:
        return None
    total = 0
    for path in files:
        if path.suffix.lower() in (".jsonl", ".ndjson"):
            try:
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


@contextlib.contextmanager
def _output(out: str) -> Iterator[TextIO]:
    from itinerary.export.files import STDOUT, atomic_writer

    if out == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_writer(out) as stream:
        yield stream


@contextlib.contextmanager
def _progress(total: int | None) -> Iterator[tuple[Progress, TaskID]]:
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
    task = progress.add_task("analyzing", total=total, rate="")
    with progress:
        yield progress, task


def _advance(progress: Progress, task_id: TaskID) -> None:
    progress.advance(task_id)
    task = progress.tasks[task_id]
    if task.total is not None and task.completed > task.total:
        progress.update(task_id, total=task.completed)
    progress.update(task_id, rate=_rate(task))


def _rate(task: Task) -> str:
    """The average since the start, the figure the closing line reports too."""
    elapsed = task.elapsed
    return f"{task.completed / elapsed:.1f} threads/s" if elapsed else ""


def _print_summary(corpus: CorpusSummary, elapsed: float) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    done = corpus.threads
    rate = done / elapsed if elapsed > 0 else 0.0
    failed = f", [red]{len(corpus.failures)} failed[/]" if corpus.failures else ""
    err.print(f"{done} threads analyzed in {elapsed:.1f} s ({rate:.1f} threads/s){failed}",
              markup=True)
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
