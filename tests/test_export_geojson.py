"""GeoJSON export: RFC 7946 validity (geojson library), coordinates, styling, lines."""

from __future__ import annotations

import dataclasses
import json

import geojson
import pytest
from export_samples import (
    DAY_TRIP,
    RAW_CONTROLS,
    REPORT,
    ROROS,
    STATED,
    THREAD,
    TRONDHEIM,
    hostile_report,
    itinerary,
    place,
)

from itinerary.errors import ExportError
from itinerary.export.geojson import STRAIGHT, feature_collection, line_geometry
from itinerary.export.report_json import dumps
from itinerary.models import Report, ResolvedPlace


def _strict_load(text: str) -> dict:
    def refuse(name: str) -> None:
        raise AssertionError(f"non-standard JSON constant {name}")

    return json.loads(text, parse_constant=refuse)


@pytest.fixture(scope="module")
def collection() -> dict:
    return _strict_load(dumps(feature_collection([REPORT])))


def test_valid_feature_collection(collection: dict) -> None:
    parsed = geojson.loads(json.dumps(collection))
    assert parsed.is_valid, parsed.errors()
    assert collection["type"] == "FeatureCollection"
    kinds = [f["geometry"]["type"] for f in collection["features"]]
    assert kinds == ["Point"] * 6 + ["LineString"] * 3


def test_points_are_lon_lat(collection: dict) -> None:
    roros = next(f for f in collection["features"] if f.get("id") == ROROS.id)
    assert roros["geometry"]["coordinates"] == [11.3842, 62.57468]
    props = roros["properties"]
    assert (props["name"], props["kind"], props["country"], props["mentions"]) == (
        "Røros", "city", "NO", 4)
    assert props["visited"] == 2  # the post's author and Drew
    assert props["planning"] == 0


def test_simplestyle_properties(collection: dict) -> None:
    features = {f["properties"].get("id"): f["properties"] for f in collection["features"]}
    trondheim = features[TRONDHEIM.id]
    assert trondheim["title"] == "Trondheim"
    assert "planning: Inna Blair" in trondheim["description"]
    assert trondheim["marker-symbol"] == "town"
    assert trondheim["marker-color"] == "#2e7d32"  # visited wins over planning
    bergen = next(f for f in collection["features"] if f["properties"].get("name") == "Bergen")
    assert bergen["properties"]["marker-color"] == "#1565c0"  # planning only
    norway = next(f for f in collection["features"] if f["properties"].get("kind") == "country")
    assert norway["properties"]["marker-symbol"] == "globe"


def test_coordinates_rounded_to_six_decimals() -> None:
    precise = place("geonames:1", "Preciseby", 61.123456789, 9.987654321)
    resolved = ResolvedPlace(place=precise, confidence=0.5, reason="", alternatives=(),
                             mentions=1, authors=())
    report = Report(thread=THREAD, resolutions=(), places=(resolved,))
    point = feature_collection([report])["features"][0]["geometry"]
    assert point["coordinates"] == [9.987654, 61.123457]


def test_itinerary_and_day_trip_lines(collection: dict) -> None:
    lines = [f for f in collection["features"] if f["geometry"]["type"] == "LineString"]
    stated, suggested, day_trip = (f["properties"] for f in lines)
    assert stated["kind"] == "stated"
    assert stated["author"] == "Drew"
    assert stated["stops"] == list(STATED.stops)
    assert stated["stop_names"] == ["Oslo", "Trondheim", "Røros"]
    assert stated["distance_km"] == round(STATED.total_km, 1)
    assert stated["travel_hours"] == round(STATED.total_hours, 2)
    assert stated["line"] == STRAIGHT
    assert suggested["kind"] == "suggested"
    assert day_trip["kind"] == "day_trip"
    assert day_trip["stops"] == [DAY_TRIP.base, DAY_TRIP.destination]
    assert lines[0]["geometry"]["coordinates"][0] == [10.74609, 59.91273]  # Oslo first


def test_line_crossing_antimeridian_is_cut() -> None:
    # Suva (Fiji, 178.4 E) to Apia (Samoa, 171.8 W): the short way crosses 180°.
    geometry = line_geometry([(178.42531, -18.13683), (-171.76666, -13.83333)])
    assert geometry["type"] == "MultiLineString"
    first, second = geometry["coordinates"]
    assert first[0] == [178.42531, -18.13683]
    assert first[-1][0] == 180.0
    assert second[0][0] == -180.0
    assert second[-1] == [-171.76666, -13.83333]
    assert first[-1][1] == second[0][1]
    assert -18.2 < first[-1][1] < -13.8
    assert geojson.MultiLineString(geometry["coordinates"]).is_valid


def test_line_within_one_hemisphere_is_one_linestring() -> None:
    assert line_geometry([(10.0, 60.0), (11.0, 62.0)]) == {
        "type": "LineString", "coordinates": [[10.0, 60.0], [11.0, 62.0]]}


def test_single_stop_itinerary_has_no_line() -> None:
    report = dataclasses.replace(REPORT, itineraries=(itinerary([ROROS]),), day_trips=())
    types = [f["geometry"]["type"] for f in feature_collection([report])["features"]]
    assert "LineString" not in types


def test_stop_outside_places_is_an_error() -> None:
    stray = place("geonames:2", "Nowhere", 1.0, 1.0)
    report = dataclasses.replace(REPORT, itineraries=(itinerary([ROROS, stray]),))
    with pytest.raises(ExportError, match="geonames:2"):
        feature_collection([report])


def test_several_reports_name_their_threads() -> None:
    other = dataclasses.replace(REPORT, thread=dataclasses.replace(THREAD, id="thread-2"))
    features = feature_collection([REPORT, other])["features"]
    assert len(features) == 18
    assert {f["properties"]["thread"] for f in features} == {"examples/sample.txt", "thread-2"}


def test_thread_text_in_properties_has_no_control_characters() -> None:
    collection = feature_collection([hostile_report()])
    text = dumps(collection)
    assert "\\u001b" not in text and "\\u0007" not in text and "\\ud800" not in text
    for c in RAW_CONTROLS:
        assert c not in text
    parsed = geojson.loads(text)
    assert parsed.is_valid
    stated = next(f for f in parsed["features"] if f["properties"].get("kind") == "stated")
    assert stated["properties"]["author"] == "␛[2J␛[31mMallory␛[0m"
    first = parsed["features"][0]["properties"]
    assert "<script>alert(1)</script>" in " ".join(first["authors"])  # data, kept as text


def test_thread_property_is_the_id_when_there_is_one_else_the_source() -> None:
    with_id = dataclasses.replace(REPORT, thread=dataclasses.replace(THREAD, id="t-42"))
    assert {f["properties"]["thread"] for f in feature_collection([with_id])["features"]} == {
        "t-42"}
    assert {f["properties"]["thread"] for f in feature_collection([REPORT])["features"]} == {
        THREAD.source}
