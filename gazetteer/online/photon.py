"""Photon's answers (GeoJSON features of OSM objects) as places."""

from __future__ import annotations

from typing import Any

from gazetteer.models import Place
from gazetteer.online.answer import Record, build_place
from gazetteer.online.osm import osm_id, osm_kind

OPTIONS: dict[str, Any] = {}


def parse(service: str, record: Record) -> Place:
    feature = record["raw"]
    props = feature["properties"]
    lon, lat = feature["geometry"]["coordinates"][:2]
    return build_place(
        id=osm_id(service, props.get("osm_type"), props.get("osm_id")),
        name=props.get("name") or str(record.get("address") or "").split(",")[0],
        kind=osm_kind(
            props.get("osm_key") or "", props.get("osm_value") or "", props.get("type") or ""
        ),
        country_code=props.get("countrycode"),
        admin1=None,  # OSM names the state, not its GeoNames admin1 code
        lat=lat,
        lon=lon,
        population=0,  # Photon's answers carry no population
        capital=False,
        source=service,
    )
