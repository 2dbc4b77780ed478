"""The text readers, tried in order of confidence: each scores the page, the best one reads it.

A new format is one class with ``name``, ``label``, ``score`` and ``parse`` (see ``base.Reader``)
added to ``READERS``, plus its chrome and end markers in ``data/formats.json``.
"""

from __future__ import annotations

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers.formats import jsonapi
from itinerary.readers.formats.base import (
    Reader,
    assemble,
    captured_date,
    labelled,
    with_homes,
)
from itinerary.readers.formats.blog import Blogger, Disqus, WordPress
from itinerary.readers.formats.chat import Chat
from itinerary.readers.formats.forum import PhpBB, PostedForum, TripAdvisor
from itinerary.readers.formats.inferred import Inferred
from itinerary.readers.formats.json_shapes import labels as json_shape_labels
from itinerary.readers.formats.layout import Layout
from itinerary.readers.formats.mail import Newsletter
from itinerary.readers.formats.namedate import NameOverDate
from itinerary.readers.formats.numbered import Numbered
from itinerary.readers.formats.qa import StackExchange
from itinerary.readers.formats.reddit_json import LABEL as REDDIT_JSON_LABEL
from itinerary.readers.formats.reddit_json import NAME as REDDIT_JSON
from itinerary.readers.formats.social import Facebook, Medium, RedditNew, RedditOld
from itinerary.readers.text import parse_text

# Ties go to the earlier reader: the more specific markers first.
READERS: tuple[Reader, ...] = (
    Chat(), StackExchange(), RedditOld(), RedditNew(), Disqus(), Facebook(), Medium(), Blogger(),
    TripAdvisor(), PhpBB(), PostedForum(), Newsletter(), WordPress(), Numbered(), NameOverDate(),
)
PLAIN = "plain"  # the plain-text reader (``itinerary.readers.text``), the fallback
INFERRED = Inferred()  # never chosen by score: tried when the readers above find little
LAYOUT = Layout()  # never chosen by score: read so when it outnumbers the chosen reader
TEXT_FORMATS: tuple[str, ...] = (*(r.name for r in READERS), INFERRED.name, LAYOUT.name, PLAIN)
LABELS = {r.name: r.label for r in READERS} | {
    INFERRED.name: INFERRED.label, LAYOUT.name: LAYOUT.label,
    PLAIN: "plain text", "html": "HTML page", "json": "JSON", REDDIT_JSON: REDDIT_JSON_LABEL,
    jsonapi.NAME: jsonapi.LABEL,
} | json_shape_labels()
# A page longer than this that yields no comment gets a warning naming the formats tried.
WARN_WITHOUT_COMMENTS = 1500
# A known reader that finds a third of the comments a recurring header shape finds has taken a
# page of another site for its own (a name-date reader on two stray headers).
_OUTNUMBERED = 3


_INVISIBLE = str.maketrans("", "", "\ufeff\u200b\u200e\u200f\u2060")


def read_text(text: str, source: str = "-", forced: str | None = None) -> Thread:
    """The thread of a page copied as text, read by the reader ``forced`` names or by the one
    that recognises it best; the plain-text reader when none does. Marks that show nothing
    (a byte-order mark, direction marks before a date, zero-width spaces) are left out."""
    text = text.translate(_INVISIBLE)
    lines = labelled(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if forced not in (None, PLAIN):
        reader = next((r for r in (*READERS, INFERRED, LAYOUT) if r.name == forced), None)
        if reader is None:
            raise InputError(f"{source}: no reader called {forced!r}")
        return _checked(_read(reader, lines, source), text)
    if forced is None:
        scored = [(reader.score(lines), -k, reader) for k, reader in enumerate(READERS)]
        best, _, reader = max(scored, key=lambda item: item[:2])
        known = _read(reader, lines, source) if best > 0 else parse_text(text, source)
        inferred = _inferred(lines, source)
        if inferred is not None and (len(inferred.comments) >= max(
                2, _OUTNUMBERED * len(known.comments)) or (
                not known.post.text.strip() and inferred.post.text.strip()
                and len(inferred.comments) >= len(known.comments))):
            return _checked(inferred, text)  # outnumbered, or its post left without words
        chosen = known if best > 0 and (known.comments or not known.post.text) else parse_text(
            text, source)
        layout = _read(LAYOUT, lines, source)  # the structure the page repeats
        if len(layout.comments) >= max(2, _OUTNUMBERED * len(chosen.comments)):
            return _checked(layout, text)
        return _checked(chosen, text)
    return _checked(parse_text(text, source), text)


def _inferred(lines: list[str], source: str) -> Thread | None:
    """The page split by a header shape that recurs, when it gives two comments or more."""
    thread = _read(INFERRED, lines, source)
    return thread if len(thread.comments) >= 2 else None


def _read(reader: Reader, lines: list[str], source: str) -> Thread:
    parsed = with_homes(reader.parse(lines), lines)
    parsed.captured = parsed.captured or captured_date(lines)
    return assemble(parsed, source, reader)


def _checked(thread: Thread, text: str) -> Thread:
    if not thread.post.text and not thread.comments:
        raise InputError(f"{thread.source}: no text (nothing but page chrome)")
    if thread.comments or len(text) <= WARN_WITHOUT_COMMENTS:
        return thread
    tried = ", ".join(LABELS[name] for name in TEXT_FORMATS)
    warning = (f"{len(text):,} characters read as a post without comments; formats tried: "
               f"{tried}. If the page has comments, name its format with --input-format.")
    return Thread(sections=thread.sections, source=thread.source, id=thread.id,
                  location=thread.location, format=thread.format,
                  warnings=(*thread.warnings, warning))
