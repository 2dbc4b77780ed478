"""Which reader a document needs: by looking at the content, the file's suffix a hint."""

from __future__ import annotations

import csv
import io
import json
import re
from itertools import islice
from pathlib import Path
from typing import Literal

Format = Literal["auto", "text", "html", "json", "jsonl", "xml", "csv"]
FORMATS: tuple[Format, ...] = ("auto", "text", "html", "json", "jsonl", "xml", "csv")

SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".eml": "text",
    ".mbox": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "xml",
    ".rss": "xml",
    ".atom": "xml",
    ".csv": "csv",
    ".tsv": "csv",
}

_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p)\b", re.IGNORECASE)
# Markup further in (a page pasted under a line of text, a saved page renamed .txt): a document
# element, or closing tags of block elements in numbers no prose has.
_HTML_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|body)\b", re.IGNORECASE)
_HTML_CLOSING = re.compile(r"</(?:p|div|li|ul|ol|article|section|span|a|h[1-6]|table|td|tr)>",
                           re.IGNORECASE)
_CLOSING_TAGS_FOR_HTML = 5
# What may stand before an XML document's root element: the declaration, processing
# instructions, comments and a doctype.
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL)
_ROOT = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")
_SNIFF_CHARS = 65536
DELIMITERS = ",;\t|"  # what separates a table's cells
_HEADER_CELL_CHARS = 40
_HEADER_CELL_WORDS = 4  # a column's name, not a line of a chat ("Ana<TAB>going to Porto soon")
_SNIFF_ROWS = 20
_SENTENCE = re.compile(r"[.!?:]\s|\d[/.:-]\d")  # a header names columns: no sentence, no date


def format_of_path(path: Path | None) -> Format:
    """The format a suffix names, or "auto" when only the content can tell."""
    if path is None:
        return "auto"
    return SUFFIXES.get(path.suffix.lower(), "auto")


def sniff(text: str) -> Format:
    """The format of a decoded document: an XML export or feed, HTML markup, a JSON value, JSON
    Lines, a table (CSV, TSV), else plain text."""
    head = text.lstrip()
    if head.startswith("<") and _is_xml(head):
        return "xml"
    if head.startswith("<") and _HTML_START.search(head[:4096]):
        return "html"
    if head.startswith(("[", "{")):
        if _is_json_lines(head):
            return "jsonl"
        if _looks_like_json(head):
            return "json"
    sample = head[:_SNIFF_CHARS]
    if _is_table(head):
        return "csv"
    if _HTML_DOCUMENT.search(sample) or len(_HTML_CLOSING.findall(sample)) >= (
            _CLOSING_TAGS_FOR_HTML):
        return "html"
    return "text"


def _is_xml(text: str) -> bool:
    """An XML document that is no web page: declared (``<?xml``), or a feed's or export's root
    element (data/xml_shapes.json) closed at the end. A chat log's ``<rss> hi`` is neither."""
    from itinerary.readers.xmldoc import roots

    prolog = _PROLOG.match(text, 0, 4096)
    root = _ROOT.match(text, prolog.end() if prolog else 0)
    if root is None or root.group(1).lower() == "html":
        return False
    return text.startswith("<?xml") or (root.group(1) in roots() and text.rstrip().endswith(
        f"{root.group(1)}>"))


def table_delimiter(text: str) -> str | None:
    """The delimiter a table's header row uses most; None for a first line without one."""
    first = text.split("\n", 1)[0]
    delimiter = max(DELIMITERS, key=first.count)
    return delimiter if first.count(delimiter) else None


def _is_table(text: str) -> bool:
    """A header row of short column names, and rows with as many cells under it."""
    delimiter = table_delimiter(text)
    if delimiter is None:
        return False
    try:
        rows = list(islice(csv.reader(io.StringIO(text[:_SNIFF_CHARS]), delimiter=delimiter),
                           _SNIFF_ROWS + 1))
    except csv.Error:
        return False
    header, body = rows[0], [row for row in rows[1:-1] if row]  # the last may be cut
    return (len(body) >= 2 and all(0 < len(cell.strip()) <= _HEADER_CELL_CHARS
                                    and len(cell.split()) <= _HEADER_CELL_WORDS
                                    and not _SENTENCE.search(cell) for cell in header)
            and all(len(row) == len(header) for row in body))


def _looks_like_json(text: str) -> bool:
    """A JSON value, or something that is plainly meant to be one (so its error is reported):
    "[{", "[[", '{"' or a whole value. An old Reddit copy starting "[-]name 5 points" is not."""
    compact = "".join(text[:64].split())
    if compact.startswith(("[{", "[[", '{"', "[]", "{}", '["')):
        return True
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_json_lines(text: str) -> bool:
    """True when the first line is a whole JSON object and more lines follow."""
    first, newline, rest = text.partition("\n")
    if not newline or not rest.strip():
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
