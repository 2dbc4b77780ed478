"""``itinerary analyze`` and ``itinerary readers``: one report per thread, on stdout."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer

from itinerary.cli.common import (
    AnalyzerSettings,
    InputFormat,
    PathArgument,
    analyze_path,
    analyzer_options,
    choices,
)


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


class ReadersFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


@analyzer_options()
def analyze(
    path: PathArgument,
    output_format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="table: rich tables for reading; json: the versioned "
                     "JSON report (docs/report.md).", **choices(ReportFormat)),
    ] = ReportFormat.table,
    explain: Annotated[
        bool, typer.Option("--explain", help="with the table format, why each name is a place, "
                           "and the names that looked like places but are not, with why (the "
                           "JSON report always holds both).")
    ] = False,
    *,
    input_format: InputFormat,
    settings: AnalyzerSettings,
) -> None:
    """Find the places in a thread and the trips in it: the whole report.

    Places with country, coordinates, confidence and who named them; stated
    itineraries with legs; day-trip pairings; the suggested route; where
    readers also went. A PATH holding several threads gives one report each
    (with --format json, a JSON array of reports).

    Examples:
    itinerary analyze examples/norway-thread.txt
    itinerary analyze examples/norway-thread.txt --explain
    itinerary analyze examples/threads.json --format json > reports.json
    itinerary analyze - --input-format html < saved-page.html
    """
    reports = analyze_path(path, input_format, settings)
    if output_format is ReportFormat.json:
        from itinerary.export.report_json import report_to_dict

        _echo_json([report_to_dict(r) for r in reports])
        return
    from rich.console import Console

    from itinerary.export.terminal import render_report

    out = Console(emoji=False)
    for report in reports:
        out.print(render_report(report, explain=explain))


@analyzer_options(day_trips=False)
def readers(
    path: PathArgument,
    output_format: Annotated[
        ReadersFormat,
        typer.Option("--format", "-f", help="text to paste under a post, markdown for a "
                     "Markdown blog, or json.", **choices(ReadersFormat)),
    ] = ReadersFormat.text,
    explain: Annotated[
        bool, typer.Option("--explain", help="under each place, the sentence behind each name.")
    ] = False,
    *,
    input_format: InputFormat,
    settings: AnalyzerSettings,
) -> None:
    """Where the readers also went: a short summary a blogger can paste under the post.

    Places the commenters visited, plan to visit, would like to see, live
    in or recommend, other than the post's own subject, with who said so, and
    the places readers combine. A name is listed only where the text says so
    surely; --explain shows the sentence.

    Examples:
    itinerary readers examples/norway-thread.txt
    itinerary readers examples/norway-thread.txt --format markdown >> post.md
    """
    reports = analyze_path(path, input_format, settings)
    if output_format is ReadersFormat.json:
        from itinerary.export.report_json import readers_to_dict

        _echo_json([readers_to_dict(r) for r in reports])
        return
    from itinerary.export.readers_text import readers_markdown, readers_text

    render = readers_markdown if output_format is ReadersFormat.markdown else readers_text
    titled = len(reports) > 1
    typer.echo("\n".join(render(r, titled=titled, explain=explain) for r in reports), nl=False)


def _echo_json(dicts: list[dict[str, Any]]) -> None:
    """One thread's JSON as an object, several threads' as an array."""
    from itinerary.export.report_json import dumps

    typer.echo(dumps(dicts[0] if len(dicts) == 1 else dicts))
