"""Reports -> GPX 1.1: every place a ``<wpt>``, every itinerary and day trip an ordered ``<rte>``.

Route points keep the writer's (or the solver's) order, so a GPS or planner app replays the trip.
A place named in several reports is one waypoint.
"""

from __future__ import annotations

from collections.abc import Sequence

import gpxpy.gpx

from itinerary import __version__
from itinerary.export.describe import hours_text, place_description, stop_place, writers_by_place
from itinerary.export.plain import xml_chars
from itinerary.models import Itinerary, Report

CREATOR = f"itinerary {__version__}"


def to_gpx(reports: Sequence[Report]) -> gpxpy.gpx.GPX:
    gpx = gpxpy.gpx.GPX()
    gpx.creator = CREATOR
    if len(reports) == 1 and reports[0].thread.title:
        gpx.name = reports[0].thread.title
    seen: set[str] = set()
    for report in reports:
        writers = writers_by_place(report)
        for resolved in report.places:
            place = resolved.place
            if place.id in seen:
                continue
            seen.add(place.id)
            gpx.waypoints.append(gpxpy.gpx.GPXWaypoint(
                latitude=place.lat, longitude=place.lon, name=place.name,
                description=place_description(resolved, writers.get(place.id, {})),
                comment=place.id, type=place.kind,
            ))
        for itinerary in report.itineraries:
            if len(itinerary.stops) < 2:
                continue
            by = f" by {itinerary.author}" if itinerary.author else ""
            _add_route(gpx, report, itinerary.stops, itinerary.kind,
                       name=f"{itinerary.kind.capitalize()} itinerary{by}",
                       description=(f"{itinerary.total_km:,.0f} km, about "
                                    f"{hours_text(itinerary.total_hours)} of travel"))
            if itinerary.legs and all(leg.geometry for leg in itinerary.legs):
                _add_track(gpx, itinerary, name=f"Road of the {itinerary.kind} itinerary{by}")
        for trip in report.day_trips:
            _add_route(gpx, report, (trip.base, trip.destination), "day_trip",
                       name="Day trip",
                       description=(f"{trip.distance_km:,.0f} km, about "
                                    f"{hours_text(trip.travel_hours)} each way"))
    return gpx


def gpx_xml(gpx: gpxpy.gpx.GPX) -> str:
    """The document as GPX 1.1. Thread text (names, authors, a title) may hold characters XML
    forbids (controls, lone surrogates): they are dropped, so the file always parses."""
    return xml_chars(gpx.to_xml(version="1.1")) + "\n"


def _add_track(gpx: gpxpy.gpx.GPX, itinerary: Itinerary, *, name: str) -> None:
    """The road a router found, as a track beside the route of stops."""
    segment = gpxpy.gpx.GPXTrackSegment([
        gpxpy.gpx.GPXTrackPoint(latitude=lat, longitude=lon)
        for leg in itinerary.legs for lon, lat in leg.geometry])
    track = gpxpy.gpx.GPXTrack(name=name)
    track.segments.append(segment)
    gpx.tracks.append(track)


def _add_route(gpx: gpxpy.gpx.GPX, report: Report, stops: Sequence[str], kind: str, *,
               name: str, description: str) -> None:
    places = [stop_place(report, stop) for stop in stops]
    route = gpxpy.gpx.GPXRoute(name=f"{name}: {' → '.join(p.name for p in places)}",
                               description=description, number=len(gpx.routes) + 1)
    route.type = kind
    route.points = [gpxpy.gpx.GPXRoutePoint(latitude=p.lat, longitude=p.lon, name=p.name,
                                            comment=p.id, type=p.kind) for p in places]
    gpx.routes.append(route)
