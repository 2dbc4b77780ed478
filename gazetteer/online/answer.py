"""What every service's answer parser shares: the cached record and how a ``Place`` is built."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

from anyascii import anyascii
from geopy.location import Location

from gazetteer.models import Kind, Place
from gazetteer.priors import prior

# A record is what the cache keeps for a hit: the geopy Location's parts, ``raw`` untouched.
Record = dict[str, Any]
# ``(service, record) -> Place``; raises Malformed (or a lookup error) for an unusable answer.
PlaceParser = Callable[[str, Record], Place]


class Malformed(Exception):
    """An answer that parsed as JSON but does not describe a place (kept inside the package:
    the wrapper turns it into that name's error)."""


def record(location: Location) -> Record:
    return {
        "address": location.address,
        "lat": location.latitude,
        "lon": location.longitude,
        "raw": location.raw,
    }


_POPULATION = re.compile(r"\d+(?:[ ,.]\d{3})*")


def population(value: Any) -> int:
    """Population fields may be free text ("5573", "12 000", "1,234;1,300"): the first number."""
    if isinstance(value, int | float) and math.isfinite(value):
        return max(0, int(value))
    match = _POPULATION.search(str(value or ""))
    return int(re.sub(r"\D", "", match.group())) if match else 0


def _coordinate(value: Any, low: float, high: float) -> float:
    number = float(value)
    if not low <= number <= high:
        raise Malformed(f"coordinate {value!r} out of range")
    return number


def build_place(
    *,
    id: str,
    name: str,
    kind: Kind,
    country_code: Any,
    admin1: Any,
    lat: Any,
    lon: Any,
    population: int,
    capital: bool,
    source: str,
) -> Place:
    """A Place from one answer's fields, checked: a name, coordinates on Earth, an ISO code."""
    name = name.strip()
    if not name:
        raise Malformed("a place without a name")
    code = str(country_code).strip().upper() if country_code else ""
    return Place(
        id=id,
        name=name,
        ascii_name=anyascii(name),
        kind=kind,
        country_code=code if len(code) == 2 and code.isalpha() else None,
        admin1=str(admin1).strip() or None if admin1 is not None else None,
        lat=_coordinate(lat, -90.0, 90.0),
        lon=_coordinate(lon, -180.0, 180.0),
        population=population,
        prior=prior(kind, population, capital=capital and kind == "city"),
        source=source,
    )


def generic_place(service: str, record: Record) -> Place:
    """Any other geocoder: all we know is an address and a point, so the kind stays vague."""
    lat, lon = float(record["lat"]), float(record["lon"])
    return build_place(
        id=f"{service}:{lat:.5f},{lon:.5f}",
        name=str(record.get("address") or "").split(",")[0],
        kind="region",
        country_code=None,
        admin1=None,
        lat=lat,
        lon=lon,
        population=0,
        capital=False,
        source=service,
    )
