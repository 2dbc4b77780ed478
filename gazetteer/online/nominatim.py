"""Nominatim's answers (``format=jsonv2`` with address details and extra tags) as places."""

from __future__ import annotations

from typing import Any

from gazetteer.models import Place
from gazetteer.online.answer import Record, build_place, population
from gazetteer.online.osm import osm_id, osm_kind

# Asked with every request: without them the answer carries no country and no population.
OPTIONS: dict[str, Any] = {"addressdetails": True, "extratags": True}


def parse(service: str, record: Record) -> Place:
    raw = record["raw"]
    address = raw.get("address") or {}
    extratags = raw.get("extratags") or {}
    key = raw.get("class") or raw.get("category") or ""
    return build_place(
        id=osm_id(service, raw.get("osm_type"), raw.get("osm_id")),
        name=raw.get("name") or str(raw.get("display_name", "")).split(",")[0],
        kind=osm_kind(key, raw.get("type") or "", raw.get("addresstype") or ""),
        country_code=address.get("country_code"),
        admin1=None,  # OSM names the state, not its GeoNames admin1 code
        lat=raw["lat"],
        lon=raw["lon"],
        population=population(extratags.get("population")),
        capital=extratags.get("capital") in ("yes", "2"),
        source=service,
    )
