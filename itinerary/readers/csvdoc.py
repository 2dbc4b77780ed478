"""Threads from a table: CSV or TSV with a header row.

Chat apps export their histories as tables, scrapers and spreadsheets hand over comments so, and
analysts keep whole corpora in them. Each row is a record under its header's names, read by the
JSON key tables (data/json_shapes.json) as a JSON list of the same records is: the writer, the
words, the date and a parent found by what the columns are called and hold. A column that says
what the rows are about (``post_id``, ``video``, ``thread``: the table's ``elsewhere_words``)
with several values holds several threads: one each, in the order they first appear.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import replace

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers.detect import table_delimiter
from itinerary.readers.files import MAX_INPUT_BYTES
from itinerary.readers.formats.json_shapes import (
    about_words,
    key_words,
    thread_from_prose,
    thread_from_shape,
    with_inferred_keys,
    with_named_writers,
)

NAME = "csv"
LABEL = "table (CSV)"
_TITLE_WORDS = frozenset({"title", "subject", "topic"})
_NUMBER = re.compile(r"[1-9]\d{0,17}")


def iter_csv(text: str, source: str) -> Iterator[Thread]:
    """The threads of a table, one per value of the column that says what rows are about."""
    rows = _rows(text, source)
    groups = _grouped(rows)
    for group in groups:
        records = with_inferred_keys(with_named_writers(group))
        thread = thread_from_shape(records, source) or thread_from_prose(records, source)
        if thread is None:
            raise InputError(f"{source}: a table with no words in its cells")
        yield replace(_titled(thread, group), format=NAME)


def _rows(text: str, source: str) -> list[dict[str, str | int]]:
    delimiter = table_delimiter(text)
    if delimiter is None:
        raise InputError(f"{source}: not a table: its first line has no comma, semicolon, tab "
                         "or bar between column names")
    csv.field_size_limit(MAX_INPUT_BYTES)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header, *lines = [*reader] or [[]]
    except csv.Error as exc:
        raise InputError(f"{source}: malformed table at line {reader.line_num}: {exc}") from None
    rows = [row for row in (_record(header, cells, delimiter) for cells in lines) if row]
    if len(header) < 2 or not rows:
        raise InputError(f"{source}: a table needs a header row and rows under it")
    return rows


def _record(header: list[str], cells: list[str], delimiter: str) -> dict[str, str | int]:
    """A row under its column names; cells past the last column are the last column's words
    cut at a delimiter nobody quoted ("Lagos is better, and Sagres too")."""
    if len(cells) > len(header):
        cells = [*cells[:len(header) - 1], delimiter.join(cells[len(header) - 1:])]
    return {key: _cell(value) for key, value in zip(header, cells, strict=False)
            if key.strip() and value.strip()}


def _cell(value: str) -> str | int:
    """A cell as JSON would hold it: a whole number as a number (seconds since 1970, an id),
    not one with a leading zero (a phone number, a postcode)."""
    text = value.strip()
    return int(text) if _NUMBER.fullmatch(text) else text


def _grouped(rows: list[dict[str, str | int]]) -> list[list[dict[str, str | int]]]:
    """The rows of each thread: by the first column named for what rows are about that takes
    several values, unless a row's own id is one of them (then it is a parent link)."""
    about = about_words()
    owns = {value for row in rows for key, value in row.items() if key_words(key) & {"id"}
            and not key_words(key) & about}
    for key in rows[0]:
        values = [row.get(key, "") for row in rows]
        if about & key_words(key) and len(set(values)) > 1 and not owns & set(values):
            groups: dict[str | int, list[dict[str, str | int]]] = {}
            for row, value in zip(rows, values, strict=True):
                groups.setdefault(value, []).append(row)
            return list(groups.values())
    return [rows]


def _titled(thread: Thread, rows: list[dict[str, str | int]]) -> Thread:
    """A thread of comments without their post takes the title a column gives all its rows."""
    post = thread.post
    if post.title or post.text.strip():
        return thread
    for key in rows[0]:
        values = {row.get(key) for row in rows}
        if _TITLE_WORDS & key_words(key) and len(values) == 1 and (title := str(values.pop())):
            return replace(thread, sections=(replace(post, text=title, title=title),
                                             *thread.comments))
    return thread
