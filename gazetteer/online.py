"""Online geocoding for the names the offline gazetteer lacks: any geopy geocoder, used politely.

Cross-cutting concerns wrap the geocoder the way geopy's own RateLimiter does: requests are spaced
and retried by ``geopy.extra.rate_limiter.RateLimiter``, answers are remembered by a
:class:`~gazetteer.cache.GeocodeCache`, and a failure for one name becomes that name's
``OnlineResult.error`` so a run never stops for a slow or unhappy service. Only misconfiguration
(unknown service, no user agent, no username, credentials the service refuses) raises.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Any

from anyascii import anyascii
from geopy.adapters import AdapterHTTPError, BaseAsyncAdapter, RequestsAdapter
from geopy.exc import (
    ConfigurationError,
    GeocoderAuthenticationFailure,
    GeocoderInsufficientPrivileges,
    GeocoderParseError,
    GeocoderQueryError,
    GeocoderQuotaExceeded,
    GeocoderRateLimited,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
    GeopyError,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import GeoNames, Nominatim, Photon
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from gazetteer._closing import Closing
from gazetteer.cache import GeocodeCache, default_cache_path
from gazetteer.errors import GazetteerError
from gazetteer.models import Kind, Place
from gazetteer.priors import prior
from gazetteer.store import check_name

__all__ = [
    "SERVICES",
    "GeocoderConfigError",
    "OnlineGeocoder",
    "OnlineResult",
    "ServiceRefused",
    "online_geocoder",
]

_CLASSES: dict[str, type[Geocoder]] = {
    "nominatim": Nominatim,
    "photon": Photon,
    "geonames": GeoNames,
}
SERVICES = tuple(_CLASSES)
PUBLIC_NOMINATIM = "nominatim.openstreetmap.org"
# The OSM Foundation's usage policy: at most one request per second, from one application.
NOMINATIM_POLICY_DELAY = 1.0

# Names in a row that failed after every retry: the service is down, stop asking for this run.
GIVE_UP_AFTER = 3

# geopy's RateLimiter logs each retry with a traceback; without this, Python's last-resort
# handler would print it to stderr of a CLI that never configured logging.
logging.getLogger("geopy").addHandler(logging.NullHandler())


class GeocoderConfigError(GazetteerError, ValueError):
    """The online geocoder cannot be set up as asked (unknown service, no user agent ...)."""


class ServiceRefused(GeocoderConfigError):
    """The service rejected our credentials or user agent: every further name would fail too."""


@dataclass(frozen=True, slots=True)
class OnlineResult:
    """One name's answer: a place, a miss (both ``None``), or a short error for that name only."""

    query: str
    place: Place | None
    error: str | None
    cached: bool


# A record is what the cache keeps for a hit: the geopy Location's parts, ``raw`` untouched.
Record = dict[str, Any]
PlaceReader = Callable[[str, Record], Place]


class _Malformed(Exception):
    """An answer that parsed as JSON but does not describe a place."""


class _GiveUp(Exception):
    """Carries a service error that retrying cannot cure past the RateLimiter, which retries
    every GeocoderServiceError."""

    def __init__(self, error: GeopyError) -> None:
        super().__init__(str(error))
        self.error = error


