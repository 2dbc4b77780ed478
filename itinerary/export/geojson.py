"""Reports -> one RFC 7946 FeatureCollection: a Point per place, a line per itinerary and day trip.

Styling follows the simplestyle-spec (geojson.io, GitHub and Mapbox read it): markers are coloured
by the strongest relation writers have to the place, itineraries are blue (stated) or orange
(suggested) and day trips green. Lines are straight segments between stops, not road geometry, and
a segment crossing the antimeridian is cut there (RFC 7946 section 3.1.9).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from gazetteer.models import Place
from itinerary.export.describe import (
    Writers,
    hours_text,
    place_description,
    stop_place,
    strongest,
    writers_by_place,
)
from itinerary.export.plain import visible
from itinerary.export.report_json import CONFIDENCE_DIGITS, HOURS_DIGITS, KM_DIGITS
from itinerary.models import RELATIONS, DayTrip, Itinerary, Relation, Report, ResolvedPlace

DIGITS = 6  # ~0.1 m, RFC 7946 section 11.2
STRAIGHT = "straight segments between stops, not road geometry"
ROAD = "road geometry from the router"

MARKER_COLOR: dict[Relation, str] = {
    "lives": "#6a1b9a",
    "visited": "#2e7d32",
    "planning": "#1565c0",
    "wishlist": "#f9a825",
    "mentioned": "#757575",
}
MARKER_SYMBOL = {  # Maki icon names
    "city": "town",
    "airport": "airport",
    "country": "globe",
    "continent": "globe",
    "natural": "mountain",
}
STROKE = {"stated": "#1565c0", "suggested": "#ef6c00", "day_trip": "#2e7d32"}

Position = tuple[float, float]


def feature_collection(reports: Sequence[Report]) -> dict[str, Any]:
    """All places, itineraries and day trips of the reports; each feature names its thread."""
    features: list[dict[str, Any]] = []
    for report in reports:
        features.extend(report_features(report))
    return {"type": "FeatureCollection", "features": features}


def report_features(report: Report) -> list[dict[str, Any]]:
    """The report's features. ``thread`` is the thread's own id when the input gave one (JSON,
    JSON Lines), else its source (the path, or "-" for standard input)."""
    thread = report.thread.id or report.thread.source
    writers = writers_by_place(report)
    features = [_place_feature(resolved, writers.get(resolved.place.id, {}), thread)
                for resolved in report.places]
    features += [_itinerary_feature(i, report, thread) for i in report.itineraries
                 if len(i.stops) >= 2]
    features += [_day_trip_feature(d, report, thread) for d in report.day_trips]
    for feature in features:
        feature["properties"] = _plain(feature["properties"])
    return features


def _plain(value: Any) -> Any:
    """Properties are shown by map apps (popups, labels): thread text in them (names, authors)
    carries no control characters."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _place_feature(resolved: ResolvedPlace, writers: Writers, thread: str) -> dict[str, Any]:
    place = resolved.place
    relation = strongest(writers)
    properties: dict[str, Any] = {
        "feature": "place",
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "country": place.country_code,
        "admin1": place.admin1,
        "population": place.population,
        "confidence": round(resolved.confidence, CONFIDENCE_DIGITS),
        "mentions": resolved.mentions,
        "authors": list(resolved.authors),
        **{r: len(writers.get(r, ())) for r in RELATIONS},
        "relation": relation,
        "thread": thread,
        "title": place.name,
        "description": place_description(resolved, writers),
        "marker-symbol": MARKER_SYMBOL.get(place.kind, "marker"),
        "marker-color": MARKER_COLOR[relation],
        "marker-size": "medium",
    }
    return {
        "type": "Feature",
        "id": place.id,
        "geometry": {"type": "Point", "coordinates": list(_position(place))},
        "properties": properties,
    }


def _itinerary_feature(itinerary: Itinerary, report: Report, thread: str) -> dict[str, Any]:
    places = [stop_place(report, stop) for stop in itinerary.stops]
    names = [p.name for p in places]
    routed = bool(itinerary.legs) and all(leg.geometry for leg in itinerary.legs)
    by = f" by {itinerary.author}" if itinerary.author else ""
    title = f"{itinerary.kind.capitalize()} itinerary{by}: {' → '.join(names)}"
    properties: dict[str, Any] = {
        "feature": "itinerary",
        "kind": itinerary.kind,
        "author": itinerary.author,
        "section": itinerary.section,
        "mode": itinerary.mode,
        "stops": list(itinerary.stops),
        "stop_names": names,
        "distance_km": round(itinerary.total_km, KM_DIGITS),
        "travel_hours": round(itinerary.total_hours, HOURS_DIGITS),
        "line": ROAD if routed else STRAIGHT,
        "thread": thread,
        "title": title,
        "description": (f"{len(itinerary.legs)} legs, {itinerary.total_km:,.0f} km, about "
                        f"{hours_text(itinerary.total_hours)} of travel "
                        f"({ROAD if routed else STRAIGHT})"),
        "stroke": STROKE[itinerary.kind],
        "stroke-width": 3,
        "stroke-opacity": 0.8,
    }
    line = ([(round(lon, DIGITS), round(lat, DIGITS)) for leg in itinerary.legs
             for lon, lat in leg.geometry] if routed else [_position(p) for p in places])
    return {"type": "Feature", "geometry": line_geometry(line), "properties": properties}


def _day_trip_feature(trip: DayTrip, report: Report, thread: str) -> dict[str, Any]:
    base, destination = stop_place(report, trip.base), stop_place(report, trip.destination)
    evidence = f"; said in {', '.join(trip.evidence)}" if trip.evidence else ""
    properties: dict[str, Any] = {
        "feature": "day_trip",
        "kind": "day_trip",
        "author": None,
        "stops": [trip.base, trip.destination],
        "stop_names": [base.name, destination.name],
        "distance_km": round(trip.distance_km, KM_DIGITS),
        "travel_hours": round(trip.travel_hours, HOURS_DIGITS),
        "evidence": list(trip.evidence),
        "line": STRAIGHT,
        "thread": thread,
        "title": f"Day trip: {base.name} → {destination.name}",
        "description": (f"{trip.distance_km:,.0f} km, about {hours_text(trip.travel_hours)} "
                        f"each way{evidence}"),
        "stroke": STROKE["day_trip"],
        "stroke-width": 2,
        "stroke-opacity": 0.8,
    }
    return {"type": "Feature",
            "geometry": line_geometry([_position(base), _position(destination)]),
            "properties": properties}


def line_geometry(positions: Sequence[Position]) -> dict[str, Any]:
    """A LineString, or a MultiLineString cut at ±180° where a segment crosses the antimeridian."""
    parts: list[list[Position]] = [[positions[0]]]
    for (lon1, lat1), (lon2, lat2) in pairwise(positions):
        if abs(lon2 - lon1) > 180:
            unwrapped = lon2 - 360 if lon2 > lon1 else lon2 + 360
            edge = 180.0 if unwrapped > lon1 else -180.0
            lat = round(lat1 + (edge - lon1) / (unwrapped - lon1) * (lat2 - lat1), DIGITS)
            parts[-1].append((edge, lat))
            parts.append([(-edge, lat)])
        parts[-1].append((lon2, lat2))
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": [list(p) for p in parts[0]]}
    return {"type": "MultiLineString", "coordinates": [[list(p) for p in part] for part in parts]}


def _position(place: Place) -> Position:
    return (round(place.lon, DIGITS), round(place.lat, DIGITS))
