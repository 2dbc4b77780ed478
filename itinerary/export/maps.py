"""Google Maps directions links (Maps URLs, no API key) for itineraries and day trips.

A link holds an origin, a destination and at most 9 waypoints, so 11 stops. A longer itinerary is
split into consecutive links, each starting where the previous one ended, so following the parts in
order drives the whole trip; nothing is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from gazetteer.models import Place
from itinerary.export.describe import stop_place
from itinerary.models import DayTrip, Itinerary, Mode, Report

BASE = "https://www.google.com/maps/dir/"
MAX_WAYPOINTS = 9
MAX_STOPS = MAX_WAYPOINTS + 2

# Maps routes by road, transit or on foot; a flight or ferry leg has no mode it can route, so the
# parameter is left out and Maps picks what it can.
TRAVEL_MODE: dict[Mode | None, str] = {
    None: "driving",
    "road": "driving",
    "train": "transit",
    "walk": "walking",
}


@dataclass(frozen=True, slots=True)
class MapsLink:
    title: str  # "Oslo → Trondheim → Bergen", with "(part 1 of 2)" when split
    url: str
    stops: tuple[str, ...]  # place ids this link covers, in order


def itinerary_links(itinerary: Itinerary, report: Report) -> list[MapsLink]:
    """One link per 11 stops; an itinerary with fewer than two stops has none."""
    places = [stop_place(report, stop) for stop in itinerary.stops]
    if len(places) < 2:
        return []
    modes = {leg.mode for leg in itinerary.legs} | {itinerary.mode}
    travel_mode = TRAVEL_MODE.get(itinerary.mode) if not modes & {"fly", "boat"} else None
    chunks = [places[i : i + MAX_STOPS] for i in range(0, len(places) - 1, MAX_STOPS - 1)]
    links = []
    for number, chunk in enumerate(chunks, 1):
        part = f" (part {number} of {len(chunks)})" if len(chunks) > 1 else ""
        links.append(MapsLink(title=" → ".join(p.name for p in chunk) + part,
                              url=directions_url(chunk, travel_mode),
                              stops=tuple(p.id for p in chunk)))
    return links


def day_trip_link(trip: DayTrip, report: Report) -> MapsLink:
    base, destination = stop_place(report, trip.base), stop_place(report, trip.destination)
    return MapsLink(title=f"Day trip: {base.name} → {destination.name}",
                    url=directions_url([base, destination], "driving"),
                    stops=(base.id, destination.id))


def directions_url(places: Sequence[Place], travel_mode: str | None) -> str:
    """Coordinates rather than names, so Maps cannot pick a namesake; ``|`` is sent as ``%7C``."""
    if not 2 <= len(places) <= MAX_STOPS:
        raise ValueError(f"a directions link takes 2 to {MAX_STOPS} stops, not {len(places)}")
    params = {"api": "1", "origin": _latlon(places[0]), "destination": _latlon(places[-1])}
    if len(places) > 2:
        params["waypoints"] = "|".join(_latlon(p) for p in places[1:-1])
    if travel_mode:
        params["travelmode"] = travel_mode
    return f"{BASE}?{urlencode(params, safe=',')}"


def _latlon(place: Place) -> str:
    return f"{round(place.lat, 6)},{round(place.lon, 6)}"
