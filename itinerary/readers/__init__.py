"""Reading threads: plain text, a saved HTML page, JSON or JSON Lines -> ``Thread``.

``read_threads`` for one input (file, folder, glob or "-" for stdin), ``iter_records`` for batch
runs where a bad record is reported and the run goes on. Every failure is an ``InputError`` with a
one-line message that names the input. See docs/input-formats.md.
"""

from __future__ import annotations

from itinerary.readers.authors import Author, parse_author
from itinerary.readers.detect import FORMATS, Format
from itinerary.readers.files import MAX_INPUT_BYTES, discover
from itinerary.readers.html import parse_html
from itinerary.readers.json import parse_json
from itinerary.readers.records import ThreadOrError, iter_records, read_threads
from itinerary.readers.text import parse_text

__all__ = [
    "FORMATS",
    "MAX_INPUT_BYTES",
    "Author",
    "Format",
    "ThreadOrError",
    "discover",
    "format_label",
    "iter_records",
    "parse_author",
    "parse_html",
    "parse_json",
    "parse_text",
    "read_threads",
]


def format_label(name: str | None) -> str:
    """What a reader's name is called in a report header: "blogger" -> "Blogger"."""
    from itinerary.readers import csvdoc
    from itinerary.readers.formats import LABELS
    from itinerary.readers.xmldoc import labels

    return (LABELS | labels() | {csvdoc.NAME: csvdoc.LABEL}).get(name or "", name or "unknown")
