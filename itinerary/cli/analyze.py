"""``itinerary analyze`` and ``itinerary readers``: one report per thread, on stdout."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from itinerary.cli.common import (
    AnalyzerSettings,
    DayTripOption,
    GeocoderOption,
    GeocoderUrlOption,
    GeocoderUsernameOption,
    InputFormat,
    InputFormatOption,
    ModelOption,
    NoModelOption,
    PathArgument,
    UserAgentOption,
    analyze_path,
)


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


class ReadersFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


def analyze(
    path: PathArgument,
    output_format: Annotated[
        ReportFormat,
        typer.Option("--format", "-f", help="table: rich tables for reading; json: the versioned "
                     "JSON report (docs/report.md).", case_sensitive=False),
    ] = ReportFormat.table,
    model: ModelOption = None,
    no_model: NoModelOption = False,
    input_format: InputFormatOption = InputFormat.auto,
    day_trip_hours: DayTripOption = 3.0,
    geocoder: GeocoderOption = None,
    geocoder_url: GeocoderUrlOption = None,
    geocoder_username: GeocoderUsernameOption = None,
    user_agent: UserAgentOption = None,
) -> None:
    """Find the places in a thread and the trips in it: the whole report.

    Places with country, coordinates, confidence and who named them; stated
    itineraries with legs; day-trip pairings; the suggested route; where
    readers also went. A PATH holding several threads gives one report each
    (with --format json, a JSON array of reports).

    Examples:
    itinerary analyze examples/norway-thread.txt
    itinerary analyze examples/threads.json --format json > reports.json
    itinerary analyze - --input-format html < saved-page.html
    """
    settings = AnalyzerSettings(model=model, statistical=not no_model,
                                day_trip_hours=day_trip_hours, geocoder=geocoder,
                                geocoder_url=geocoder_url, geocoder_username=geocoder_username,
                                user_agent=user_agent)
    reports = analyze_path(path, input_format, settings)
    if output_format is ReportFormat.json:
        from itinerary.export.report_json import dumps, report_to_dict

        dicts = [report_to_dict(r) for r in reports]
        typer.echo(dumps(dicts[0] if len(dicts) == 1 else dicts))
        return
    from rich.console import Console

    from itinerary.export.terminal import render_report

    out = Console()
    for report in reports:
        out.print(render_report(report))


def readers(
    path: PathArgument,
    output_format: Annotated[
        ReadersFormat,
        typer.Option("--format", "-f", help="text to paste under a post, markdown for a "
                     "Markdown blog, or json.", case_sensitive=False),
    ] = ReadersFormat.text,
    model: ModelOption = None,
    no_model: NoModelOption = False,
    input_format: InputFormatOption = InputFormat.auto,
    geocoder: GeocoderOption = None,
    geocoder_url: GeocoderUrlOption = None,
    geocoder_username: GeocoderUsernameOption = None,
    user_agent: UserAgentOption = None,
) -> None:
    """Where the readers also went: a short summary a blogger can paste under the post.

    Places the commenters visited, plan to visit, would like to see or live
    in, other than the post's own subject, with who said so, and the places
    readers combine.

    Examples:
    itinerary readers examples/norway-thread.txt
    itinerary readers examples/norway-thread.txt --format markdown >> post.md
    """
    settings = AnalyzerSettings(model=model, statistical=not no_model, geocoder=geocoder,
                                geocoder_url=geocoder_url, geocoder_username=geocoder_username,
                                user_agent=user_agent)
    reports = analyze_path(path, input_format, settings)
    if output_format is ReadersFormat.json:
        from itinerary.export.report_json import dumps, readers_to_dict

        dicts = [readers_to_dict(r) for r in reports]
        typer.echo(dumps(dicts[0] if len(dicts) == 1 else dicts))
        return
    from itinerary.export.readers_text import readers_markdown, readers_text

    render = readers_markdown if output_format is ReadersFormat.markdown else readers_text
    titled = len(reports) > 1
    typer.echo("\n".join(render(r, titled=titled) for r in reports), nl=False)
