"""Threads from JSON: one thread object, a list of them, or JSON Lines (one object a line).

A thread object is ``{"title", "location", "id", "date", "post", "comments": [{"author",
"text", "date", "replies": [...]}]}``. The post's section text is the title, the location and the
post joined by blank lines, so the title and dateline are searched like the rest; ``{"id",
"text"}`` instead keeps ``text`` verbatim (benchmark offsets index it) and adds nothing to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from itinerary.errors import InputError
from itinerary.models import Section, Thread
from itinerary.readers.files import decode
from itinerary.readers.formats import jsonapi
from itinerary.readers.formats.json_shapes import (
    is_foreign_list,
    is_native,
    thread_from_prose,
    thread_from_shape,
    with_inferred_keys,
    with_named_writers,
)
from itinerary.readers.formats.reddit_json import is_listing, thread_from_listing


def parse_json(data: str | bytes, source: str = "-") -> list[Thread]:
    """Every thread of a JSON document (an object or a list); the first bad one raises."""
    return all_threads(iter_json(data, source))


def all_threads(items: Iterable[Thread | InputError]) -> list[Thread]:
    """The threads of a stream that yields bad records as errors, for callers that stop at the
    first one: it raises."""
    threads: list[Thread] = []
    for item in items:
        if isinstance(item, InputError):
            raise item
        threads.append(item)
    return threads


def iter_json(data: str | bytes, source: str = "-") -> Iterator[Thread | InputError]:
    """One item per thread of a JSON document: a bad list element is yielded as an error."""
    return iter_value(load(data, source), source)


def iter_value(value: Any, source: str) -> Iterator[Thread | InputError]:
    """The threads of a decoded JSON value (or a tree of the same kinds, an XML file's)."""
    if is_listing(value):
        yield thread_from_listing(value, source)
        return
    linked = jsonapi.is_linked_document(value)
    if linked:
        value = jsonapi.unfolded(value)
    value = with_inferred_keys(with_named_writers(value))
    if not is_native(value) and (shaped := thread_from_shape(value, source)) is not None:
        yield replace(shaped, format=jsonapi.NAME) if linked else shaped
        return
    if ((isinstance(value, dict) and not is_native(value) and not {"post", "text"} & set(value))
            or is_foreign_list(value)) and (prose := thread_from_prose(value, source)) is not None:
        yield prose  # no records found: the file's words still make a thread
        return
    if isinstance(value, list):
        if not value:
            raise InputError(f"{source}: the JSON list holds no threads")
        for number, obj in enumerate(value, start=1):
            try:
                yield _ours_or_shaped(obj, source, f"{source}: thread {number}")
            except InputError as exc:
                yield exc
    else:
        yield _ours_or_shaped(value, source, source)


def _ours_or_shaped(obj: object, source: str, where: str) -> Thread:
    """Our thread object; else, when its keys read as another site's thread (a writer object, a
    date in seconds, a "body"), that thread with a warning naming where it left our schema; else
    the schema's error."""
    try:
        return thread_from_object(obj, source, where)
    except InputError as exc:
        shaped = thread_from_shape(obj, source)
        if shaped is None or not shaped.comments:
            raise
        why = str(exc).removeprefix(f"{where}: ")
        warning = f"not itinerary's thread object ({why}): read by its keys"
        return replace(shaped, warnings=(*shaped.warnings, warning))


def parse_json_line(line: str | bytes, source: str, number: int) -> Thread | None:
    """The thread of one JSON Lines line, or None for a blank line."""
    where = f"{source}:{number}"
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: not UTF-8 (byte {exc.start})") from None
    if not line.strip():
        return None
    return _ours_or_shaped(load(line.rstrip("\r\n"), where), source, where)


def load(data: str | bytes, where: str) -> Any:
    """A JSON value, or an InputError that names the line and column of the first mistake."""
    text = decode(data, where) if isinstance(data, bytes) else data
    if not text.strip():
        raise InputError(f"{where}: empty file")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"line {exc.lineno}, column {exc.colno}" if "\n" in text else f"column {exc.colno}"
        raise InputError(f"{where}: malformed JSON at {at}: {exc.msg}") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    except ValueError as exc:  # an integer longer than Python's 4,300-digit limit
        raise InputError(f"{where}: unreadable JSON value ({exc})") from None


@cache
def _validator() -> Draft202012Validator:
    """The thread object's JSON Schema (data/thread.schema.json), compiled once."""
    text = resources.files("itinerary.readers").joinpath("data/thread.schema.json").read_text(
        "utf-8")
    return Draft202012Validator(json.loads(text))


def _check(obj: object, where: str) -> None:
    """The first way ``obj`` differs from the thread schema, as one line naming the field."""
    error = best_match(_validator().iter_errors(obj))
    if error is None:
        return
    path = list(error.absolute_path)
    here = where + "".join(
        f": {'comment' if k == 0 else 'reply'} {path[k + 1] + 1}"
        for k in range(len(path) - 1) if path[k] in ("comments", "replies")
        and isinstance(path[k + 1], int))
    if not path and error.validator == "type":
        raise InputError(f"{where}: expected a thread object, found {_kind(obj)}")
    if error.validator == "required":
        raise InputError(f'{here}: "text" must be a string, found nothing')
    key = next((p for p in reversed(path) if isinstance(p, str)), "comment")
    if path and isinstance(path[-1], int):
        raise InputError(f"{here}: expected an object, found {_kind(error.instance)}")
    wanted = {"string": "a string", "array": "a list", "integer": "a number", "object":
              "an object"}
    types = error.validator_value if isinstance(error.validator_value, list) else [
        error.validator_value]
    expected = " or ".join(wanted[t] for t in types if t in wanted)
    raise InputError(f'{here}: "{key}" must be {expected}, found {_kind(error.instance)}')


def thread_from_object(obj: object, source: str, where: str) -> Thread:
    """A Thread from one decoded thread object; ``where`` prefixes every error message. Types
    are checked against data/thread.schema.json; what a schema cannot say well (one of "post" or
    "text", an empty thread) is checked here."""
    _check(obj, where)
    assert isinstance(obj, dict)
    title = _optional_str(obj, "title")
    location = _optional_str(obj, "location")
    date = _optional_str(obj, "date")
    ident = obj.get("id")
    if "post" in obj and "text" in obj:
        raise InputError(f'{where}: give either "post" or "text", not both')
    if "text" in obj:
        text = obj["text"]
    elif "post" in obj:
        post = obj["post"]
        head = [part for part in (title, location) if part and not post.startswith(part)]
        text = "\n\n".join([*head, post])
    else:
        raise InputError(f'{where}: no "post" or "text"')
    comments = _comments(obj.get("comments"), parent=None, counter=[0])
    if not text.strip() and not comments:
        raise InputError(f"{where}: empty thread")
    author = _optional_str(obj, "author")
    post_section = Section(id="post", author=author, text=text, title=title, date=date)
    return Thread(
        sections=(post_section, *comments),
        source=source,
        id=None if ident is None else str(ident),
        location=location,
        format="json",
    )


def _comments(value: object, parent: str | None, counter: list[int]) -> list[Section]:
    """Comments and their replies, depth first (page order); ``counter`` numbers them."""
    sections: list[Section] = []
    for obj in value if isinstance(value, list) else []:
        text = obj["text"]
        if not text.strip():
            continue
        counter[0] += 1
        section = Section(
            id=f"comment-{counter[0]}",
            author=_optional_str(obj, "author"),
            text=text,
            date=_optional_str(obj, "date"),
            parent=parent,
        )
        sections.append(section)
        sections.extend(_comments(obj.get("replies"), section.id, counter))
    return sections


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")
