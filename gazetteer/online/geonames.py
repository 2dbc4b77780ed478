"""GeoNames' answers (feature class and code, admin codes, population) as places."""

from __future__ import annotations

from typing import Any

from gazetteer.models import Kind, Place
from gazetteer.online.answer import Malformed, Record, build_place, population

OPTIONS: dict[str, Any] = {}

_CODES: dict[str, Kind] = {
    "CONT": "continent",
    "ADM1": "admin1",
    "ADM2": "admin2",
    "AIRP": "airport",
    "AIRF": "airport",
}
_CLASSES: dict[str, Kind] = {
    "P": "city",
    "H": "natural",
    "T": "natural",
    "U": "natural",
    "V": "natural",
}


def _kind(feature_class: str, code: str) -> Kind:
    if code.startswith("PCL"):
        return "country"
    if code in _CODES:
        return _CODES[code]
    if code.startswith("ADM"):  # ADM3 and below: municipalities, named like their towns
        return "city"
    return _CLASSES.get(feature_class, "region")


def parse(service: str, record: Record) -> Place:
    raw = record["raw"]
    geoname_id = str(raw.get("geonameId") or "")
    if not geoname_id.isdigit():
        raise Malformed(f"no geonameId in the answer ({geoname_id!r})")
    code = str(raw.get("fcode") or "")
    return build_place(
        id=f"{service}:{geoname_id}",
        name=raw.get("name") or raw.get("toponymName") or "",
        kind=_kind(str(raw.get("fcl") or ""), code),
        country_code=raw.get("countryCode"),
        admin1=raw.get("adminCode1"),
        lat=raw["lat"],
        lon=raw["lng"],
        population=population(raw.get("population")),
        capital=code == "PPLC",
        source=service,
    )
