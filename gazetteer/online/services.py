"""Which online services there are and how to set one up: validation, usage policy, geopy options.

Only misconfiguration raises here (``GeocoderConfigError``), with a one-line message.
"""

from __future__ import annotations

from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Any

from geopy.adapters import RequestsAdapter
from geopy.exc import ConfigurationError
from geopy.geocoders import GeoNames, Nominatim, Photon
from geopy.geocoders.base import Geocoder

from gazetteer.cache import GeocodeCache, default_cache_path
from gazetteer.errors import GeocoderConfigError
from gazetteer.online.wrapper import Clock, OnlineGeocoder, first_line

_CLASSES: dict[str, type[Geocoder]] = {
    "nominatim": Nominatim,
    "photon": Photon,
    "geonames": GeoNames,
}
SERVICES = tuple(_CLASSES)
PUBLIC_NOMINATIM = "nominatim.openstreetmap.org"
# The OSM Foundation's usage policy: at most one request per second, from one application.
NOMINATIM_POLICY_DELAY = 1.0


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
    clock: Clock | None = None,
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
        raise GeocoderConfigError(f"{service}: {first_line(error)}") from error
    return OnlineGeocoder(
        geocoder,
        service=service,
        cache=GeocodeCache(cache_path or default_cache_path()),
        min_delay_seconds=min_delay_seconds,
        max_retries=max_retries,
        error_wait_seconds=error_wait_seconds,
        clock=clock,
    )
