"""One root exception for the package: the CLI catches it and prints one line."""


class ItineraryError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(ItineraryError):
    """The input could not be read as a thread (empty, binary, malformed, too large)."""


class ModelError(ItineraryError):
    """No usable spaCy pipeline could be loaded."""


class ExportError(ItineraryError):
    """An output could not be written."""
