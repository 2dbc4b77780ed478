"""GPX export: GPX 1.1 that gpxpy (a GPX reader) parses back to the same waypoints and routes."""

from __future__ import annotations

import dataclasses

import gpxpy
import pytest
from export_samples import BODO, OSLO, REPORT, ROROS, THREAD, TRONDHEIM, hostile_report

from itinerary.export.gpx import gpx_xml, to_gpx


@pytest.fixture(scope="module")
def xml() -> str:
    return gpx_xml(to_gpx([REPORT]))


def test_is_gpx_1_1(xml: str) -> None:
    assert 'xmlns="http://www.topografix.com/GPX/1/1"' in xml
    assert 'version="1.1"' in xml
    assert gpxpy.parse(xml).version == "1.1"


def test_places_round_trip_as_waypoints(xml: str) -> None:
    parsed = gpxpy.parse(xml)
    points = {w.name: (w.latitude, w.longitude, w.type, w.comment) for w in parsed.waypoints}
    assert len(points) == 6
    assert points["Røros"] == (ROROS.lat, ROROS.lon, "city", ROROS.id)
    assert points["Bodø"] == (BODO.lat, BODO.lon, "city", BODO.id)
    assert points["Norway"][2] == "country"
    trondheim = next(w for w in parsed.waypoints if w.name == "Trondheim")
    assert "planning: Inna Blair" in trondheim.description


def test_itineraries_round_trip_as_ordered_routes(xml: str) -> None:
    routes = gpxpy.parse(xml).routes
    assert [r.type for r in routes] == ["stated", "suggested", "day_trip"]
    stated = routes[0]
    assert stated.name == "Stated itinerary by Drew: Oslo → Trondheim → Røros"
    assert [(p.name, p.latitude, p.longitude) for p in stated.points] == [
        ("Oslo", OSLO.lat, OSLO.lon),
        ("Trondheim", TRONDHEIM.lat, TRONDHEIM.lon),
        ("Røros", ROROS.lat, ROROS.lon),
    ]
    assert [r.number for r in routes] == [1, 2, 3]
    assert [p.name for p in routes[2].points] == ["Trondheim", "Røros"]
    assert "each way" in routes[2].description


def test_a_place_in_several_reports_is_one_waypoint() -> None:
    other = dataclasses.replace(REPORT, thread=dataclasses.replace(THREAD, id="again"))
    parsed = gpxpy.parse(gpx_xml(to_gpx([REPORT, other])))
    assert len(parsed.waypoints) == 6
    assert len(parsed.routes) == 6


def test_thread_text_with_control_characters_stays_well_formed() -> None:
    from xml.etree import ElementTree

    xml = gpx_xml(to_gpx([hostile_report()]))
    ElementTree.fromstring(xml.encode())  # well-formed XML 1.0, encodable as UTF-8
    parsed = gpxpy.parse(xml)
    assert parsed.name == "]0;titleTwo [1mslow[0m days [b]in[/b] Røros"  # ESC and BEL dropped
    route = parsed.routes[0]
    assert route.name is not None and route.name.startswith("Stated itinerary by [2J[31mMallory")
