"""Distances and the travel-time model every leg, day trip and route is estimated with.

A leg's distance is the geodesic between its stops (WGS-84, geopy); its time is that distance
times a circuity factor (roads and rails wind: about 1.3-1.4 for roads, per published
road-to-great-circle ratios), at a mode's average speed, plus a fixed overhead (stations,
check-in, boarding). A leg between places with no land connection is flown, or sailed when the
crossing is short; it is never driven. docs/trips.md gives the figures and their sources.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import TYPE_CHECKING

from geopy.distance import geodesic

from gazetteer import Gazetteer
from gazetteer.geo import distance_km
from gazetteer.models import Place
from itinerary.models import Leg, Mode

if TYPE_CHECKING:
    from itinerary.trips.router import Router


@dataclass(frozen=True, slots=True)
class Speed:
    circuity: float  # path length over great-circle distance
    kmh: float  # average speed along the path (beyond the bands)
    overhead_hours: float  # time that does not grow with distance
    # The first kilometres of a path at their own speeds, (path km, km/h) in order: a road leg
    # starts and ends in town and only a long one spends most of its time on a motorway.
    bands: tuple[tuple[float, float], ...] = ()


SPEEDS: dict[Mode, Speed] = {
    "road": Speed(circuity=1.35, kmh=85.0, overhead_hours=0.25,
                  bands=((20.0, 50.0), (80.0, 70.0))),
    "train": Speed(circuity=1.3, kmh=80.0, overhead_hours=0.25),
    "boat": Speed(circuity=1.15, kmh=35.0, overhead_hours=0.5),
    "fly": Speed(circuity=1.05, kmh=750.0, overhead_hours=2.5),
    "walk": Speed(circuity=1.25, kmh=4.5, overhead_hours=0.0),
}
# Nearer than this, two places are one stop: not a day trip, not a detour.
SAME_PLACE_KM = 10.0
# Nobody drives two days between stops they did not say they would drive: beyond this, fly.
MAX_DRIVE_HOURS = 10.0
# A stated walk between stops farther apart than a long day on foot is another leg's mode ("walked
# down to the river, then drove on"): that leg is estimated as if nothing were stated.
MAX_WALK_KM = 40.0
# A water crossing up to this long is a ferry (Helsinki-Tallinn is 80 km); longer, a flight.
MAX_FERRY_KM = 150.0
# Bridges and tunnels between countries GeoNames does not list as land neighbours.
FIXED_LINKS: frozenset[frozenset[str]] = frozenset({
    frozenset({"DK", "SE"}),  # Øresund Bridge
    frozenset({"GB", "FR"}),  # Channel Tunnel
    frozenset({"SG", "MY"}),  # Johor-Singapore Causeway
    frozenset({"BH", "SA"}),  # King Fahd Causeway
})


def geodesic_km(a: Place, b: Place) -> float:
    """Geodesic (WGS-84) distance between two places: what a leg measures."""
    first, second = sorted(((a.lat, a.lon), (b.lat, b.lon)))
    return _geodesic_km(first, second)


# One measurer for every leg: ``geodesic(a, b)`` builds its ellipsoid's solver anew on each
# call, a third of what a distance costs; ``measure`` keeps the one it built (WGS-84).
_GEODESIC = geodesic()


@lru_cache(maxsize=65536)
def _geodesic_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Cached: Karney's geodesic costs half a millisecond, and threads name the same towns."""
    return float(_GEODESIC.measure(a, b))


def rough_km(a: Place, b: Place) -> float:
    """Great-circle distance (``gazetteer.geo``): within 0.5 % of the geodesic, for screening."""
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def reach_km(hours: float) -> float:
    """The farthest great-circle distance any mode's estimate covers in ``hours``."""
    return max(0.0, *(_path_km(hours - s.overhead_hours, s) / s.circuity
                      for s in SPEEDS.values()))


