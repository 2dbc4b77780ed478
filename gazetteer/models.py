"""The gazetteer's record: what every later stage knows about a place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal[
    "city",
    "country",
    "continent",
    "admin1",
    "admin2",
    "airport",
    "region",
    "natural",
    "sight",
]
"""What a place is. ``natural`` is nature travellers visit (parks, lakes, mountains, passes ...),
``sight`` is what people built (temples, castles, museums ...); ``Place.feature`` says which."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry; ``id`` is stable across rebuilds (``geonames:3141332``,
    ``iata:OSL``)."""

    id: str
    name: str
    ascii_name: str
    kind: Kind
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    prior: float
    # Where the coordinates come from (GeoNames, airportsdata, curated table ...).
    source: str = "geonames"
    # The sub-kind of a natural place or a sight ("lake", "pass", "castle"); None for the rest.
    feature: str | None = None

    def lies_in(self, area: Place) -> bool:
        """The place is in ``area`` by its codes: its country, or its first-level region
        (state, province); never in itself, and in no other kind of place."""
        if self.id == area.id or not self.country_code or self.country_code != area.country_code:
            return False
        return area.kind == "country" or (
            area.kind == "admin1" and area.admin1 is not None and area.admin1 == self.admin1)


def place_record(place: Place) -> dict[str, Any]:
    """The fields every JSON view of a place starts with (report, ``gazetteer lookup --json``,
    geopy's ``Location.raw``); each view adds its own after them."""
    return {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "population": place.population,
    }


# Lookups return places ranked by prior; the name says how a caller should read the list.
Candidate = Place
