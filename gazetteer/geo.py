"""Distances on the Earth: the one definition every layer of the project uses."""

from __future__ import annotations


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (geopy's ``great_circle``, within 0.5 % of the geodesic).

    geopy is imported on first use: a plain ``gazetteer lookup`` never measures a distance.
    """
    from geopy.distance import great_circle

    return float(great_circle((lat1, lon1), (lat2, lon2)).km)