def _path_km(hours: float, speed: Speed, terrain: float = 1.0) -> float:
    """How far along the path ``hours`` of moving get (the inverse of ``_moving_hours``)."""
    covered, left = 0.0, max(0.0, hours)
    for length, kmh in speed.bands:
        if left * kmh * terrain <= length:
            return covered + left * kmh * terrain
        covered, left = covered + length, left - length / (kmh * terrain)
    return covered + left * speed.kmh * terrain


def _moving_hours(path: float, speed: Speed, terrain: float) -> float:
    hours, left = 0.0, path
    for length, kmh in speed.bands:
        step = min(left, length)
        hours, left = hours + step / (kmh * terrain), left - step
    return hours + left / (speed.kmh * terrain)


def travel_hours(distance: float, mode: Mode, terrain: float = 1.0) -> float:
    """Estimated door-to-door hours for a great-circle ``distance`` by ``mode``; ``terrain``
    scales road speeds (below 1 where the roads are mountain roads)."""
    if distance <= 0:
        return 0.0
    speed = SPEEDS[mode]
    return speed.overhead_hours + _moving_hours(distance * speed.circuity, speed,
                                                terrain if mode == "road" else 1.0)


@cache
def _slow_roads() -> dict[str, float]:
    path = resources.files("itinerary.trips").joinpath("data/slow_roads.json")
    data: dict[str, float] = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def terrain(a: Place, b: Place) -> float:
    """The road-speed factor of a leg: the slower of its two ends' countries."""
    slow = _slow_roads()
    return min(slow.get(a.country_code or "", 1.0), slow.get(b.country_code or "", 1.0))


class Travel:
    """The travel model bound to a source of land borders (the gazetteer's neighbour lists)."""

    def __init__(self, neighbours: Callable[[str], frozenset[str]], *,
                 router: Router | None = None) -> None:
        self._neighbours = cache(neighbours)
        self._router = router

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer, *, router: Router | None = None) -> Travel:
        return cls(gazetteer.neighbours, router=router)

    def land_connected(self, a: Place, b: Place) -> bool:
        """Same country, land neighbours, or a fixed link; islands inside a country count as joined.

        A place without a country (a sea, an ocean feature) is taken as reachable by land only
        from itself.
        """
        if a.country_code is None or b.country_code is None:
            return a.id == b.id
        if a.country_code == b.country_code:
            return True
        pair = frozenset({a.country_code, b.country_code})
        return pair in FIXED_LINKS or b.country_code in self._neighbours(a.country_code)

    def mode(self, a: Place, b: Place, stated: Mode | None = None) -> Mode:
        """The mode a leg is estimated by: the stated one when it can make the leg at all."""
        return self._mode(a, b, geodesic_km(a, b), stated)

    def _mode(self, a: Place, b: Place, distance: float, stated: Mode | None) -> Mode:
        if not self.land_connected(a, b):
            if stated in ("fly", "boat"):
                return stated
            return "boat" if distance <= MAX_FERRY_KM else "fly"
        if stated is not None and not (stated == "walk" and distance > MAX_WALK_KM):
            return stated
        if travel_hours(distance, "road", terrain(a, b)) > MAX_DRIVE_HOURS:
            return "fly"
        return "road"

    def leg(self, a: Place, b: Place, stated: Mode | None = None) -> Leg:
        distance = geodesic_km(a, b)
        mode = self._mode(a, b, distance, stated)
        hours = travel_hours(distance, mode, terrain(a, b))
        routed = self._router.route(a, b) if self._router and mode == "road" else None
        if routed is None:
            return Leg(origin=a.id, destination=b.id, distance_km=distance, travel_hours=hours,
                       mode=mode)
        return Leg(origin=a.id, destination=b.id, distance_km=routed.km,
                   travel_hours=routed.hours, mode=mode, estimated_hours=hours,
                   estimated_km=distance, geometry=routed.geometry)

    def legs(self, stops: Sequence[Place], stated: Mode | None = None) -> tuple[Leg, ...]:
        return tuple(self.leg(a, b, stated) for a, b in pairwise(stops))

    def hours(self, a: Place, b: Place, stated: Mode | None = None) -> float:
        return self.leg(a, b, stated).travel_hours
