"""``itinerary export`` end to end: files a GeoJSON validator and a GPX reader accept."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import geojson
import gpxpy
from typer.testing import CliRunner

from itinerary.cli import app

EXAMPLE = Path(__file__).parents[1] / "examples" / "norway-thread.txt"
runner = CliRunner()


def test_geojson_and_gpx_files(tmp_path: Path) -> None:
    out_geojson, out_gpx = tmp_path / "trip.geojson", tmp_path / "trip.gpx"
    result = runner.invoke(app, ["export", str(EXAMPLE), "--geojson", str(out_geojson),
                                 "--gpx", str(out_gpx)])
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert result.stdout == ""
    assert f"wrote {out_geojson}" in result.stderr
    collection = geojson.loads(out_geojson.read_text())
    assert collection.is_valid, collection.errors()
    names = {f["properties"]["name"] for f in collection["features"]
             if f["geometry"]["type"] == "Point"}
    assert {"Røros", "Trondheim"} <= names
    parsed = gpxpy.parse(out_gpx.read_text())
    assert {"Røros", "Trondheim"} <= {w.name for w in parsed.waypoints}
    lines = [f for f in collection["features"] if f["geometry"]["type"] != "Point"]
    assert len(parsed.routes) == len(lines)
    assert sorted(tmp_path.iterdir()) == [out_geojson, out_gpx]  # no temporary files left


def test_geojson_to_stdout() -> None:
    result = runner.invoke(app, ["export", str(EXAMPLE), "--geojson", "-"])
    assert result.exit_code == 0, result.exception
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection"
    assert "wrote" not in result.stderr


def test_maps_links() -> None:
    result = runner.invoke(app, ["export", str(EXAMPLE), "--maps-link"])
    assert result.exit_code == 0, result.exception
    urls = [line for line in result.stdout.splitlines() if line.startswith("https://")]
    assert urls, result.stdout
    for url in urls:
        parts = urlsplit(url)
        assert parts.netloc == "www.google.com" and parts.path == "/maps/dir/"
        query = parse_qs(parts.query)
        assert query["api"] == ["1"]
        assert len(query.get("waypoints", [""])[0].split("|")) <= 9
