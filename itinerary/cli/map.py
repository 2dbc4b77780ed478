"""``itinerary map``: a thread's map page next to the thread, in one step."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from itinerary.cli.common import (
    AnalyzerSettings,
    InputFormat,
    PathArgument,
    analyze_path,
    analyzer_options,
)
from itinerary.cli.export import write_map


@analyzer_options()
def map_command(
    path: PathArgument,
    out: Annotated[
        str | None,
        typer.Option("--out", "-o", metavar="OUT.html", help="Where the page goes (default: "
                     "the input's name with .html, or .map.html for a saved page, next to it; "
                     "- for stdout).",
                     show_default=False),
    ] = None,
    png: Annotated[
        str | None,
        typer.Option("--png", metavar="OUT.png", help="Also write a picture of the map, drawn "
                     "by a headless Chromium.", show_default=False),
    ] = None,
    *,
    input_format: InputFormat,
    settings: AnalyzerSettings,
) -> None:
    """Draw a thread on a map: one self-contained HTML page that works offline.

    Numbered stops per itinerary, legs as lines, day trips as spokes from
    their base, the suggested plan, popups quoting who said what, and a side
    panel with the legs table and where readers also went. Leaflet is inlined,
    so the page opens without a network; OpenStreetMap tiles show when online.

    Examples:
    itinerary map examples/norway-thread.txt            # writes examples/norway-thread.html
    itinerary map thread.txt --out trip.html --png trip.png
    """
    from itinerary.export.files import check_writable

    if out is None:
        if path == "-":
            raise typer.BadParameter("give --out when the thread comes from stdin")
        out = str(default_out(Path(path)))
    elif path != "-" and Path(out).resolve() == Path(path).resolve():
        raise typer.BadParameter("the page would overwrite the thread", param_hint="--out")
    check_writable(out)
    if png is not None:
        from itinerary.export.html import require_browser

        check_writable(png)
        require_browser()
    reports = analyze_path(path, input_format, settings)
    write_map(reports, out, png)


def default_out(thread: Path) -> Path:
    """``trip.txt`` -> ``trip.html``; a saved page ``trip.html`` -> ``trip.map.html``."""
    out = thread.with_suffix(".html")
    return thread.with_suffix(".map.html") if out == thread else out
