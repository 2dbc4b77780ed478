"""The gazetteer behind geopy's geocoder interface, so code written for any geopy geocoder
(Nominatim, Photon ...) runs offline against it.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderQueryError
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from gazetteer.errors import InvalidQuery
from gazetteer.models import Place, place_record
from gazetteer.store import Gazetteer

_REVERSE_KM = 50.0  # reverse(): the nearest populated place within this distance, else nothing


class _NoNetwork(BaseSyncAdapter):
    """geopy's Geocoder wants an adapter; this one opens no connection pool, since the
    gazetteer geocoder never sends a request."""

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        raise NotImplementedError("the gazetteer geocoder makes no requests")

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        raise NotImplementedError("the gazetteer geocoder makes no requests")


class GazetteerGeocoder(Geocoder):
    """``geocode("Bergen, Norway")`` -> ``Location``; trailing comma parts narrow the country
    or the admin region ("Portland, OR", "Paris, Texas").

    At the edges it keeps geopy's contract: no match is ``None``; a query no service would accept
    (empty, too long, control characters) raises geopy's ``GeocoderQueryError``, as a service's
    HTTP 400 does, with the gazetteer's ``InvalidQuery`` as its cause.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, user_agent: str | None = None):
        super().__init__(user_agent=user_agent or "itinerary-gazetteer", adapter_factory=_NoNetwork)
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.open()

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        limit: int | None = None,
        country_codes: str | Collection[str] | None = None,
        kinds: Collection[str] | None = None,
    ) -> Location | list[Location] | None:
        """Like any geopy geocoder: one Location, a list (``exactly_one=False``) or None.

        ``timeout`` is accepted for interface compatibility; nothing here waits on a network.
        """
        if not isinstance(query, str):
            raise GeocoderQueryError("GazetteerGeocoder takes a query string")
        name, *qualifiers = (part.strip() for part in query.split(","))
        wanted = {country_codes.upper()} if isinstance(country_codes, str) else {
            code.upper() for code in country_codes or ()
        }
        try:
            places = self.gazetteer.lookup(name, kinds=kinds, limit=200)
            for qualifier in filter(None, qualifiers):
                places = self._narrow(places, qualifier)
        except InvalidQuery as error:
            raise GeocoderQueryError(str(error)) from error
        if wanted:
            places = [p for p in places if p.country_code in wanted]
        if not places:
            return None
        if exactly_one:
            return self._location(places[0])
        return [self._location(p) for p in places[: limit or len(places)]]

    def reverse(
        self, query: Any, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL
    ) -> Location | list[Location] | None:
        """The nearest populated places to a point (within 50 km), nearest first."""
        point = Point(query)
        found = self.gazetteer.near(point.latitude, point.longitude, _REVERSE_KM, kinds={"city"})
        if not found:
            return None
        if exactly_one:
            return self._location(found[0][0])
        return [self._location(place) for place, _ in found]

    def _narrow(self, places: list[Place], qualifier: str) -> list[Place]:
        """Keep the places inside the country or admin region that ``qualifier`` names."""
        scopes = self.gazetteer.lookup(qualifier, kinds=("country", "admin1"), limit=50)
        if len(qualifier) == 2 and qualifier.isalpha() and qualifier.isupper():
            country = self.gazetteer.country(qualifier)  # "Bergen, NL"
            scopes += [country] if country else []
        inside = [
            p for p in places
            if any(
                p.country_code == s.country_code and (s.kind == "country" or p.admin1 == s.admin1)
                for s in scopes
            )
        ]
        return inside

    def _location(self, place: Place) -> Location:
        parts = [place.name]
        if place.country_code and place.admin1 and place.kind not in ("country", "admin1"):
            region = self.gazetteer.admin1(place.country_code, place.admin1)
            if region is not None and region.name != place.name:
                parts.append(region.name)
        if place.country_code and place.kind != "country":
            country = self.gazetteer.country(place.country_code)
            parts.append(country.name if country else place.country_code)
        raw = {**place_record(place), "prior": place.prior, "source": place.source}
        return Location(", ".join(parts), Point(place.lat, place.lon), raw)