class OnlineGeocoder(Closing):
    """A geopy geocoder behind a rate limiter, retries and a persistent cache.

    ``service`` names the answers: it prefixes place ids (``nominatim:R406118``), fills
    ``Place.source`` and keys the cache. How raw answers become places follows the geocoder's
    class (Nominatim and its subclasses, Photon, GeoNames); other geocoders give places from the
    Location's address and point alone.
    """

    def __init__(
        self,
        geocoder: Geocoder,
        *,
        service: str,
        cache: GeocodeCache | None,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        error_wait_seconds: float = 5.0,
    ) -> None:
        if not service.strip():
            raise GeocoderConfigError("an online geocoder needs a service name")
        if min_delay_seconds < 0 or max_retries < 0 or error_wait_seconds < 0:
            raise GeocoderConfigError("delays and retries cannot be negative")
        if isinstance(geocoder.adapter, BaseAsyncAdapter):
            raise GeocoderConfigError(
                "an online geocoder needs a geopy geocoder with a sync adapter"
            )
        self.service = service
        self.cache = cache
        self.min_delay_seconds = min_delay_seconds
        self.max_retries = max_retries
        self._geocoder = geocoder
        self._reader, self._options = _flavour(geocoder)
        self._failures_in_a_row = 0
        self._last_failure = ""
        self._ask = RateLimiter(
            self._fetch,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=max(error_wait_seconds, min_delay_seconds),
            swallow_exceptions=False,
        )

    def lookup(self, name: str) -> OnlineResult:
        """Ask the cache, then the service; never raises for one name's service trouble.

        Raises InvalidQuery for a name that cannot be a place, ServiceRefused when the service
        rejects our credentials, GeocodeCacheError when the cache file fails.
        """
        check_name(name)
        if self.cache is not None:
            stored = self.cache.get(self.service, name)
            if stored is not None:
                return self._result(name, stored.answer, cached=True)
        if self._failures_in_a_row >= GIVE_UP_AFTER:
            message = f"not asked: {self.service} failed for {GIVE_UP_AFTER} names in a row"
            return OnlineResult(name, None, f"{message} ({self._last_failure})", cached=False)
        try:
            location = self._ask(name)
        except _GiveUp as stop:
            if isinstance(
                stop.error, GeocoderAuthenticationFailure | GeocoderInsufficientPrivileges
            ):
                raise ServiceRefused(
                    f"{self.service} refused the request: {_first_line(stop.error)}"
                ) from stop.error
            return OnlineResult(name, None, self._describe(stop.error), cached=False)
        except GeocoderServiceError as error:
            tries = self.max_retries + 1
            self._last_failure = self._describe(error)
            self._failures_in_a_row += 1
            message = self._last_failure
            if tries > 1:
                message += f"; gave up after {tries} tries"
            return OnlineResult(name, None, message, cached=False)
        self._failures_in_a_row = 0
        record = None if location is None else _record(location)
        result = self._result(name, record, cached=False)
        if self.cache is not None and result.error is None:
            self.cache.put(self.service, name, record)
        return result

    def close(self) -> None:
        """Release the cache file and the geocoder's connections."""
        if self.cache is not None:
            self.cache.close()
        self._geocoder.__exit__(None, None, None)

    def _fetch(self, name: str) -> Location | None:
        """One request; sorts geopy's errors into retried (service trouble) and final ones."""
        if self.cache is not None and self.min_delay_seconds > 0:
            # The RateLimiter spaces this process's requests; the cache file spaces those of
            # every process sharing it.
            while (wait := self.cache.claim_slot(self.service, self.min_delay_seconds)) > 0:
                time.sleep(wait)
        try:
            location = self._geocoder.geocode(name, exactly_one=True, **self._options)
        except GeocoderRateLimited:
            raise
        except (
            GeocoderQueryError,
            GeocoderQuotaExceeded,
            GeocoderAuthenticationFailure,
            GeocoderInsufficientPrivileges,
        ) as error:
            raise _GiveUp(error) from error
        except GeopyError:
            raise
        except (KeyError, IndexError, TypeError, AttributeError, ValueError) as error:
            # geopy's parsers index the JSON without checking its shape.
            raise GeocoderParseError(f"unexpected answer: {error!r}") from error
        if location is not None and not isinstance(location, Location):
            raise GeocoderParseError(f"unexpected answer: {location!r}")
        return location

    def _result(self, name: str, record: Record | None, *, cached: bool) -> OnlineResult:
        if record is None:
            return OnlineResult(name, None, None, cached)
        try:
            place = self._reader(self.service, record)
        except (_Malformed, KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
            return OnlineResult(name, None, f"malformed answer ({error})", cached)
        return OnlineResult(name, place, None, cached)

    def _describe(self, error: GeopyError) -> str:
        """A short message for one name: the HTTP status when there was one."""
        cause = error.__cause__
        if isinstance(cause, AdapterHTTPError):
            status = cause.status_code
            if status == 429:
                return "rate limited (HTTP 429)"
            if status >= 500:
                return f"service error (HTTP {status})"
            return f"request rejected (HTTP {status})"
        if isinstance(error, GeocoderTimedOut):
            timeout = getattr(self._geocoder, "timeout", None)
            return f"no answer within {timeout:g} s" if timeout else "timed out"
        if isinstance(error, GeocoderUnavailable):
            refused = "refused" in str(error).lower()
            return "cannot connect: connection refused" if refused else "cannot connect"
        if isinstance(error, GeocoderParseError):
            return "malformed response"
        if isinstance(error, GeocoderQuotaExceeded):
            return f"quota exceeded: {_first_line(error)}"
        if isinstance(error, GeocoderQueryError):
            return f"query rejected: {_first_line(error)}"
        return f"service error: {_first_line(error)}"


def online_geocoder(
    service: str,
    *,
    user_agent: str,
    domain: str | None = None,
    scheme: str = "https",
    timeout: float = 10.0,
    min_delay_seconds: float = 1.0,
    max_retries: int = 2,
    error_wait_seconds: float = 5.0,
    cache_path: Path | None = None,
    **service_options: Any,
) -> OnlineGeocoder:
    """A ready OnlineGeocoder for a service by name, cached in ``cache_path`` (default: the user
    cache dir). ``service_options`` go to the geopy class (``username`` for GeoNames).

    An empty ``user_agent`` is allowed except for Nominatim, whose policy requires one that
    identifies the application; the public Nominatim also refuses delays under one second.
    """
    service = service.strip().lower()
    if service not in _CLASSES:
        raise GeocoderConfigError(
            f"unknown geocoding service {service!r}; choose one of {', '.join(SERVICES)}"
        )
    options: dict[str, Any] = {
        "scheme": scheme,
        "timeout": timeout,
        "user_agent": user_agent.strip() or f"itinerary/{version('itinerary')}",
        # geopy's default adapter lets urllib3 retry read timeouts and 429s on its own, unspaced
        # and unseen; every retry must go through the RateLimiter instead.
        "adapter_factory": partial(RequestsAdapter, max_retries=0),
        **service_options,
    }
    if domain is not None:
        options["domain"] = domain
    if service == "nominatim":
        if not user_agent.strip():
            raise GeocoderConfigError(
                "Nominatim needs a user agent that names your application,"
                " e.g. 'trip-notes/1.0 (you@example.org)'"
            )
        public = options.get("domain", PUBLIC_NOMINATIM) == PUBLIC_NOMINATIM
        if public and min_delay_seconds < NOMINATIM_POLICY_DELAY:
            raise GeocoderConfigError(
                f"the public Nominatim allows one request per second;"
                f" min_delay_seconds {min_delay_seconds:g} is too short"
            )
    if service == "geonames":
        if not str(options.get("username") or "").strip():
            raise GeocoderConfigError(
                "GeoNames needs the username of a GeoNames account with web services enabled"
            )
        if scheme == "https":  # GeoNames serves https from its own host name
            options.setdefault("domain", "secure.geonames.org")
    try:
        geocoder = _CLASSES[service](**options)
    except TypeError as error:
        raise GeocoderConfigError(f"{service}: {error}") from error
    except ConfigurationError as error:
        raise GeocoderConfigError(f"{service}: {_first_line(error)}") from error
    return OnlineGeocoder(
        geocoder,
        service=service,
        cache=GeocodeCache(cache_path or default_cache_path()),
        min_delay_seconds=min_delay_seconds,
        max_retries=max_retries,
        error_wait_seconds=error_wait_seconds,
    )


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:120] if text else type(error).__name__


