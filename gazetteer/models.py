"""The gazetteer's record: what every later stage knows about a place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "city",
    "country",
    "continent",
    "admin1",
    "admin2",
    "airport",
    "region",
    "natural",
]


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry; ``id`` is stable across rebuilds (``geonames:3141332``, ``iata:OSL``)."""

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


# Lookups return places ranked by prior; the name says how a caller should read the list.
Candidate = Place
