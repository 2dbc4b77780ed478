"""Every error the gazetteer package raises on purpose, in one module (geopy's ``exc.py`` shape).

``GazetteerError`` is the root: a caller that wants one line for any gazetteer trouble catches it.
"""

__all__ = [
    "BuildError",
    "DatabaseError",
    "GazetteerError",
    "GeocodeCacheError",
    "GeocoderConfigError",
    "InvalidQuery",
    "ServiceRefused",
]


class GazetteerError(Exception):
    """Base of every error the gazetteer raises on purpose."""


class InvalidQuery(GazetteerError, ValueError):
    """A lookup name that cannot name a place (empty, too long, control characters)."""


class DatabaseError(GazetteerError):
    """The SQLite file is missing, corrupt, foreign or from another schema version."""


class BuildError(GazetteerError):
    """Building the database from its sources failed."""


class GeocodeCacheError(GazetteerError):
    """The geocode cache file cannot be used (corrupt, someone else's database, unwritable)."""


class GeocoderConfigError(GazetteerError, ValueError):
    """The online geocoder cannot be set up as asked (unknown service, no user agent ...)."""


class ServiceRefused(GeocoderConfigError):
    """The service rejected our credentials or user agent: every further name would fail too."""
