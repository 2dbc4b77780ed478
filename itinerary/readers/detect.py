"""Which reader a document needs: by file suffix, else by looking at the content."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

Format = Literal["auto", "text", "html", "json", "jsonl"]
FORMATS: tuple[Format, ...] = ("auto", "text", "html", "json", "jsonl")

SUFFIXES: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p)\b", re.IGNORECASE)


def format_of_path(path: Path | None) -> Format:
    """The format a suffix names, or "auto" when only the content can tell."""
    if path is None:
        return "auto"
    return SUFFIXES.get(path.suffix.lower(), "auto")


def sniff(text: str) -> Format:
    """The format of a decoded document: HTML markup, a JSON value, JSON Lines, else plain text."""
    head = text.lstrip()
    if head.startswith("<") and _HTML_START.search(head[:4096]):
        return "html"
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        return "jsonl" if _is_json_lines(head) else "json"
    return "text"


def _is_json_lines(text: str) -> bool:
    """True when the first line is a whole JSON object and more lines follow."""
    first, newline, rest = text.partition("\n")
    if not newline or not rest.strip():
        return False
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False
