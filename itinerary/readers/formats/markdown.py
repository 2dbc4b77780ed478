"""A page saved or exported as Markdown (GitHub Discussions, a Notion export): headings, rules,
bold names, links and images are taken off so the text readers see what a browser shows; quoted
replies ("> ...") stay, since the readers leave them out of the replier's words. What counts as
Markdown and each rewrite are data/markdown.json."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def _table() -> dict[str, Any]:
    text = resources.files("itinerary.readers").joinpath("data/markdown.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(text)
    table["markers_re"] = [re.compile(p, re.MULTILINE) for p in table["markers"].values()]
    table["rewrites_re"] = [(re.compile(p, re.MULTILINE), r) for p, r in table["rewrites"]]
    return table


def as_read(text: str) -> str | None:
    """``text`` without its Markdown markup, or None when it shows too few kinds of Markdown
    (a plain paste with one bold word is left as it is)."""
    table = _table()
    if sum(1 for marker in table["markers_re"] if marker.search(text)) < table["markers_needed"]:
        return None
    for pattern, replacement in table["rewrites_re"]:
        text = pattern.sub(replacement, text)
    return text
