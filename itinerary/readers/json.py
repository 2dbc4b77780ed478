"""Threads from JSON: one thread object, a list of them, or JSON Lines (one object a line).

A thread object is ``{"title", "location", "id", "date", "post", "comments": [{"author",
"text", "date", "replies": [...]}]}``. The post's section text is the title, the location and the
post joined by blank lines, so the title and dateline are searched like the rest; ``{"id",
"text"}`` instead keeps ``text`` verbatim (benchmark offsets index it) and adds nothing to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from itinerary.errors import InputError
from itinerary.models import Section, Thread
from itinerary.readers.files import decode
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
    value = load(data, source)
    if is_listing(value):
        yield thread_from_listing(value, source)
        return
    if isinstance(value, list):
        if not value:
            raise InputError(f"{source}: the JSON list holds no threads")
        for number, obj in enumerate(value, start=1):
            try:
                yield thread_from_object(obj, source, f"{source}: thread {number}")
            except InputError as exc:
                yield exc
    else:
        yield thread_from_object(value, source, source)


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
    return thread_from_object(load(line.rstrip("\r\n"), where), source, where)


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


def thread_from_object(obj: object, source: str, where: str) -> Thread:
    """A Thread from one decoded thread object; ``where`` prefixes every error message."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a thread object, found {_kind(obj)}")
    title = _optional_str(obj, "title", where)
    location = _optional_str(obj, "location", where)
    date = _optional_str(obj, "date", where)
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, str | int):
        raise InputError(f'{where}: "id" must be a string or a number')
    if "post" in obj and "text" in obj:
        raise InputError(f'{where}: give either "post" or "text", not both')
    if "text" in obj:
        text = _required_str(obj, "text", where)
    elif "post" in obj:
        post = _required_str(obj, "post", where)
        head = [part for part in (title, location) if part and not post.startswith(part)]
        text = "\n\n".join([*head, post])
    else:
        raise InputError(f'{where}: no "post" or "text"')
    comments = _comments(obj.get("comments"), where, parent=None, counter=[0])
    if not text.strip() and not comments:
        raise InputError(f"{where}: empty thread")
    post_section = Section(id="post", author=None, text=text, title=title, date=date)
    return Thread(
        sections=(post_section, *comments),
        source=source,
        id=None if ident is None else str(ident),
        location=location,
        format="json",
    )


def _comments(value: object, where: str, parent: str | None, counter: list[int]) -> list[Section]:
    """Comments and their replies, depth first (page order); ``counter`` numbers them."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError(f'{where}: "comments" must be a list')
    sections: list[Section] = []
    for obj in value:
        here = f"{where}: comment {counter[0] + 1}"
        if not isinstance(obj, dict):
            raise InputError(f"{here}: expected an object, found {_kind(obj)}")
        text = _required_str(obj, "text", here)
        if not text.strip():
            continue
        counter[0] += 1
        section = Section(
            id=f"comment-{counter[0]}",
            author=_optional_str(obj, "author", here),
            text=text,
            date=_optional_str(obj, "date", here),
            parent=parent,
        )
        sections.append(section)
        sections.extend(_comments(obj.get("replies"), where, section.id, counter))
    return sections


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f'{where}: "{key}" must be a string, found {_kind(value)}')
    return value.strip() or None


def _required_str(obj: dict[str, Any], key: str, where: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        found = "nothing" if value is None else _kind(value)
        raise InputError(f'{where}: "{key}" must be a string, found {found}')
    return value


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")
