"""Distances on the Earth: the one definition every layer of the project uses."""

from __future__ import annotations

from math import atan2, cos, radians, sin, sqrt

# geopy's mean great-circle radius (geopy.distance.EARTH_RADIUS), in km.
EARTH_RADIUS_KM = 6371.009


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (geopy's ``great_circle``, within 0.5 % of the geodesic).

    geopy's formula written out: the resolver measures hundreds of thousands of pairs per batch
    of threads, and geopy's ``Point`` objects cost twenty times the arithmetic. Coordinates
    outside the plain ranges (or not finite) go to geopy itself, which normalises or rejects
    them, so every result equals geopy's to the last bit.
    """
    if not (
        -90 <= lat1 <= 90 and -90 <= lat2 <= 90 and -180 <= lon1 <= 180 and -180 <= lon2 <= 180
    ):
        from geopy.distance import great_circle

        return float(great_circle((lat1, lon1), (lat2, lon2)).km)
    phi1, phi2 = radians(lat1), radians(lat2)
    sin1, cos1 = sin(phi1), cos(phi1)
    sin2, cos2 = sin(phi2), cos(phi2)
    delta = radians(lon2) - radians(lon1)
    cos_delta, sin_delta = cos(delta), sin(delta)
    angle = atan2(
        sqrt((cos2 * sin_delta) ** 2 + (cos1 * sin2 - sin1 * cos2 * cos_delta) ** 2),
        sin1 * sin2 + cos1 * cos2 * cos_delta,
    )
    return EARTH_RADIUS_KM * angle
