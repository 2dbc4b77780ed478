"""``itinerary export``: the report as files map and GPS tools open (GeoJSON, GPX, Maps links)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from itinerary.cli.common import (
    AnalyzerSettings,
    InputFormat,
    PathArgument,
    analyze_path,
    analyzer_options,
    err,
)
from itinerary.export.files import STDOUT

if TYPE_CHECKING:
    from itinerary.models import Report


@analyzer_options()
def export(
    path: PathArgument,
    geojson: Annotated[
        str | None,
        typer.Option("--geojson", metavar="OUT", help="Write a GeoJSON FeatureCollection (RFC "
                     "7946; geojson.io styling): places as points, itineraries and day trips as "
                     "straight lines. - writes to stdout.", show_default=False),
    ] = None,
    gpx: Annotated[
        str | None,
        typer.Option("--gpx", metavar="OUT", help="Write GPX 1.1: places as waypoints, each "
                     "itinerary and day trip as an ordered route. - writes to stdout.",
                     show_default=False),
    ] = None,
    maps_link: Annotated[
        bool,
        typer.Option("--maps-link", help="Print a Google Maps directions link per itinerary and "
                     "day trip (itineraries over 11 stops are split into consecutive links)."),
    ] = False,
    html: Annotated[
        str | None,
        typer.Option("--html", metavar="OUT.html", help="Write one self-contained map page "
                     "(Leaflet inlined; shows everything offline, OpenStreetMap tiles when "
                     "online). One thread per page. - writes to stdout.", show_default=False),
    ] = None,
    png: Annotated[
        str | None,
        typer.Option("--png", metavar="OUT.png", help="Write a picture of the map page, drawn by "
                     "a headless Chromium (needs chromium on PATH). One thread.",
                     show_default=False),
    ] = None,
    *,
    input_format: InputFormat,
    settings: AnalyzerSettings,
) -> None:
    """Export the places and trips of a thread for maps, GPS apps and route planners.

    Give any combination of --geojson, --gpx, --html, --png and --maps-link.
    Files are written whole or not at all. Several threads in PATH go into
    one GeoJSON or GPX file, each feature naming its thread; a map page or
    picture shows one thread (batch --html DIR writes one page per thread).

    Examples:
    itinerary export examples/norway-thread.txt --geojson norway.geojson
    itinerary export examples/norway-thread.txt --gpx norway.gpx --maps-link
    itinerary export examples/norway-thread.txt --geojson - | jq .features
    itinerary export examples/norway-thread.txt --html norway.html --png norway.png
    """
    outputs = [o for o in (geojson, gpx, html) if o is not None]
    if not outputs and not maps_link and png is None:
        raise typer.BadParameter("give at least one of --geojson OUT, --gpx OUT, --html OUT, "
                                 "--png OUT, --maps-link")
    if outputs.count(STDOUT) + maps_link > 1:
        raise typer.BadParameter("only one output can go to stdout (--geojson -, --gpx -, "
                                 "--html - or --maps-link)")
    if png == STDOUT:
        raise typer.BadParameter("a picture cannot go to stdout", param_hint="--png")
    from itinerary.export.files import check_writable, write_text

    for out in [*outputs, *([png] if png else [])]:
        check_writable(out)
    if png is not None:
        from itinerary.export.html import require_browser

        require_browser()  # before the slow analysis: no browser, no picture
    reports = analyze_path(path, input_format, settings)
    if geojson is not None:
        from itinerary.export.geojson import feature_collection
        from itinerary.export.report_json import dumps

        collection = feature_collection(reports)
        write_text(geojson, dumps(collection) + "\n")
        _done(geojson, f"{len(collection['features'])} features")
    if gpx is not None:
        from itinerary.export.gpx import gpx_xml, to_gpx

        document = to_gpx(reports)
        write_text(gpx, gpx_xml(document))
        _done(gpx, f"{len(document.waypoints)} waypoints, {len(document.routes)} routes")
    if html is not None or png is not None:
        write_map(reports, html, png)
    if maps_link:
        typer.echo(_links_text(reports), nl=False)


def write_map(reports: list[Report], html: str | None, png: str | None) -> None:
    """The map page and/or its picture, for a PATH holding exactly one thread."""
    from itinerary.errors import ExportError
    from itinerary.export.html import write_html, write_png

    if len(reports) != 1:
        raise ExportError(f"a map shows one thread and the input holds {len(reports)}: use "
                          "itinerary batch PATH --html DIR/ for a page per thread")
    if html is not None:
        size = write_html(reports[0], html)
        _done(html, f"{size / 1000:,.0f} kB")
    if png is not None:
        write_png(reports[0], png)
        _done(png, "picture of the map")


def _done(out: str, what: str) -> None:
    if out != STDOUT:
        err.print(f"wrote {out} ({what})", markup=False)


def _links_text(reports: list[Report]) -> str:
    from itinerary.export.maps import day_trip_link, itinerary_links

    blocks = []
    for report in reports:
        for itinerary in report.itineraries:
            by = f", {itinerary.author}" if itinerary.author else ""
            for link in itinerary_links(itinerary, report):
                blocks.append(f"{link.title} ({itinerary.kind}{by})\n{link.url}\n")
        for trip in report.day_trips:
            link = day_trip_link(trip, report)
            blocks.append(f"{link.title}\n{link.url}\n")
    if not blocks:
        err.print("no itinerary or day trip to link")
    return "\n".join(blocks)
