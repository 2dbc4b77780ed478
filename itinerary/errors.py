"""The application's errors; the CLI catches ``ItineraryError`` and ``GazetteerError`` and prints
one line. Gazetteer errors live in ``gazetteer.errors`` and are re-exported here so the app layer
has one place to import from.
"""

from gazetteer.errors import GazetteerError

__all__ = ["ExportError", "GazetteerError", "InputError", "ItineraryError", "ModelError"]


class ItineraryError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(ItineraryError):
    """The input could not be read as a thread (empty, binary, malformed, too large)."""


class ModelError(ItineraryError):
    """No usable spaCy pipeline could be loaded."""


class ExportError(ItineraryError):
    """An output could not be written."""
