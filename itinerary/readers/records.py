"""From a path (or stdin) to threads: one file, a folder or a glob, in any supported format."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain
from pathlib import Path

from itinerary.errors import InputError
from itinerary.models import Thread
from itinerary.readers.csvdoc import iter_csv
from itinerary.readers.detect import FORMATS, Format, format_of_path, sniff
from itinerary.readers.files import MAX_INPUT_BYTES, decode, discover, iter_lines, read_bytes
from itinerary.readers.formats import TEXT_FORMATS, markdown, raw_mail, read_text
from itinerary.readers.formats.json_shapes import (
    is_comment_record,
    is_foreign_list,
    is_native,
    is_record_list,
    is_thread_head,
    talk_records,
    thread_from_prose,
    thread_from_shape,
    with_inferred_keys,
    with_named_writers,
)
from itinerary.readers.formats.mail import Newsletter
from itinerary.readers.html import page_text, parse_html
from itinerary.readers.json import all_threads, iter_json, iter_value, parse_json_line
from itinerary.readers.normalise import normalise_thread
from itinerary.readers.xmldoc import load_xml, xml_threads

ThreadOrError = Thread | InputError

_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def read_threads(source: str | Path, fmt: Format | str = "auto") -> list[Thread]:
    """Every thread of a file, folder, glob or stdin ("-"); the first bad input raises."""
    return all_threads(iter_records(source, fmt))


def iter_records(source: str | Path, fmt: Format | str = "auto") -> Iterator[ThreadOrError]:
    """One item per thread (a file, a JSON list element, a JSON Lines line), in input order.

    A bad record is yielded as an InputError naming "path:line" or "path" so a batch run reports
    it and goes on; only a source that names no input at all raises.
    """
    paths: list[Path | None] = [None] if str(source) == "-" else list(discover(source))
    if fmt not in (*FORMATS, *TEXT_FORMATS):
        raise InputError(f"{source}: unknown input format {fmt!r}")
    for path in paths:
        for item in _records(path, fmt):
            yield item if isinstance(item, InputError) else normalise_thread(item)


def _records(path: Path | None, fmt: str) -> Iterator[ThreadOrError]:
    """The suffix is a hint only: what the content looks like decides, unless ``fmt`` names a
    format (one of FORMATS, or a text reader such as "blogger")."""
    name = "-" if path is None else str(path)
    try:
        hint = format_of_path(path)
        if (fmt == "jsonl" or (fmt == "auto" and hint == "jsonl")) and path is not None:
            yield from _json_lines(iter_lines(path), name)
            return
        text = decode(read_bytes(path), name)
        chosen = fmt
        if fmt == "auto":
            chosen = sniff(text)
            if chosen == "json" and hint == "jsonl":
                chosen = "jsonl"
            if chosen == "text" and hint in ("csv", "xml"):
                chosen = hint  # a table whose rows differ in length, a feed without its prolog
        if chosen == "jsonl":
            lines = ((n, line) for n, line in enumerate(text.split("\n"), start=1))
            yield from _json_lines(lines, name)
        elif chosen == "json":
            yield from iter_json(text, name)
        elif chosen == "html":
            yield _html(text, name)
        elif chosen == "xml":
            yield from _xml(text, name, forced=fmt == "xml")
        elif chosen == "csv":
            yield from iter_csv(text, name)
        elif chosen in ("auto", "text") and (mail := raw_mail.as_read(text)) is not None:
            yield read_text(mail, name, Newsletter.name)
        elif chosen in ("auto", "text"):
            yield read_text(markdown.as_read(text) or text, name)
        else:
            yield read_text(text, name, chosen)
    except InputError as exc:
        yield exc


def _html(html: str, name: str) -> Thread:
    """A saved page: its comment markup, else the page's text read by the text readers (a forum,
    Reddit or Facebook page saved whole; or a text copy with a few tags in it), whichever finds
    comments."""
    thread = parse_html(html, name)
    if thread.comments:
        return thread
    for text in (page_text(html), page_text(html, machine_times=True), html):
        try:
            as_text = read_text(text, name)
        except InputError:
            continue
        if as_text.comments:
            return as_text
    return thread


def _xml(text: str, name: str, forced: bool) -> Iterator[ThreadOrError]:
    """A blog's export or a feed by its shape; other XML by the JSON key tables (its elements'
    tree), else as a page. A file that only looked like XML is read as a page unless ``xml`` was
    asked for."""
    try:
        tree = load_xml(text, name)
    except InputError as exc:
        if forced:
            raise
        page = _html(text, name)
        why = str(exc).removeprefix(f"{name}: ")
        yield replace(page, warnings=(*page.warnings, f"{why}; read as a page"))
        return
    threads = xml_threads(tree, name)
    if threads is not None:
        yield from threads
        return
    try:
        items = list(iter_value(tree, name))
    except InputError:
        items = []
    if any(isinstance(item, Thread) and item.format != "json-prose" for item in items):
        yield from (replace(item, format="xml") if isinstance(item, Thread) else item
                    for item in items)
    else:
        yield _html(text, name)  # no records in its tree: its words, as a page gives them


def _json_lines(
    lines: Iterable[tuple[int, str | bytes | InputError]], name: str
) -> Iterator[ThreadOrError]:
    """One thread a line; or, when the lines are comment records (a writer and a text under
    any key of data/json_shapes.json, no thread keys), one thread of them all."""
    lines = iter(lines)
    head: list[tuple[int, str | bytes | InputError]] = []
    for number, line in lines:
        head.append((number, line))
        if isinstance(line, InputError) or line.strip():
            break
    if head and _comment_line(head[-1][1]):
        head.extend(lines)
        size = sum(len(line) for _, line in head if not isinstance(line, InputError))
        if size > MAX_INPUT_BYTES:  # one thread of them all: the limit of one document
            yield InputError(f"{name}: comment records too large for one thread "
                             f"({size / 1e6:.1f} MB; the limit is {MAX_INPUT_BYTES / 1e6:.0f} MB)")
            return
        values = [_value(line) for _, line in head]
        records = with_inferred_keys(with_named_writers(
            [value for value in values if value is not None]))
        if is_record_list(records) or is_record_list(talk_records(records)):
            thread = thread_from_shape(records, name)
            if thread is not None:
                yield thread
                return
        if is_foreign_list(records) and (prose := thread_from_prose(records, name)) is not None:
            yield prose  # records with no writer (a notes app's lines): their words, one post
            return
    yield from _json_line_threads(chain(head, lines), name)


def _comment_line(line: str | bytes | InputError) -> bool:
    """A comment record, or the head of a thread of them (a title beside a writer and words)."""
    if isinstance(line, InputError):
        return False
    value = _value(line)
    return is_comment_record(value) or is_thread_head(value) or (
        isinstance(value, dict) and not is_native(value) and "comments" not in value)


def _value(line: str | bytes | InputError) -> object:
    """The JSON value of a line, None when it is blank or not JSON (then read line by line,
    which reports it)."""
    if isinstance(line, InputError):
        return False
    try:
        return json.loads(line) if line.strip() else None
    except (ValueError, RecursionError):
        return False


def _json_line_threads(
    lines: Iterable[tuple[int, str | bytes | InputError]], name: str
) -> Iterator[ThreadOrError]:
    empty = True
    for number, line in lines:
        if isinstance(line, InputError):
            empty = False
            yield line
            continue
        if number == 1 and isinstance(line, bytes) and line.startswith(_UTF16_MARKS):
            yield InputError(f"{name}: JSON Lines must be UTF-8, this file is UTF-16")
            return
        try:
            thread = parse_json_line(line, name, number)
        except InputError as exc:
            empty = False
            yield exc
            continue
        if thread is not None:
            empty = False
            yield thread
    if empty:
        yield InputError(f"{name}: empty file")
