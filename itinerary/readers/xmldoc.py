"""Threads from XML: a blog's export (WordPress, Blogger, Disqus) or a feed (RSS, Atom).

Bloggers hand over their whole blog as one export file; a thread per post, with its comments,
is what they expect back. The first shape of data/xml_shapes.json that fits a file says which
records make threads, where their comments are (inside each, or anywhere in the file naming their
thread's id) and which paths hold each field; the result is our own thread object, checked by the
JSON reader. xmltodict parses the file with entities refused (no billion laughs, no external
files); namespaces are read under the table's prefixes, whatever prefixes a file declares.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any
from xml.parsers.expat import ExpatError, errors

import xmltodict

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers.html import fragment_text
from itinerary.readers.json import thread_from_object


@cache
def _table() -> dict[str, Any]:
    text = resources.files("itinerary.readers").joinpath("data/xml_shapes.json").read_text("utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def labels() -> dict[str, str]:
    """Each shape's name (and "xml", a file no shape reads) -> what a report header calls it."""
    return {"xml": _table()["label"]} | {shape["name"]: shape["label"] for shape in _table()[
        "shapes"]}


def roots() -> set[str]:
    """The root elements the shapes read: a file with one of them is XML even undeclared."""
    return {shape["root"] for shape in _table()["shapes"]}


def load_xml(text: str, source: str) -> dict[str, Any]:
    """The document's element tree as xmltodict gives it, or the one-line error that says where
    it is malformed."""
    try:
        value = xmltodict.parse(text, process_namespaces=True, disable_entities=True,
                                namespaces=_table()["namespaces"])
    except ExpatError as exc:
        raise InputError(f"{source}: malformed XML at line {exc.lineno}, column "
                         f"{exc.offset + 1}: {errors.messages[exc.code]}") from None
    except ValueError:  # xmltodict's refusal of an entity declaration
        raise InputError(f"{source}: the XML declares entities, which are not read") from None
    if not isinstance(value, dict) or not value:
        raise InputError(f"{source}: an XML file without elements")
    return value


def xml_threads(tree: dict[str, Any], source: str) -> list[Thread] | None:
    """The threads of a parsed document by the first shape that fits it; None when none does."""
    (root_name, root), = tree.items()
    for shape in _table()["shapes"]:
        if shape["root"] == root_name and all(
                any(re.search(pattern, _text(value)) for value in _values(root, path))
                for path, pattern in shape["when"].items()):
            return _threads(root, shape, source)
    return None


def _threads(root: Any, shape: dict[str, Any], source: str) -> list[Thread]:
    """A thread per record the shape keeps, with its comments; an empty draft makes none."""
    linked: dict[str, list[Any]] = {}
    for record in _values(root, shape["linked"]) if "linked" in shape else ():
        if owner := _field(record, "thread", shape["thread"], shape):
            linked.setdefault(owner, []).append(record)
    threads: list[Thread] = []
    for number, record in enumerate(_values(root, shape["threads"]), start=1):
        if not _matches(record, shape.get("keep", {}), every=True):
            continue
        post = {key: _field(record, key, paths, shape) for key, paths in shape["post"].items()}
        own = post.get("id")
        if "linked" in shape:
            records = linked.get(own, []) if own else []
        else:
            records = _values(record, shape["comments"]) if "comments" in shape else []
        comments = _comment_tree(
            [item for item in records if not _matches(item, shape.get("drop", {}), every=False)],
            shape)
        if not (post.get("text") or "").strip() and not comments:
            continue  # an empty draft or a post of pictures only
        obj = {"title": post.get("title"), "author": post.get("author"), "date": post.get("date"),
               "id": own, "post": post.get("text") or "", "comments": comments}
        where = f"{source}: {shape['label']} item {number}"
        threads.append(replace(thread_from_object(obj, source, where), format=shape["name"]))
    if not threads:
        raise InputError(f"{source}: the {shape['label']} holds no post or comment with words")
    return threads


def _comment_tree(records: list[Any], shape: dict[str, Any]) -> list[dict[str, Any]]:
    """Comments as our thread object nests them: each under the comment its parent id names,
    in file order; a parent that is not there (0, the post, a dropped comment) puts it on top."""
    fields = shape.get("comment", {})
    by_id: dict[str, dict[str, Any]] = {}
    top: list[dict[str, Any]] = []
    for record in records:
        found = {key: _field(record, key, paths, shape) for key, paths in fields.items()}
        comment: dict[str, Any] = {"author": found.get("author"), "date": found.get("date"),
                                   "text": found.get("text") or "", "replies": []}
        parent = by_id.get(found.get("parent") or "")
        (parent["replies"] if parent else top).append(comment)
        if ident := found.get("id"):
            by_id[ident] = comment
    return top


def _field(record: Any, key: str, paths: list[str], shape: dict[str, Any]) -> str | None:
    """The first value the paths give, an HTML one as its paragraphs."""
    for path in paths:
        for value in _values(record, path):
            if text := _text(value):
                return fragment_text(text) if key == "text" and path in shape["html"] else text
    return None


def _matches(record: Any, rules: dict[str, str], every: bool) -> bool:
    """True when the record's value at each path (``every``) or at any path matches its rule."""
    found = (any(re.fullmatch(pattern, _text(value), re.IGNORECASE)
                 for value in _values(record, path) or [None])
             for path, pattern in rules.items())
    return all(found) if every else any(found)


def _values(node: Any, path: str) -> list[Any]:
    """Every value at a dotted path, through repeated elements (xmltodict's lists)."""
    found = [node]
    for step in path.split(".") if path else ():
        found = [item for value in found if isinstance(value, dict)
                 for item in _listed(value.get(step))]
    return [value for value in found if value is not None]


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    """An element's text: its string, or its ``#text`` beside attributes."""
    if isinstance(value, dict):
        value = value.get("#text")
    return value.strip() if isinstance(value, str) else ""