def _record(location: Location) -> Record:
    return {
        "address": location.address,
        "lat": location.latitude,
        "lon": location.longitude,
        "raw": location.raw,
    }


def _flavour(geocoder: Geocoder) -> tuple[PlaceReader, dict[str, Any]]:
    """How to read this geocoder's answers, and what to ask it for so they carry enough."""
    if isinstance(geocoder, Nominatim):
        return _nominatim_place, {"addressdetails": True, "extratags": True}
    if isinstance(geocoder, Photon):
        return _photon_place, {}
    if isinstance(geocoder, GeoNames):
        return _geonames_place, {}
    return _generic_place, {}


# --- OpenStreetMap tags (Nominatim, Photon) ---------------------------------------------------

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


def _osm_kind(key: str, value: str, level: str) -> Kind:
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


_POPULATION = re.compile(r"\d+(?:[ ,.]\d{3})*")


def _population(value: Any) -> int:
    """OSM population tags are free text ("5573", "12 000", "1,234;1,300"): the first number."""
    if isinstance(value, int | float) and math.isfinite(value):
        return max(0, int(value))
    match = _POPULATION.search(str(value or ""))
    return int(re.sub(r"\D", "", match.group())) if match else 0


def _coordinate(value: Any, low: float, high: float) -> float:
    number = float(value)
    if not low <= number <= high:
        raise _Malformed(f"coordinate {value!r} out of range")
    return number


