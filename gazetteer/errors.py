"""One root exception for the gazetteer package."""


class GazetteerError(Exception):
    """Base of every error the gazetteer raises on purpose."""


class InvalidQuery(GazetteerError, ValueError):
    """A lookup name that cannot name a place (empty, too long, control characters)."""


class DatabaseError(GazetteerError):
    """The SQLite file is missing, corrupt, foreign or from another schema version."""


class BuildError(GazetteerError):
    """Building the database from its sources failed."""
