"""Online geocoding for the names the offline gazetteer lacks: any geopy geocoder, used politely.

One module per idea, as geopy itself is laid out:

- ``services``: which services exist and how to set one up (validation, policy, geopy options);
- ``wrapper``: ``OnlineGeocoder``, the cross-cutting wrappers around a geopy geocoder (geopy's
  ``RateLimiter`` for spacing and retries, the ``GeocodeCache`` for answers, one name's failure
  kept as that name's error);
- ``parsers`` picks how an answer becomes a ``Place``: ``nominatim``, ``photon``, ``geonames``,
  one module per service, and ``answer`` for what they share.

Errors live in ``gazetteer.errors``.
"""

from gazetteer.errors import GeocoderConfigError, ServiceRefused
from gazetteer.online.services import SERVICES, online_geocoder
from gazetteer.online.wrapper import OnlineGeocoder, OnlineResult

__all__ = [
    "SERVICES",
    "GeocoderConfigError",
    "OnlineGeocoder",
    "OnlineResult",
    "ServiceRefused",
    "online_geocoder",
]
