"""OpenStreetMap tags, shared by the services that answer from OSM data (Nominatim, Photon)."""

from __future__ import annotations

from typing import Any

from gazetteer.models import Kind
from gazetteer.online.answer import Malformed

# Address levels, as Nominatim's ``addresstype`` and Photon's ``type`` give them.
_LEVEL_KINDS: dict[str, Kind] = {
    "continent": "continent",
    "country": "country",
    "state": "admin1",
    "province": "admin1",
    "region": "admin1",
    "state_district": "admin2",
    "county": "admin2",
}
# place=* values that are not settlements.
_PLACE_KINDS: dict[str, Kind] = {
    "continent": "continent",
    "country": "country",
    "state": "admin1",
    "province": "admin1",
    "region": "region",
    "state_district": "admin2",
    "county": "admin2",
    "district": "admin2",
    "locality": "region",
    "island": "natural",
    "islet": "natural",
    "archipelago": "natural",
    "peninsula": "natural",
    "sea": "natural",
    "ocean": "natural",
}
_NATURAL_KEYS = frozenset({"natural", "water", "waterway"})


def osm_kind(key: str, value: str, level: str) -> Kind:
    """Kind from an OSM key=value, with the address level deciding administrative boundaries."""
    if key == "place":
        return _PLACE_KINDS.get(value, "city")
    if key == "boundary" and value == "administrative":
        return _LEVEL_KINDS.get(level, "city")
    if key in _NATURAL_KEYS:
        return "natural"
    if key == "aeroway" and value in ("aerodrome", "airport"):
        return "airport"
    return "region"


def osm_id(service: str, osm_type: Any, osm_id: Any) -> str:
    """``nominatim:R406118``: OSM's element type initial and number, stable across requests."""
    kind = str(osm_type or "")[:1].upper()
    if kind not in ("N", "W", "R") or not str(osm_id or "").isdigit():
        raise Malformed(f"no OSM id in the answer ({osm_type!r} {osm_id!r})")
    return f"{service}:{kind}{osm_id}"
