"""Which parser reads a geocoder's answers: a table keyed by geopy class, searched along the
geocoder's class hierarchy, so a Nominatim subclass reads like Nominatim and any other geocoder
falls back to the address-and-point parser."""

from __future__ import annotations

from types import MappingProxyType, ModuleType
from typing import Any

from geopy.geocoders import GeoNames, Nominatim, Photon
from geopy.geocoders.base import Geocoder

from gazetteer.online import geonames, nominatim, photon
from gazetteer.online.answer import PlaceParser, generic_place

PARSERS: MappingProxyType[type[Geocoder], ModuleType] = MappingProxyType(
    {Nominatim: nominatim, Photon: photon, GeoNames: geonames}
)


def parser_for(geocoder: Geocoder) -> tuple[PlaceParser, dict[str, Any]]:
    """How to read this geocoder's answers, and what to ask it for so they carry enough."""
    for cls in type(geocoder).__mro__:
        module = PARSERS.get(cls)
        if module is not None:
            return module.parse, dict(module.OPTIONS)
    return generic_place, {}