def _place(
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
    name = name.strip()
    if not name:
        raise _Malformed("a place without a name")
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


def _osm_id(service: str, osm_type: Any, osm_id: Any) -> str:
    """``nominatim:R406118``: OSM's element type initial and number, stable across requests."""
    kind = str(osm_type or "")[:1].upper()
    if kind not in ("N", "W", "R") or not str(osm_id or "").isdigit():
        raise _Malformed(f"no OSM id in the answer ({osm_type!r} {osm_id!r})")
    return f"{service}:{kind}{osm_id}"


def _nominatim_place(service: str, record: Record) -> Place:
    raw = record["raw"]
    address = raw.get("address") or {}
    extratags = raw.get("extratags") or {}
    key = raw.get("class") or raw.get("category") or ""
    return _place(
        id=_osm_id(service, raw.get("osm_type"), raw.get("osm_id")),
        name=raw.get("name") or str(raw.get("display_name", "")).split(",")[0],
        kind=_osm_kind(key, raw.get("type") or "", raw.get("addresstype") or ""),
        country_code=address.get("country_code"),
        admin1=None,  # OSM names the state, not its GeoNames admin1 code
        lat=raw["lat"],
        lon=raw["lon"],
        population=_population(extratags.get("population")),
        capital=extratags.get("capital") in ("yes", "2"),
        source=service,
    )


def _photon_place(service: str, record: Record) -> Place:
    feature = record["raw"]
    props = feature["properties"]
    lon, lat = feature["geometry"]["coordinates"][:2]
    return _place(
        id=_osm_id(service, props.get("osm_type"), props.get("osm_id")),
        name=props.get("name") or str(record.get("address") or "").split(",")[0],
        kind=_osm_kind(
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


# --- GeoNames feature classes and codes --------------------------------------------------------

_GEONAMES_CODES: dict[str, Kind] = {
    "CONT": "continent",
    "ADM1": "admin1",
    "ADM2": "admin2",
    "AIRP": "airport",
    "AIRF": "airport",
}
_GEONAMES_CLASSES: dict[str, Kind] = {
    "P": "city",
    "H": "natural",
    "T": "natural",
    "U": "natural",
    "V": "natural",
}


def _geonames_kind(feature_class: str, code: str) -> Kind:
    if code.startswith("PCL"):
        return "country"
    if code in _GEONAMES_CODES:
        return _GEONAMES_CODES[code]
    if code.startswith("ADM"):  # ADM3 and below: municipalities, named like their towns
        return "city"
    return _GEONAMES_CLASSES.get(feature_class, "region")


def _geonames_place(service: str, record: Record) -> Place:
    raw = record["raw"]
    geoname_id = str(raw.get("geonameId") or "")
    if not geoname_id.isdigit():
        raise _Malformed(f"no geonameId in the answer ({geoname_id!r})")
    code = str(raw.get("fcode") or "")
    return _place(
        id=f"{service}:{geoname_id}",
        name=raw.get("name") or raw.get("toponymName") or "",
        kind=_geonames_kind(str(raw.get("fcl") or ""), code),
        country_code=raw.get("countryCode"),
        admin1=raw.get("adminCode1"),
        lat=raw["lat"],
        lon=raw["lng"],
        population=_population(raw.get("population")),
        capital=code == "PPLC",
        source=service,
    )


def _generic_place(service: str, record: Record) -> Place:
    """Any other geocoder: all we know is an address and a point, so the kind stays vague."""
    lat, lon = float(record["lat"]), float(record["lon"])
    return _place(
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
